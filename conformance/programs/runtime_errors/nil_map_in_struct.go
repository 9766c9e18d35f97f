package main

import "fmt"

type Registry struct {
	entries map[string]int
}

func (r *Registry) Register(name string) {
	r.entries[name] = len(r.entries)
}

func main() {
	r := &Registry{}
	fmt.Println(len(r.entries), r.entries["x"])
	for k, v := range r.entries {
		fmt.Println(k, v)
	}
	delete(r.entries, "x")
	fmt.Println("reading nil map is fine")
	r.Register("a")
}
