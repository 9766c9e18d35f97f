// fmt on narrow values and aggregates of them: %v, %+v, %#v, %d, %x, %X,
// %o, %b, %c, %q, %U, %t, %T, widths and flags, Println of pointers to
// structs and of nested slices.
package main

import (
	"fmt"
	"math"
	"strconv"
)

type Rec struct {
	A int8
	B uint8
	C int16
	D uint16
	E int32
	F uint32
	G float32
	H bool
	I rune
	J byte
}

type T struct {
	a int8
	b []int16
}

type Wrap struct {
	r   *Rec
	arr [2]Rec
	s   []int16
	m   map[uint8]bool
}

func main() {
	r := Rec{-1, 255, -300, 60000, -70000, 4000000000, 1.5, true, 'é', 'z'}
	fmt.Println(r)
	fmt.Printf("%v\n%+v\n%#v\n", r, r, r)
	fmt.Printf("%d\n%x\n%X\n%o\n", r, r, r, r)
	fmt.Println(&r)
	fmt.Printf("%v %+v\n", &r, &r)
	fmt.Printf("%T %T %T %T %T %T %T\n", r.A, r.B, r.C, r.D, r.G, r.I, &r)

	w := Wrap{&r, [2]Rec{r, {}}, []int16{-1, 2}, map[uint8]bool{3: true, 1: false}}
	fmt.Printf("%v\n%+v\n", w.arr, w.arr)
	fmt.Println(w.s, w.m, *w.r == r, len(fmt.Sprint(w)) > 0)
	fmt.Printf("%+v\n", w.m)

	i8 := []int8{-128, -1, 0, 1, 127}
	fmt.Printf("%v|%d|%x|%X|%o|%b|%+d|% d|%4d|%-4d|%04d\n", i8, i8, i8, i8, i8, i8, i8, i8, i8, i8, i8)
	u8 := []uint8{0, 9, 10, 255}
	fmt.Printf("%v|%x|% x|%#x|%X|% X|%08b|%c|%q|%U\n", u8, u8, u8, u8, u8, u8, u8, u8, u8, u8)
	bs := []byte("hi\x00\xff")
	fmt.Printf("%s|%q|%x|% x|%X|%v|%d|%#v\n", bs, bs, bs, bs, bs, bs, bs, bs)
	arrb := [4]byte{'a', 'b', 0, 255}
	fmt.Printf("%s|%x|%v|%q|%#v\n", arrb, arrb, arrb, arrb, arrb)
	i16 := [3]int16{-32768, 0, 32767}
	fmt.Printf("%v|%x|%X|%#o|%b|%6d|\n", i16, i16, i16, i16, i16, i16)
	u16 := []uint16{65535, 256, 1}
	fmt.Printf("%v|%x|%#04x|%c|%U|%q\n", u16, u16, u16, u16, u16, u16)
	i32 := []int32{-2147483648, 2147483647, 'A'}
	fmt.Printf("%v|%x|%c|%q|%U|%#U\n", i32, i32, i32[2], i32[2], i32, i32[2])
	u32 := [2]uint32{4294967295, 16}
	fmt.Printf("%v|%x|%X|%o|%#b\n", u32, u32, u32, u32, u32[1])
	f32 := []float32{0.1, -2.5, 1e20, 1.0 / 3}
	fmt.Printf("%v|%g|%e|%E|%f|%.2f|%8.3g|%x|%b\n", f32, f32, f32, f32, f32, f32, f32, f32[0], f32[1])
	bools := [3]bool{true, false, true}
	fmt.Printf("%v|%t|%#v|%5t|\n", bools, bools, bools, bools[0])
	rs := []rune("aé世")
	fmt.Printf("%v|%c|%q|%U|%x|%s\n", rs, rs, rs, rs, rs, string(rs))

	nested := [][]uint8{{1, 2}, nil, {}, {255}}
	fmt.Println(nested, len(nested[1]), nested[1] == nil, nested[2] == nil)
	fmt.Printf("%v %x %d\n", nested, nested, nested)
	ptrs := []*Rec{&r, nil, &w.arr[1]}
	fmt.Println(ptrs[0], ptrs[1], ptrs[2])
	fmt.Printf("%+v %v\n", ptrs[2], ptrs[1])
	type Tiny struct {
		a int8
		b bool
	}
	tp := &Tiny{-5, true}
	tpp := &tp
	fmt.Println(tp, *tp, **tpp)
	fmt.Printf("%v %+v %#v\n", tp, tp, *tp)
	anys := []any{int8(-1), uint8(1), int16(-2), uint16(2), int32(-3), uint32(3), float32(0.5), true, 'x', byte('x'), Tiny{1, false}, &Tiny{2, true}}
	fmt.Println(anys...)
	fmt.Printf("%v\n%d\n%T\n", anys[:11], anys[:6], anys)
	fmt.Print(int8(1), uint8(2), "s", int16(3), true, false, float32(0.25), "\n")
	fmt.Println(fmt.Sprintf("%5.1f|%-6d|%+x|%x", float32(3.14159), int16(-42), int8(-1), uint8(200)))
	fmt.Printf("%d %d\n", []int8{}, [0]uint16{})
	pointersMapsStrconv()
}

// pointersMapsStrconv prints pointers to arrays and slices, maps with
// narrow keys (fmt sorts them), and strconv on narrow bit sizes.
func pointersMapsStrconv() {
	arr := [3]int8{1, -2, 3}
	sl := []byte("hi")
	fmt.Println(&arr, &sl)
	fmt.Printf("%v %+v %d %x\n", &arr, &sl, &arr, &sl)
	t := &T{-1, []int16{1, 2}}
	fmt.Printf("%v %+v %#v\n", t, t, *t)
	nan := float32(math.NaN())
	m := map[float32]int8{nan: 1, 1: 2, -1: 3, float32(math.Inf(-1)): 4}
	m[1] = 5
	fmt.Println(m, len(m))
	m2 := map[[2]bool]uint8{{true, false}: 1, {false, true}: 2, {false, false}: 3}
	fmt.Println(m2)
	type K struct {
		a int8
		b string
	}
	m3 := map[K]bool{{-1, "z"}: true, {-1, "a"}: false, {5, ""}: true}
	fmt.Println(m3)
	fmt.Println(strconv.Itoa(int(int8(-128))), strconv.FormatInt(int64(int16(-1)), 16), strconv.FormatUint(uint64(uint32(1<<32-1)), 2))
	fmt.Println(strconv.FormatFloat(float64(float32(0.1)), 'g', -1, 32), strconv.FormatFloat(float64(float32(0.1)), 'g', -1, 64))
	v, err := strconv.ParseInt("-129", 10, 8)
	fmt.Println(int8(v), v, err)
	u, err := strconv.ParseUint("256", 10, 8)
	fmt.Println(uint8(u), u, err)
	f, err := strconv.ParseFloat("3.4e39", 32)
	fmt.Println(float32(f), f, err)
	f2, _ := strconv.ParseFloat("0.1", 32)
	fmt.Println(f2, float32(f2))
	bs := strconv.AppendInt([]byte("x="), int64(int8(-5)), 10)
	bs = strconv.AppendQuoteRune(bs, 'é')
	fmt.Println(string(bs), bs)
	fmt.Printf("%6.2v|%-8q|%#x|%#o|%+q\n", float32(1.0/3), byte('a'), []byte{1, 2}, int16(8), rune(0x263a))
	fmt.Printf("%x %X\n", "héllo", []string{"ab", "c"})
	fmt.Printf("%v %s\n", []int8(nil), [2][]byte{[]byte("a"), nil})
}
