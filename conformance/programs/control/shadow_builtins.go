package main

import "fmt"

type string2 = string

func largest(xs []int) int {
	max := xs[0]
	for _, x := range xs[1:] {
		if x > max {
			max = x
		}
	}
	return max
}

func smallest(xs []int) (min int) {
	min = xs[0]
	for _, x := range xs {
		if x < min {
			min = x
		}
	}
	return
}

func main() {
	xs := []int{3, 9, -2, 7}
	fmt.Println(largest(xs), smallest(xs), max(1, 2), min(1, 2))
	len := func(s string) int { return 42 }
	fmt.Println(len("abc"))
	{
		new := "shadowed new"
		copy := 3
		fmt.Println(new, copy)
	}
	p := new(int)
	*p = 5
	fmt.Println(*p)
	true := false
	fmt.Println(true, !true)
	var nil_ = []int(nil)
	fmt.Println(nil_ == nil)
	type int struct{ v float64 }
	x := int{1.5}
	fmt.Println(x, x.v)
	var s string2 = "alias"
	fmt.Printf("%T %v\n", s, s)
	iota := 10
	fmt.Print(iota, "\n")
	append := "app"
	fmt.Print(append, "\n")
}
