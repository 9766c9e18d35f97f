package main

import "fmt"

func main() {
	s := "bad \q escape"
	fmt.Println(s)
}
