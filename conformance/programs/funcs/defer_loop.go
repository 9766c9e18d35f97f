package main

import "fmt"

type res struct{ name string }

func (r *res) Close() { fmt.Println("close", r.name) }

func openAll(names []string) {
	for _, n := range names {
		r := &res{n}
		defer r.Close()
	}
	fmt.Println("opened", len(names))
}

func loopClosures() {
	for i := 0; i < 3; i++ {
		defer func() { fmt.Println("closure i =", i) }()
	}
}

func countDefers() (n int) {
	for i := 1; i <= 4; i++ {
		defer func() { n += i }()
	}
	return 100
}

func recoverInLoop() {
	for i := 0; i < 3; i++ {
		func() {
			defer func() {
				if r := recover(); r != nil {
					fmt.Println("iteration", i, "recovered", r)
				}
			}()
			if i%2 == 0 {
				panic(fmt.Sprintf("odd-even %d", i))
			}
			fmt.Println("iteration", i, "fine")
		}()
	}
}

func deferMethodValue() {
	r := res{"value"}
	f := r.Close
	defer f()
	r.name = "changed"
	defer r.Close()
}

func conditionalDefer(b bool) {
	if b {
		defer fmt.Println("conditional defer")
	}
	fmt.Println("conditional body", b)
}

func main() {
	openAll([]string{"a", "b", "c"})
	loopClosures()
	fmt.Println(countDefers())
	recoverInLoop()
	deferMethodValue()
	conditionalDefer(true)
	conditionalDefer(false)
	for i := range 2 {
		defer fmt.Println("main loop defer", i)
	}
	fmt.Println("main done")
}
