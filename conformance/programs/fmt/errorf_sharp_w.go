package main

import (
	"errors"
	"fmt"
)

type V struct{ msg string }

func (v V) Error() string { return "V:" + v.msg }

type Code int

func (c Code) Error() string { return fmt.Sprint("code ", int(c)) }

type G struct{ n int }

func (g *G) Error() string    { return "G" }
func (g *G) GoString() string { return "G!" }

func main() {
	fmt.Println(fmt.Errorf("%#w", V{"x"}))
	fmt.Println(fmt.Errorf("%#w", Code(3)))
	fmt.Println(fmt.Errorf("%#w", errors.New("plain")))
	fmt.Println(fmt.Errorf("%#w", &G{1}))
	fmt.Println(fmt.Errorf("%+w %w", V{"y"}, Code(4)))
	fmt.Println(fmt.Errorf("%#v", V{"z"}))
}
