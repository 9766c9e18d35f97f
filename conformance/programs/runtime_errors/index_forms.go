package main

import (
	"fmt"
	"runtime"
)

func try(name string, f func()) {
	defer func() {
		r := recover()
		re, ok := r.(runtime.Error)
		fmt.Printf("%-12s %T ok=%v: %v\n", name, r, ok, re)
	}()
	f()
}

func main() {
	s := []int{1, 2, 3}
	arr := [4]int{}
	str := "héllo"
	i, neg := 5, -1
	var nilSlice []int
	var ap *[4]int
	try("slice", func() { _ = s[i] })
	try("slice neg", func() { _ = s[neg] })
	try("slice set", func() { s[len(s)] = 1 })
	try("array", func() { arr[i]++ })
	try("string", func() { _ = str[i+1] })
	try("string neg", func() { _ = str[neg] })
	try("nil slice", func() { _ = nilSlice[0] })
	try("nil arrptr", func() { _ = ap[1] })
	try("uint idx", func() { u := uint(10); _ = s[u] })
	try("int8 idx", func() { b := int8(-2); _ = s[b] })
	try("2d", func() { m := [][]int{{1}, {}}; _ = m[1][0] })
	fmt.Println("still alive")
	defer fmt.Println("deferred before the unrecovered index panic")
	_ = arr[i*2]
}
