package main

import "fmt"

var steps = 7

func step(want int) {
	steps++
	fmt.Println("step", steps, "want", want, steps == want)
}

func expect(n int, v any) {
	fmt.Println("expect", n, "got", v, v == n)
}

func main() {
	defer func() {
		step(14)
		expect(4, recover())
	}()
	func() {
		func() {
			defer func() {
				defer func() {
					expect(3, recover())
				}()
				defer panic(3)
				panic(2)
			}()
			defer func() {
				expect(1, recover())
			}()
			defer panic(1)
		}()
		defer func() {}()
		defer func() {}()
		defer step(10)
		defer step(9)
		step(8)
	}()
	func() {
		defer step(13)
		defer step(12)
		func() {
			defer step(11)
			panic(4)
		}()
		// never reached
		defer func() {}()
		defer panic(-1)
		defer step(-1)
		defer step(-1)
		defer func() {}()
	}()
}
