// Hot loops on narrow data, long enough for the auto tier to compile them
// (and for on-stack replacement): narrow locals in registers wrapping
// every iteration, float32 accumulation rounded at each step, stores to
// struct fields and slice elements of every narrow width, and chains of
// narrowing conversions.
package main

import "fmt"

type Acc struct {
	c8  int8
	u8  uint8
	c16 int16
	u16 uint16
	c32 int32
	u32 uint32
	f   float32
	b   bool
}

func loopLocals(n int) {
	var c8 int8
	var u8 uint8
	var c16 int16
	var u16 uint16
	var c32 int32
	var u32 uint32
	var f float32
	var b bool
	for i := 0; i < n; i++ {
		c8 += 3
		u8 += 7
		c16 += 1001
		u16 += 40001
		c32 += 1000000007
		u32 += 3000000019
		f += 0.1
		b = !b
	}
	fmt.Println(c8, u8, c16, u16, c32, u32, f, b)
}

func loopMem(n int) {
	a := &Acc{}
	s := make([]Acc, 3)
	for i := 0; i < n; i++ {
		a.c8 += 3
		a.u8 += 7
		a.c16 += 1001
		a.u16 += 40001
		a.c32 += 1000000007
		a.u32 += 3000000019
		a.f += 0.1
		a.b = !a.b
		e := &s[i%3]
		e.c8 -= int8(i)
		e.u16 ^= uint16(i * 31)
		e.f = e.f*0.5 + float32(i)
	}
	fmt.Printf("%+v\n%v\n", *a, s)
}

func loopSlices(n int) {
	b := make([]byte, 256)
	i16 := make([]int16, 100)
	f := make([]float32, 10)
	r := make([]rune, 7)
	for i := 0; i < n; i++ {
		b[i&255] += byte(i)
		i16[i%100] -= int16(i)
		f[i%10] += 1.0 / 3
		r[i%7] = r[(i+1)%7] + rune(i&0xff)
	}
	var sum int
	for _, v := range b {
		sum += int(v)
	}
	var s16 int16
	for _, v := range i16 {
		s16 += v
	}
	fmt.Println(sum, s16, i16[:5], f, r)
}

func mixf(n int) float32 {
	var x float32 = 1
	for i := 0; i < n; i++ {
		x = x*1.0000001 + 1e-7
		if x > 2 {
			x -= 1
		}
	}
	return x
}

func convs(n int) {
	var acc int64
	for i := 0; i < n; i++ {
		v := int64(i) * 2654435761
		acc += int64(int8(v)) + int64(uint8(v)) + int64(int16(v)) + int64(uint16(v)) + int64(int32(v)) + int64(uint32(v))
		acc ^= int64(float32(int32(v)))
	}
	fmt.Println(acc)
}

func main() {
	for _, n := range []int{10, 1000, 200000} {
		loopLocals(n)
		loopMem(n)
		loopSlices(n)
		fmt.Println(mixf(n))
		convs(n)
	}
}
