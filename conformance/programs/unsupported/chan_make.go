package main

import "fmt"

func main() {
	fmt.Println("start")
	done := make(chan bool, 1)
	done <- true
	fmt.Println(<-done)
}
