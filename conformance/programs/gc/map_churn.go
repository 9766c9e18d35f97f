package main

// A map used as a queue (insert new keys, delete old ones) keeps a bounded
// size; ranging over it while deleting and collecting sees every entry once.

import (
	"fmt"
	"runtime"
	"sort"
)

func main() {
	m := map[int]*[8]int{}
	for i := 0; i < 400_000; i++ {
		m[i] = &[8]int{i}
		if i >= 100 {
			delete(m, i-100)
		}
	}
	fmt.Println(len(m), m[399999][0])
	// Deleting and inserting while ranging, across collections.
	seen := 0
	for k := range m {
		if seen%10 == 0 {
			runtime.GC()
		}
		delete(m, k)
		seen++
	}
	fmt.Println(seen, len(m))
	c := map[string]int{}
	for i := 0; i < 1000; i++ {
		c[fmt.Sprint(i)] = i
	}
	for i := 0; i < 900; i++ {
		delete(c, fmt.Sprint(i))
	}
	runtime.GC()
	keys := []string{}
	for k, v := range c {
		if fmt.Sprint(v) != k {
			panic(k)
		}
		keys = append(keys, k)
	}
	sort.Strings(keys)
	fmt.Println(len(keys), keys[0], keys[99])
}
