package main

import "fmt"

func try(name string, f func()) {
	defer func() { fmt.Printf("%-10s %v\n", name, recover()) }()
	f()
}

func main() {
	n := 1 << 62
	try("a", func() { _ = make([]int64, 0, n) })
	try("b", func() { _ = make([]int64, 1, n) })
	try("c", func() { _ = make([]byte, 1, 1<<50+n-n) })
	try("d", func() { m := 1 << 50; _ = make([]byte, m) })
	try("e", func() { m := 1 << 50; _ = make([]byte, 10, m) })
	try("f", func() { _ = make([]struct{}, 1, n) })
	try("g", func() { _ = make([]int64, n, n) })
}
