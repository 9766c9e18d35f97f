package main

import "fmt"

func main() {
	counts := map[any]int{}
	keys := []any{1, "a", 2.5, [2]int{1, 2}, struct{ x int }{1}}
	for _, k := range keys {
		counts[k]++
	}
	fmt.Println(len(counts), counts[[2]int{1, 2}])
	counts[[]string{"bad"}] = 1
	fmt.Println("unreachable")
}
