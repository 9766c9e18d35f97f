package main

import "fmt"

type Inner struct {
	A int
	B string
}

type Outer struct {
	Inner
	P    *Inner
	M    map[string]int
	S    []Inner
	F    func()
	E    error
	I    any
	Arr  [2]bool
	priv float64
}

type Temp float64

func (t Temp) String() string { return fmt.Sprintf("%.1f°", float64(t)) }

type Wrapper struct {
	T  Temp
	PT *Temp
}

func main() {
	o := Outer{Inner: Inner{1, "x"}, M: map[string]int{"z": 1, "a": 2}, S: []Inner{{2, "y"}}, I: 42, priv: 1.5}
	fmt.Printf("%v\n", o)
	fmt.Printf("%+v\n", o)
	var ip *Inner
	fmt.Println(ip, o.P == nil, o.F == nil)
	fmt.Printf("%v %+v %d\n", &Inner{3, "q"}, &Inner{4, "r"}, &Inner{5, "s"})
	fmt.Printf("%#v\n", Inner{6, "t"})
	fmt.Printf("%#v\n", []string{"a", "b"})
	fmt.Printf("%#v %#v\n", map[string]int{"b": 1, "a": 2}, [2]int{1, 2})
	fmt.Printf("%#v %#v %#v\n", 42, "str", 'x')
	t := Temp(21.55)
	w := Wrapper{T: t, PT: &t}
	fmt.Println(t, w.T)
	fmt.Printf("%v %s %d\n", t, t, []Temp{1, 2})
	fmt.Println([]Temp{1.25, 2}, map[string]Temp{"k": 3})
	fmt.Printf("%v\n", struct {
		X, Y int
		Z    []any
	}{1, 2, []any{nil, "s", 3}})
	var e error
	var a any
	fmt.Println(e, a)
	fmt.Printf("%v %d %s\n", nil, nil, nil)
	type pair struct {
		k string
		v *int
	}
	fmt.Println(pair{"k", nil})
	nums := [][]int{{1}, {2, 3}, nil, {}}
	fmt.Println(nums, len(nums))
	fmt.Printf("%v|%s|%q\n", []string{"a b", "c"}, []string{"a b", "c"}, []string{"a b", "c"})
	fmt.Printf("%5v|%-5v|%05v\n", []int{1, 2}, []int{3}, []int{4})
	bs := []byte("hi")
	fmt.Printf("%v %s %x %q\n", bs, bs, bs, bs)
	fmt.Println(bs, string(bs))
}
