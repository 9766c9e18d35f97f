package main

func main() {
	panic(3.25)
}
