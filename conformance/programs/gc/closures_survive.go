// Closures capturing by reference and by value, method values with bound
// receivers, and closures stored in slices, maps and struct fields survive
// collections and still see (or share) the right variables.
package main

import (
	"fmt"
	"runtime"
	"strconv"
	"strings"
)

type counter struct {
	name string
	hits []int
}

func (c *counter) hit(n int) int {
	c.hits = append(c.hits, n)
	return len(c.hits)
}

func (c counter) describe() string {
	return c.name + ":" + strconv.Itoa(len(c.hits))
}

type handlers struct {
	onInt func(int) int
	onStr func(string) string
	all   []func() string
}

func makeAdder(base int) func(int) int {
	total := base // captured by reference: written below
	return func(n int) int {
		total += n
		return total
	}
}

func makeGreeter(prefix string) func(string) string {
	p := strings.Repeat(prefix, 3) // captured by value: never written again
	return func(s string) string { return p + s }
}

func makeSharedPair() (func(), func() []string) {
	var log []string
	add := func() { log = append(log, "e"+strconv.Itoa(len(log))) }
	get := func() []string { return log }
	return add, get
}

func main() {
	var fs []func(int) int
	for i := 0; i < 100; i++ {
		fs = append(fs, makeAdder(i*100))
	}
	gs := map[string]func(string) string{}
	for i := 0; i < 50; i++ {
		gs["g"+strconv.Itoa(i)] = makeGreeter(strconv.Itoa(i) + "-")
	}
	runtime.GC()
	sum := 0
	for round := 0; round < 5; round++ {
		for i, f := range fs {
			sum += f(i)
		}
		runtime.GC()
	}
	fmt.Println("adders", sum, fs[99](0), fs[0](0))
	fmt.Println("greeters", gs["g7"]("x"), gs["g49"]("y"), len(gs))

	add, get := makeSharedPair()
	for i := 0; i < 20; i++ {
		add()
		if i%5 == 0 {
			runtime.GC()
		}
	}
	fmt.Println("shared", len(get()), get()[19])

	// Method values bind their receivers: a pointer receiver shares the
	// counter, a value receiver copied it at binding time.
	cs := make([]*counter, 10)
	var hitters []func(int) int
	var descs []func() string
	for i := range cs {
		cs[i] = &counter{name: "c" + strconv.Itoa(i)}
		hitters = append(hitters, cs[i].hit)
		cs[i].hit(-1)
		descs = append(descs, cs[i].describe)
	}
	cs = nil
	runtime.GC()
	for i, h := range hitters {
		for j := 0; j <= i; j++ {
			h(j)
		}
	}
	runtime.GC()
	var out []string
	for _, d := range descs {
		out = append(out, d())
	}
	fmt.Println("methods", strings.Join(out, " "), hitters[9](100))

	// Closures in struct fields, one capturing the struct itself.
	h := &handlers{}
	mult := 3
	h.onInt = func(n int) int { return n * mult }
	tag := fmt.Sprintf("<%d>", mult)
	h.onStr = func(s string) string { return tag + s + tag }
	for i := 0; i < 5; i++ {
		i := i
		word := strings.Repeat(string(rune('a'+i)), i+1)
		h.all = append(h.all, func() string {
			return word + strconv.Itoa(h.onInt(i))
		})
	}
	mult = 7
	runtime.GC()
	var parts []string
	for _, f := range h.all {
		parts = append(parts, f())
	}
	fmt.Println("fields", h.onStr("mid"), strings.Join(parts, ","))

	// A closure reachable only through another closure's captured slice.
	chain := func() string { return "base" }
	for i := 0; i < 200; i++ {
		prev := chain
		n := i
		chain = func() string {
			if n%50 == 0 {
				return prev() + "|" + strconv.Itoa(n)
			}
			return prev()
		}
	}
	runtime.GC()
	fmt.Println("chain", chain())

	// Closures over loop variables (per-iteration since Go 1.22).
	var byIter []func() int
	for i := 0; i < 10; i++ {
		byIter = append(byIter, func() int { i *= 2; return i })
	}
	runtime.GC()
	r := 0
	for _, f := range byIter {
		r = r*3 + f() + f()
	}
	fmt.Println("iter", r)
}
