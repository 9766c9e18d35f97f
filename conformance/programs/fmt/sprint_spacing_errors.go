package main

import (
	"errors"
	"fmt"
	"os"
)

type T struct{ a int }
type St string

func (s St) String() string { return "<" + string(s) + ">" }

func main() {
	fmt.Println(fmt.Sprint("a", "b", 1, 2, "c", 3.5, true, false))
	fmt.Println(fmt.Sprint(1, 2, 3))
	fmt.Println(fmt.Sprint("x", 1, "y"))
	fmt.Println(fmt.Sprint(1, "x", 2))
	fmt.Println(fmt.Sprint(T{1}, T{2}, "s", T{3}))
	fmt.Println(fmt.Sprint(St("a"), St("b")))
	fmt.Println(fmt.Sprint(errors.New("e1"), errors.New("e2")))
	fmt.Println(fmt.Sprint(nil, nil, 1))
	fmt.Println(fmt.Sprint([]int{1}, []int{2}))
	fmt.Println(fmt.Sprint('a', 'b'))
	fmt.Println(fmt.Sprint("a", 'b', "c"))
	fmt.Println(fmt.Sprint(1.5, "x", float32(2)))
	fmt.Println(fmt.Sprint())
	fmt.Println(fmt.Sprintln("a", 1, "b"))
	fmt.Print("a", "b", 1, 2, "\n")
	fmt.Print(1, 2, "\n")
	n, err := fmt.Print("x", 3, 4, "y\n")
	fmt.Println(n, err)
	n, err = fmt.Println("hello", 42)
	fmt.Println(n, err)
	n, err = fmt.Printf("%d-%s\n", 7, "z")
	fmt.Println(n, err)
	fmt.Fprint(os.Stdout, "f", 1, 2, "\n")
	fmt.Fprintln(os.Stdout, "fl", 1, 2)
	fmt.Fprintf(os.Stdout, "%v|%v\n", St("q"), &T{5})
	fmt.Fprintln(os.Stderr, "to stderr", 1)
	fmt.Fprint(os.Stderr, "e", 2, 3, "\n")
	s := fmt.Sprintf("%v%v", 1, 2)
	fmt.Println(s, len(s))
	fmt.Println(fmt.Sprint(true, 1, false))
	var ip *int
	fmt.Println(fmt.Sprint(ip == nil, 5))
	fmt.Println(fmt.Sprint(St("x"), 1, 2, St("y")))
	fmt.Println(fmt.Sprint(int8(1), uint(2), "z", uintptr(3)))
}
