package main

import "fmt"

const big = 1 << 100
const huge = big * big
const third = 1.0 / 3
const precise = 0.1 + 0.2

type Small int8

const typed Small = 100

func main() {
	fmt.Println(big>>98, huge>>198, big/(big>>1))
	fmt.Println(third, third*3 == 1, precise, precise == 0.3)
	var f32 float32 = third
	fmt.Println(f32)
	const c = 'a' + 1
	fmt.Println(c, string(rune(c)))
	fmt.Printf("%T %T %T %T %T\n", c, 1, 1.0, 1 > 0, "s")
	const e = 1e3
	var i int = e
	fmt.Println(i, e)
	var d = 7 / 2
	var fd = 7 / 2.0
	fmt.Println(d, fd)
	fmt.Println(1<<62 + (1<<62 - 1))
	const maxU = ^uint64(0)
	fmt.Println(maxU, maxU>>63)
	fmt.Println(typed, typed/3, -typed)
	fmt.Printf("%T %v\n", typed*1, typed+27)
	x := 10
	fmt.Println(x/4*4, x/4.0*4 == 8)
	var u8 uint8 = 255 - 55
	fmt.Println(u8, u8+55)
	const s = "con" + "cat"
	fmt.Println(s, len(s))
	const lenConst = len("hello")
	var arr [lenConst]int
	fmt.Println(len(arr))
	const b = 3 > 2
	fmt.Println(b, !b)
	fmt.Println(0.1+0.2 == 0.3, 1e400/1e399)
	const mixed = 5 / 2 * 2.0
	fmt.Println(mixed, 5.0/2*2)
	fmt.Println(-7/2, -7%2, 7>>1, -7>>1)
	var r rune = 'x' - 'a'
	fmt.Println(r)
}
