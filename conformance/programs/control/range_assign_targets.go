package main

import "fmt"

// A range clause with = assigns each iteration's values as the assignment
// k, target = key, value does: the targets' index operands use the values
// from before this iteration's assignment.

type S struct{ f [4]rune }

func main() {
	a := make([]int, 4)
	var k int
	for k, a[k] = range []int{10, 20, 30} {
	}
	fmt.Println(k, a)

	m := map[int]int{}
	var j int
	for j, m[j] = range []int{10, 20, 30} {
	}
	fmt.Println(j, m)

	var arr [4]int
	var i int
	for i, arr[i] = range [3]int{7, 8, 9} {
	}
	fmt.Println(i, arr)

	var s S
	p := &s
	var b int
	for b, p.f[b] = range "héllo" {
		if b > 2 {
			break
		}
	}
	fmt.Println(b, s)

	keys := make([]string, 3)
	var n int
	for n, keys[n%3] = range []string{"a", "b", "c", "d"} {
	}
	fmt.Println(n, keys)

	// The value target's index is checked when it is assigned, after the key.
	short := []int{0}
	var q int
	func() {
		defer func() { fmt.Println("recovered:", recover(), q, short) }()
		for q, short[q] = range []int{5, 6, 7} {
		}
	}()

	var ks []int
	mm := map[string]int{"x": 1}
	var key string
	vals := map[string]int{}
	for key, vals[key] = range mm {
		ks = append(ks, len(vals))
	}
	fmt.Println(key, vals, ks)
}
