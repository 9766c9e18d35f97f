package main

type Color int

func (c Color) String() string { return "Color#" + string(rune('0'+c)) }

func main() {
	panic(Color(3))
}
