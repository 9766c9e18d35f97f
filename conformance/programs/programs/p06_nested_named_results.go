package main

import "fmt"

func a(n int) (r int) {
	defer func() {
		if e := recover(); e != nil {
			r = -n
			if n%2 == 0 {
				panic(fmt.Sprint("even ", n, " passes on: ", e))
			}
		}
	}()
	defer func() { r *= 2 }()
	if n == 0 {
		panic("zero")
	}
	return a(n-1) + 1
}

func main() {
	for _, n := range []int{0, 1, 2, 3} {
		func() {
			defer func() {
				if e := recover(); e != nil {
					fmt.Println(n, "escaped:", e)
				}
			}()
			fmt.Println(n, "=>", a(n))
		}()
	}
}
