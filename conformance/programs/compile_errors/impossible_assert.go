package main

import "fmt"

type I interface{ M() }

func main() {
	var i I
	s := i.(string)
	fmt.Println(s)
}
