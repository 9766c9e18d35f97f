// Running out of memory inside code the runtime calls is still the fatal
// "runtime: out of memory", ending the program at once: here in a String
// method that fmt calls while a deferred call runs during a panic (no
// "panic:" report is printed, later deferred calls do not run).
package main

import "fmt"

type T int

func (t T) String() string {
	n := 1 << 45
	b := make([]byte, n)
	return string(b[:int(t)])
}

func main() {
	defer fmt.Println("outer deferred call does not run")
	defer func() {
		fmt.Println("recovered:", recover())
		fmt.Println(T(1))
	}()
	fmt.Println("before")
	panic(T(0))
}
