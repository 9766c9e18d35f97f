package main

import "fmt"

type Kind int

const (
	A Kind = iota
	B
	C
)

func f(x int) int {
	fmt.Print("f(", x, ") ")
	return x
}

func main() {
	// switch with init and no tag
	for _, v := range []int{-5, 0, 5, 50} {
		switch sq := v * v; {
		case sq == 0:
			fmt.Println("zero")
		case v < 0:
			fmt.Println("neg", sq)
		case sq > 100:
			fmt.Println("big", sq)
		default:
			fmt.Println("small", sq)
		}
	}
	// case evaluation order and short-circuit
	switch f(2) {
	case f(1), f(2), f(3):
		fmt.Println("matched")
	}
	// fallthrough chains
	for k := A; k <= C+1; k++ {
		switch k {
		case A:
			fmt.Print("A ")
			fallthrough
		case B:
			fmt.Print("B ")
			fallthrough
		case C:
			fmt.Print("C ")
		default:
			fmt.Print("other ")
		}
		fmt.Println()
	}
	// default in middle, fallthrough into default
	for _, x := range []int{1, 2, 3} {
		switch x {
		case 1:
			fmt.Print("one ")
			fallthrough
		default:
			fmt.Print("def ")
		case 3:
			fmt.Print("three ")
		}
	}
	fmt.Println()
	// switch on string with multiple values
	for _, s := range []string{"go", "rust", "", "GO"} {
		switch s {
		case "go", "GO":
			fmt.Println(s, "gopher")
		case "":
			fmt.Println("empty")
		default:
			fmt.Println(s, "other")
		}
	}
	// switch true with init shadowing
	x := 10
	switch x := 5; true {
	case x > 7:
		fmt.Println("x>7")
	case x > 3:
		fmt.Println("x>3", x)
	}
	fmt.Println(x)
	// switch on types convertible
	var u8 uint8 = 200
	switch u8 {
	case 200:
		fmt.Println("u8 200")
	}
	var iface any = 3
	switch iface {
	case "3":
		fmt.Println("string 3")
	case 3.0:
		fmt.Println("float 3")
	case 3:
		fmt.Println("int 3")
	}
	switch {
	}
	switch x := 1; x {
	}
	// break out of switch in for with label-less
	for i := 0; i < 2; i++ {
		switch {
		case i == 0:
			if true {
				break
			}
			fmt.Println("unreached")
		}
		fmt.Println("after switch", i)
	}
	// switch on struct values
	type P struct{ X, Y int }
	switch (P{1, 2}) {
	case P{2, 1}:
		fmt.Println("swapped")
	case P{1, 2}:
		fmt.Println("exact")
	}
	// switch on arrays and pointers
	p1 := &P{}
	p2 := p1
	switch p2 {
	case nil:
		fmt.Println("nil")
	case p1:
		fmt.Println("same pointer")
	}
}
