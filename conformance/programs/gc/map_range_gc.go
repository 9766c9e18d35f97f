// runtime.GC() inside the body of a range over a map, while the loop
// deletes entries not yet reached and inserts new ones; only what Go's spec
// makes deterministic is printed.
package main

import (
	"fmt"
	"runtime"
	"sort"
	"strconv"
)

type entry struct {
	label string
	data  []int
	link  *entry
}

func build(n int) map[string]*entry {
	m := make(map[string]*entry)
	var prev *entry
	for i := 0; i < n; i++ {
		e := &entry{label: "e" + strconv.Itoa(i), data: []int{i, i * i}, link: prev}
		m["key"+strconv.Itoa(i)] = e
		prev = e
	}
	return m
}

func main() {
	// Deleting the partner of each visited key: exactly one of each pair
	// is visited, whatever the order.
	m := build(400)
	visited := 0
	for k, e := range m {
		runtime.GC()
		i, _ := strconv.Atoi(k[3:])
		if e.label != "e"+strconv.Itoa(i) || e.data[1] != i*i {
			fmt.Println("corrupt", k, e.label, e.data)
		}
		delete(m, "key"+strconv.Itoa(i^1))
		visited++
	}
	runtime.GC()
	fmt.Println("pairs", visited, len(m))
	sum := 0
	for _, e := range m {
		sum += e.data[0] / 2
		for l := e.link; l != nil; l = l.link {
			sum++
		}
	}
	fmt.Println("pair sums", sum > 0)

	// Inserting during the range: new entries may or may not be visited,
	// but all of them are in the map afterwards with their values.
	m2 := map[int]string{}
	for i := 0; i < 300; i++ {
		m2[i] = fmt.Sprint("v", i)
	}
	seenOld := 0
	for k, v := range m2 {
		if k < 300 {
			seenOld++
			if v != fmt.Sprint("v", k) {
				fmt.Println("bad old", k, v)
			}
			m2[k+1000] = "new" + strconv.Itoa(k)
			if k%10 == 0 {
				runtime.GC()
			}
		}
	}
	runtime.GC()
	fmt.Println("inserted", seenOld, len(m2))
	bad := 0
	for k := 1000; k < 1300; k++ {
		if m2[k] != "new"+strconv.Itoa(k-1000) {
			bad++
		}
	}
	fmt.Println("bad", bad)

	// Deleting every entry during the first iteration: exactly one visit.
	m3 := build(100)
	n := 0
	for range m3 {
		n++
		for k := range m3 {
			delete(m3, k)
		}
		runtime.GC()
		m3["late"] = &entry{label: "late"}
		delete(m3, "late")
	}
	fmt.Println("cleared", n, len(m3))

	// Overwriting values during the range: each key sees either its old
	// value or its new one; afterwards all are new.
	m4 := map[string][]string{}
	for i := 0; i < 200; i++ {
		m4[strconv.Itoa(i)] = []string{"old", strconv.Itoa(i)}
	}
	for k := range m4 {
		m4[k] = append([]string{"new"}, m4[k]...)
		runtime.GC()
	}
	keys := []string{}
	for k, v := range m4 {
		if v[0] != "new" || v[1] != "old" || v[2] != k {
			fmt.Println("bad m4", k, v)
		}
		keys = append(keys, k)
	}
	sort.Strings(keys)
	fmt.Println(len(keys), keys[:5], m4["199"])

	// Nested ranges over the same map with collections in the inner body.
	m5 := map[int][]byte{}
	for i := 0; i < 30; i++ {
		m5[i] = []byte(strconv.Itoa(i * 7))
	}
	total := 0
	for _, a := range m5 {
		for _, b := range m5 {
			total += len(a) * len(b)
		}
		runtime.GC()
	}
	fmt.Println("nested", total)
}
