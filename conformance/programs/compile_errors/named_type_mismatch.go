package main

import "fmt"

type Meters float64
type Feet float64

func main() {
	var m Meters = 10
	var f Feet = 3
	fmt.Println(m + f)
}
