package main

import (
	"fmt"
	"sort"
	"strings"
)

func safeSort(xs []int) (err error) {
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("sort failed: %v", r)
		}
	}()
	sort.Slice(xs, func(i, j int) bool {
		if xs[i] == 13 || xs[j] == 13 {
			panic("unlucky 13")
		}
		return xs[i] < xs[j]
	})
	return nil
}

func safeMap(s string) (out string, err error) {
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("map failed: %v", r)
		}
	}()
	return strings.Map(func(r rune) rune {
		if r == '!' {
			var m map[rune]rune
			m[r] = r
		}
		return r + 1
	}, s), nil
}

func main() {
	xs := []int{5, 3, 9, 1}
	fmt.Println(safeSort(xs), xs)
	fmt.Println(safeSort([]int{4, 13, 2}))
	fmt.Println(safeMap("abc"))
	fmt.Println(safeMap("ab!c"))
	idx := sort.Search(10, func(i int) bool {
		defer func() { recover() }()
		if i == 5 {
			panic("mid")
		}
		return i >= 7
	})
	fmt.Println("search", idx)
}
