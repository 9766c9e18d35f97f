package main

import "fmt"

func main() {
	n := 255
	neg := -42
	fmt.Printf("%d|%5d|%-5d|%05d|%+d|% d|% d\n", n, n, n, n, n, n, neg)
	fmt.Printf("%b|%o|%#o|%x|%X|%#x|%#X\n", n, n, n, n, n, n, n)
	fmt.Printf("%x|%X|%#x|%b|%o|%08b\n", neg, neg, neg, neg, neg, 5)
	fmt.Printf("%08x|%-8x|%#08x|%+x|%8.4x\n", n, n, n, n, n)
	fmt.Printf("%c|%c|%c|%5c|%-3c|\n", 65, 0x4e16, 'é', 'x', 'y')
	fmt.Printf("%U|%#U|%U|%#U\n", 'A', '世', 0x1F600, 0x7)
	fmt.Printf("%q|%q|%q|%q|%q|%+q\n", 'a', '\n', '\'', '"', 0x7f, '世')
	fmt.Printf("%d|%d|%d|%d\n", int8(-128), uint8(255), int64(-9223372036854775808), uint64(18446744073709551615))
	fmt.Printf("%x|%X|%o|%b\n", uint64(18446744073709551615), int64(-9223372036854775808), int8(-1), uint8(170))
	fmt.Printf("%.3d|%6.3d|%-6.3d|%+.3d|%.0d|%.0d|\n", 7, 7, 7, 7, 0, 1)
	fmt.Printf("%v|%v|%v\n", int32(-5), uint16(65535), uintptr(10))
	var r rune = 'z'
	var b byte = 'z'
	fmt.Printf("%v|%d|%c|%q|%v|%c\n", r, r, r, r, b, b)
	fmt.Printf("%x|%X|%x\n", []int{10, 255}, []uint8{1, 171}, [2]int{16, 17})
	fmt.Printf("%d|%03d|%v\n", []int{1, -2}, []int{1, 2}, []int32{3})
	fmt.Printf("%t|%v|%5t|%-6t|\n", true, false, true, false)
	fmt.Printf("%d%%|%%d|%5%|\n", 50)
	fmt.Printf("%o|%#o|%#b|%#x\n", 0, 0, 5, 0)
	fmt.Printf("% x|% X|%# x\n", 1234, -1234, 255)
}
