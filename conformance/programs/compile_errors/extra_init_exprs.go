package main

const p, q = 1, 2, 3

var u, v = 1, 2, 3

func main() {
	var x, y = 1, 2, 3
	_, _ = x, y
}
