package main

import (
	"errors"
	"fmt"
	"strconv"
)

var x = "package"

func get(n int) (int, error) {
	if n < 0 {
		return 0, errors.New("neg")
	}
	return n * 2, nil
}

func main() {
	fmt.Println(x)
	x := "main"
	{
		x := "block"
		fmt.Println(x)
	}
	fmt.Println(x)
	if v, err := get(3); err != nil {
		fmt.Println("err", err)
	} else if w, err := get(v - 10); err != nil {
		fmt.Println("second err", err, v, w)
	} else {
		fmt.Println("ok", v, w)
	}
	for i := 0; i < 2; i++ {
		i := i * 10
		fmt.Print(i, " ")
	}
	fmt.Println()
	switch x := 5; x {
	case 5:
		x := "inner"
		fmt.Println(x)
	}
	fmt.Println(x)
	var err error
	n, err := strconv.Atoi("12")
	fmt.Println(n, err)
	if n, err := strconv.Atoi("bad"); err != nil {
		fmt.Println("shadowed", n, err != nil)
	}
	fmt.Println(n, err)
	len := func(s string) int { return 42 }
	fmt.Printf("%d\n", len("abc"))
	type int struct{ v string }
	var q int = int{"custom"}
	fmt.Printf("%v %T\n", q, q)
	true := false
	fmt.Println(true, !true)
	nil := 0
	fmt.Println(nil + 1)
	{
		append := "shadow"
		fmt.Println(append)
	}
	iota := 7
	const (
		a = 1 << 2
		b
	)
	fmt.Println(iota, a, b)
}
