package main

import (
	"fmt"
	"sort"
	"strings"
)

type Inventory map[string]int

func (inv Inventory) Add(item string, n int) { inv[item] += n }
func (inv Inventory) Keys() []string {
	ks := make([]string, 0, len(inv))
	for k := range inv {
		ks = append(ks, k)
	}
	sort.Strings(ks)
	return ks
}

type Graph map[string][]string

func (g Graph) AddEdge(a, b string) {
	g[a] = append(g[a], b)
	g[b] = append(g[b], a)
}

func (g Graph) BFS(start string) []string {
	seen := map[string]bool{start: true}
	queue := []string{start}
	var order []string
	for len(queue) > 0 {
		cur := queue[0]
		queue = queue[1:]
		order = append(order, cur)
		nb := append([]string(nil), g[cur]...)
		sort.Strings(nb)
		for _, n := range nb {
			if !seen[n] {
				seen[n] = true
				queue = append(queue, n)
			}
		}
	}
	return order
}

func main() {
	inv := Inventory{}
	inv.Add("apple", 3)
	inv.Add("pear", 1)
	inv.Add("apple", -3)
	fmt.Println(inv, inv.Keys(), len(inv))
	m := inv
	m["kiwi"] = 9
	fmt.Println(len(inv))
	// maps of slices: append to a nil slice entry
	groups := map[int][]string{}
	for _, w := range strings.Fields("a bb cc d eee ff g") {
		groups[len(w)] = append(groups[len(w)], w)
	}
	fmt.Println(groups)
	// map of maps, lazy init
	mm := map[string]map[string]int{}
	for _, pair := range [][2]string{{"x", "a"}, {"y", "b"}, {"x", "c"}, {"x", "a"}} {
		if mm[pair[0]] == nil {
			mm[pair[0]] = map[string]int{}
		}
		mm[pair[0]][pair[1]]++
	}
	fmt.Println(mm)
	// counters with struct values and read-modify-write
	type stat struct{ n, sum int }
	st := map[string]stat{}
	for i, k := range []string{"a", "b", "a", "a"} {
		s := st[k]
		s.n++
		s.sum += i
		st[k] = s
	}
	fmt.Println(st)
	// map with pointer values to mutate in place
	ps := map[string]*stat{"a": {}}
	ps["a"].n += 5
	fmt.Println(*ps["a"])
	// compound ops on map entries
	c := map[string]int{}
	c["x"]++
	c["x"] += 10
	c["y"] -= 2
	c["z"] <<= 3
	fmt.Println(c)
	// string concat into map
	sm := map[int]string{}
	sm[1] += "a"
	sm[1] += "b"
	fmt.Println(sm)
	g := Graph{}
	g.AddEdge("a", "b")
	g.AddEdge("a", "c")
	g.AddEdge("b", "d")
	g.AddEdge("c", "d")
	g.AddEdge("d", "e")
	fmt.Println(g.BFS("a"), g.BFS("e"))
	// maps as sets with struct{} values
	set := map[string]struct{}{}
	for _, s := range []string{"x", "y", "x"} {
		set[s] = struct{}{}
	}
	_, has := set["x"]
	fmt.Println(len(set), has, set)
	// map from interface key holding different dynamic types
	ik := map[any]string{1: "int", "1": "string", 1.0: "float", true: "bool", [1]int{1}: "array"}
	fmt.Println(ik[1], ik["1"], ik[1.0], ik[true], ik[[1]int{1}], len(ik))
	// map literal with composite keys elided
	pts := map[[2]int]string{{0, 0}: "origin", {1, 0}: "east"}
	fmt.Println(pts[[2]int{1, 0}], pts)
	// delete while iterating all entries
	for k := range c {
		delete(c, k)
	}
	fmt.Println(c, len(c))
}
