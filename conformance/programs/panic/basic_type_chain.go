package main

import "fmt"

func main() {
	defer func() {
		panic(float32(0.1))
	}()
	defer func() {
		panic(1e100)
	}()
	defer func() {
		panic(-7.5)
	}()
	defer func() {
		panic(uint64(18446744073709551615))
	}()
	defer func() {
		panic(int8(-128))
	}()
	defer func() {
		panic(false)
	}()
	defer func() {
		panic(uintptr(255))
	}()
	defer func() {
		panic('x')
	}()
	fmt.Println("start")
	panic("plain string")
}
