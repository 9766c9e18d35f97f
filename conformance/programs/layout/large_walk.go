// Values of types with more than 1024 slots, which keep no per-slot
// layout table (moves, comparisons, hashing and the collector walk the
// type): a struct of narrow arrays, floats, a string and pointers, and
// [2000]int8 / [1500]int8 arrays, by value through calls, results,
// method values, interfaces, maps (as values and keys), closures,
// defers, slices (append, copy, sort.Slice swaps), globals and fmt;
// the pointers inside must survive collections.
package main

import (
	"fmt"
	"runtime"
	"sort"
	"strconv"
	"strings"
)

type Node struct {
	v    int8
	name string
}

type Big struct {
	a    int8
	arr  [1500]int16
	b    bool
	f    [600]float32
	s    string
	p    *Node
	u    [1100]uint8
	q    [3]*Node
	i    any
	tail int8
}

type BigArr [2000]int8

func (b BigArr) Sum() (s int) {
	for _, v := range b {
		s += int(v)
	}
	return
}

func (b *BigArr) Fill(x int8) {
	for i := range b {
		b[i] = x + int8(i)
	}
}

func sumBig(b Big) (s float64) {
	s += float64(b.a) + float64(b.tail)
	for _, v := range b.arr {
		s += float64(v)
	}
	for _, v := range b.f {
		s += float64(v)
	}
	for _, v := range b.u {
		s += float64(v)
	}
	if b.b {
		s += 0.5
	}
	return s + float64(len(b.s))
}

func modify(b Big) Big {
	b.arr[1499] = -7
	b.u[0] = 200
	b.tail = -1
	return b
}

func mkNode(k int) *Node { return &Node{int8(k), "n" + strconv.Itoa(k*1000)} }

func churn() {
	for i := 0; i < 200; i++ {
		_ = make([]byte, 100+i)
		_ = &Node{name: strconv.Itoa(i)}
	}
}

func names(b Big) string {
	s := b.p.name + "/" + b.q[2].name
	if n, ok := b.i.(*Node); ok {
		s += "/" + n.name
	}
	return s
}

var gBig Big
var gArr BigArr

func main() {
	var b Big
	b.a = -3
	for i := range b.arr {
		b.arr[i] = int16(i * 37)
	}
	for i := range b.f {
		b.f[i] = float32(i) / 7
	}
	for i := range b.u {
		b.u[i] = uint8(i)
	}
	b.b, b.s, b.tail = true, "hello", 99
	b.p, b.q[2], b.i = mkNode(1), mkNode(2), mkNode(3)
	fmt.Println(sumBig(b))
	c := modify(b)
	fmt.Println(sumBig(c), c.arr[1499], b.arr[1499], c.u[0], c.tail, b.tail, c == b)
	c = b
	fmt.Println(c == b, names(c))

	// interfaces and maps
	var x any = b
	b.a = 5
	y := x.(Big)
	fmt.Println(y.a, y.tail, y.arr[1000], y.f[599], y.u[1099], x == any(c))
	m := map[int]Big{1: b, 2: c}
	fmt.Println(m[1].a, m[2].a, m[1].arr[3], m[2].u[1099], m[3].tail, m[3].p == nil)

	// closures by value and by reference
	d := b
	fa := func() int16 { return d.arr[1] + int16(d.tail) }
	fb := func() { b.arr[2] = 1; b.tail-- }
	fb()
	fmt.Println(fa(), b.arr[2], b.tail)

	// slices: append, pointers into elements, overlapping copy
	sl := []Big{b, c}
	sl = append(sl, sl...)
	sl[3].arr[4] = -4
	p := &sl[2]
	p.f[5] = 1.5
	fmt.Println(sl[0].arr[4], sl[3].arr[4], sl[2].f[5], sl[1].f[5], len(sl))
	copy(sl[1:], sl)
	fmt.Println(sl[3].arr[4], sl[3].f[5], sl[2].a)
	sl[0].a, sl[1].a, sl[2].a, sl[3].a = 9, -9, 0, 4
	sort.Slice(sl, func(i, j int) bool { return sl[i].a < sl[j].a })
	for _, e := range sl {
		fmt.Print(e.a, " ", e.arr[4], " ", e.f[5], " ", names(e), "; ")
	}
	fmt.Println()

	// globals and methods on a large array
	gBig = b
	gBig.u[1050] = 255
	gBig.u[1050]++
	fmt.Println(gBig.u[1050], gBig.a, gBig.s, sumBig(gBig))
	gArr.Fill(-100)
	fmt.Println(gArr.Sum(), gArr[1999], gArr[0])
	var ba BigArr
	ba = gArr
	ba[7] = 0
	fmt.Println(ba.Sum(), ba == gArr, ba != gArr)
	f := ba.Sum
	ba[8] = 0
	fmt.Println(f(), ba.Sum())
	pb := new(BigArr)
	pb.Fill(1)
	g := pb.Sum
	pb[0] = 100
	fmt.Println(g(), pb.Sum())

	// defer arguments
	func() {
		defer func(b Big, a BigArr) {
			fmt.Println("deferred", b.tail, b.arr[100], a[1999], a.Sum(), names(b))
		}(b, ba)
		b.tail = 0
		ba[1999] = 0
	}()

	// arrays of large arrays, sorted
	var aa [3]BigArr
	aa[1].Fill(3)
	aa[2] = aa[1]
	aa[2][0] = -128
	fmt.Println(aa[0].Sum(), aa[1].Sum(), aa[2].Sum(), aa[1] == aa[2])
	arrs := aa[:]
	sort.Slice(arrs, func(i, j int) bool { return arrs[i].Sum() < arrs[j].Sum() })
	fmt.Println(aa[0][0], aa[1][0], aa[2][0], aa[0].Sum())

	// fmt of large values
	s := fmt.Sprint(aa[2])
	fmt.Println(len(s), s[:40])
	s = fmt.Sprintf("%v", b.u)
	fmt.Println(len(s), strings.Count(s, " "), s[len(s)-20:])
	fmt.Printf("%v\n%d\n", b.arr[:10], b.u[250:260])

	// large struct keys
	type K struct {
		a [1200]int8
		b bool
	}
	mk := map[K]int{}
	var k1, k2 K
	k2.a[1199] = 1
	mk[k1] = 1
	mk[k2] = 2
	k2.b = true
	mk[k2] = 3
	fmt.Println(len(mk), mk[K{}], mk[k2])

	// the collector finds the pointers inside large values in memory
	hs := make([]Big, 3)
	for i := range hs {
		hs[i].p, hs[i].q[2], hs[i].i = mkNode(i), mkNode(i+10), mkNode(i+20)
		hs[i].s = strconv.Itoa(i*7) + "str"
	}
	churn()
	runtime.GC()
	var boxed any = hs[1]
	hs[1] = Big{}
	arr := new([2]Big)
	arr[1].q[0] = mkNode(99)
	arr[1].i = []*Node{mkNode(98)}
	mb := map[int]Big{1: {p: mkNode(50), s: "mapped" + strconv.Itoa(5)}}
	churn()
	runtime.GC()
	churn()
	h := boxed.(Big)
	fmt.Println(names(h), h.s, names(hs[0]), names(hs[2]), hs[1].p == nil)
	fmt.Println(arr[1].q[0].name, arr[1].i.([]*Node)[0].name, mb[1].p.name, mb[1].s)
	keep := h
	fc := func() string { return names(keep) + keep.s }
	h, boxed = Big{}, nil
	churn()
	runtime.GC()
	fmt.Println(fc())
}
