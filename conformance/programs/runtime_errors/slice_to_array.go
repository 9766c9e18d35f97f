package main

import "fmt"

func main() {
	s := []int{1, 2, 3, 4}
	a := [4]int(s)
	a[0] = 100
	fmt.Println(a, s)
	p := (*[2]int)(s)
	p[1] = 200
	fmt.Println(*p, s)
	b := [0]int(s[:0])
	fmt.Println(b, len(b))
	short := s[:3]
	c := [4]int(short)
	fmt.Println(c)
}
