package main

const (
	a, b = 1, 2
	c
)

func main() {
	const (
		x, y = 3, 4
		z
	)
	const p, q = 1, 2, 3
}
