package main

import "fmt"

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
		n := queue[0]
		queue = queue[1:]
		order = append(order, n)
		for _, nb := range g[n] {
			if !seen[nb] {
				seen[nb] = true
				queue = append(queue, nb)
			}
		}
	}
	return order
}

func main() {
	g := Graph{}
	edges := [][2]string{{"a", "b"}, {"a", "c"}, {"b", "d"}, {"c", "d"}, {"d", "e"}, {"x", "y"}}
	for _, e := range edges {
		g.AddEdge(e[0], e[1])
	}
	fmt.Println(g)
	fmt.Println(g.BFS("a"))
	fmt.Println(g.BFS("x"))
	fmt.Println(len(g), len(g["d"]), g["zzz"] == nil, len(g["zzz"]))

	groups := map[int][]string{}
	words := []string{"go", "rust", "c", "zig", "java", "lua", "d", "ocaml"}
	for _, w := range words {
		groups[len(w)] = append(groups[len(w)], w)
	}
	fmt.Println(groups)
	for k := 1; k <= 5; k++ {
		if ws, ok := groups[k]; ok {
			fmt.Printf("%d: %q\n", k, ws)
		} else {
			fmt.Printf("%d: none\n", k)
		}
	}
	delete(groups, 4)
	delete(groups, 42)
	fmt.Println(len(groups), groups)
	counts := map[rune]int{}
	for _, r := range "hello, wörld" {
		counts[r]++
	}
	fmt.Println(counts)
	nested := map[string]map[string]int{}
	add := func(a, b string, n int) {
		if nested[a] == nil {
			nested[a] = map[string]int{}
		}
		nested[a][b] += n
	}
	add("x", "y", 1)
	add("x", "y", 2)
	add("x", "z", 5)
	add("w", "y", 1)
	fmt.Println(nested, len(nested["x"]))
	clear(nested)
	fmt.Println(nested, len(nested))
	type key struct{ a, b int }
	km := map[key]string{{1, 2}: "one-two", {2, 1}: "two-one"}
	fmt.Println(km[key{1, 2}], km[key{2, 1}], km[key{3, 3}] == "", km)
}
