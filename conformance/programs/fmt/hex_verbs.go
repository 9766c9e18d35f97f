package main

import "fmt"

type B []byte
type S string

func main() {
	fmt.Printf("%x|%X\n", "hello", "hello")
	fmt.Printf("% x|% X\n", "hello", "héllo")
	fmt.Printf("%#x|%#X\n", "hi", "hi")
	fmt.Printf("%# x|%# X\n", "hi", "hi")
	fmt.Printf("%x|%X\n", []byte{0, 1, 254, 255}, []byte{10, 11})
	fmt.Printf("% x\n", []byte{})
	fmt.Printf("%x|%x\n", B("ab"), S("ab"))
	fmt.Printf("%x %X %x %X\n", -255, -255, int8(-1), uint8(255))
	fmt.Printf("%#x %#X %#o %#b\n", -255, 255, -8, -5)
	fmt.Printf("%O %O\n", 8, -8)
	fmt.Printf("%08x|%-8x|%+x|% x\n", 255, 255, 255, 255)
	fmt.Printf("%x\n", []int{10, 255, -3})
	fmt.Printf("%X\n", []uint16{0xabc, 1})
	fmt.Printf("%x\n", [3]byte{1, 2, 3})
	fmt.Printf("%10x|%-10x|\n", "abc", "abc")
	fmt.Printf("%.2x|%.1x\n", "abcdef", []byte("xyz"))
	fmt.Printf("%x %X\n", 3.5, -1.0)
	fmt.Printf("%x\n", float32(0.1))
	fmt.Printf("%b\n", 1.0)
	fmt.Printf("%x\n", true)
	fmt.Printf("%x\n", map[string]int{"k": 16})
	fmt.Printf("%#v %#v\n", []byte("a"), B("a"))
	fmt.Printf("%s %s\n", []byte("bytes"), B("nb"))
	fmt.Printf("%v %v\n", []byte("ab"), B("ab"))
	fmt.Printf("%q\n", []byte("q\"x"))
	fmt.Printf("%c %U %#U\n", 0x1F600, 0x1F600, 'x')
	fmt.Printf("%U\n", -1)
	fmt.Printf("%08b|%o|%#o|%x\n", 5, 64, 64, uint64(1<<63))
	fmt.Printf("%x\n", int64(-1<<63))
}
