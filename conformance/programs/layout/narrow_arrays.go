// Arrays of narrow scalars: value semantics (assignment and calls copy),
// pointers to arrays and their elements, arrays inside arrays and structs,
// == and zero values.
package main

import "fmt"

type Grid [3][4]int8

type Holder struct {
	tag  byte
	vals [5]int16
	on   [3]bool
	w    [2]uint32
}

func fill(g Grid) Grid {
	for i := range g {
		for j := range g[i] {
			g[i][j] = int8(i*40 - j*30)
		}
	}
	return g
}

func bump(p *[4]int8) {
	for i := range p {
		p[i] += 100
	}
}

func sumArr(a [6]uint16) (s uint16) {
	for _, v := range a {
		s += v
	}
	a[0] = 999
	return
}

func main() {
	var g Grid
	h := fill(g)
	fmt.Println(g, h)
	fmt.Println(g == Grid{}, h == fill(Grid{}), h != g)
	bump(&h[1])
	fmt.Println(h[1], h[0])
	row := h[2]
	row[0] = -1
	fmt.Println(row, h[2])
	pr := &h[2]
	pr[3] = 77
	pe := &h[2][1]
	*pe = -*pe
	fmt.Println(h)

	a := [6]uint16{65535, 1, 2, 3, 4, 5}
	fmt.Println(sumArr(a), a)
	pa := &a
	pa[1] = 40000
	b := *pa
	b[2] = 7
	fmt.Println(a, b, a == b, len(pa))
	for i, v := range pa {
		pa[i] = v * 2
	}
	fmt.Println(a)

	var hd Holder
	fmt.Printf("%v %+v\n", hd, hd)
	hd.tag = 'Z'
	hd.vals[4] = -32768
	hd.vals[0] = hd.vals[4] - 1
	hd.on[1] = true
	hd.w[1] = 1<<32 - 1
	hd.w[0] = hd.w[1] + 2
	ph := &hd
	ph.vals[2] = 300
	pv := &ph.vals
	pv[3] = -300
	fmt.Printf("%v\n%+v\n", hd, ph)
	hd2 := hd
	hd2.on[2] = true
	fmt.Println(hd == hd2, hd.on, hd2.on)
	hd2.on[2] = false
	fmt.Println(hd == hd2)

	var bs [16]byte
	for i := range bs {
		bs[i] = byte(i * 17)
	}
	fmt.Printf("%x\n%v\n%d\n", bs, bs, bs[3:9])
	var fs [4]float32
	fs[1] = 0.1
	fs[2] = fs[1] * 3
	fs[3] = 1 / fs[0]
	fmt.Println(fs, fs[2] == 0.3, float64(fs[2]))
	var rs [3]rune
	copy(rs[:], []rune("日本語"))
	fmt.Println(rs, string(rs[:]), rs == [3]rune{'日', '本', '語'})
	var i32 [2][2]int32
	i32[1][0] = -2147483648
	i32[0][1] = i32[1][0] - 1
	fmt.Println(i32, len(i32[0]))
}
