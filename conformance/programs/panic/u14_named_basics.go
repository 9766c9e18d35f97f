package main

type F float64
type B bool
type U uintptr
type R rune
type F32 float32
type I8 int8

func main() {
	defer func() { panic(I8(-3)) }()
	defer func() { panic(F32(0.1)) }()
	defer func() { panic(R('x')) }()
	defer func() { panic(U(0xff)) }()
	defer func() { panic(B(false)) }()
	defer func() { panic(F(-0.0)) }()
	defer func() { panic(uintptr(16)) }()
	defer func() { panic('x') }()
	defer func() { panic(byte(10)) }()
	panic(F(1.5))
}
