package main

import "fmt"

type Err struct {
	Code int
	Msg  string
}

func (e Err) Error() string { return fmt.Sprintf("E%d: %s", e.Code, e.Msg) }

func work(n int) {
	if n == 0 {
		panic(Err{42, "deep failure"})
	}
	defer fmt.Println("unwinding", n)
	work(n - 1)
}

func main() {
	work(3)
}
