// Only generic instantiation takes several indices: x[i, j] on a slice,
// map, string, array, pointer to array or named slice is an error at the
// second index, and checking goes on with the first.
package main

import "fmt"

type ints []int

func main() {
	s := make([]int, 3)
	i, j := 1, 2
	s[i, j] = 7
	fmt.Println(s, s[j, i])
	m := map[string]int{}
	k := "b"
	m["a", k]++
	str := "hey"
	_ = str[0, i, j]
	var a [4]int
	_ = a[i, j]
	p := &a
	p[i, j] = 1
	var n ints = s
	_ = n[1, i]
	_ = "const"[0, j]
	_ = s[i,]
}
