package main

import "fmt"

type HandlerFunc func(req string) string

func (f HandlerFunc) Serve(req string) string { return "[" + f(req) + "]" }

type Handler interface{ Serve(string) string }

type Middleware func(Handler) Handler

func logging(prefix string) Middleware {
	return func(next Handler) Handler {
		return HandlerFunc(func(r string) string {
			return prefix + next.Serve(r)
		})
	}
}

func chain(h Handler, ms ...Middleware) Handler {
	for i := len(ms) - 1; i >= 0; i-- {
		h = ms[i](h)
	}
	return h
}

type Shape interface {
	Area() float64
	Name() string
}

type Circle struct{ R float64 }

func (c Circle) Area() float64 { return 3 * c.R * c.R }
func (c Circle) Name() string   { return "circle" }

type Square struct{ S float64 }

func (s *Square) Area() float64 { return s.S * s.S }
func (s *Square) Name() string   { return "square" }

type State func(n int) (State, string)

func even(n int) (State, string) {
	if n == 0 {
		return nil, "done-even"
	}
	return odd, "e"
}

func odd(n int) (State, string) {
	if n == 0 {
		return nil, "done-odd"
	}
	return even, "o"
}

func main() {
	upper := HandlerFunc(func(r string) string { return r + "!" })
	h := chain(upper, logging("A:"), logging("B:"))
	fmt.Println(h.Serve("req"))
	shapes := []Shape{Circle{1}, &Square{2}, Circle{0.5}}
	area := Shape.Area
	name := Shape.Name
	for _, s := range shapes {
		fmt.Printf("%s %.2f\n", name(s), area(s))
	}
	var methods []func() float64
	for _, s := range shapes {
		methods = append(methods, s.Area)
	}
	sq := shapes[1].(*Square)
	sq.S = 10
	for _, m := range methods {
		fmt.Print(m(), " ")
	}
	fmt.Println()
	st, out := State(even), ""
	for n := 5; st != nil; n-- {
		var s string
		st, s = st(n)
		out += s
	}
	fmt.Println(out)
	fmt.Printf("%T %T %T\n", area, Circle.Area, (*Square).Name)
	ops := map[string]func(float64, float64) float64{
		"+": func(a, b float64) float64 { return a + b },
		"max": func(a, b float64) float64 { return max(a, b) },
	}
	fmt.Println(ops["+"](1, 2), ops["max"](3, -4), len(ops))
}
