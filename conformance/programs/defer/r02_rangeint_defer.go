package main

import "fmt"

func main() {
	var fns []func()
	for i := range 3 {
		defer func() { fmt.Println("deferred i", i) }()
		fns = append(fns, func() { fmt.Println("fn i", i) })
	}
	for _, f := range fns {
		f()
	}
	for i, c := range "héllo" {
		if c == 'l' {
			defer fmt.Println("l at", i)
		}
	}
}
