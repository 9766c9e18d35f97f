package main

import "fmt"

func counter() (n int) {
	defer func() { n *= 10 }()
	for i := 0; i < 5; i++ {
		defer func() { n += i }()
	}
	n = 1
	return n + 1
}

func main() {
	fmt.Println(counter())
	s := "start"
	defer func() { fmt.Println("s =", s) }()
	ps := &s
	defer func(p *string) { fmt.Println("*p =", *p) }(ps)
	s = "changed"
	for i := 0; i < 3; i++ {
		defer func() { fmt.Print(i, " ") }()
		defer fmt.Print(i*10, " ")
	}
	fmt.Println("main done")
}
