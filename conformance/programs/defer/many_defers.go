package main

import "fmt"

// Eight defers: the limit for open-coded defers.
func eight() {
	defer fmt.Print("1 ")
	defer fmt.Print("2 ")
	defer fmt.Print("3 ")
	defer fmt.Print("4 ")
	defer fmt.Print("5 ")
	defer fmt.Print("6 ")
	defer fmt.Print("7 ")
	defer fmt.Print("8 ")
	fmt.Print("eight: ")
}

// Nine defers: none of them is open-coded.
func nine() {
	defer fmt.Println()
	defer fmt.Print("1 ")
	defer fmt.Print("2 ")
	defer fmt.Print("3 ")
	defer fmt.Print("4 ")
	defer fmt.Print("5 ")
	defer fmt.Print("6 ")
	defer fmt.Print("7 ")
	defer fmt.Print("8 ")
	fmt.Print("nine: ")
}

// Nine defers, some of them conditional and one that panics.
func nineWithPanic(n int) (out []int) {
	defer func() {
		if r := recover(); r != nil {
			out = append(out, -1)
		}
	}()
	add := func(v int) { out = append(out, v) }
	defer add(1)
	defer add(2)
	if n > 0 {
		defer add(3)
		defer add(4)
	}
	if n > 1 {
		defer add(5)
		defer add(6)
	}
	defer add(7)
	if n > 2 {
		defer panic("nine panics")
	}
	return nil
}

func main() {
	eight()
	fmt.Println()
	nine()
	for n := 0; n < 4; n++ {
		fmt.Println(n, nineWithPanic(n))
	}
}
