package main

import "fmt"

type Closer interface{ Close() string }

type file struct{ name string }

func (f *file) Close() string {
	fmt.Println("closing", f.name)
	return f.name
}

// a method value of a nil interface is evaluated by the defer statement:
// it panics there, before the defer is registered.
func nilIface() {
	defer fmt.Println("  nilIface: earlier defer runs")
	var c Closer
	fmt.Println("  before defer")
	defer c.Close()
	fmt.Println("  never: after defer")
}

// a nil *file in a non-nil interface: the call runs, the method
// dereferences nil when deferred calls run.
func nilPtrInIface() {
	defer fmt.Println("  nilPtrInIface: earlier defer runs")
	var f *file
	var c Closer = f
	defer c.Close()
	fmt.Println("  after defer of nil pointer method")
}

// a deferred call whose argument evaluation panics: not registered.
func badArg(xs []int) {
	defer fmt.Println("  badArg: registered defer runs")
	defer fmt.Println("  never registered", xs[5])
	fmt.Println("  never: after bad defer")
}

func run(name string, f func()) {
	defer func() { fmt.Println(name, "recovered:", recover()) }()
	f()
}

func main() {
	run("nilIface", nilIface)
	run("nilPtrInIface", nilPtrInIface)
	run("badArg", func() { badArg([]int{1, 2}) })
	c := Closer(&file{"real"})
	run("real", func() {
		defer c.Close()
		c = &file{"replaced"}
		panic("with a real file")
	})
}
