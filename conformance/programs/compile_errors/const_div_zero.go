package main

func main() {
	const c = 1.5
	x := 3
	_ = c / 0.0
	_ = x / 0
	_ = x % 0
}
