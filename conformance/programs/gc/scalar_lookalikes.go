// Scalars whose bits look like pointers or handles (large integers,
// float bit patterns, small integers) stored beside real pointers in
// locals, struct fields, arrays, slices, maps and interface data words:
// a precise collector must leave the scalars exactly as they are and keep
// the pointed-to objects.
package main

import (
	"fmt"
	"math"
	"runtime"
	"strconv"
)

type mixed struct {
	a   uint64
	p   *int
	b   int64
	s   string
	f   float64
	arr [3]uint64
	q   *mixed
}

func lookalike(i int) uint64 {
	return uint64(i)<<32 | uint64(i*8)
}

func main() {
	var ms []mixed
	for i := 1; i <= 300; i++ {
		v := i * 11
		m := mixed{
			a: lookalike(i),
			p: &v,
			b: -int64(lookalike(i + 1)),
			s: "m" + strconv.Itoa(i),
			f: math.Float64frombits(lookalike(i + 2)),
			arr: [3]uint64{lookalike(i + 3), 1, math.MaxUint64 - uint64(i)},
		}
		if len(ms) > 0 {
			m.q = &ms[len(ms)-1]
		}
		ms = append(ms, m)
		if i%60 == 0 {
			runtime.GC()
		}
	}
	runtime.GC()
	bad := 0
	for j, m := range ms {
		i := j + 1
		if m.a != lookalike(i) || *m.p != i*11 || m.b != -int64(lookalike(i+1)) ||
			m.s != "m"+strconv.Itoa(i) || math.Float64bits(m.f) != lookalike(i+2) ||
			m.arr != [3]uint64{lookalike(i + 3), 1, math.MaxUint64 - uint64(i)} {
			bad++
		}
	}
	fmt.Println("mixed", len(ms), bad, ms[299].a, *ms[299].p, ms[299].arr)
	// ms[i].q points into an older backing array of ms; the old arrays
	// must survive through those pointers.
	depth := 0
	for q := ms[299].q; q != nil; q = q.q {
		depth++
	}
	fmt.Println("q chain", depth, ms[299].q.s, *ms[299].q.p)

	// Interfaces whose data word is a scalar, next to ones that point.
	var ifs []interface{}
	for i := 0; i < 200; i++ {
		switch i % 6 {
		case 0:
			ifs = append(ifs, lookalike(i))
		case 1:
			ifs = append(ifs, int64(lookalike(i)))
		case 2:
			ifs = append(ifs, math.Float64frombits(lookalike(i)))
		case 3:
			n := i
			ifs = append(ifs, &n)
		case 4:
			ifs = append(ifs, [2]uint64{lookalike(i), lookalike(i + 1)})
		case 5:
			ifs = append(ifs, "s"+strconv.Itoa(i))
		}
	}
	runtime.GC()
	sum := uint64(0)
	for _, v := range ifs {
		switch x := v.(type) {
		case uint64:
			sum += x
		case int64:
			sum += uint64(x)
		case float64:
			sum += math.Float64bits(x)
		case *int:
			sum += uint64(*x)
		case [2]uint64:
			sum += x[0] ^ x[1]
		case string:
			sum += uint64(len(x))
		}
	}
	fmt.Println("ifaces", sum)

	// Maps keyed and valued by lookalikes, and by pointers.
	m1 := map[uint64]*int{}
	m2 := map[*int]uint64{}
	for i := 0; i < 500; i++ {
		n := i
		m1[lookalike(i)] = &n
		m2[&n] = lookalike(i)
	}
	runtime.GC()
	ok := 0
	for k, p := range m1 {
		if m2[p] == k && lookalike(*p) == k {
			ok++
		}
	}
	fmt.Println("maps", ok, *m1[lookalike(499)])

	// Locals holding lookalikes across a collection in a hot function.
	total := uint64(0)
	for i := 0; i < 3000; i++ {
		total += hot(i)
	}
	fmt.Println("hot", total)
}

func hot(i int) uint64 {
	x := lookalike(i)
	y := int32(i)
	p := &y
	z := math.Float64frombits(lookalike(i + 7))
	if i%300 == 0 {
		runtime.GC()
	}
	return x + uint64(*p) + math.Float64bits(z)
}
