package main

import "fmt"

type Box struct{ fn func(string) }

func mk(tag string) func() {
	fmt.Println("mk", tag)
	if tag == "bad" {
		panic("mk failed")
	}
	return func() { fmt.Println("made", tag) }
}

func main() {
	defer func() { fmt.Println("final recover:", recover()) }()
	m := map[string]func(){"a": func() { fmt.Println("orig a") }}
	defer m["a"]()
	m["a"] = func() { fmt.Println("new a") }
	b := Box{fn: func(s string) { fmt.Println("box", s) }}
	defer b.fn("one")
	b.fn = nil
	fns := []func(){mk("x"), mk("y")}
	defer fns[1]()
	fns[1] = nil
	if true {
		defer fmt.Println("in if block")
	}
	switch {
	case true:
		defer fmt.Println("in switch")
	}
	fmt.Println("end of blocks")
	defer m["missing"]()
	defer mk("z")()
	defer mk("bad")()
	fmt.Println("unreachable")
}
