package main

import "fmt"

func try(name string, f func()) {
	defer func() {
		r := recover()
		fmt.Printf("%-14s %v\n", name, r)
	}()
	f()
}

func main() {
	s := make([]int, 3, 5)
	str := "abcd"
	arr := [3]int{}
	lo, hi, max, neg := 4, 2, 6, -1
	try("s[:max]", func() { _ = s[:max] })
	try("s[lo:hi]", func() { _ = s[lo:hi] })
	try("s[neg:]", func() { _ = s[neg:] })
	try("s[:neg]", func() { _ = s[:neg] })
	try("s[max:]", func() { _ = s[max:] })
	try("s[0:2:max]", func() { _ = s[0:2:max] })
	try("s[:lo:hi]", func() { _ = s[:lo:hi] })
	try("s[lo:hi:5]", func() { _ = s[lo:hi:5] })
	try("s[:5] ok", func() { _ = s[:5] })
	try("str[:max]", func() { _ = str[:max] })
	try("str[lo:hi]", func() { _ = str[lo:hi] })
	try("str[max:]", func() { _ = str[max:] })
	try("arr[:lo]", func() { _ = arr[:lo] })
	try("arr[lo:]", func() { _ = arr[lo:] })
	try("arr[hi:1]", func() { _ = arr[hi:1] })
	try("toArray", func() { _ = [4]int(s) })
	try("toArrPtr", func() { _ = (*[5]int)(s) })
	try("nil toArr", func() { var n []int; _ = [1]int(n) })
	try("u8 bounds", func() { u := uint8(200); _ = s[:u] })
	fmt.Println("done")
}
