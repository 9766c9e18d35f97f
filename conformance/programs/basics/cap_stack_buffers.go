// Capacities gc gives slices it can keep on the stack: an append of
// listed elements whose result does not escape takes a 32-byte buffer
// (once per operand variable and function call; the first such append
// only), and []byte(s) / []rune(s) conversions use 32-element temporary
// buffers, share the string's bytes, or come from the heap rounded up to
// a size class, by how the result is used.
package main

import "fmt"

var sink []byte
var sinkr []rune
var sinks []string

func str(n int) string {
	s := ""
	for i := 0; i < n; i++ {
		s += "a"
	}
	return s
}

func appends() {
	for i := 0; i < 3; i++ {
		var x []int
		x = append(x, i)
		println(len(x), cap(x))
	}
	var a []int
	if len(a) == 0 {
		a = append(a, 1, 2)
	} else {
		a = append(a, 3)
	}
	a = nil
	a = append(a, 5)
	println(len(a), cap(a))
	b := append(a[:0], 1)
	println(len(b), cap(b))
	var c []int
	d := append(c, 1)
	e := append(c, 1, 2)
	println(cap(d), cap(e))
	f := append([]int(nil), 1)
	g := append([]int(nil), 1)
	println(cap(f), cap(g))
	var h []int
	h = append(h, 1, 2, 3, 4, 5)
	println(cap(h))
	var k []int
	k = append(k, 1, 2, 3, 4, 5)
	k = nil
	k = append(k, 1)
	println(cap(k))
	var s []string
	s = append(s, "a")
	s = append(s, "b", "c")
	println(cap(s))
}

func results() {
	s := append([]string(nil), "x")
	println(len(s), cap(s))
	var x []int
	y := append(x, 1)
	println(len(y), cap(y))
	z := append([]int{}, 1, 2)
	println(len(z), cap(z))
	sinks = append([]string(nil), "x")
	println(len(sinks), cap(sinks))
	w := append([]byte(nil), str(3)...)
	println(len(w), cap(w))
	var p []struct{ a, b, c, d, e int64 }
	p = append(p, struct{ a, b, c, d, e int64 }{})
	println(len(p), cap(p))
	var bs []byte
	bs = append(bs, 'a')
	println(len(bs), cap(bs), string(bs))
	fmt.Println(len(s))
}

func conversions() {
	b := []byte(str(5))
	println(len(b), cap(b))
	m := []byte(str(5))
	m[0] = 'x'
	println(len(m), cap(m))
	m2 := []byte(str(40))
	m2[0] = 'x'
	println(len(m2), cap(m2))
	sink = []byte(str(5))
	println(len(sink), cap(sink))
	r := []rune(str(3))
	println(len(r), cap(r))
	r2 := []rune(str(33))
	println(len(r2), cap(r2))
	sinkr = []rune(str(3))
	println(len(sinkr), cap(sinkr))
	println(cap([]byte(str(3))), cap([]rune(str(3))), cap([]rune("héllo")))
	c := []byte("hello")
	c[0] = 'j'
	println(len(c), cap(c))
	rc := []rune("hello")
	println(len(rc), cap(rc))
	a := []byte(str(3))
	a = append(a, 'b')
	println(len(a), cap(a))
	for i := range []rune(str(2)) {
		print(i)
	}
	println()
	e := []byte(str(2))
	fmt.Println(len(e), cap(e), string(e))
	n := 0
	for range []byte(str(4)) {
		n++
	}
	println(n)
}

func main() {
	appends()
	results()
	conversions()
	appends()
}
