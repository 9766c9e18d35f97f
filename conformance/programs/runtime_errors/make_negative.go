package main

import "fmt"

func try(name string, f func()) {
	defer func() {
		fmt.Printf("%-12s %v\n", name, recover())
	}()
	f()
}

func main() {
	n, c := -1, 2
	big := 1 << 62
	try("len<0", func() { _ = make([]int, n) })
	try("cap<len", func() { _ = make([]int, 3, c) })
	try("cap<0", func() { _ = make([]byte, 0, n) })
	try("huge", func() { _ = make([]int64, big) })
	try("map hint<0", func() { m := make(map[int]int, n); fmt.Println("map ok", len(m)) })
	try("ok", func() { s := make([]int, 0, c); fmt.Println("slice ok", len(s), cap(s)) })
	try("shift", func() { sh := -3; fmt.Println(1 << sh) })
	try("repeat", func() { s := []int{1}; u := uint(1) << 63; _ = s[u>>1:] })
	fmt.Println("done")
	defer fmt.Println("deferred before unrecovered makeslice")
	_ = make([]string, n*5)
}
