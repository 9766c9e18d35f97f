// A switch tag is assigned to an invisible temporary, so an untyped nil tag
// is an error (also parenthesized, with an init statement, and with
// cases); checking goes on after it.
package main

func main() {
	switch nil {
	}
	switch (nil) {
	case nil:
	}
	x := 1
	switch y := 2; nil {
	case x, 3:
	}
	var p *int
	switch p {
	case nil:
		println("nil")
	}
	var s []int
	switch s {
	case nil:
	}
}
