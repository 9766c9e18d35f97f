package main

import (
	"fmt"
	"strconv"
	"strings"
)

type T struct{}

func (T) Pair() (a int, b string) { return 1, "" }
func (*T) Blank() (_ int, err error) { return 0, nil }
func two() (int, int)            { return 1, 2 }
func named() (x, y int)         { return 1, 2 }

func take(int) {}

// A multi-valued call in a single-value context: its tuple type names the
// callee's results when they have names.
func main() {
	var t T
	fmt.Println(strings.Cut("a=b", "=") + "x")
	_ = t.Pair() + 1
	_ = t.Blank() + 1
	_ = two() + 1
	x := named() + 1
	take(named())
	_ = strconv.Itoa(named())
	var s string = t.Pair()
	_, _ = x, s
}
