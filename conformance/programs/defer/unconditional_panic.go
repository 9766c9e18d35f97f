package main

import "fmt"

func unconditional() (res string) {
	defer func() {
		if recover() == "testUnconditional" {
			res = "got unconditional panic"
		}
	}()
	panic("testUnconditional")
}

func doPanic() {
	panic("Test panic")
}

func noExit() (cond int) {
	cond = 1
	defer func() {
		fmt.Println("cond in defer:", cond)
		fmt.Println("recover:", recover())
		cond *= 10
	}()
	x := 0
	grow(&x, 500)
	cond = 2
	doPanic()
	for {
	}
}

func grow(x *int, n int) {
	if n == 0 {
		return
	}
	var pad [64]int
	pad[n%64] = n
	*x += pad[n%64] & 1
	grow(x, n-1)
}

func main() {
	fmt.Println(unconditional())
	fmt.Println(noExit())
}
