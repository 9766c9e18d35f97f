package main

import "fmt"

func remove(s []int, i int) []int {
	return append(s[:i], s[i+1:]...)
}

func insert(s []int, i, v int) []int {
	s = append(s, 0)
	copy(s[i+1:], s[i:])
	s[i] = v
	return s
}

func filter(s []int, keep func(int) bool) []int {
	out := s[:0]
	for _, v := range s {
		if keep(v) {
			out = append(out, v)
		}
	}
	return out
}

func chunk(s []int, n int) [][]int {
	var out [][]int
	for n < len(s) {
		s, out = s[n:], append(out, s[:n:n])
	}
	return append(out, s)
}

func main() {
	s := []int{0, 1, 2, 3, 4, 5}
	s = remove(s, 2)
	fmt.Println(s, len(s))
	s = insert(s, 1, 99)
	fmt.Println(s)
	evens := filter(s, func(v int) bool { return v%2 == 0 })
	fmt.Println(evens, s[:len(evens)])
	fmt.Println(chunk([]int{1, 2, 3, 4, 5, 6, 7}, 3))
	a := make([]int, 3, 8)
	b := append(a, 1)
	c := append(a, 2)
	fmt.Println(b[3], c[3], len(a), cap(b))
	d := a[:3:3]
	e := append(d, 5)
	e[0] = 42
	fmt.Println(a[0], e[0])
	src := []int{1, 2, 3, 4, 5}
	n := copy(src[1:], src)
	fmt.Println(n, src)
	bs := make([]byte, 3)
	n = copy(bs, "héllo")
	fmt.Println(n, bs, string(bs))
	var nilS []int
	fmt.Println(nilS == nil, len(nilS), cap(nilS), nilS[:0] == nil, append(nilS, nilS...) == nil)
	emp := []int{}
	fmt.Println(emp == nil, len(emp[0:0]))
	ss := [][]string{{"a"}, {"b", "c"}}
	ss[1] = append(ss[1], "d")
	ss = append(ss, ss[0])
	ss[0][0] = "A"
	fmt.Println(ss, len(ss[2]))
	arr := [5]int{10, 20, 30, 40, 50}
	sl := arr[1:4]
	sl[0] = 21
	sl = append(sl, 45)
	fmt.Println(arr, sl, len(sl), cap(sl))
	sl = append(sl, 60, 70)
	sl[0] = 0
	fmt.Println(arr, sl)
	p := &arr
	fmt.Println(p[2], len(p), p[1:2])
	for i := range p {
		p[i] /= 10
	}
	fmt.Println(arr)
	clear(sl)
	fmt.Println(sl, len(sl))
	fmt.Println(min(3, 1, 2), max(2.5, -1), min("b", "a", "c"), max('a', 'b'))
}
