// A frame holding a large array: gc keeps a non-escaping [1000]int in the
// frame (about 8 KB), so 200,000 levels exceed the 1 GB goroutine stack
// limit ("fatal error: stack overflow", exit 2) while 20,000 levels fit.
package main

import "fmt"

func down(n int) int {
	var buf [1000]int
	buf[n%1000] = n
	if n == 0 {
		return buf[0]
	}
	return down(n-1) + 1 + buf[999]*0
}

func main() {
	fmt.Println(down(20_000))
	fmt.Println(down(200_000))
}
