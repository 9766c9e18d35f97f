package main

import (
	"fmt"
	"sort"
)

func deleteDemo() {
	m := map[string]int{"a": 1, "b": 2, "c": 3}
	k := "b"
	defer func() {
		keys := []string{}
		for key := range m {
			keys = append(keys, key)
		}
		sort.Strings(keys)
		fmt.Println("after deletes:", keys)
	}()
	defer delete(m, k) // k evaluated now: "b"
	k = "c"
	defer delete(m, "a")
	fmt.Println("len before", len(m))
}

func copyClear() {
	dst := make([]int, 3)
	src := []int{7, 8, 9}
	m := map[int]bool{1: true, 2: true}
	defer func() { fmt.Println("dst", dst, "m", len(m)) }()
	defer clear(m)
	defer copy(dst, src)
	src = []int{1, 1, 1}
	fmt.Println("copyClear body", dst)
}

func printDemo() {
	x := 10
	defer println("println deferred, x =", x)
	defer print("print deferred\n")
	x = 20
	println("body x =", x)
}

func recoverDeferredDirectly() (res string) {
	defer func() {
		r := recover()
		res = fmt.Sprint("outer recovered: ", r)
	}()
	defer recover() // recover called directly as deferred func: does not stop the panic
	panic("boom")
}

func panicDeferred() (res string) {
	defer func() { res = fmt.Sprint("recovered ", recover()) }()
	v := "first value"
	defer panic(v)
	v = "changed"
	return "normal"
}

func main() {
	deleteDemo()
	copyClear()
	printDemo()
	fmt.Println(recoverDeferredDirectly())
	fmt.Println(panicDeferred())
}
