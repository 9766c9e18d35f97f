package main

import "fmt"

func cleanup(name string) {
	fmt.Println("cleanup", name)
}

func work(n int) int {
	defer cleanup(fmt.Sprint("work ", n))
	if n == 3 {
		panic(42)
	}
	return n * 2
}

func main() {
	defer cleanup("main")
	defer func() {
		fmt.Println("main deferred func sees no recover")
	}()
	sum := 0
	for i := 0; i < 5; i++ {
		sum += work(i)
		fmt.Println("sum", sum)
	}
	fmt.Println("unreachable")
}
