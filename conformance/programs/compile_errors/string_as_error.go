package main

import "fmt"

func main() {
	var err error = "failed"
	fmt.Println(err)
}
