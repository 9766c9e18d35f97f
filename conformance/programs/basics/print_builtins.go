package main

import "fmt"

func main() {
	fmt.Println("stdout first")
	println("hello", 1, true, -5)
	print("a", "b", 1, 2, "\n")
	println()
	println(3.5, 1e21, -0.0)
	var p *int
	println(p == nil, 'x', uint8(200), int8(-3))
	var f32 float32 = 1.5
	println(f32)
	println(nil == p)
	fmt.Println("stdout last")
}
