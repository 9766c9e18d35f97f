// Map keys that compare equal but differ (+0 and -0) and NaN keys at any
// depth. Assigning to an existing entry stores the new key, as gc's
// mapassign does for float, interface and float-holding keys; a NaN key,
// alone, in a struct or array, or in an interface, equals no key, so every
// insert is a new entry and no lookup or delete finds it.
package main

import (
	"fmt"
	"math"
	"sort"
)

type T struct{ F float64 }

type P struct {
	N int
	F float32
}

type K struct{ f float64 }

func signs(m map[float64]int) []bool {
	var out []bool
	for k := range m {
		out = append(out, math.Signbit(k))
	}
	return out
}

func main() {
	nz := math.Copysign(0, -1)
	mf := map[float64]int{}
	mf[nz] = 1
	mf[0] = 2
	fmt.Println(mf, signs(mf))
	mf[nz] += 5
	fmt.Println(mf, signs(mf))
	mf[0]++
	fmt.Println(mf, signs(mf))

	m := map[T]string{}
	m[T{0}] = "pos"
	m[T{nz}] = "neg"
	fmt.Println(m)
	m[T{0}] = "pos again"
	fmt.Println(m)

	mp := map[P]int{}
	mp[P{1, float32(nz)}] = 1
	mp[P{1, 0}] = 2
	fmt.Println(mp)

	ma := map[[2]float64]int{}
	ma[[2]float64{0, 1}] = 1
	ma[[2]float64{nz, 1}] = 2
	fmt.Println(ma)

	mi := map[interface{}]string{}
	mi[0.0] = "x"
	mi[nz] = "y"
	fmt.Println(mi)
	mi[T{nz}] = "t"
	mi[T{0}] = "u"
	fmt.Println(len(mi))
	for k, v := range mi {
		if t, ok := k.(T); ok {
			fmt.Println(v, math.Signbit(t.F))
		}
	}

	// composite literals assign in order: the last key written stays
	ml := map[float64]string{0: "a"}
	ml[nz] = "b"
	for k, v := range ml {
		fmt.Println(v, math.Signbit(k))
	}

	// NaN keys
	nan := math.NaN()
	m1 := map[interface{}]string{}
	m1[nan] = "a"
	m1[nan] = "b"
	m1[float32(nan)] = "c"
	_, ok := m1[nan]
	delete(m1, nan)
	fmt.Println(len(m1), ok)

	m2 := map[K]int{}
	m2[K{nan}] = 1
	m2[K{nan}] = 2
	_, ok = m2[K{nan}]
	delete(m2, K{nan})
	fmt.Println(len(m2), ok)

	m3 := map[[2]float64]int{}
	m3[[2]float64{1, nan}] = 1
	m3[[2]float64{1, nan}] = 1
	m3[[2]float64{1, 2}] = 1
	m3[[2]float64{1, 2}] = 1
	fmt.Println(len(m3))

	m4 := map[interface{}]int{}
	m4[K{nan}] = 1
	m4[K{nan}] = 2
	m4[[1]interface{}{nan}] = 3
	m4[[1]interface{}{nan}] = 4
	fmt.Println(len(m4))
	var vals []int
	for _, v := range m4 {
		vals = append(vals, v)
	}
	sort.Ints(vals)
	fmt.Println(vals)

	m5 := map[float64]int{}
	m5[nan] = 1
	m5[nan] = 2
	fmt.Println(len(m5))
	clear(m5)
	fmt.Println(len(m5))
}
