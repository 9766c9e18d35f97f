package main

import "fmt"

var saved *int

// The named result's address escapes to a global, so it lives on the
// heap and gc cannot open-code the defer (stack-allocated instead).
func escaping() (r int) {
	defer func() { r += 100 }()
	saved = &r
	r = 1
	return r + 1
}

// A result captured only by a deferred closure stays on the stack.
func captured() (r int) {
	defer func() { r += 100 }()
	return 2
}

type box struct{ p *int }

func viaStruct() (r int) {
	defer func() { r *= 3 }()
	b := &box{&r}
	*b.p = 5
	keep = b
	return
}

var keep *box

func main() {
	fmt.Println(escaping(), *saved)
	*saved = 7
	fmt.Println(captured())
	fmt.Println(viaStruct(), *keep.p)
}
