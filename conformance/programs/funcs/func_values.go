package main

import (
	"fmt"
	"math"
	"strings"
)

type binop func(float64, float64) float64

func apply(op binop, a, b float64) float64 { return op(a, b) }

func twice(f func(string) string) func(string) string {
	return func(s string) string { return f(f(s)) }
}

func main() {
	p := fmt.Println
	p("println as value", 1)
	op := math.Pow
	fmt.Println(op(2, 10), apply(math.Max, 3, 7), apply(op, 3, 2))
	up := strings.ToUpper
	fmt.Println(twice(up)("abc"), twice(func(s string) string { return s + "!" })("hi"))
	fs := []func(float64) float64{math.Sqrt, math.Floor, math.Abs}
	for _, f := range fs {
		fmt.Print(f(-2.5+9), " ")
	}
	fmt.Println()
	table := map[string]binop{
		"add": func(a, b float64) float64 { return a + b },
		"min": math.Min,
	}
	fmt.Println(table["add"](1, 2), table["min"](1, 2))
	fmt.Printf("%T\n%T\n%T\n", p, op, table)
	var sp func(string, ...any) string = fmt.Sprintf
	fmt.Println(sp("%d-%d", 1, 2))
	mapper := strings.Map
	fmt.Println(mapper(func(r rune) rune {
		if r == 'a' {
			return 'A'
		}
		return r
	}, "banana"))
}
