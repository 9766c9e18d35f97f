package main

import "fmt"

var sink *int

func set(p *int)   { *p = 5 }
func keep(p *int)  { sink = p }
func twice(p *int) { set(p); *p *= 2 }

// p := &r used only through harmless uses: r stays on the stack and the
// defers stay open-coded.
func deref() (r int) {
	p := &r
	defer fmt.Println("deref deferred")
	*p = 3
	return
}

func passed() (r int) {
	p := &r
	defer func() { r++ }()
	twice(p)
	return
}

func declared() (r int) {
	var p = &r
	defer fmt.Println("declared deferred")
	*p += 7
	if p != nil {
		*p++
	}
	return
}

func printsValue() (r int) {
	p := &r
	defer fmt.Println("printsValue deferred")
	*p = 9
	fmt.Println(*p)
	return
}

// A recovery resumes the frame, which returns r from where p points.
func guarded(n int) (r int) {
	p := &r
	defer func() {
		if e := recover(); e != nil {
			r += 100
		}
	}()
	*p = n
	twice(p)
	if n > 2 {
		panic("big")
	}
	return
}

// r escapes: the defers are stack-allocated.
func stored() (r int) {
	p := &r
	defer fmt.Println("stored deferred")
	keep(p)
	*p = 4
	return
}

func global() (r int) {
	p := &r
	defer fmt.Println("global deferred")
	sink = p
	return 6
}

func printed() (r int) {
	p := &r
	defer fmt.Println("printed deferred")
	fmt.Println(p != nil, *p)
	fmt.Sprint(p)
	return 8
}

func main() {
	for i := 0; i < 5; i++ {
		fmt.Println(guarded(i))
	}
	fmt.Println(deref(), passed(), declared(), printsValue())
	fmt.Println(stored(), *sink, global(), printed())
}
