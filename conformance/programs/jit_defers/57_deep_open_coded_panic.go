// A panic through 100000 frames with open-coded defers, recovered at the
// top: the frame scan (addOneOpenDeferFrame) must stay linear.
package main

import "fmt"

func down(n int) (r int) {
	defer func() { r++ }()
	if n == 0 {
		panic("bottom")
	}
	return down(n-1) + 1
}

func safe(n int) (r int) {
	defer func() { recover(); r = -r }()
	return down(n)
}

func sum(n int) int {
	if n == 0 {
		return 0
	}
	return n + sum(n-1)
}

func main() {
	fmt.Println(sum(300000))
	fmt.Println(safe(100000))
}
