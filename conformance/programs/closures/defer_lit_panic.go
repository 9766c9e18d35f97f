package main

import "fmt"

// An unrecovered panic raised inside a deferred literal that captures
// values, while another panic is running.

type E struct{ code int }

func (e E) Error() string { return fmt.Sprintf("E%d", e.code) }

func run(n int, name string) {
	defer func(k int) {
		fmt.Println("deferred", name, n, k)
		if n > 1 {
			panic(E{n * k})
		}
	}(n + 1)
	defer func() {
		r := recover()
		fmt.Println("recovered", r, name)
		panic(fmt.Sprint("re-", r, "-", name))
	}()
	panic(name)
}

func main() {
	run(3, "first")
}
