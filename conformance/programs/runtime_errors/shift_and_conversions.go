package main

import (
	"fmt"
	"runtime"
)

func try(name string, f func()) {
	defer func() {
		r := recover()
		_, isRE := r.(runtime.Error)
		fmt.Printf("%-10s %v %v\n", name, isRE, r)
	}()
	f()
}

func main() {
	n := -1
	s := []byte("hello")
	try("lshift", func() { fmt.Println(1 << n) })
	try("rshift", func() { x := 8; fmt.Println(x >> n) })
	try("int8 sh", func() { var k int8 = -5; fmt.Println(uint(1) << k) })
	try("big sh", func() { k := 100; fmt.Println(1<<k, -1>>k) })
	try("arrconv", func() { a := [3]byte(s[1:4]); fmt.Println(a) })
	try("arrconv2", func() { a := [6]byte(s); fmt.Println(a) })
	try("append", func() { var p *[]int; *p = append(*p, 1) })
	try("copy", func() { fmt.Println(copy(s[2:], "XYZW"), string(s)) })
	fmt.Println("done")
}
