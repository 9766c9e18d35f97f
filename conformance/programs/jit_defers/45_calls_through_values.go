package main

import "fmt"

type Doer interface {
	Do(n int) (int, string)
}

type impl struct{ base int }

func (m *impl) Do(n int) (int, string) {
	defer func() { m.base++ }()
	if n < 0 {
		panic(fmt.Sprint("impl.Do ", n))
	}
	return m.base + n, "ok"
}

type safe struct{}

func (safe) Do(n int) (r int, s string) {
	defer func() {
		if e := recover(); e != nil {
			r, s = -1, fmt.Sprint("safe caught ", e)
		}
	}()
	if n < 0 {
		var p *impl
		return p.base, "unreached"
	}
	return n, "ok"
}

func viaIface(d Doer, n int) (r int, s string) {
	defer func() {
		if e := recover(); e != nil {
			r, s = -2, fmt.Sprint("viaIface caught ", e)
		}
	}()
	return d.Do(n)
}

func viaClosure(f func(int) (int, string), n int) (r int, s string) {
	defer func() {
		if e := recover(); e != nil {
			r, s = -3, fmt.Sprint("viaClosure caught ", e)
		}
	}()
	return f(n)
}

func variadic(prefix string, xs ...int) (n int) {
	defer func() {
		if e := recover(); e != nil {
			n = -len(xs)
		}
	}()
	for _, x := range xs {
		if x < 0 {
			panic(x)
		}
		n += x
	}
	return
}

func main() {
	m := &impl{10}
	var d Doer = m
	sum := 0
	for i := -1; i < 1500; i++ {
		a, _ := viaIface(d, i%100-1)
		b, _ := viaClosure(m.Do, i%50-1)
		c, _ := viaIface(safe{}, i%7-1)
		e, _ := viaClosure(safe{}.Do, i%9-1)
		f := variadic("v", i%4-1, i%3, 2)
		sum += a + b + c + e + f
	}
	fmt.Println("sum", sum, "base", m.base)
	fmt.Println(viaIface(d, -5))
	fmt.Println(viaClosure(m.Do, -6))
	fmt.Println(viaIface(safe{}, -7))
	fmt.Println(viaClosure(func(n int) (int, string) { return Doer.Do(m, n) }, -8))
	var nilDoer Doer
	fmt.Println(viaIface(nilDoer, 1))
	var nilFunc func(int) (int, string)
	fmt.Println(viaClosure(nilFunc, 1))
	fmt.Println(variadic("x", 1, 2, -3, 4))
}
