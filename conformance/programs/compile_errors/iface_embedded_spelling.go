package main

// types2 prints an interface type as written: embedded interfaces by name,
// not flattened into their methods.

func main() {
	var i int = *new(interface {
		M()
		error
	})
	_ = i
}
