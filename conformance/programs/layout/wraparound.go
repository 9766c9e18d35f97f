// Sign extension and wrap-around of narrow values stored in memory and
// reloaded: in slices, arrays, struct fields, through pointers, in escaping
// locals and globals, then widened and mixed in arithmetic.
package main

import "fmt"

type N struct {
	i8  int8
	u8  uint8
	i16 int16
	u16 uint16
	i32 int32
	u32 uint32
}

var gn N
var gi8 int8 = -1
var gu8 uint8 = 255

func inc(n *N) {
	n.i8++
	n.u8++
	n.i16++
	n.u16++
	n.i32++
	n.u32++
}

func dec(n *N) {
	n.i8--
	n.u8--
	n.i16--
	n.u16--
	n.i32--
	n.u32--
}

func widen(n N) {
	fmt.Println(int64(n.i8), int64(n.u8), int64(n.i16), int64(n.u16), int64(n.i32), int64(n.u32))
	fmt.Println(uint64(n.i8), uint64(n.i16), uint64(n.i32))
	fmt.Println(int8(n.u8), int16(n.u16), int32(n.u32), uint8(n.i16), uint16(n.i32), uint32(n.i8))
}

func main() {
	n := N{127, 255, 32767, 65535, 2147483647, 4294967295}
	inc(&n)
	fmt.Printf("%+v\n", n)
	widen(n)
	dec(&n)
	fmt.Printf("%+v\n", n)
	widen(n)
	dec(&n)
	fmt.Printf("%+v\n", n)

	p := new(N)
	dec(p)
	fmt.Printf("%+v\n", *p)
	widen(*p)

	gn = N{-128, 0, -32768, 0, -2147483648, 0}
	dec(&gn)
	fmt.Println(gn)
	q := &gn.i16
	*q -= 1
	*q *= -1
	fmt.Println(gn.i16, *q)

	pi := &gi8
	pu := &gu8
	*pu++
	*pi--
	*pi = *pi * 64
	fmt.Println(gi8, gu8, int(gi8)<<1, gi8<<1, gu8-1)

	s8 := []int8{-1, -2, -128, 127}
	var t []int
	for _, v := range s8 {
		t = append(t, int(v)*1000)
	}
	fmt.Println(t)
	s8[0] >>= 1
	s8[1] >>= 7
	s8[2] /= -1
	s8[3] = -s8[3] - 2
	fmt.Println(s8)

	u16 := [3]uint16{0, 1, 65535}
	u16[0] -= 1
	u16[1] = u16[1] << 15 << 1
	u16[2] *= u16[2]
	fmt.Println(u16)

	var i16s [2]int16
	i16s[0] = -32768
	i16s[1] = i16s[0] / -1
	fmt.Println(i16s, i16s[0]%-1, -i16s[0])

	var u32 uint32 = 4294967295
	pu32 := &u32
	f := func() { *pu32 += 5 }
	f()
	f()
	fmt.Println(u32, uint64(u32)*uint64(u32), u32*u32)

	// conversions of loaded values to narrower and wider types
	big := []int64{-1, 255, 256, -129, 65536 + 42, 1 << 40, -1 << 31}
	var b8 []uint8
	var i8 []int8
	var i16 []int16
	var u32s []uint32
	for _, v := range big {
		b8 = append(b8, uint8(v))
		i8 = append(i8, int8(v))
		i16 = append(i16, int16(v))
		u32s = append(u32s, uint32(v))
	}
	fmt.Println(b8, i8)
	fmt.Println(i16, u32s)
	var back []int64
	for i := range big {
		back = append(back, int64(b8[i])+int64(i8[i])+int64(i16[i])+int64(u32s[i]))
	}
	fmt.Println(back)

	// byte arithmetic on loaded values does not widen
	bs := []byte{200, 100}
	fmt.Println(bs[0]+bs[1], int(bs[0])+int(bs[1]), bs[1]-bs[0], bs[0]*2, bs[0]/3)
	// bool stored and reloaded
	bl := []bool{true, false}
	bl[0], bl[1] = bl[1], bl[0]
	fmt.Println(bl, !bl[0] && bl[1] == false)
}
