package main

type point struct {
	x, y int
	name string
}

func main() {
	panic(point{1, 2, "p"})
}
