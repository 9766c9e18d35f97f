package main

import "fmt"

func f() int { fmt.Println("f evaluated"); return 10 }
func g() int { panic("g panics") }

func named() (a, b int) {
	a, b = 1, 2
	defer func() {
		r := recover()
		fmt.Println("recovered", r, "a,b =", a, b)
	}()
	return f(), g()
}

func named2() (a int, err error) {
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("%v", r)
		}
	}()
	a = 7
	var m map[string]int
	return a + 1, func() error { m["k"] = a; return nil }()
}

func main() {
	fmt.Println(named())
	fmt.Println(named2())
}
