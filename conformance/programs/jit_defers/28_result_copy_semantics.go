package main

import "fmt"

// unnamed result: the value is taken at the return statement, defers that
// change the local after that do not affect it.
func unnamed() int {
	x := 1
	defer func() { x = 2 }()
	return x
}

// named result: defers see and change it
func named() (x int) {
	x = 1
	defer func() { x *= 3 }()
	return x + 1
}

type Rec struct {
	S   string
	N   []int
	E   error
	Arr [3]int
}

// multi-word named results changed after recover
func multi(fail bool) (r Rec, s string, i interface{}, err error) {
	defer func() {
		if p := recover(); p != nil {
			r.S += "/recovered"
			r.N = append(r.N, 99)
			r.Arr[2] = 7
			s = s + "!"
			i = p
			err = fmt.Errorf("multi: %v", p)
		}
	}()
	r = Rec{S: "rec", N: []int{1}, Arr: [3]int{1, 2, 3}}
	s = "str"
	i = 3.5
	if fail {
		var a [3]int
		idx := len(s)
		r.Arr[0] = a[idx]
	}
	return r, s + "?", i, nil
}

// the result expression panics: named result keeps its previous value
func exprPanics(i int) (v int) {
	defer func() {
		recover()
		v += 1000
	}()
	v = 5
	a := []int{10, 20}
	return a[i]
}

func main() {
	fmt.Println(unnamed(), named())
	r, s, i, err := multi(false)
	fmt.Printf("%+v %q %v %v\n", r, s, i, err)
	r, s, i, err = multi(true)
	fmt.Printf("%+v %q %v %v\n", r, s, i, err)
	fmt.Println(exprPanics(1), exprPanics(2))
}
