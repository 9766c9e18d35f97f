package main

import "fmt"

var steps int

func step(want int) {
	steps++
	fmt.Println("step", steps, "want", want, steps == want)
}

func expect(n int, v any) {
	fmt.Println("expect", n, "got", v, v == n)
}

func main() {
	defer func() {
		expect(1, recover())
	}()
	defer func() {
		defer func() {
			defer func() {
				expect(5, recover())
			}()
			defer panic(5)
			func() {
				panic(4)
			}()
		}()
		defer func() {
			expect(3, recover())
		}()
		defer panic(3)
	}()
	func() {
		defer step(1)
		panic(1)
	}()
}
