// Arrays whose element type is itself over 1024 slots (walked by the
// collector, not flattened): in memory (new, boxed locals, slices of
// them), as map values and keys, in interfaces and closures, with the
// only references to strings and nodes inside them, across collections.
package main

import (
	"fmt"
	"runtime"
	"strconv"
)

type Node struct {
	v    int
	name string
}

// Big holds pointers after more than 1024 slots of narrow values.
type Big struct {
	pad  [1100]int8
	p    *Node
	s    string
	tail uint16
}

// Flat is large and pointer-free.
type Flat [1500]int16

type Key struct {
	a [1030]bool
	s string
}

func mk(k int) Big {
	var b Big
	b.pad[1099] = int8(k)
	b.p = &Node{k, "node" + strconv.Itoa(k*111)}
	b.s = "str" + strconv.Itoa(k*7)
	b.tail = uint16(k * 1000)
	return b
}

func show(b Big) string {
	if b.p == nil {
		return "{nil " + b.s + "}"
	}
	return fmt.Sprint("{", b.pad[1099], " ", b.p.v, " ", b.p.name, " ", b.s, " ", b.tail, "}")
}

func churn() {
	for i := 0; i < 300; i++ {
		_ = &Node{i, strconv.Itoa(i)}
		_ = make([]byte, i)
	}
	runtime.GC()
}

func main() {
	pa := new([2]Big)
	pa[0], pa[1] = mk(1), mk(2)
	var local [3]Big
	local[2] = mk(3)
	f := func() string { return show(local[2]) }
	sl := make([][2]Big, 2)
	sl[1][0] = mk(4)
	flats := new([3]Flat)
	flats[2][1499] = -5
	m := map[int][2]Big{7: {mk(5), mk(6)}}
	km := map[[2]Key]int{}
	var k [2]Key
	k[1].s = "key" + strconv.Itoa(42)
	k[0].a[1029] = true
	km[k] = 9
	var x any = [2]Big{mk(8)}
	churn()
	churn()
	fmt.Println(show(pa[0]), show(pa[1]), f(), show(sl[1][0]), flats[2][1499])
	fmt.Println(show(m[7][0]), show(m[7][1]), show(x.([2]Big)[0]), show(x.([2]Big)[1]))
	var k2 [2]Key
	k2[1].s = "key42"
	k2[0].a[1029] = true
	fmt.Println(km[k2], len(km), km[[2]Key{}])
	for kk, v := range km {
		fmt.Println(kk[1].s, kk[0].a[1029], v)
	}
	m[8] = [2]Big{mk(10), mk(11)}
	delete(m, 7)
	churn()
	fmt.Println(show(m[8][1]), len(m))
}
