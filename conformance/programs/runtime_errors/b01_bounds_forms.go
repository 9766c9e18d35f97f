package main

import "fmt"

func try(name string, f func()) {
	defer func() { fmt.Printf("%-14s %v\n", name, recover()) }()
	f()
}

func main() {
	s := make([]int, 3, 5)
	arr := [4]int{}
	str := "abc"
	pa := &arr
	i, j, k := 6, 2, 1
	var u uint = 1 << 63
	var i8 int8 = -2
	var u8 uint8 = 200
	try("s[i:]", func() { _ = s[i:] })
	try("s[4:]", func() { x := 4; _ = s[x:] })
	try("s[:i]", func() { _ = s[:i] })
	try("s[j:k]", func() { _ = s[j:k] })
	try("s[::i]", func() { _ = s[0:1:i] })
	try("s[:i:5]", func() { _ = s[0:i:5] })
	try("s[j:k:4]", func() { _ = s[j:k:4] })
	try("arr[:i]", func() { _ = arr[:i] })
	try("arr[i:]", func() { _ = arr[i:] })
	try("pa[:i]", func() { _ = pa[:i] })
	try("pa[j:k]", func() { _ = pa[j:k] })
	try("str[i:]", func() { _ = str[i:] })
	try("str[j:k]", func() { _ = str[j:k] })
	try("s[u]", func() { _ = s[u] })
	try("s[i8]", func() { _ = s[i8] })
	try("s[u8]", func() { _ = s[u8] })
	try("str[u8]", func() { _ = str[u8] })
	try("s[:u]", func() { _ = s[:u] })
	try("s[u:]", func() { _ = s[u:] })
	try("s[i8:]", func() { _ = s[i8:] })
	try("arr[u8]", func() { _ = arr[u8] })
	try("pa[i]", func() { pa[i] = 1 })
	var ns []int
	try("ns[:1]", func() { _ = ns[:k] })
	try("ns[1:]", func() { _ = ns[k:] })
	try("make big", func() { n := 1 << 62; _ = make([]int64, n) })
	try("make cap big", func() { n := 1 << 62; _ = make([]int64, 1, n) })
	try("make neg cap", func() { n := -5; _ = make([]int, 0, n) })
	try("make map neg", func() { n := -1; m := make(map[int]int, n); m[1] = 1; fmt.Print(len(m), " ") })
}
