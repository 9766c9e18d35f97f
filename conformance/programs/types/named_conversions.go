package main

import (
	"fmt"
	"strings"
)

type Celsius float64
type Fahrenheit float64

func (c Celsius) ToF() Fahrenheit { return Fahrenheit(c*9/5 + 32) }
func (f Fahrenheit) String() string { return fmt.Sprintf("%.1f°F", float64(f)) }

type Point struct {
	X, Y int
}
type Vec struct {
	X, Y int `json:"v"`
}

type IntSlice []int
type Strs []string
type Pred func(int) bool
type Bytes []byte
type Str string
type Runes []rune

func (s IntSlice) Sum() (t int) {
	for _, v := range s {
		t += v
	}
	return
}

func (p Pred) Not() Pred { return func(n int) bool { return !p(n) } }

type F func(F, int) int

func main() {
	c := Celsius(100)
	fmt.Println(c.ToF(), Celsius(-40).ToF(), float64(c))
	p := Point{1, 2}
	v := Vec(p)
	v.X = 10
	fmt.Println(p, v, Point(v))
	anon := struct{ X, Y int }{3, 4}
	p = anon
	fmt.Println(p, Vec(anon))
	raw := []int{1, 2, 3}
	is := IntSlice(raw)
	is[0] = 100
	fmt.Println(raw, is.Sum(), IntSlice(nil).Sum())
	even := Pred(func(n int) bool { return n%2 == 0 })
	odd := even.Not()
	fmt.Println(even(4), odd(4), odd.Not()(3))
	b := Bytes("héllo")
	s := Str(b)
	r := Runes(s)
	fmt.Println(b, s, r, len(b), len(s), len(r))
	fmt.Println(string(r[1]), Str(r), []byte(s)[1], strings.ToUpper(string(s)))
	st := Strs{"b", "a"}
	fmt.Println(strings.Join(st, "+"), []string(st))
	var fact F = func(self F, n int) int {
		if n <= 1 {
			return 1
		}
		return n * self(self, n-1)
	}
	fmt.Println(fact(fact, 10))
	type Miles = float64
	var m Miles = 2.5
	var f64 float64 = m
	fmt.Printf("%T %v\n", m, f64)
	type ID int64
	ids := []ID{3, 1, 2}
	total := ID(0)
	for _, id := range ids {
		total += id
	}
	fmt.Printf("%T %v %v\n", total, total, int64(total)*2)
	ch := 'A'
	fmt.Println(Str(rune(ch+2)), string(rune(0x4e16)), string(rune(-5)) == "\uFFFD")
	u := uint8(250)
	i := int(u) + 10
	fmt.Println(i, uint8(i), int8(u))
	ptr := &p
	vp := (*Vec)(ptr)
	vp.Y = 99
	fmt.Println(p)
	fn := func(x int) bool { return x > 0 }
	pr := Pred(fn)
	fmt.Println(pr(1), Pred.Not(pr)(1))
	arr := [3]Celsius{1, 2, 3}
	fmt.Println(arr, len(arr))
	type Grid [2][2]int
	g := Grid{{1, 2}, {3, 4}}
	g2 := [2][2]int(g)
	g2[0][0] = 9
	fmt.Println(g, g2, g == Grid(g2))
}
