package main

func f() {}

func main() {
	panic(f())
}
