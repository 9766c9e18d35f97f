package main

import "fmt"

func main() {
	a := make([]int, 5, 10)
	b := a[2:4:6]
	fmt.Println(len(b), cap(b))
	c := b[:4]
	fmt.Println(len(c), cap(c), c)
	i, j := 1, 8
	d := a[i:j]
	fmt.Println(len(d), cap(d))
	k := 5
	e := b[1:2:k]
	fmt.Println(e)
}
