package main

func main() {
	recover
}
