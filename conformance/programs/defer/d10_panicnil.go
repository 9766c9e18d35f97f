package main

import (
	"errors"
	"fmt"
	"runtime"
)

func f() (err error) {
	defer func() {
		r := recover()
		fmt.Printf("%v\n%T\n", r, r)
		fmt.Println(r == nil)
		if e, ok := r.(error); ok {
			err = e
		}
		_, isRt := r.(runtime.Error)
		fmt.Println("runtime.Error:", isRt)
	}()
	panic(nil)
}

func main() {
	err := f()
	var pne *runtime.PanicNilError
	fmt.Println(errors.As(err, &pne))
	fmt.Println(pne)
	fmt.Println(pne.Error())
	fmt.Println(err)
}
