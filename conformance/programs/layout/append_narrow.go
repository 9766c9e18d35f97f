// append on slices of narrow types and small structs: one element, many,
// append(s, t...), append([]byte, string...), growth (len/cap as Go's size
// classes give them), aliasing before and after a reallocation.
package main

import "fmt"

type P struct {
	a, b int32
}

type Q struct {
	x byte
	y int16
	z bool
}

var sinkB [][]byte
var sinkI [][]int16

func growB(n int) []byte {
	var s []byte
	var caps []int
	for i := 0; i < n; i++ {
		s = append(s, byte(i*7))
		if len(caps) == 0 || caps[len(caps)-1] != cap(s) {
			caps = append(caps, cap(s))
		}
	}
	sinkB = append(sinkB, s)
	fmt.Println("byte caps", caps)
	return s
}

func main() {
	b := growB(100)
	fmt.Println(len(b), b[99], b[50:60])

	var i16 []int16
	var caps []int
	for i := 0; i < 70; i++ {
		i16 = append(i16, int16(i*1000))
		if len(caps) == 0 || caps[len(caps)-1] != cap(i16) {
			caps = append(caps, cap(i16))
		}
	}
	sinkI = append(sinkI, i16)
	fmt.Println("int16 caps", caps, i16[65:])

	var ps []P
	caps = caps[:0]
	for i := 0; i < 40; i++ {
		ps = append(ps, P{int32(i), int32(-i)})
		if len(caps) == 0 || caps[len(caps)-1] != cap(ps) {
			caps = append(caps, cap(ps))
		}
	}
	fmt.Println("P caps", caps, ps[38:])

	var qs []Q
	caps = caps[:0]
	for i := 0; i < 40; i++ {
		qs = append(qs, Q{byte(i), int16(i * 1000), i%3 == 0})
		if len(caps) == 0 || caps[len(caps)-1] != cap(qs) {
			caps = append(caps, cap(qs))
		}
	}
	fmt.Println("Q caps", caps, qs[37:])

	// many at once, and spreads
	u8 := []uint8{1, 2}
	u8 = append(u8, 3, 4, 5, 255)
	u8 = append(u8, u8...)
	u8 = append(u8, "héllo"...)
	fmt.Println(u8, len(u8))
	bs := append([]byte(nil), "xyz"...)
	bs = append(bs, bs[1:]...)
	fmt.Println(string(bs), len(bs))

	r := []rune{'a'}
	r = append(r, []rune("мир")...)
	r = append(r, 0x10FFFF, -1)
	fmt.Println(r, len(r))

	// aliasing: append within capacity writes into the shared array
	base := make([]int8, 3, 10)
	x := append(base, 1, 2)
	y := append(base, -1)
	fmt.Println(base, x, y)
	x[0] = 100
	fmt.Println(base[0], y[0])
	// beyond capacity: a new array
	z := append(base[:10], 5)
	z[0] = -100
	fmt.Println(base[0], z[0], len(z))

	// append of structs and arrays of narrow fields
	type Rec struct {
		tag [2]byte
		n   uint16
		ok  bool
	}
	var recs []Rec
	for i := 0; i < 5; i++ {
		recs = append(recs, Rec{[2]byte{'a' + byte(i), 'z' - byte(i)}, uint16(65533 + i), i == 2})
	}
	recs = append(recs[:2], recs[3:]...)
	fmt.Printf("%v\n%+v\n", recs, recs[1])

	bools := append([]bool{}, true, false, true)
	bools = append(bools, bools...)
	fmt.Println(bools, len(bools))

	f32 := append([]float32(nil), 0.1, 0.2)
	f32 = append(f32, f32[0]+f32[1])
	fmt.Println(f32)

	u32 := []uint32{4294967295}
	for i := 0; i < 4; i++ {
		u32 = append(u32, u32[len(u32)-1]+1)
	}
	fmt.Println(u32)
	fmt.Println(len(u32), cap(u32))
}
