package main

import "fmt"

func main() {
	base := make([]int, 5, 8)
	for i := range base {
		base[i] = i
	}
	a := base[:3]
	b := append(a, 100)
	fmt.Println(base, a, b)
	c := append(base, 200, 300, 400)
	c[0] = -1
	fmt.Println(base[0], c[0], len(c), cap(c))
	d := base[1:3:4]
	fmt.Println(d, len(d), cap(d))
	d = append(d, 7)
	fmt.Println(base)
	d = append(d, 8)
	d[0] = 111
	fmt.Println(base, d)
	e := base[2:2:2]
	fmt.Println(len(e), cap(e))
	arr := [6]int{0, 1, 2, 3, 4, 5}
	n := copy(arr[1:], arr[:])
	fmt.Println(n, arr)
	arr2 := [6]int{0, 1, 2, 3, 4, 5}
	n = copy(arr2[:], arr2[2:])
	fmt.Println(n, arr2)
	dst := make([]byte, 3)
	n = copy(dst, "hello")
	fmt.Println(n, string(dst))
	small := make([]int, 2)
	n = copy(small, []int{9, 8, 7})
	fmt.Println(n, small)
	n = copy(small, []int(nil))
	fmt.Println(n, small)
	x := []int{1, 2, 3}
	y := x
	y[0] = 10
	fmt.Println(x, y)
	f := func(s []int) {
		s[1] = 20
		s = append(s, 4)
		s[2] = 30
	}
	f(x)
	fmt.Println(x)
	p := &x[0]
	*p = 1000
	fmt.Println(x)
	sarr := arr[:]
	sarr[5] = 55
	fmt.Println(arr[5])
}
