package main

import (
	"fmt"
	"os"
)

func main() {
	s := "a\xffb"
	func() {
		defer func() {
			r := recover().(string)
			fmt.Println(len(r), []byte(r))
		}()
		panic(s)
	}()
	fmt.Println(s)
	println(s)
	fmt.Fprintln(os.Stderr, s)
	os.Stdout.WriteString(s + "\n")
	panic(s)
}
