// Maps whose entries come and go: the collector drops a map's deleted
// entries while ranges over it are under way, and those ranges go on
// as Go's do (every entry at most once; an entry deleted before it was
// reached is never produced); a map used as a sliding window stays
// correct through a million inserts and deletes.
package main

import (
	"fmt"
	"runtime"
)

func rangeWhileCompacting() {
	m := map[int]string{}
	for i := 0; i < 1000; i++ {
		m[i] = fmt.Sprint("v", i)
	}
	seen := map[int]bool{}
	first := -1
	bad := 0
	for k, v := range m {
		if first < 0 {
			first = k
			for j := 0; j < 1000; j++ {
				if j%10 != 0 && j != k {
					delete(m, j)
				}
			}
			runtime.GC()
		} else if k%10 != 0 {
			bad++
		}
		if seen[k] || v != fmt.Sprint("v", k) {
			bad++
		}
		seen[k] = true
	}
	extra := 0
	if first%10 != 0 {
		extra = 1
	}
	fmt.Println(len(seen)-extra, bad, len(m)-extra)
}

func nestedRanges() {
	m := map[int]int{}
	for i := 0; i < 500; i++ {
		m[i] = i
	}
	outer, inner := 0, 0
	deletedFirst := false
	for k := range m {
		outer++
		if outer == 1 {
			// Another range over the same map deletes what it visits
			// and stops after 300; then a collection.
			n := 0
			for j := range m {
				if n == 300 {
					break
				}
				n++
				delete(m, j)
				deletedFirst = deletedFirst || j == k
			}
			runtime.GC()
			for range m {
				inner++
			}
		}
	}
	// The outer range produces its first key and every entry left but
	// that one.
	if deletedFirst {
		outer--
	}
	fmt.Println(len(m), outer, inner)
}

func window() {
	m := map[int][8]int{}
	sum := 0
	for i := 0; i < 1000000; i++ {
		m[i] = [8]int{i, 7: -i}
		if i >= 10 {
			v := m[i-10]
			sum += v[0] + v[7]
			delete(m, i-10)
		}
	}
	keys := 0
	for k, v := range m {
		if v[0] == k && v[7] == -k {
			keys += k
		}
	}
	fmt.Println(len(m), sum, keys)
	clear(m)
	runtime.GC()
	m[1] = [8]int{1}
	fmt.Println(len(m), m[1][0])
}

func main() {
	rangeWhileCompacting()
	nestedRanges()
	window()
}
