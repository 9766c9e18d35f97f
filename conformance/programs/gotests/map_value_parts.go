// Indexing and selecting into values that are not variables: map entries
// of array and struct type, function and method results, composite
// literals, conversions. (Go's bigmap.go and ken/complit.go index map
// entries of array type; a struct field read from a map entry inside a
// branch used to leave the whole entry on the stack.)
package main

import "fmt"

type T struct{ A, B int }

type Setting struct {
	Key, Raw string
	Line     int
	Value    any
}

type Inner struct {
	Arr [3]int
	P   *T
}

type Outer struct {
	In  Inner
	Tag string
}

func arr() [2]int      { return [2]int{5, 6} }
func pair() T          { return T{7, 8} }
func outer() Outer     { return Outer{Inner{[3]int{1, 2, 3}, &T{9, 10}}, "o"} }
func (t T) Swap() T    { return T{t.B, t.A} }
func (o Outer) I() Inner { return o.In }

func main() {
	m := map[int][2]int{1: {3, 4}}
	println(m[1][0], m[1][1], m[2][1])
	i := 1
	println(m[1][i])

	mm := map[int][2][3]int{1: {{1, 2, 3}, {4, 5, 6}}}
	println(mm[1][i][2], mm[1][0][i])

	ms := map[string]T{"k": {1, 2}}
	if len(ms) == 1 {
		fmt.Println(ms["k"].B)
	}
	for k := range ms {
		fmt.Println(k)
	}
	println(ms["k"].A+ms["k"].B, ms["none"].B)

	settings := map[string]Setting{}
	if n := 1; n > 0 {
		fmt.Printf("%d %v\n", n, settings["name"].Value)
	}
	for _, k := range []string{"a"} {
		s := settings[k]
		fmt.Println(s.Raw, s.Line)
	}
	settings["x"] = Setting{"x", "raw", 3, 4.5}
	fmt.Println(settings["x"].Raw, settings["x"].Line, settings["x"].Value)

	mo := map[string]Outer{"a": outer()}
	println(mo["a"].In.Arr[2], mo["a"].In.Arr[i], mo["a"].In.P.B, mo["a"].Tag)
	mo["a"].In.P.A = 99
	println(mo["a"].In.P.A)

	mp := map[int]*[2]int{1: {4, 5}}
	mp[1][0] = 40
	println(mp[1][0], mp[1][i])

	println(arr()[1], arr()[i], pair().X(), pair().Swap().A)
	println(outer().In.Arr[i], outer().I().Arr[2], outer().In.P.A)
	println([3]int{7, 8, 9}[i], T{1, 2}.B, [2]T{{1, 2}, {3, 4}}[i].A)
	println(Outer(outer()).In.Arr[0])

	ma := map[string][]int{"s": {1, 2, 3}}
	ma["s"][1] = 20
	println(ma["s"][1], len(ma["s"][1:]))

	if x := m[1]; x[0] == 3 {
		println("branch", x[1])
	}
	for j := 0; j < 2; j++ {
		if mm[1][j][0] > 0 {
			println(mm[1][j][1], ms["k"].A)
		}
	}
}

func (t T) X() int { return t.A }
