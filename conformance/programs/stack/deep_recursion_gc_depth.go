// Recursion as deep as gc's 1 GB goroutine stack allows small frames to
// go: 10 million levels of small functions (direct and mutual recursion,
// a method, a closure) complete, as in Go.
package main

import "fmt"

func down(n int) int {
	if n == 0 {
		return 0
	}
	return down(n-1) + 1
}

func even(n int) bool {
	if n == 0 {
		return true
	}
	return odd(n - 1)
}

func odd(n int) bool {
	if n == 0 {
		return false
	}
	return even(n - 1)
}

type counter struct{ hits int }

func (c *counter) walk(n int) {
	if n == 0 {
		return
	}
	c.hits++
	c.walk(n - 1)
}

func main() {
	fmt.Println(down(10_000_000))
	fmt.Println(even(6_000_001), odd(6_000_001))
	c := &counter{}
	c.walk(5_000_000)
	fmt.Println(c.hits)
	var sum func(n int) int
	sum = func(n int) int {
		if n == 0 {
			return 0
		}
		return n + sum(n-1)
	}
	fmt.Println(sum(4_000_000))
}
