package main

import "fmt"

func grow() []int {
	var s []int
	for i := 0; i < 5; i++ {
		s = append(s, i)
	}
	return s
}

func main() {
	var a []int
	a = append(a, 1)
	fmt.Println(len(a), cap(a))
	var b []int
	b = append(b, 1)
	fmt.Println(b, cap(b))
	var c []byte
	c = append(c, 'x')
	fmt.Println(len(c), cap(c))
	d := []int{}
	d = append(d, 1, 2)
	fmt.Println(cap(d))
	e := grow()
	fmt.Println(cap(e))
	var f []string
	f = append(f, "a")
	fmt.Println(cap(f))
	var g []int
	for i := 0; i < 3; i++ {
		g = append(g, i)
		fmt.Print(cap(g), " ")
	}
	fmt.Println()
	h := make([]int, 0)
	h = append(h, 1)
	fmt.Println(cap(h))
}
