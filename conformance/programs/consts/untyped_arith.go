package main

import "fmt"

const (
	Huge  = 1 << 100
	Small = Huge >> 98
	Pi    = 3.14159265358979323846264338327950288419716939937510582097494459
	Third = 1.0 / 3
	IntDiv = 7 / 2
	FltDiv = 7 / 2.0
	Str   = "con" + "cat"
	Ch    = 'a' + 1
	Bool  = 1 < 2 && Str == "concat"
	MaxU  = ^uint64(0)
	MinI8 = -1 << 7
)

type Small8 int8

func main() {
	fmt.Println(Small, Pi, Third, IntDiv, FltDiv, Str, Ch, Bool)
	fmt.Println(MaxU, MinI8, Huge/Huge, Huge>>90)
	fmt.Printf("%T %T %T %T %T\n", Small, Pi, Ch, Bool, Str)
	var f32 float32 = Pi
	var i8 Small8 = MinI8
	fmt.Println(f32, i8, float64(f32) == Pi)
	var r rune = Ch
	fmt.Println(r, string(r), string(rune(Ch)))
	const big = 1e300 * 1e300 / 1e300
	fmt.Println(big)
	x := 10
	fmt.Println(x/3, x%3, -x/3, -x%3, x/-3, x%-3)
	fmt.Println(1<<3+1, 2*3<<1, 7&3|8, 6^3, 1<<62>>60)
	var u uint = 1<<64 - 1
	fmt.Println(u, u+1, uint32(u), int8(u&0xff))
	h := 0.5
	fmt.Println(h*2 == 1, 1/2, 1/2.0, 1.0/2*4)
	const typed int32 = 1 << 30
	fmt.Println(typed*2-1, typed/3)
	fmt.Println(len(Str), Str[1], Str[1:4])
	var arr [Small + 1]int
	fmt.Println(len(arr), cap(arr))
	fmt.Println('x' - 'a', "ab" < "b", "Z" < "a")
}
