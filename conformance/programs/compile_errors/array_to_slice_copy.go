package main

import "fmt"

func main() {
	var s []int = [3]int{1, 2, 3}
	fmt.Println(s, copy(s, "abc"))
}
