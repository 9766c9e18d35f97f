package main

import "fmt"

func main() {
	s := []int{1, 2, 3, 4, 5}
	a := s[:2]
	a = append(a, 99)
	fmt.Println(s, a, len(a), cap(a))
	b := s[:2:2]
	b = append(b, 77)
	fmt.Println(s, b)
	c := s[1:3]
	fmt.Println(len(c), cap(c), c[:cap(c)])
	copy(s[1:], s)
	fmt.Println(s)
	s2 := []int{1, 2, 3, 4, 5}
	copy(s2, s2[2:])
	fmt.Println(s2)
	var bs0 []byte
	n := copy(bs0, "ignored"[:0])
	_ = n
	fmt.Println(n)
	bs := make([]byte, 3)
	fmt.Println(copy(bs, "héllo"), bs)
	str := "hello"
	by := []byte(str)
	by[0] = 'j'
	fmt.Println(str, string(by))
	st2 := string(by)
	by[1] = 'a'
	fmt.Println(st2, string(by))
	rs := []rune("héllo")
	rs[1] = 'e'
	fmt.Println(string(rs), len(rs))
	clear(rs[3:])
	fmt.Println(rs)
	var ns []int
	ns = append(ns, ns...)
	fmt.Println(ns == nil, len(ns))
	ns = append(ns, []int{}...)
	fmt.Println(ns == nil)
	ns = append([]int{}, ns...)
	fmt.Println(ns == nil, len(ns))
	e := s[len(s):]
	fmt.Println(e, len(e), e == nil)
	z := s[0:0]
	fmt.Println(z == nil, z)
	var nilsl []int
	fmt.Println(nilsl[:] == nil, nilsl[0:0] == nil)
	grid := make([][]int, 3)
	row := make([]int, 9)
	for i := range grid {
		grid[i] = row[i*3 : i*3+3]
	}
	grid[1][1] = 5
	grid[0] = append(grid[0], 42)
	fmt.Println(grid, row)
	arr := [5]int{1, 2, 3, 4, 5}
	sl := arr[1:4]
	sl[0] = 20
	sl = append(sl, 40)
	fmt.Println(arr, sl)
	sl = append(sl, 50)
	sl[0] = 200
	fmt.Println(arr, sl)
	ap := (*[2]int)(arr[3:])
	ap[0] = -4
	fmt.Println(arr, *ap)
	av := [3]int(arr[:3])
	av[0] = 0
	fmt.Println(arr, av)
	// self-append
	x := []int{1, 2}
	x = append(x, x...)
	x = append(x[:1], x[2:]...)
	fmt.Println(x)
	// delete from middle preserving order
	y := []string{"a", "b", "c", "d"}
	y = append(y[:1], y[2:]...)
	fmt.Println(y, len(y), cap(y))
	// insert
	y = append(y[:1], append([]string{"X"}, y[1:]...)...)
	fmt.Println(y)
	// slicing strings shares, but immutable
	big := "abcdef"
	part := big[2:4]
	fmt.Println(part, len(part), part[1:], big[:0] == "")
	// multi-dim arrays
	var m3 [2][3][2]int
	m3[1][2][1] = 7
	fmt.Println(m3, len(m3[0]), len(m3[0][0]))
	// make with len/cap and append growth behavior visible via copy
	mk := make([]int, 2, 10)
	mk2 := append(mk, 1)
	mk3 := append(mk, 2)
	fmt.Println(mk2, mk3)
}
