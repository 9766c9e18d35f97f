package main

import "fmt"

var acc []string

func note(s string) { acc = append(acc, s) }

type box struct{ v int }

func (b box) show(tag string)  { note(fmt.Sprint(tag, ":", b.v)) }
func (b *box) bump(tag string) { b.v++; note(fmt.Sprint(tag, "+", b.v)) }

// every shape of deferred call at a normal return: capture-free literal,
// capturing literal, literal with args, literal with results, variadic
// literal, named func, method value, pointer method value, closure
// variable reassigned after the defer.
func shapes(x int) (r int, s string) {
	defer func() { note("capture-free") }()
	defer func() { r += x; note(fmt.Sprint("capturing r=", r)) }()
	defer func(a, b int, c string) { note(fmt.Sprint("args ", a, b, c)) }(x, x*2, "c")
	defer func() (int, string) { note("with results"); return 1, "x" }()
	defer func(xs ...int) { note(fmt.Sprint("variadic ", xs)) }(x, x+1, x+2)
	defer note("named func")
	b := box{x}
	defer b.show("method value")
	defer b.bump("ptr method")
	f := func() { note("f original") }
	defer f()
	f = func() { note("f replaced") }
	b.v = 100
	return x * 10, "ret"
}

// results of every kind, set by return statements of different forms
func unnamedMulti(k int) (int, string, []int) {
	x, y := 1, "a"
	defer func() { x, y = 2, "b" }()
	if k == 0 {
		return x, y, nil
	}
	return x + k, y + "k", []int{k}
}

func pair() (int, int) { return 3, 4 }

func returnCall() (int, int) {
	defer func() { note("returnCall defer") }()
	return pair()
}

// a deferred literal that itself has open-coded defers, at normal return
func nestedDefers() (r int) {
	defer func() {
		defer func() { r *= 2 }()
		defer func(v int) { r += v }(r)
		r++
	}()
	r = 5
	return r
}

func main() {
	for i := 0; i < 3; i++ {
		acc = nil
		r, s := shapes(i)
		fmt.Println(r, s, acc)
	}
	fmt.Println(unnamedMulti(0))
	fmt.Println(unnamedMulti(2))
	acc = nil
	fmt.Println(returnCall())
	fmt.Println(acc)
	fmt.Println(nestedDefers())
	// many calls, so --jit=auto compiles these mid-run
	sum := 0
	for i := 0; i < 1500; i++ {
		acc = acc[:0]
		r, _ := shapes(i)
		a, _, c := unnamedMulti(i % 3)
		sum += r + a + len(c) + nestedDefers() + len(acc)
	}
	fmt.Println("sum", sum)
}
