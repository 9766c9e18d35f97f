// Defers in loops (heap records): each record holds a closure and
// arguments (pointers, slices, run-time strings, interface values) that
// nothing else references while runtime.GC() runs; the defers then run
// and use them.
package main

import (
	"fmt"
	"runtime"
	"strconv"
	"strings"
)

type payload struct {
	id    int
	words []string
	inner *payload
}

type describer interface{ describe() string }

type pair struct {
	a, b *string
}

func (p pair) describe() string { return *p.a + "&" + *p.b }

type boxed struct{ vals []int }

func (b *boxed) describe() string { return fmt.Sprint(b.vals) }

var out []string

func record(s string) { out = append(out, s) }

func usePayload(p *payload, extra []int, label string, d describer) {
	n := 0
	for _, x := range extra {
		n += x
	}
	s := label + " id=" + strconv.Itoa(p.id) + " w=" + strings.Join(p.words, "+")
	if p.inner != nil {
		s += " inner=" + strconv.Itoa(p.inner.id)
	}
	record(s + " sum=" + strconv.Itoa(n) + " d=" + d.describe())
}

func loopDefers(n int) {
	for i := 0; i < n; i++ {
		p := &payload{id: i, words: []string{"w" + strconv.Itoa(i), strings.Repeat("z", i)}}
		p.inner = &payload{id: i * 100}
		extra := make([]int, i+1)
		for j := range extra {
			extra[j] = j * i
		}
		label := fmt.Sprintf("L%03d", i)
		var d describer
		if i%2 == 0 {
			a, b := "a"+strconv.Itoa(i), "b"+strconv.Itoa(i)
			d = pair{&a, &b}
		} else {
			d = &boxed{vals: []int{i, -i}}
		}
		defer usePayload(p, extra, label, d)
		runtime.GC()
	}
	runtime.GC()
}

func loopClosures(n int) (result string) {
	for i := 0; i < n; i++ {
		msg := strings.Repeat(strconv.Itoa(i), 2)
		list := []*int{new(int), new(int)}
		*list[0], *list[1] = i, i*i
		defer func() {
			result += msg + "=" + strconv.Itoa(*list[0]+*list[1]) + ";"
			runtime.GC()
		}()
	}
	runtime.GC()
	return "start:"
}

// A defer whose function value itself is computed at run time.
func makeDeferred(tag string, vals []int) func(string) {
	copyVals := append([]int(nil), vals...)
	return func(suffix string) {
		record(tag + fmt.Sprint(copyVals) + suffix)
	}
}

func loopFuncValues() {
	for i := 0; i < 6; i++ {
		defer makeDeferred("f"+strconv.Itoa(i), []int{i, i + 1})(strings.ToUpper("s" + strconv.Itoa(i)))
	}
	runtime.GC()
}

func main() {
	loopDefers(12)
	for _, s := range out {
		fmt.Println(s)
	}
	out = nil
	runtime.GC()
	fmt.Println(loopClosures(8))
	loopFuncValues()
	fmt.Println(strings.Join(out, " "))
}
