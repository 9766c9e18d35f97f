package main

func main() {
	x := recover
	_ = x
}
