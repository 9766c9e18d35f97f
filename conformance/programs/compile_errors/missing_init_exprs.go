package main

func f() (int, int) { return 1, 2 }

var u, v, w = 1, 2

const c, d, e = 1, 2

func main() {
	var x, y, z = 1, 2
	var m, n, o = f()
	_, _, _, _, _, _ = x, y, z, m, n, o
}
