package main

import "fmt"

type I interface{ M(int) }

type T struct{}

type Field struct{ M func(int) }

type Lower struct{}

func (Lower) m(int) {}

type Ptr struct{}

func (*Ptr) M(int) {}

func main() {
	var i I
	i = Field{}
	i = &Field{}
	i = Lower{}
	i = new(I)
	_ = I(T{})
	_ = I(1)
	_ = I("s")
	_ = I(new(Lower))
	_ = I(Ptr{})
	_ = I(&Ptr{})
	_ = I(nil)
	fmt.Println(i)
}
