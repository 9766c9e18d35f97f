package main

import (
	"errors"
	"fmt"
)

type Bad struct{ n int }

func (b Bad) String() string {
	if b.n == 0 {
		panic("zero!")
	}
	return fmt.Sprint("Bad", b.n)
}

type PBad struct{ s string }

func (p *PBad) String() string { return "PBad:" + p.s }

type ErrBad struct{}

func (ErrBad) Error() string { panic(errors.New("inner err")) }

type GoS struct{ v int }

func (g GoS) GoString() string { return fmt.Sprintf("GoS<%d>", g.v) }
func (g GoS) String() string   { return "gos" }

func main() {
	fmt.Println(Bad{1}, Bad{0})
	fmt.Printf("%v|%s|%d|%x\n", Bad{0}, Bad{0}, Bad{0}, Bad{2})
	var pb *PBad
	fmt.Println(pb)
	fmt.Printf("%v %s\n", pb, pb)
	fmt.Println(PBad{"value, not ptr"}, &PBad{"ptr"})
	fmt.Println(ErrBad{})
	fmt.Printf("%v %#v %+v %s\n", GoS{1}, GoS{2}, GoS{3}, []GoS{{4}})
	fmt.Printf("%#v\n", map[string]GoS{"k": {5}})
	fmt.Printf("%s\n", struct {
		B Bad
		N int
	}{Bad{0}, 1})
	var np *Bad
	fmt.Println(np)
	fmt.Printf("[%v]\n", np)
}
