// A long loop allocating garbage (structs, slices, strings, maps,
// closures, interface boxes) with a bounded live set: every 1000th value
// is kept and checked at the end.
package main

import (
	"fmt"
	"runtime"
	"strconv"
)

type item struct {
	id    int
	name  string
	data  []int
	next  *item
	attrs map[string]int
}

type shape interface{ area() int }

type sq struct{ s int }

func (q sq) area() int { return q.s * q.s }

func main() {
	var kept []*item
	var keptShapes []shape
	var keptFns []func() int
	checksum := 0
	var prev *item
	for i := 0; i < 200000; i++ {
		it := &item{id: i, next: prev}
		prev = it
		if i%10 == 0 {
			prev = nil // keeps the garbage chains short
		}
		if i%4 == 0 {
			it.data = []int{i, i + 1, i + 2}
		}
		if i%1000 == 0 {
			it.name = "item" + strconv.Itoa(i)
			it.attrs = map[string]int{"sq": i * i % 1000003, "half": i / 2}
			kept = append(kept, it)
		}
		var s shape = sq{i % 97}
		checksum += s.area() % 7
		j := i
		f := func() int { return j * 3 }
		if i%1000 == 500 {
			keptShapes = append(keptShapes, s)
			keptFns = append(keptFns, f)
		}
		if i%20000 == 0 {
			runtime.GC()
		}
	}
	runtime.GC()
	fmt.Println(len(kept), len(keptShapes), len(keptFns), checksum)
	sum, names, chained := 0, 0, 0
	for _, it := range kept {
		sum += it.id + it.attrs["sq"] + it.attrs["half"] + len(it.data)
		names += len(it.name)
		if it.next != nil {
			chained++
		}
	}
	fmt.Println(sum, names, chained)
	area, calls := 0, 0
	for i := range keptShapes {
		area += keptShapes[i].area()
		calls += keptFns[i]()
	}
	fmt.Println(area, calls, kept[199].name, kept[199].data, kept[123].attrs)
}
