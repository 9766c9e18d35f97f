// Built-ins check all their arguments before the count (so the arguments are
// used, and an invalid one suppresses the count error); make checks none.
package main

func main() {
	var a, b []int
	_ = len(a, b)
	var c, d []int
	copy(c)
	_ = cap(d, undefinedX)
	var m map[int]int
	var k int
	delete(m, k, k)
	var s int
	_ = make([]int, s, s, s)
	var t int
	_ = new(int, t)
	var e []int
	clear(e, e)
}
