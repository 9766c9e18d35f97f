package main

import "fmt"

func main() {
	a, b := 17, 5
	fmt.Println(a+b, a-b, a*b, a/b, a%b)
	fmt.Println(-a/b, -a%b, a/-b, a%-b)
	fmt.Println(a&b, a|b, a^b, a&^b, ^a)
	fmt.Println(a == b, a != b, a < b, a <= b, a > b, a >= b)
	t, f := true, false
	fmt.Println(t && f, t || f, !t, !f)
	var u8 uint8 = 0xF0
	fmt.Println(^u8, u8>>4, u8<<1, u8&0x3C, u8|0x0F)
	x := 10
	x += 5
	x -= 3
	x *= 2
	x /= 4
	x %= 4
	fmt.Println(x)
	y := 0xFF
	y &= 0x0F
	y |= 0x30
	y ^= 0x11
	y <<= 2
	y >>= 1
	y &^= 0x2
	fmt.Println(y)
	fa, fb := 7.5, 2.0
	fmt.Println(fa+fb, fa-fb, fa*fb, fa/fb)
	s := "go"
	s += "pher"
	fmt.Println(s, s < "gopher!", "abc" < "abd", "Z" < "a", s+s)
	var i int = 3
	i++
	i--
	i++
	fmt.Println(i, -i, +i)
	// precedence
	fmt.Println(2+3*4, (2+3)*4, 1<<2+1, 10-4-3, 100/10/5, 7&3|8, 1+2 == 3 && 4 > 3)
}
