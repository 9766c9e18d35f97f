package main

import "fmt"

func main() {
	x := 1.5
	var f32 float32 = 2
	fmt.Println(x/0.0, -x/0, f32/0, x/0.0 == x/0.0)
}
