package main

import (
	"errors"
	"fmt"
)

type S string

func main() {
	fmt.Println(fmt.Sprint("a", "b", "c"))
	fmt.Println(fmt.Sprint(1, 2, 3))
	fmt.Println(fmt.Sprint("a", 1, 2, "b", 3, "c"))
	fmt.Println(fmt.Sprint(1, "a", 2))
	fmt.Println(fmt.Sprint(1.5, true, nil, 'x'))
	fmt.Println(fmt.Sprint(S("typed"), S("string"), 1))
	fmt.Println(fmt.Sprint(errors.New("e1"), errors.New("e2")))
	fmt.Println(fmt.Sprint([]int{1}, []int{2}, "s", []string{"x"}))
	fmt.Println(fmt.Sprint())
	fmt.Println(fmt.Sprint(""), fmt.Sprint("", ""), fmt.Sprint(1, ""), len(fmt.Sprint(1, "", 2)))
	fmt.Printf("%q\n", fmt.Sprintln("a", 1, "b"))
	fmt.Printf("%q\n", fmt.Sprintln())
	fmt.Printf("%q\n", fmt.Sprint(true, false))
	fmt.Print("x", 1, "\n")
	fmt.Print(1, 2, "\n")
	fmt.Print(1, 2, '\n')
	fmt.Print("\n")
	var e error
	fmt.Println(fmt.Sprint(e, e), fmt.Sprint(nil, nil))
	fmt.Println(fmt.Sprint(struct{}{}, struct{}{}))
	n, err := fmt.Println("count me")
	fmt.Println(n, err)
	n, _ = fmt.Print("abc", 12, "\n")
	fmt.Println(n)
	n, _ = fmt.Printf("%d-%s\n", 7, "x")
	fmt.Println(n)
}
