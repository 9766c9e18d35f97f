// Zero-size values (struct{}, [0]int, structs of them) allocated many
// times, stored in slices, maps, interfaces and struct fields, across
// collections. Only addresses whose comparison Go fixes are compared.
package main

import (
	"fmt"
	"runtime"
	"strconv"
)

type empty struct{}

type withZero struct {
	a    [0]int
	name string
	z    struct{}
	next *withZero
}

type tail struct {
	n int
	z [0]*int
}

func (empty) hello() string { return "hello" }

var g1 = new(struct{})
var g2 = new(struct{})
var ge1, ge2 empty

func main() {
	// Many zero-size allocations; none of them needs memory, and every
	// one of them stays usable.
	var ptrs []*struct{}
	var arrs []*[0]int
	for i := 0; i < 20000; i++ {
		p := new(struct{})
		a := new([0]int)
		if i%1000 == 0 {
			ptrs = append(ptrs, p)
			arrs = append(arrs, a)
		}
	}
	runtime.GC()
	nonNil := 0
	for i := range ptrs {
		if ptrs[i] != nil && arrs[i] != nil {
			nonNil++
		}
		_ = *ptrs[i]
		_ = len(*arrs[i])
	}
	fmt.Println("allocated", len(ptrs), len(arrs), nonNil)

	// Heap-allocated zero-size globals are all runtime.zerobase in gc.
	fmt.Println("globals", g1 == g2, *g1 == *g2, ge1 == ge2)

	// Slices of zero-size elements.
	es := make([]struct{}, 5000)
	es = append(es, struct{}{}, struct{}{})
	zs := make([][0]int, 100, 200)
	runtime.GC()
	fmt.Println(len(es), len(zs), cap(zs), es[4999] == struct{}{}, len(zs[42]))
	es = nil

	// Sets as maps to struct{}; zero-size keys.
	set := map[string]struct{}{}
	for i := 0; i < 3000; i++ {
		set["s"+strconv.Itoa(i%1500)] = struct{}{}
		if i%700 == 0 {
			runtime.GC()
		}
	}
	zk := map[struct{}]int{}
	for i := 0; i < 10; i++ {
		zk[struct{}{}] += i
	}
	ak := map[[0]int]string{[0]int{}: "zero"}
	runtime.GC()
	_, has := set["s1499"]
	_, hasNot := set["s1500"]
	fmt.Println(len(set), has, hasNot, zk, ak)

	// Zero-size values in interfaces and struct fields that hold pointers.
	var ifs []interface{}
	for i := 0; i < 1000; i++ {
		switch i % 3 {
		case 0:
			ifs = append(ifs, struct{}{})
		case 1:
			ifs = append(ifs, empty{})
		case 2:
			ifs = append(ifs, [0]string{})
		}
	}
	runtime.GC()
	counts := map[string]int{}
	for _, v := range ifs {
		counts[fmt.Sprintf("%T", v)]++
	}
	fmt.Println(counts, ifs[1].(empty).hello(), ifs[0] == ifs[3], ifs[1] == ifs[0])

	var head *withZero
	for i := 0; i < 2000; i++ {
		head = &withZero{name: "w" + strconv.Itoa(i), next: head}
	}
	runtime.GC()
	n := 0
	for p := head; p != nil; p = p.next {
		n++
	}
	fmt.Println("list", n, head.name, head.next.next.name, len(head.a), head.z)

	// A zero-size final field pads the struct, so its address stays inside.
	ts := make([]tail, 100)
	for i := range ts {
		ts[i].n = i
	}
	p := &ts[99].z
	ts = nil
	runtime.GC()
	fmt.Println(len(*p), fmt.Sprint(*p))
}
