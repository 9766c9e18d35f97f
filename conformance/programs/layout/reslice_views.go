// Slicing narrow slices and arrays (s[i:j], s[i:j:k]), re-slicing beyond
// len up to cap, and writes through one view seen through the others,
// including after append into a shared backing array.
package main

import "fmt"

type Pt struct {
	x int8
	y int16
}

func show(name string, s []int16) {
	fmt.Printf("%s len=%d cap=%d %v\n", name, len(s), cap(s), s)
}

func main() {
	base := make([]int16, 8, 12)
	for i := range base {
		base[i] = int16(i * 1111)
	}
	a := base[2:5]
	b := base[4:8]
	c := a[1:6]
	d := base[1:3:4]
	show("a", a)
	show("b", b)
	show("c", c)
	show("d", d)
	a[2] = -1
	b[3] = -2
	c[4]++
	d[1] *= -1
	show("base", base)
	show("c", c)

	d = append(d, 7777)
	show("d", d)
	show("base", base)
	d = append(d, 8888)
	d[0] = 0
	show("d", d)
	show("base", base)

	ext := base[len(base):cap(base)]
	show("ext", ext)
	ext = append(ext[:0], 1, 2, 3)
	show("base+", base[:cap(base)])

	by := []byte("hello, world")
	h := by[:5]
	w := by[7:]
	h[0] = 'J'
	w[0] = 'W'
	fmt.Println(string(by), string(h), string(w))
	h = append(h, '!')
	fmt.Println(string(by), string(h))
	w2 := w[1:3:3]
	w2 = append(w2, 'X')
	w2[0] = 'O'
	fmt.Println(string(by), string(w2))

	arr := [10]uint8{0, 10, 20, 30, 40, 50, 60, 70, 80, 250}
	s1 := arr[3:]
	s2 := s1[2:4]
	s2[0] += 6
	s1[len(s1)-1] += 10
	fmt.Println(arr, s1, s2, len(s2), cap(s2))
	p := &arr
	s3 := p[:2:2]
	s3 = append(s3, 99)
	s3[0] = 1
	fmt.Println(arr[:3], s3)

	bools := []bool{true, true, false, false, true}
	v1 := bools[1:3]
	v2 := bools[2:]
	v1[1] = true
	v2[0] = !v2[0]
	fmt.Println(bools, v1, v2)

	pts := []Pt{{1, 100}, {2, 200}, {3, 300}, {4, 400}}
	mid := pts[1:3]
	mid[0].x = -mid[0].x
	mid[1].y = -32768
	pm := &mid[1]
	pm.y--
	fmt.Println(pts, mid)
	tail := pts[3:]
	tail = append(tail, Pt{5, 500})
	tail[0].x = 44
	fmt.Println(pts, tail)

	u32 := []uint32{1, 2, 3, 4, 5, 6}
	for len(u32) > 1 {
		u32[0] += u32[len(u32)-1]
		u32 = u32[:len(u32)-1]
	}
	fmt.Println(u32, u32[:6])

	rs := []rune("abcdef")
	rv := rs[2:4:5]
	rv = append(rv, 'Z')
	rv = append(rv, 'Y')
	rv[0] = 'C'
	fmt.Println(string(rs), string(rv))

	f := []float32{1, 2, 3, 4}
	g := f[1:3]
	g[0] /= 3
	g = g[:cap(g)]
	g[2] = g[0] * 3
	fmt.Println(f, g)

	s := "narrow string"
	sub := s[2:9]
	bsub := []byte(sub)
	bsub[0] = 'R'
	fmt.Println(s, sub, string(bsub), s[7:][:3], len(s[3:7]))
}
