package main

import (
	"fmt"
	"os"
)

type T struct{ A *int }

func main() {
	var err error
	var p *T
	var m map[string]bool
	var s []float64
	var f func()
	var a any
	var ip *int
	fmt.Println(err, p, m, s, a, ip)
	fmt.Println(f == nil)
	fmt.Printf("%v|%+v|%#v\n", p, p, p)
	fmt.Printf("%v|%#v|%d\n", m, m, m)
	fmt.Printf("%v|%#v|%x\n", s, s, s)
	fmt.Printf("%v|%#v\n", a, a)
	fmt.Printf("%v|%+v\n", T{}, T{})
	fmt.Printf("%#v\n", T{})
	fmt.Printf("%s|%d|%t\n", p, ip, a)
	fmt.Println([]*int{nil, nil}, map[string]*T{"k": nil}, []error{nil}, []any{nil})
	fmt.Println(len(s), cap(s), len(m), s == nil, m == nil)
	fmt.Fprintln(os.Stdout, nil)
}
