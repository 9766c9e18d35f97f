package main

func main() {
	recover(1)
}
