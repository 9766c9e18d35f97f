// float32 values stored in slices, arrays, struct fields, maps, interfaces
// and escaping locals: rounding of 0.1, NaN, ±Inf, -0, denormals,
// conversions to and from float64 after a reload, and comparisons.
package main

import (
	"fmt"
	"math"
	"sort"
)

type V struct {
	x, y float32
	tag  int8
	z    float32
}

func (v V) Len2() float32 { return v.x*v.x + v.y*v.y + v.z*v.z }

func main() {
	s := []float32{0.1, 0.2, 0.3}
	sum := s[0] + s[1]
	fmt.Println(s, sum, sum == s[2], float64(sum), float64(s[0]))
	var d float64 = 0.1
	fmt.Println(float32(d) == s[0], float64(s[0]) == d, d-float64(s[0]))
	fmt.Println(math.Float32bits(s[0]), math.Float32bits(s[1]), math.Float32bits(s[2]))

	nan := float32(math.NaN())
	inf := float32(math.Inf(1))
	var zero float32
	negz := -zero
	arr := [6]float32{nan, inf, -inf, negz, zero, math.MaxFloat32}
	fmt.Println(arr)
	fmt.Println(arr[0] == arr[0], arr[1] > arr[5], arr[2] < -arr[5], arr[3] == arr[4])
	fmt.Println(math.Signbit(float64(arr[3])), math.Signbit(float64(arr[4])), 1/arr[3], 1/arr[4])
	fmt.Println(math.Float32bits(arr[3]), math.Float32bits(arr[1]), math.Float32bits(arr[2]))
	fmt.Println(math.IsNaN(float64(arr[0])), math.IsInf(float64(arr[1]), 1), math.IsInf(float64(arr[2]), -1))
	a2 := arr
	fmt.Println(a2 == arr, a2[1:] == nil)
	arr[5] *= 2
	fmt.Println(arr[5], arr[5] == inf)

	denorm := math.Float32frombits(1)
	ds := []float32{denorm, denorm / 2, denorm * 3, math.SmallestNonzeroFloat32}
	fmt.Println(ds, float64(ds[0]))

	// float64 -> float32 rounding on store
	f64 := []float64{1.0000001, 16777217, 3.4028235e38, 3.5e38, 1e-46, 0.1 + 0.2, 1.0 / 3}
	f32 := make([]float32, len(f64))
	for i, v := range f64 {
		f32[i] = float32(v)
	}
	fmt.Println(f32)
	for i := range f32 {
		fmt.Print(float64(f32[i]) == f64[i], " ")
	}
	fmt.Println()

	v := V{0.1, 0.2, -1, 0.3}
	pv := &v
	pv.z += 1
	px := &pv.x
	*px *= 3
	fmt.Printf("%v %+v %.10f\n", v, *pv, v.Len2())
	vs := []V{v, {y: float32(math.Inf(-1))}, {x: nan}}
	fmt.Println(vs, vs[0] == v, vs[2] == vs[2], vs[1] == vs[1])

	m := map[float32]int{}
	m[0.1]++
	m[float32(0.1)]++
	m[negz]++
	m[zero]++
	m[nan]++
	m[nan]++
	fmt.Println(len(m), m[0.1], m[0], m[negz])

	var e any = s[0]
	f, ok := e.(float32)
	_, bad := e.(float64)
	fmt.Println(f, ok, bad, e == any(float32(0.1)), e == any(0.1))
	var en any = nan
	fmt.Println(en == en, en)

	acc := float32(0)
	add := func(x float32) { acc += x }
	for i := 0; i < 10; i++ {
		add(0.1)
	}
	fmt.Println(acc, acc == 1, float64(acc))

	ss := []float32{3.5, -0.25, 1e10, -1e-10, 0, 2.75}
	sort.Slice(ss, func(i, j int) bool { return ss[i] < ss[j] })
	fmt.Println(ss)
	fmt.Printf("%v %g %e %f %.2f %8.3f|%-8.3g|\n", ss[0], ss[1], ss[2], ss[3], ss[4], ss[5], ss[2])
	fmt.Printf("%v %x %b\n", s, s[0], s[1])
}
