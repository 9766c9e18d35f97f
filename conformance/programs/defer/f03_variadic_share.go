package main

import "fmt"

func show(prefix string, xs ...int) { fmt.Println(prefix, xs) }

func main() {
	xs := []int{1, 2, 3}
	defer fmt.Println("spread:", xs)
	defer show("show spread", xs...)
	defer show("show list", xs[0], xs[1])
	ys := []interface{}{"a", "b"}
	defer fmt.Println(ys...)
	ys[0] = "A"
	xs[0] = 9
	xs = append(xs, 4)
	xs[1] = 8
}
