package main

import "fmt"

// Maps of pointers built and dropped repeatedly: 200 rounds, each
// building a map[int]*item of 10,000 entries, reading it and dropping it.

type item struct {
	key, weight int
	name        string
}

var names = []string{"alpha", "beta", "gamma", "delta", "epsilon"}

func main() {
	total := 0
	for round := 0; round < 200; round++ {
		m := make(map[int]*item)
		for i := 0; i < 10_000; i++ {
			k := (i*7919 + round) % 100_003
			m[k] = &item{key: k, weight: i ^ round, name: names[i%len(names)]}
		}
		for i := 0; i < 10_000; i += 3 {
			if it, ok := m[(i*7919+round)%100_003]; ok {
				total += it.weight + len(it.name)
			}
		}
		total += len(m)
	}
	fmt.Println("total", total)
}
