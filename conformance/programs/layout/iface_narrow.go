// Interfaces holding narrow scalars: boxing from slices, fields and
// pointers, type assertions and switches, == between interfaces of
// different narrow types, []any, and named narrow types with methods.
package main

import "fmt"

type Level int8
type Mask uint16
type Ch rune
type Temp float32
type Flag bool

func (l Level) String() string   { return fmt.Sprintf("L%d", int8(l)) }
func (m Mask) Has(bit uint) bool { return m&(1<<bit) != 0 }
func (c Ch) Upper() Ch {
	if c >= 'a' && c <= 'z' {
		return c - 32
	}
	return c
}
func (t Temp) F() Temp   { return t*9/5 + 32 }
func (f Flag) Not() Flag { return !f }

type Haser interface{ Has(uint) bool }

func kind(v any) string {
	switch x := v.(type) {
	case bool:
		return fmt.Sprint("bool ", x)
	case int8:
		return fmt.Sprint("int8 ", x, " ", int(x)-1)
	case uint8:
		return fmt.Sprint("uint8 ", x, " ", x+1)
	case int16:
		return fmt.Sprint("int16 ", x, " ", x-1)
	case uint16:
		return fmt.Sprint("uint16 ", x, " ", x+1)
	case int32:
		return fmt.Sprint("int32 ", x, " ", x-1)
	case uint32:
		return fmt.Sprint("uint32 ", x, " ", x+1)
	case float32:
		return fmt.Sprint("float32 ", x, " ", float64(x))
	case Level:
		return "Level " + x.String()
	case Mask:
		return fmt.Sprint("Mask ", uint16(x), x.Has(3))
	case fmt.Stringer:
		return "Stringer " + x.String()
	case nil:
		return "nil"
	default:
		return fmt.Sprintf("other %T %v", x, x)
	}
}

func main() {
	i8 := []int8{-128, 127}
	u8 := []uint8{0, 255}
	i16 := [2]int16{-32768, 32767}
	u16 := [2]uint16{0, 65535}
	type S struct {
		i32 int32
		u32 uint32
		f   float32
		b   bool
	}
	st := &S{-2147483648, 4294967295, 0.1, true}
	var vals []any
	vals = append(vals, i8[0], i8[1], u8[0], u8[1], i16[0], i16[1], u16[0], u16[1])
	vals = append(vals, st.i32, st.u32, st.f, st.b, Level(-5), Mask(0xff), Ch('q'), Temp(36.6), Flag(true), nil, 'x', byte('x'))
	for _, v := range vals {
		fmt.Println(kind(v))
	}
	fmt.Println(vals...)
	fmt.Printf("%v\n%d\n", vals[:8], vals[:8])

	// boxed copies are independent of the source
	x := int16(7)
	var ex any = x
	x = 8
	px := &x
	var ep any = px
	*px = 9
	fmt.Println(ex, x, *ep.(*int16))

	// equality between interfaces holding narrow values
	var a, b any = int8(1), int16(1)
	var c any = int8(1)
	fmt.Println(a == b, a == c, a == any(1), c == any(int8(1)), any(uint8(255)) == any(byte(255)))
	fmt.Println(any(float32(0.1)) == any(float32(0.1)), any(true) == any(Flag(true)), any(Level(1)) == any(int8(1)))
	fmt.Println(any(rune('a')) == any(int32(97)), any(Ch('a')) == any('a'))

	// assertions with comma-ok
	for _, v := range []any{int8(-1), uint8(1), int32(-1), Level(3), "s"} {
		n8, ok8 := v.(int8)
		u, oku := v.(uint8)
		lv, okl := v.(Level)
		fmt.Println(n8, ok8, u, oku, lv, okl)
	}

	// method values and interfaces on narrow named types
	var h Haser = Mask(0b1010)
	fmt.Println(h.Has(1), h.Has(2), h.Has(3))
	var sr fmt.Stringer = Level(-128)
	lv127 := Level(127)
	fmt.Println(sr, sr.String(), lv127+1)
	up := Ch('g').Upper
	ms := []Ch{'a', 'Z', '9', 'z'}
	for i := range ms {
		ms[i] = ms[i].Upper()
	}
	fmt.Println(up(), string(rune(up())), ms)
	temps := []Temp{-40, 0, 100, 36.6}
	for _, t := range temps {
		fmt.Print(t.F(), " ")
	}
	fmt.Println()
	flags := map[Flag]Flag{true: false}
	fmt.Println(flags[true].Not(), Flag(false).Not())

	// interface arrays and struct fields holding narrow values
	type Box struct {
		tag byte
		v   any
	}
	boxes := [3]Box{{'a', int8(-3)}, {'b', uint16(9)}, {'c', float32(2.5)}}
	boxes2 := boxes
	fmt.Println(boxes == boxes2, boxes)
	boxes2[1].v = uint16(10)
	fmt.Println(boxes == boxes2, boxes2[1])
	pb := &boxes[0]
	pb.v = pb.v.(int8) * 2
	fmt.Printf("%v %+v\n", boxes[0], boxes)
}
