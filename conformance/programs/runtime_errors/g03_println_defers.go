package main

type S struct{}

func main() {
	defer println(1.5, -2.0, 1e100, float32(0.1))
	defer println(true, 'x', "str", -7, uint8(255))
	var e error
	var p *int
	defer println(e == nil, p == nil)
	defer print("a", "b", 1, 2, "\n")
	println()
}
