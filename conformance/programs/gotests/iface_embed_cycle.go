package main

// An interface embedding a named interface still being declared (I2
// embeds I1, whose method returns I2) gets its methods once the
// declarations complete, as types2 computes method sets lazily.

import "fmt"

type I1 interface {
	m() I2
}

type I2 interface {
	I1
}

type I3 interface {
	I2
	n() int
}

type T struct{}

func (T) m() I2  { return T{} }
func (T) n() int { return 3 }

var i1 I1 = i2
var i2 I2 = T{}
var i2a I2 = i1
var i3 I3 = T{}

type Any interface{}

type J1 interface {
	p() J2
	J2
}
type J2 interface{ q() }

func (T) p() J2 { return T{} }
func (T) q()    {}

func main() {
	var a Any = 1
	var j J1 = T{}
	fmt.Println(i1 != nil, i2a.m() != nil, i3.n(), a, j.p() != nil)
	var x I1 = i3
	fmt.Println(x.m().m() != nil)
}
