package main

import "fmt"

var counter int

// One direct defer in a small function (gc: open-coded).
func work(i int) {
	defer func() { counter++ }()
	counter += i & 1
}

func main() {
	for i := 0; i < 20000000; i++ {
		work(i)
	}
	fmt.Println(counter)
}
