// gc lays out package variables with static initializers in the data
// section, so they hold their values before any initializer runs: here an
// early initializer reaches them through an interface method call, which
// the spec's dependency analysis does not follow. Variables with dynamic
// initializers (calls, map literals, copies of strings or of variables an
// earlier call may have changed) are still zero at that point.
package main

import "fmt"

type P struct{ X, Y int }

type I interface{ Report() string }

type R struct{}

func (R) Report() string {
	return fmt.Sprint(
		c1, c2, c3, s1, len(sl), arr, pp != nil, pv, len(mp), iv, fv != nil,
		fl != nil, ap == &pv, ae == &arr[1], af == &pv.Y, bs, nested, len(ptrs),
		cp, cpp == pp, dyn, ifc, mexpr != nil, keyed, conv,
	)
}

var early = I(R{}).Report()

type MyInt int

const k = 3

var (
	c1     = 21
	c2     = MyInt(k * 2)
	c3     = 2.5
	s1     = "hi" + " there"
	sl     = []int{1, 2, 3}
	arr    = [2]float64{1.5, 2.5}
	pp     = &P{1, 2}
	pv     = P{7, 8}
	mp     = map[string]int{"a": 1}
	iv     interface{} = 5
	fv     = fmt.Sprint
	fl     = func() int { return 1 }
	ap     = &pv
	ae     = &arr[1]
	af     = &pv.Y
	bs     = []byte("abc")
	nested = []P{{1, 2}, {3, 4}}
	ptrs   = []*P{{5, 6}, nil}
	cp     = c1
	cpp    = pp
	dyn    = len(fmt.Sprint(1, 2))
	ifc    interface{} = P{9, 9}
	mexpr  = P.String
	keyed  = P{Y: 4}
	conv   = [2]int([2]int{6, 7})
)

func (p P) String() string { return fmt.Sprintf("<%d,%d>", p.X, p.Y) }

// Copies after an initializer that calls a function are dynamic.
var afterCall = I(R{}).Report()
var cpLate = c1

type Late struct{}

func (Late) Report() string { return fmt.Sprint(cpLate, strCopy) }

var early2 = I(Late{}).Report()

// A copy of a string variable is never static.
var strCopy = s1

func main() {
	fmt.Println(early)
	fmt.Println(afterCall)
	fmt.Println(early2)
	fmt.Println(c1, c2, c3, s1, sl, arr, *pp, pv, mp, iv, fv != nil, fl(), *ap, *ae, *af, bs, nested, *ptrs[0], cp, dyn, ifc, keyed, conv)
}
