package main

import "fmt"

func expect(n int, v any) {
	fmt.Println("expect", n, "got", v, v == n)
}

func main() {
	defer func() {
		expect(1, recover())
	}()
	func() {
		// prevent open-coded defers
		for {
			defer func() {}()
			break
		}
		defer func() {
			defer func() {
				expect(4, recover())
			}()
			panic(4)
		}()
		panic(1)
	}()
}
