package main

import (
	"errors"
	"fmt"
	"runtime"
)

func try() (r any) {
	defer func() { r = recover() }()
	panic(nil)
}

func main() {
	r := try()
	fmt.Printf("%T\n", r)
	fmt.Println(r)
	err, isErr := r.(error)
	fmt.Println("is error:", isErr, err)
	_, isRt := r.(runtime.Error)
	fmt.Println("is runtime.Error:", isRt)
	var pne *runtime.PanicNilError
	fmt.Println("errors.As:", errors.As(err, &pne))
	fmt.Println("nil check:", r != nil)
	defer fmt.Println("deferred before unrecovered panic(nil)")
	var e error
	panic(e)
}
