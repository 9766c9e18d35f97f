package main

import "fmt"

func builtins() (out string) {
	m := map[string]int{"a": 1, "b": 2, "c": 3}
	dst := make([]int, 3)
	src := []int{7, 8, 9}
	defer func() {
		r := recover()
		out = fmt.Sprint("recovered=", r, " len(m)=", len(m), " dst=", dst, " m[a]=", m["a"])
	}()
	defer delete(m, "b")
	defer copy(dst, src)
	defer println("println to stderr", 42, true)
	defer print("print to stderr\n")
	k := "a"
	defer delete(m, k)
	k = "c"
	src = []int{0, 0, 0} // copy uses the slice evaluated at defer time
	defer clear(m)
	m["z"] = 26
	panic("builtin defers")
}

func main() {
	fmt.Println(builtins())
}
