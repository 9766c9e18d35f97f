package main

import "fmt"

type Msg string

func main() {
	defer func() {
		panic(Msg("named\nmultiline\n"))
	}()
	defer func() {
		panic(fmt.Errorf("error line 1\nerror line 2"))
	}()
	fmt.Println("about to panic")
	panic("line one\nline two\n\tindented line three")
}
