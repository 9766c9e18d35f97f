package main

import "fmt"

func init() {
	fmt.Println("init")
}

func main() {
	init()
}
