// Maps grow entry by entry (large values, large keys, maps of maps,
// NaN keys that always add, deletes and re-inserts, clear), and every
// entry keeps its value while the map grows and collections run.
package main

import (
	"fmt"
	"math"
	"runtime"
)

type big struct {
	a [48]int
	s string
}

func main() {
	m := map[int][64]int{}
	for i := 0; i < 20000; i++ {
		m[i] = [64]int{i, 63: -i}
	}
	sum := 0
	for k, v := range m {
		if v[0] != k || v[63] != -k {
			fmt.Println("bad entry", k)
		}
		sum += v[0]
	}
	fmt.Println(len(m), sum)

	// Assigning to existing entries adds nothing.
	for i := 0; i < 20000; i++ {
		m[i] = [64]int{1: i}
	}
	fmt.Println(len(m), m[19999][1], m[19999][0])

	// Array keys and struct values holding strings.
	keys := map[[8]int]big{}
	for i := 0; i < 5000; i++ {
		keys[[8]int{i, i * 2}] = big{s: fmt.Sprint("v", i)}
		if i%1000 == 0 {
			runtime.GC()
		}
	}
	fmt.Println(len(keys), keys[[8]int{4999, 9998}].s, keys[[8]int{1, 3}].s == "")

	// Maps of maps, grown after the outer map is built.
	outer := map[string]map[int]string{}
	for i := 0; i < 100; i++ {
		outer[fmt.Sprint("m", i)] = map[int]string{}
	}
	for i := 0; i < 100; i++ {
		inner := outer[fmt.Sprint("m", i)]
		for j := 0; j < 100; j++ {
			inner[j] = fmt.Sprint(i, ":", j)
		}
	}
	runtime.GC()
	fmt.Println(len(outer), len(outer["m42"]), outer["m42"][17], outer["m99"][99])

	// A NaN key is a new entry every time.
	nan := map[float64]int{}
	for i := 0; i < 1000; i++ {
		nan[math.NaN()] = i
	}
	nan[0] = 1
	nan[math.Copysign(0, -1)] = 2
	fmt.Println(len(nan), nan[0])

	// Delete and re-insert, then clear and grow again.
	d := map[int][16]int{}
	for round := 0; round < 5; round++ {
		for i := 0; i < 3000; i++ {
			d[i] = [16]int{round}
		}
		for i := 0; i < 3000; i += 2 {
			delete(d, i)
		}
		fmt.Println(round, len(d), d[1][0], d[2][0])
	}
	clear(d)
	for i := 0; i < 10000; i++ {
		d[-i] = [16]int{15: i}
	}
	fmt.Println(len(d), d[-9999][15])
}
