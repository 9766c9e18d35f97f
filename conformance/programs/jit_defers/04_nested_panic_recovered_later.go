package main

import "fmt"

// the second panic, raised inside a deferred call during the first, is
// recovered by a later defer of the same frame: the first is aborted.
func sameFrame() (res string) {
	defer func() {
		r := recover()
		fmt.Println("  recovered:", r)
		fmt.Println("  recover again:", recover())
		res = fmt.Sprint(r)
	}()
	defer fmt.Println("  middle defer runs")
	defer func() {
		panic("second")
	}()
	panic("first")
}

// the second panic is recovered inside the deferred call's own defer: the
// first panic continues and is recovered by the next defer.
func ownFrame() (res string) {
	defer func() {
		r := recover()
		fmt.Println("  outer recovered:", r)
		res = fmt.Sprint(r)
	}()
	defer func() {
		defer func() {
			fmt.Println("  inner recovered:", recover())
		}()
		panic("second")
	}()
	panic("first")
}

// the second panic escapes to the caller, which recovers it.
func escapes() {
	defer fmt.Println("  escapes: last defer")
	defer func() { panic("second") }()
	panic("first")
}

func caller() (res string) {
	defer func() {
		res = fmt.Sprint("caller recovered ", recover())
	}()
	escapes()
	return "unreached"
}

// three levels: panic in a defer of a defer of a panicking frame
func threeLevels() (res string) {
	defer func() {
		res = fmt.Sprint("three recovered ", recover())
	}()
	defer func() {
		defer func() {
			panic("third")
		}()
		panic("second")
	}()
	panic("first")
}

func main() {
	fmt.Println("sameFrame =>", sameFrame())
	fmt.Println("ownFrame =>", ownFrame())
	fmt.Println("caller =>", caller())
	fmt.Println("threeLevels =>", threeLevels())
}
