// Package-level variables holding the only reference to objects: pointers,
// slices, maps, interfaces, closures, arrays of pointers; reassigned
// between collections, so the old values become garbage and the new ones
// must survive.
package main

import (
	"fmt"
	"runtime"
	"strconv"
	"strings"
)

type config struct {
	name    string
	values  []int
	parent  *config
	options map[string]*string
}

var (
	current  *config
	history  []*config
	registry = map[string]interface{}{}
	hook     func() string
	ring     [8]*config
	last     interface{}
	text     string
	matrix   [][]float64
	counter  = newCounter()
)

func newCounter() func() int {
	n := 0
	return func() int { n++; return n }
}

func makeConfig(i int) *config {
	c := &config{name: "cfg" + strconv.Itoa(i), parent: current, options: map[string]*string{}}
	for j := 0; j < i%6+1; j++ {
		c.values = append(c.values, i*j)
		v := strings.Repeat("o", j+1)
		c.options["opt"+strconv.Itoa(j)] = &v
	}
	return c
}

func install(i int) {
	current = makeConfig(i)
	if i%10 == 0 {
		history = append(history, current)
	}
	ring[i%len(ring)] = current
	registry["latest"] = current
	registry["k"+strconv.Itoa(i%5)] = []string{current.name, strconv.Itoa(i)}
	name := current.name
	hook = func() string { return "hook:" + name + ":" + strconv.Itoa(counter()) }
	last = *current
	text = strings.ToUpper(current.name) + strings.Repeat("!", i%4)
	matrix = make([][]float64, i%5+1)
	for r := range matrix {
		matrix[r] = []float64{float64(i), float64(r) / 2}
	}
}

func main() {
	for i := 0; i < 300; i++ {
		install(i)
		if i%7 == 0 {
			runtime.GC()
		}
		if i%50 == 20 {
			// Cut the parent chain so older configs become unreachable
			// except through history and ring.
			current.parent = nil
			runtime.GC()
		}
	}
	runtime.GC()

	depth := 0
	for c := current; c != nil; c = c.parent {
		depth++
	}
	fmt.Println("chain", depth, current.name, current.values, *current.options["opt5"])
	fmt.Println("history", len(history), history[0].name, history[29].name, len(history[13].values))
	var rn []string
	for _, c := range ring {
		rn = append(rn, c.name+"/"+strconv.Itoa(len(c.options)))
	}
	fmt.Println("ring", strings.Join(rn, " "))
	fmt.Println("registry", len(registry), registry["latest"].(*config).name, registry["k3"], registry["k4"])
	fmt.Println(hook(), hook())
	lc := last.(config)
	fmt.Println("last", lc.name, lc.values, lc.parent.name)
	fmt.Println("text", text, matrix)

	// Dropping everything global, then rebuilding it.
	current, history, hook, last, text, matrix = nil, nil, nil, nil, "", nil
	for k := range registry {
		delete(registry, k)
	}
	ring = [8]*config{}
	runtime.GC()
	install(1234)
	runtime.GC()
	fmt.Println(current.name, current.parent == nil, len(registry), hook(), text, len(matrix))
}
