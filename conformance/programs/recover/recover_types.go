package main

import (
	"errors"
	"fmt"
)

type Code int

func (c Code) String() string { return fmt.Sprintf("Code(%d)", int(c)) }

type point struct{ x, y int }

func catch(f func()) (r any) {
	defer func() { r = recover() }()
	f()
	return "no panic"
}

func main() {
	values := []func(){
		func() { panic(1) },
		func() { panic("str") },
		func() { panic(2.5) },
		func() { panic(Code(3)) },
		func() { panic(point{1, 2}) },
		func() { panic(&point{3, 4}) },
		func() { panic(errors.New("an error")) },
		func() { panic([]string{"a", "b"}) },
		func() { panic(map[string]int{"k": 1}) },
		func() { panic(true) },
		func() { panic('r') },
		func() { panic(struct{}{}) },
		func() {},
	}
	for i, f := range values {
		r := catch(f)
		switch v := r.(type) {
		case error:
			fmt.Printf("%d error %T %v\n", i, v, v)
		case fmt.Stringer:
			fmt.Printf("%d stringer %T %v\n", i, v, v)
		case *point:
			fmt.Printf("%d ptr %T %v\n", i, v, *v)
		default:
			fmt.Printf("%d other %T %v\n", i, v, v)
		}
	}
}
