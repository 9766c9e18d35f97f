package main

import (
	"errors"
	"fmt"
)

type MyErr struct{}

func (*MyErr) Error() string { return "my error" }

func mayFail(fail bool) error {
	var p *MyErr
	if fail {
		p = &MyErr{}
	}
	return p
}

func realNil() error { return nil }

func main() {
	e1 := mayFail(false)
	fmt.Println(e1 == nil, e1)
	fmt.Printf("%T %v\n", e1, e1 != nil)
	e2 := realNil()
	fmt.Println(e2 == nil, e2)
	fmt.Printf("%T %v\n", e2, e2)
	e3 := mayFail(true)
	fmt.Println(e3)
	var err error = errors.New("x")
	err = nil
	fmt.Println(err)
	var p *int
	var i any = p
	fmt.Println(i == nil, i, p == nil)
	var s []int
	i = s
	fmt.Println(i == nil, i)
	var m map[string]int
	i = m
	fmt.Println(i == nil, i)
	var f func()
	i = f
	fmt.Println(i == nil, i == nil == false)
	fmt.Println(nil == error(nil))
}
