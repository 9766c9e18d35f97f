package main

import "fmt"

func worker(n int) {
	fmt.Println("worker", n)
}

func main() {
	fmt.Println("start")
	go worker(1)
	fmt.Println("end")
}
