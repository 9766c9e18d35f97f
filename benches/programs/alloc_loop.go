package main

import "fmt"

// 20 million small allocations with a bounded live set: a ring of 1000
// slots, each replaced in turn by a fresh node holding a fresh small
// slice. Only the ring is live at any time, so Go's memory stays flat.

type node struct {
	id   int
	vals []int
}

func main() {
	const slots = 1000
	ring := make([]*node, slots)
	sum := 0
	for i := 0; i < 10_000_000; i++ {
		k := i % slots
		n := &node{id: i, vals: make([]int, 3)}
		n.vals[0], n.vals[1], n.vals[2] = i, i>>1, i>>2
		ring[k] = n
		if old := ring[(k+slots/2)%slots]; old != nil {
			sum += old.id + old.vals[2]
		}
	}
	live := 0
	for _, n := range ring {
		live += n.vals[0] + n.vals[1]
	}
	fmt.Println("sum", sum)
	fmt.Println("live", live)
}
