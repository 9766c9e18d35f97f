// Maps with narrow keys and values, struct and array keys of narrow
// fields, struct values updated by copy-out/copy-in, m[k]++ wrap-around,
// and fmt's sorted printing of such maps.
package main

import (
	"fmt"
	"sort"
)

type Key struct {
	a int8
	b uint16
	c bool
}

type Val struct {
	n   uint8
	sum int16
	avg float32
	tag [2]byte
}

func main() {
	m8 := map[int8]uint8{}
	for i := -130; i < 130; i += 13 {
		m8[int8(i)] += uint8(i)
	}
	fmt.Println(len(m8), m8)
	m8[-128] += 200
	m8[-128] += 100
	fmt.Println(m8[-128], m8[127], m8[0])

	mb := map[byte]int{}
	for _, c := range []byte("mississippi river") {
		mb[c]++
	}
	fmt.Println(mb)
	keys := make([]byte, 0, len(mb))
	for k := range mb {
		keys = append(keys, k)
	}
	sort.Slice(keys, func(i, j int) bool { return keys[i] < keys[j] })
	fmt.Printf("%q %s\n", keys, keys)

	mr := map[rune][]uint16{}
	for i, r := range "héllo wörld" {
		mr[r] = append(mr[r], uint16(i))
	}
	fmt.Println(mr)

	mbool := map[bool]int16{}
	for i := 0; i < 10; i++ {
		mbool[i%3 == 0] -= 10000
	}
	fmt.Println(mbool)

	mi16 := map[int16]bool{-32768: true, 32767: false, 0: true}
	k := int16(32767)
	k++
	fmt.Println(mi16[k], mi16[k-1], len(mi16), mi16)

	mu32 := map[uint32]float32{}
	var u uint32 = 4294967290
	for i := 0; i < 10; i++ {
		mu32[u] = float32(u) / 2
		u++
	}
	fmt.Println(len(mu32), mu32[0], mu32[4294967295], mu32[3])

	ms := map[Key]Val{}
	for i := 0; i < 12; i++ {
		key := Key{int8(i % 3), uint16(i % 2 * 65535), i%4 == 0}
		v := ms[key]
		v.n++
		v.sum += int16(i * 3000)
		v.avg = float32(v.sum) / float32(v.n)
		v.tag[v.n%2] = 'a' + byte(i)
		ms[key] = v
	}
	fmt.Println(len(ms))
	fmt.Println(ms)
	fmt.Printf("%+v\n", ms[Key{0, 0, true}])
	_, ok := ms[Key{5, 5, true}]
	fmt.Println(ok, ms[Key{5, 5, true}])

	ma := map[[3]int8]string{}
	ma[[3]int8{1, -1, 0}] = "a"
	ma[[3]int8{-1, 1, 0}] = "b"
	ma[[3]int8{1, -1, 0}] += "c"
	arr := [3]int8{127, 0, 0}
	arr[0]++
	ma[arr] = "wrapped"
	fmt.Println(ma, ma[[3]int8{-128}])

	mp := map[string]*Val{"x": {n: 1}, "y": {n: 2}}
	mp["x"].n += 254
	mp["y"].tag[1] = 'Y'
	pv := mp["y"]
	pv.sum = -1
	fmt.Println(*mp["x"], *mp["y"])

	type Small struct{ a, b byte }
	mss := map[Small]Small{}
	for i := 0; i < 6; i++ {
		mss[Small{byte(i % 2), byte(i % 3)}] = Small{byte(i), byte(255 - i)}
	}
	fmt.Println(mss, len(mss))
	delete(mss, Small{0, 0})
	delete(mss, Small{1, 1})
	fmt.Println(mss, len(mss))

	mf := map[float32]string{0.1: "tenth", 0.5: "half"}
	var f64 float64 = 0.1
	fmt.Println(mf[float32(f64)], mf[0.5], mf[float32(0.1+0.4)], mf)

	mi := map[any]int{}
	mi[int8(1)] = 1
	mi[int16(1)] = 2
	mi[uint8(1)] = 3
	mi[Key{1, 1, true}] = 4
	mi[int8(1)] += 10
	mi[Key{1, 1, true}] += 10
	fmt.Println(len(mi), mi[int8(1)], mi[int16(1)], mi[uint8(1)], mi[Key{1, 1, true}], mi[1])
}
