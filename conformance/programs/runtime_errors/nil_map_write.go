package main

import (
	"fmt"
	"runtime"
)

type Registry struct {
	items map[string]int
}

func main() {
	var m map[string]int
	fmt.Println("read from nil map:", m["x"], len(m))
	delete(m, "x")
	for k := range m {
		fmt.Println("never", k)
	}
	func() {
		defer func() {
			r := recover()
			err := r.(runtime.Error)
			fmt.Printf("%T: %v\n", r, err)
		}()
		m["a"] = 1
	}()
	func() {
		defer func() { fmt.Println("increment:", recover()) }()
		m["b"]++
	}()
	r := Registry{}
	defer fmt.Println("deferred before unrecovered nil map write")
	r.items["k"] = 2
}
