package main

import "fmt"

type Celsius float64
type Fahrenheit float64
type IntList []int
type StrMap map[string]string
type Op func(int, int) int
type Grid [2][2]bool

func (c Celsius) ToF() Fahrenheit { return Fahrenheit(c*9/5 + 32) }

func (l IntList) Sum() int {
	s := 0
	for _, v := range l {
		s += v
	}
	return s
}

func (m StrMap) Get(k string) string {
	if v, ok := m[k]; ok {
		return v
	}
	return "<none>"
}

func apply(o Op, a, b int) int { return o(a, b) }

type Status int

const (
	Active Status = iota + 1
	Inactive
)

func main() {
	c := Celsius(100)
	fmt.Println(c, c.ToF())
	fmt.Printf("%T %T %v\n", c, c.ToF(), Celsius(-40).ToF())
	l := IntList{1, 2, 3}
	l = append(l, 4)
	fmt.Println(l, l.Sum(), len(l))
	fmt.Printf("%T %v\n", l, l[1:3])
	var plain []int = l
	fmt.Println(plain)
	m := StrMap{"a": "x"}
	fmt.Println(m.Get("a"), m.Get("b"))
	var add Op = func(a, b int) int { return a + b }
	fmt.Println(apply(add, 2, 3), apply(func(a, b int) int { return a * b }, 2, 3))
	fmt.Printf("%T\n", add)
	var g Grid
	g[1][0] = true
	fmt.Println(g)
	fmt.Printf("%T %v %d\n", Active, Inactive, Inactive)
	type Local struct{ A int }
	fmt.Printf("%T %v\n", Local{1}, Local{1})
	type MyString string
	ms := MyString("hi")
	fmt.Println(ms+"!", len(ms), string(ms) == "hi")
	fmt.Printf("%T %q\n", ms, ms)
}
