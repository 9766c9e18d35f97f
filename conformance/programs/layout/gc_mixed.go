// Narrow data interleaved with pointers (strings, slices, maps, pointers
// after bool/int8/int16 fields), kept alive only by interior pointers
// (&s[i], &p.f, sub-slices, substrings) across runtime.GC() while garbage
// is allocated; values are checked after each collection.
package main

import (
	"fmt"
	"runtime"
	"strings"
)

type Node struct {
	flag  bool
	name  string
	small int8
	next  *Node
	w     int16
	data  []byte
	f     float32
	m     map[int8]string
}

type Cell struct {
	b byte
	p *int32
	c bool
}

func churn(n int) int {
	total := 0
	for i := 0; i < n; i++ {
		s := make([]byte, 64+i%100)
		s[0] = byte(i)
		x := &Node{name: strings.Repeat("g", i%7), small: int8(i)}
		total += int(s[0]) + len(x.name)
	}
	return total
}

func build(n int) *Node {
	var head *Node
	for i := 0; i < n; i++ {
		head = &Node{
			flag:  i%2 == 0,
			name:  fmt.Sprint("node", i),
			small: int8(i * 40),
			next:  head,
			w:     int16(i * -3000),
			data:  []byte{byte(i), byte(i * 2), byte(i * 3)},
			f:     float32(i) / 4,
			m:     map[int8]string{int8(i): strings.Repeat("x", i)},
		}
	}
	return head
}

func main() {
	head := build(8)
	fmt.Println(churn(2000))
	runtime.GC()
	for n := head; n != nil; n = n.next {
		fmt.Println(n.flag, n.name, n.small, n.w, n.data, n.f, n.m)
	}

	// only an interior pointer to a byte keeps the slice alive
	pb := &make([]byte, 100)[57]
	*pb = 'q'
	pw := &build(3).next.w
	pd := &build(4).next.next.data
	runtime.GC()
	fmt.Println(churn(3000))
	runtime.GC()
	fmt.Println(string(*pb), *pw, *pd)
	*pw -= 32000
	*pb++
	fmt.Println(string(*pb), *pw)

	// structs mixing bytes, bools and pointers in a slice
	cells := make([]Cell, 50)
	for i := range cells {
		v := int32(i * 100000)
		cells[i] = Cell{byte(i), &v, i%3 == 0}
	}
	sub := cells[10:20]
	cells = nil
	runtime.GC()
	churn(1000)
	for _, c := range sub {
		fmt.Print(c.b, ":", *c.p, ":", c.c, " ")
	}
	fmt.Println()
	whole := sub[:cap(sub)]
	fmt.Println(len(whole), whole[39].b, *whole[39].p, *whole[0].p)

	// substrings and []rune of collected strings
	var keep []string
	var runes [][]rune
	for i := 0; i < 20; i++ {
		s := strings.Repeat(fmt.Sprint("héllo", i, "|"), 3)
		keep = append(keep, s[2:9])
		runes = append(runes, []rune(s)[1:4])
	}
	runtime.GC()
	churn(2000)
	runtime.GC()
	fmt.Println(keep[0], keep[19], string(runes[5]), runes[19])

	// interface boxes of narrow values and small structs
	type Small struct {
		a int8
		s string
		b uint16
	}
	var boxes []any
	for i := 0; i < 30; i++ {
		switch i % 5 {
		case 0:
			boxes = append(boxes, int8(-i))
		case 1:
			boxes = append(boxes, uint16(i*2000))
		case 2:
			boxes = append(boxes, float32(i)/3)
		case 3:
			boxes = append(boxes, Small{int8(i), fmt.Sprint("s", i), uint16(i)})
		case 4:
			boxes = append(boxes, [3]byte{byte(i), 'x', byte(255 - i)})
		}
	}
	runtime.GC()
	churn(1000)
	fmt.Println(boxes[:10]...)
	fmt.Println(boxes[20:]...)

	// closures capturing narrow escaped locals
	var fns []func() string
	for i := 0; i < 10; i++ {
		b := byte('a' + i)
		k := int16(i * 4000)
		ok := i%2 == 1
		fns = append(fns, func() string {
			b++
			k += 10000
			ok = !ok
			return fmt.Sprint(string(b), k, ok)
		})
	}
	runtime.GC()
	churn(500)
	for _, f := range fns {
		fmt.Print(f(), " ")
	}
	fmt.Println()
	runtime.GC()
	for _, f := range fns[7:] {
		fmt.Print(f(), " ")
	}
	fmt.Println()
}
