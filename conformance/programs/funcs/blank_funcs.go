// Package-level functions named _ are type-checked but can never be
// called: they do not run as initializers (only init functions do), even
// when they panic or exit, and any number of them may be declared.
package main

import (
	"fmt"
	"os"
)

var order []string

func _() { fmt.Println("blank func ran") }

func _() { panic("blank func panicked") }

func _(x int) int { os.Exit(3); return x }

func init() { order = append(order, "init 1") }

func _() { order = append(order, "blank") }

func init() { order = append(order, "init 2") }

type T struct{}

var v = f()

func f() int { order = append(order, "var v"); return 1 }

func main() {
	fmt.Println(order, v)
	var t T
	fmt.Printf("%v\n", t)
}
