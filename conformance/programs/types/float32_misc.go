package main

import "fmt"

type Inner struct{ n int }

func (i *Inner) Get() int { return i.n }

type Outer struct{ *Inner }

func main() {
	a, b := float32(0.1), float32(0.2)
	fmt.Println(a+b, a*b, a/b, float32(1)/3*3, float32(16777216)+1)
	var f32 float32 = 1e38
	fmt.Println(f32*10, -f32*10)
	fmt.Printf("%v %.10g %g\n", float32(3.4028235e38), float32(1e-45), float32(0.3))
	fmt.Println(float64(float32(0.1)), float32(float64(0.1)))
	var arr [3]int
	var iface any = arr
	c := iface.([3]int)
	c[0] = 5
	fmt.Println(iface, c)
sw:
	switch {
	case true:
		for i := 0; i < 3; i++ {
			if i == 1 {
				break sw
			}
			fmt.Println("i", i)
		}
		fmt.Println("not reached")
	}
	for i := range 3 {
		i += 10
		fmt.Print(i, " ")
	}
	fmt.Println()
	o := Outer{&Inner{4}}
	fmt.Println(o.Get())
	var o2 Outer
	defer func() { fmt.Println("rec:", recover()) }()
	fmt.Println(o2.Get())
}
