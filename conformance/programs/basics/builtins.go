package main

import (
	"fmt"
	"math"
)

type pt struct{ x int }

func main() {
	fmt.Println(min(3, 1, 2), max(3, 1, 2), min(5), max(-1, -7))
	fmt.Println(min(2.5, 1.5), max(1, 2.5), min("banana", "apple", "cherry"), max("a", "B", ""))
	nan := math.NaN()
	fmt.Println(min(1, nan), max(nan, 1), min(math.Inf(-1), 0), max(math.Inf(1), 0))
	zero := 0.0
	negZero := -zero
	fmt.Println(min(zero, negZero), max(negZero, zero), min(negZero, zero))
	var a, b int8 = -128, 127
	fmt.Println(min(a, b), max(a, b))
	const c = min(1, 2.5, 3)
	fmt.Println(c)
	m := map[string]int{"a": 1, "b": 2}
	clear(m)
	fmt.Println(m, len(m), m == nil)
	m["c"] = 3
	fmt.Println(m)
	s := []int{1, 2, 3, 4}
	clear(s[1:3])
	fmt.Println(s, len(s))
	ps := []*pt{{1}, {2}}
	clear(ps)
	fmt.Println(ps[0] == nil, len(ps))
	var nilMap map[int]int
	clear(nilMap)
	var nilSlice []string
	clear(nilSlice)
	fmt.Println(len(nilMap), len(nilSlice))
	p := new(pt)
	p.x = 5
	fmt.Println(*p)
	ns := new([]int)
	*ns = append(*ns, 1)
	fmt.Println(*ns, len(*ns))
	mk := make([]string, 2, 5)
	fmt.Printf("%q %d %d\n", mk, len(mk), cap(mk))
	mm := make(map[int]string)
	mm[1] = "x"
	delete(mm, 1)
	delete(mm, 2)
	fmt.Println(len(mm))
	arr := [4]int{}
	fmt.Println(len(arr), cap(arr), len("héllo"), len([]rune("héllo")))
	const L = len([3]int{})
	fmt.Println(L)
	dst := make([]int, 2)
	fmt.Println(copy(dst, []int{7, 8, 9}), dst)
	s2 := append(s, s...)
	fmt.Println(s2, len(s2))
	s3 := append(s[:1], 9)
	fmt.Println(s, s3)
	var u8a, u8b uint8 = 200, 100
	fmt.Println(max(u8a, u8b)+100, min(u8a, u8b)*3)
}
