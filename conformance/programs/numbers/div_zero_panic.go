package main

import "fmt"

type Ratio struct{ a, b int8 }

func (r Ratio) Value() int8 { return r.a / r.b }

func main() {
	defer func() {
		r := recover()
		fmt.Println("recovered:", r)
		err, ok := r.(error)
		fmt.Println(ok, err.Error())
		var z uint16
		fmt.Println(uint16(7) % z)
	}()
	fmt.Println(Ratio{7, 2}.Value())
	fmt.Println(Ratio{-128, -1}.Value())
	fmt.Println(Ratio{1, 0}.Value())
}
