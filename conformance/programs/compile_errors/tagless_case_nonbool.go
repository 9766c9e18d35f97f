// A missing switch tag is the typed constant true: each case must be
// comparable with it like any tag (a defined bool type is not).
package main

type B bool

func main() {
	n := 1
	var b B
	switch {
	case n:
	case 1:
	case "s":
	case b:
	case n > 0, true, n < 0:
	case nil:
	}
}
