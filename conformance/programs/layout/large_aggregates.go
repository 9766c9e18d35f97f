// Large aggregates of narrow elements: a struct with a [300]byte field
// passed by value and stored in maps, slices and interfaces, [1000]int16
// arrays returned by value and compared, a [5000]uint8 global sliced, and
// [3][100]bool copies.
package main

import "fmt"

type Big struct {
	hdr  int8
	data [300]byte
	tail int16
}

func sum(b Big) (s int) {
	for _, v := range b.data {
		s += int(v)
	}
	b.data[0] = 99
	return s + int(b.hdr) + int(b.tail)
}

func mk(n int) [1000]int16 {
	var a [1000]int16
	for i := range a {
		a[i] = int16(i * n)
	}
	return a
}

var gbig [5000]uint8

func main() {
	var b Big
	for i := range b.data {
		b.data[i] = byte(i)
	}
	b.hdr, b.tail = -1, -300
	fmt.Println(sum(b), b.data[0], b.data[299])
	m := map[int8]Big{}
	m[1] = b
	c := m[1]
	c.data[5] = 0
	fmt.Println(m[1].data[5], c.data[5], m[1] == b, c == b)
	a := mk(40)
	a2 := mk(40)
	fmt.Println(a[999], a[500], a == a2, len(a))
	a2[999]++
	fmt.Println(a == a2)
	p := &a
	f := func() { p[3] = -1 }
	f()
	fmt.Println(a[:5])
	for i := range gbig {
		gbig[i] = uint8(i)
	}
	s := gbig[4000:4010]
	fmt.Println(s, string(gbig[65:91]))
	var arrs [3][100]bool
	arrs[2][99] = true
	cp := arrs
	fmt.Println(cp == arrs, cp[2][99])
	var iface any = b
	bb := iface.(Big)
	fmt.Println(bb.data[100], bb == b)
	big := make([]Big, 3)
	big[1] = b
	big = append(big, b)
	big[3].data[299] = 1
	fmt.Println(big[1] == b, big[3] == b, big[3].data[297:])
}
