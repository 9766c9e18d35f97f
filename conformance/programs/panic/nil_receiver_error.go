package main

import "fmt"

type E struct{ code int }

func (e *E) Error() string {
	if e == nil {
		return "nil *E handled gracefully"
	}
	return fmt.Sprint("code ", e.code)
}

func main() {
	var e *E
	var err error = e
	fmt.Println("err != nil:", err != nil)
	panic(err)
}
