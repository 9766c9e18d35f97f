package main

import "fmt"

func compute() (n int) {
	defer func() {
		if n > 10 {
			panic(fmt.Sprintf("result too large: %d", n))
		}
	}()
	n = 3
	for i := 0; i < 3; i++ {
		n *= 2
	}
	return n
}

func main() {
	defer fmt.Println("main deferred")
	fmt.Println("calling compute")
	fmt.Println(compute())
}
