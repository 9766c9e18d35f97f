package main

import (
	"errors"
	"fmt"
	"runtime"
)

type MyErr struct{ code int }

func (e MyErr) Error() string { return fmt.Sprint("myerr ", e.code) }

func raise(v interface{}) (got interface{}) {
	defer func() {
		got = recover()
	}()
	defer fmt.Print("")
	panic(v)
}

func main() {
	var nilErr error
	vals := []interface{}{nil, 42, "str", 2.5, MyErr{7}, &MyErr{8}, []int{1}, nilErr, errors.New("plain")}
	for _, v := range vals {
		g := raise(v)
		_, isPNE := g.(*runtime.PanicNilError)
		fmt.Printf("%T %v pnil=%v\n", g, g, isPNE)
		if e, ok := g.(error); ok {
			var me MyErr
			fmt.Println("  error:", e.Error(), errors.As(e, &me))
		}
	}
}
