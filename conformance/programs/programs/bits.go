package main

import "fmt"

func popcount(x uint64) int {
	n := 0
	for x != 0 {
		x &= x - 1
		n++
	}
	return n
}

func reverseBits(x uint32) uint32 {
	var r uint32
	for i := 0; i < 32; i++ {
		r = r<<1 | x&1
		x >>= 1
	}
	return r
}

func isPow2(x int) bool { return x > 0 && x&(x-1) == 0 }

func nextPow2(x uint32) uint32 {
	x--
	x |= x >> 1
	x |= x >> 2
	x |= x >> 4
	x |= x >> 8
	x |= x >> 16
	return x + 1
}

func trailingZeros(x uint16) int {
	if x == 0 {
		return 16
	}
	n := 0
	for x&1 == 0 {
		x >>= 1
		n++
	}
	return n
}

type BitSet []uint64

func (b *BitSet) Set(i int) {
	for i/64 >= len(*b) {
		*b = append(*b, 0)
	}
	(*b)[i/64] |= 1 << (i % 64)
}

func (b BitSet) Has(i int) bool {
	return i/64 < len(b) && b[i/64]&(1<<(i%64)) != 0
}

func (b BitSet) String() string {
	s := "{"
	first := true
	for w, word := range b {
		for j := 0; j < 64; j++ {
			if word&(1<<uint(j)) != 0 {
				if !first {
					s += " "
				}
				s += fmt.Sprint(w*64 + j)
				first = false
			}
		}
	}
	return s + "}"
}

func main() {
	for _, v := range []uint64{0, 1, 0xff, 0xdeadbeef, 1<<64 - 1} {
		fmt.Printf("%#x:%d ", v, popcount(v))
	}
	fmt.Println()
	fmt.Printf("%032b\n%032b\n", uint32(0x12345678), reverseBits(0x12345678))
	for _, v := range []int{0, 1, 2, 3, 64, 100, -8} {
		fmt.Print(isPow2(v), " ")
	}
	fmt.Println()
	fmt.Println(nextPow2(5), nextPow2(64), nextPow2(1000), nextPow2(1))
	fmt.Println(trailingZeros(8), trailingZeros(0), trailingZeros(0x8000))
	var bs BitSet
	for _, i := range []int{1, 5, 64, 130, 5} {
		bs.Set(i)
	}
	fmt.Println(bs, len(bs), bs.Has(64), bs.Has(65), bs.Has(1000))
	a, b := 0b1100, 0b1010
	fmt.Printf("%04b %04b %04b %04b %b\n", a&b, a|b, a^b, a&^b, ^a)
	x := int32(-1)
	fmt.Println(x>>1, uint32(x)>>1, x<<31, int64(x)<<32)
	var h uint32 = 2166136261
	for _, c := range []byte("hash me") {
		h ^= uint32(c)
		h *= 16777619
	}
	fmt.Println(h, h%1000)
	gray := func(n uint) uint { return n ^ (n >> 1) }
	for i := uint(0); i < 8; i++ {
		fmt.Printf("%03b ", gray(i))
	}
	fmt.Println()
	swapA, swapB := 12, 34
	swapA ^= swapB
	swapB ^= swapA
	swapA ^= swapB
	fmt.Println(swapA, swapB)
}
