package main

import "fmt"

func main() {
	type Str interface{ ~string }
	fmt.Println("ok")
}
