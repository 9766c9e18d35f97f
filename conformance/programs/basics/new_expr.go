package main

import "fmt"

type P struct{ X, Y int }

func double(n int) int { return n * 2 }

func main() {
	p := new(5)
	*p += 1
	fmt.Println(*p)
	s := new("hello")
	fmt.Println(*s, len(*s))
	q := new(P{1, 2})
	q.X = 10
	fmt.Println(*q)
	d := new(double(21))
	fmt.Printf("%T %v\n", d, *d)
	f := new(1.5)
	fmt.Printf("%T %v\n", f, *f)
	sl := new([]int{1, 2})
	*sl = append(*sl, 3)
	fmt.Println(*sl)
	var i8 int8 = 3
	pi := new(i8)
	*pi = 100
	fmt.Println(i8, *pi)
}
