// Slices of every narrow scalar type: element stores and loads, writes
// through &s[i], compound assignment, sign extension and wrap-around of the
// reloaded values, and printing with several verbs.
package main

import "fmt"

func bools() {
	s := make([]bool, 7)
	for i := range s {
		s[i] = i%3 == 0
	}
	p := &s[4]
	*p = !*p
	s[5] = s[0] && s[3]
	fmt.Println("bool", s, len(s), cap(s))
	n := 0
	for _, b := range s {
		if b {
			n++
		}
	}
	fmt.Printf("%v %t count=%d\n", s[2:], s[0], n)
}

func int8s() {
	s := make([]int8, 10)
	for i := range s {
		s[i] = int8(i*29 - 100)
	}
	fmt.Println("int8", s)
	for i := range s {
		s[i] *= 3
	}
	fmt.Println("int8*3", s)
	p := &s[9]
	*p = -128
	*p--
	s[0] = 127
	s[0]++
	fmt.Println("wrap", s[0], s[9], int(s[0])+int(s[9]))
	var sum int
	var sum8 int8
	for _, v := range s {
		sum += int(v)
		sum8 += v
	}
	fmt.Println("sum", sum, sum8)
	fmt.Printf("%d %x %X %o %b\n", s, s, s, s, s)
	fmt.Printf("%v %+d %5d|%-5d|\n", s[1], s[2], s[3], s[4])
}

func uint8s() {
	s := []uint8{0, 1, 127, 128, 200, 254, 255}
	fmt.Println("uint8", s)
	for i := range s {
		s[i] += 2
	}
	fmt.Println("uint8+2", s)
	q := &s[3]
	*q <<= 1
	s[4] >>= 3
	s[5] = ^s[5]
	s[6] = -s[6]
	fmt.Println("ops", s)
	b := []byte("Gopher!")
	for i := range b {
		if b[i] >= 'a' && b[i] <= 'z' {
			b[i] -= 'a' - 'A'
		}
	}
	fmt.Println(string(b), b)
	fmt.Printf("%x %X % x %q %s\n", b, b, b, b, b)
}

func int16s() {
	s := make([]int16, 0, 8)
	s = append(s, -32768, -1, 0, 1, 32767, 12345, -12345)
	fmt.Println("int16", s, len(s), cap(s))
	s[0]--
	s[4]++
	s[5] *= 4
	s[6] <<= 2
	fmt.Println("wrapped", s)
	for i := range s {
		fmt.Print(int32(s[i])*2, " ", uint16(s[i]), ";")
	}
	fmt.Println()
}

func uint16s() {
	s := []uint16{0, 1, 255, 256, 65535, 40000}
	t := s[1:5]
	for i := range t {
		t[i] = t[i]*3 + 7
	}
	fmt.Println("uint16", s, t)
	p := &t[3]
	*p = 65535
	*p += 2
	fmt.Println(s[4], *p, int16(s[5]), int(s[5]))
	fmt.Printf("%04x %d\n", s, s)
}

func int32s() {
	s := make([]int32, 6)
	s[0] = -2147483648
	s[1] = 2147483647
	s[2] = s[0] - 1
	s[3] = s[1] + 1
	s[4] = -s[0]
	s[5] = s[1] * s[1]
	fmt.Println("int32", s)
	r := []rune("héllo, 世界")
	for i := range r {
		r[i]++
	}
	fmt.Println("rune", r, string(r))
	fmt.Printf("%c %U %q\n", r[1], r[8], r[7])
}

func uint32s() {
	s := []uint32{0, 1, 4294967295, 1 << 31, 0xdeadbeef}
	s[0]--
	s[2]++
	s[3] <<= 1
	s[4] = s[4]>>16 | s[4]<<16
	fmt.Println("uint32", s)
	fmt.Printf("%x %08X\n", s, s[4])
	var sum uint32
	var sum64 uint64
	for _, v := range s {
		sum += v
		sum64 += uint64(v)
	}
	fmt.Println(sum, sum64)
}

func float32s() {
	s := make([]float32, 5)
	for i := range s {
		s[i] = float32(i) * 0.1
	}
	fmt.Println("float32", s)
	for i := range s {
		fmt.Print(float64(s[i]), " ")
	}
	fmt.Println()
	s[0] = 16777216
	s[0]++
	s[1] = 1e38
	s[1] *= 10
	s[2] = -s[1]
	s[3] = s[1] - s[1]
	fmt.Println(s, s[3] == s[3])
	fmt.Printf("%g %e %.3f %v\n", s[4], s[4], s[4], s[4]+s[4]/3)
}

func main() {
	bools()
	int8s()
	uint8s()
	int16s()
	uint16s()
	int32s()
	uint32s()
	float32s()
}
