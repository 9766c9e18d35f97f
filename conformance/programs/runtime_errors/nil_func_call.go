package main

import "fmt"

type Handler func(string) string

var handlers = map[string]Handler{
	"upper": func(s string) string { return s + "!" },
}

func main() {
	fmt.Println(handlers["upper"]("hi"))
	h, ok := handlers["lower"]
	fmt.Println(h == nil, ok)
	fmt.Println(h("x"))
}
