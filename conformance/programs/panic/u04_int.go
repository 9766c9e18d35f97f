package main

func main() {
	defer println("bye")
	panic(-42)
}
