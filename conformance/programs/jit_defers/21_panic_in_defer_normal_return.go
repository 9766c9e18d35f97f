package main

import "fmt"

// a function returns normally; one of its deferred calls panics; the
// remaining defers of the frame run; the caller recovers.
func closes() (n int) {
	defer fmt.Println("  closes: first defer, n at defer time", n)
	defer func() { n += 100; fmt.Println("  closes: n =", n) }()
	defer func() { panic(fmt.Sprint("close failed at n=", n)) }()
	defer func() { n *= 2 }()
	return 21
}

func caller() (res int, msg string) {
	defer func() {
		if r := recover(); r != nil {
			msg = fmt.Sprint(r)
			res = -1
		}
	}()
	res = closes()
	return res, "ok"
}

// the recover sits in the same frame, registered before the panicking one.
func selfRecover() (n int) {
	defer func() {
		fmt.Println("  selfRecover recovered", recover(), "n =", n)
	}()
	defer func() { panic("late") }()
	n = 5
	return n + 1
}

func main() {
	fmt.Println(caller())
	fmt.Println(selfRecover())
}
