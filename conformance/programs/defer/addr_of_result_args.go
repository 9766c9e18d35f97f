// gc's escape analysis: `&r` of a named result passed straight to a
// parameter that is only dereferenced (even passed on a call deeper) does
// not make the function's defers stack-allocated; a retained one does.
package main

import "fmt"

type box struct{ v int }

func add(s *int, a ...int) {
	for _, v := range a {
		*s += v
	}
}

func setField(b *box, v int) {
	if b != nil {
		b.v = v
	}
}

var keep *int

func retain(p *int) { keep = p }

func passOn(p *int) { add(p, 1) }

func show(p *int) { fmt.Println(*p) }

func pr(p *int) { fmt.Println(p == nil) }

func a() (r int) {
	defer add(&r, 1, 2)
	return 5
}

func b() (r box) {
	defer setField(&r, 7)
	return
}

func c() (r int) {
	defer retain(&r)
	return 1
}

func d() (r int) {
	defer passOn(&r)
	return 2
}

func e() (r int) {
	add(&r, 3)
	defer func() { r++ }()
	return r
}

func f() (r int) {
	defer show(&r)
	defer pr(&r)
	r = 9
	return
}

func main() {
	fmt.Println(a(), b(), c(), d(), e(), f())
}
