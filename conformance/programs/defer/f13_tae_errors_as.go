package main

import (
	"errors"
	"fmt"
	"runtime"
)

func main() {
	err := func() (err error) {
		defer func() { err = recover().(error) }()
		var x interface{} = 1
		_ = x.(string)
		return nil
	}()
	var tae *runtime.TypeAssertionError
	fmt.Println(errors.As(err, &tae), tae)
	var re runtime.Error
	fmt.Println(errors.As(err, &re))
}
