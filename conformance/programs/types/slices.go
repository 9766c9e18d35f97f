package main

import "fmt"

func main() {
	var nilS []int
	empty := []int{}
	made := make([]int, 0)
	fmt.Println(nilS, empty, made, len(nilS), cap(nilS))
	fmt.Println(nilS == nil, empty == nil, made == nil)
	fmt.Printf("%v %v %#v %#v\n", nilS, empty, nilS, empty)
	nilS = append(nilS, 1)
	fmt.Println(nilS, len(nilS), nilS == nil)
	s := make([]int, 3, 10)
	fmt.Println(s, len(s), cap(s))
	s = append(s, 4, 5)
	fmt.Println(s, len(s), cap(s))
	t := append([]int(nil), s...)
	t[0] = 99
	fmt.Println(s[0], t[0])
	u := s[1:3]
	fmt.Println(u, len(u), cap(u))
	u = append(u, 42)
	fmt.Println(s, u)
	v := s[2:]
	v[0] = -7
	fmt.Println(s)
	fmt.Println(s[:0], s[5:], s[:], s[1:2])
	var grow []int
	caps := []int{}
	last := -1
	for i := 0; i < 20; i++ {
		grow = append(grow, i)
		if cap(grow) != last {
			last = cap(grow)
			caps = append(caps, last)
		}
	}
	fmt.Println(len(grow), caps)
	strs := []string{"a", "b"}
	strs = append(strs, []string{"c", "d"}...)
	fmt.Println(strs, len(strs))
	bs := append([]byte("hello "), "world"...)
	fmt.Println(string(bs))
	matrix := [][]int{{1, 2}, {3}, nil, {}}
	fmt.Println(matrix, len(matrix[2]), len(matrix[3]))
	fmt.Printf("%v %d %q\n", []string{"x", "y"}, []int{1, 2}, []string{"a b", "c"})
	ss := [][]string{{"a"}, {"b", "c"}}
	ss[1] = append(ss[1], "d")
	fmt.Println(ss)
	for i := range s {
		s[i] *= 2
	}
	fmt.Println(s)
	for i, x := range s {
		if i == 0 {
			s = append(s, 1000)
			s[1] = 555
		}
		fmt.Print(x, " ")
	}
	fmt.Println()
}
