// Ranging over arrays and pointers to arrays (Go's bug454.go and
// issue72844.go): a blank or missing value reads no element, so a nil
// *array is fine; the operand is evaluated when it has a call or a
// value variable is present (even blank).
package main

import "fmt"

//go:noinline
func nilPtr() *[4]int { return nil }

var calls int

func counted() *[3]int { calls++; return nil }

var nilVar *[4]int

func try(name string, f func()) {
	defer func() {
		if e := recover(); e != nil {
			fmt.Println(name, "panic:", e)
		}
	}()
	f()
	fmt.Println(name, "ok")
}

func main() {
	try("i,_ range p", func() {
		s := 0
		for i, _ := range nilVar {
			s += i
		}
		fmt.Println(s)
	})
	try("i range p", func() {
		s := 0
		for i := range nilVar {
			s += i
		}
		fmt.Println(s)
	})
	try("range p", func() {
		n := 0
		for range nilVar {
			n++
		}
		fmt.Println(n)
	})
	try("_ range p", func() {
		n := 0
		for _ = range nilVar {
			n++
		}
		fmt.Println(n)
	})
	try("_,_ range p", func() {
		n := 0
		for _, _ = range nilVar {
			n++
		}
		fmt.Println(n)
	})
	try("i,v range p", func() {
		for i, v := range nilVar {
			fmt.Println(i, v)
		}
	})
	try("range *p", func() {
		n := 0
		for range *nilVar {
			n++
		}
		fmt.Println(n)
	})
	try("i,_ range *p", func() {
		n := 0
		for i, _ := range *nilVar {
			n += i
		}
		fmt.Println(n)
	})
	try("i,v range *p", func() {
		for i, v := range *nilVar {
			fmt.Println(i, v)
		}
	})
	try("range *f()", func() {
		for range *nilPtr() {
		}
	})
	try("i range *f()", func() {
		for i := range *nilPtr() {
			fmt.Println(i)
		}
	})
	try("range f()", func() {
		n := 0
		for range nilPtr() {
			n++
		}
		fmt.Println(n)
	})
	try("i,_ range f()", func() {
		n := 0
		for i, _ := range nilPtr() {
			n += i
		}
		fmt.Println(n)
	})
	try("range counted()", func() {
		for i := range counted() {
			_ = i
		}
		fmt.Println(calls)
	})
	try("len(p)", func() { fmt.Println(len(nilVar), cap(nilVar), len(*nilVar)) })
	try("len(f())", func() { fmt.Println(len(nilPtr()), len(counted()), calls) })
	try("len(*f())", func() { fmt.Println(len(*nilPtr())) })
	try("cap(*f())", func() { fmt.Println(cap(*counted())) })
	var pp **[2]int
	try("range *pp", func() {
		n := 0
		for i := range *pp {
			n += i
		}
		fmt.Println(n)
	})
	try("range **pp", func() {
		n := 0
		for i := range **pp {
			n += i
		}
		fmt.Println(n)
	})
	try("i,_ range *pp", func() {
		n := 0
		for i, _ := range *pp {
			n += i
		}
		fmt.Println(n)
	})
	try("range [2]int{f()}", func() {
		for range [2]int{len(counted())} {
		}
		fmt.Println(calls)
	})
	try("range [2]int(s)", func() {
		s := []int{1}
		for i := range [1]int(s) {
			fmt.Println(i)
		}
	})
	try("range *(*[2]int)(s)", func() {
		var s []int
		for i := range *(*[2]int)(s) {
			fmt.Println(i)
		}
	})
	try("len(composite with call)", func() { fmt.Println(len([2]int{len(counted()), 1}), calls) })
	try("len(conversion)", func() { short := []int{1}; fmt.Println(len([3]int(short)), cap(*(*[3]int)(short))) })
	try("range conversion", func() {
		short := []int{1}
		n := 0
		for range [3]int(short) {
			n++
		}
		fmt.Println(n)
	})
	var arr [3]string
	try("arr", func() {
		for i, _ := range arr {
			fmt.Print(i)
		}
		for i := range &arr {
			fmt.Print(i)
		}
		fmt.Println()
	})
}
