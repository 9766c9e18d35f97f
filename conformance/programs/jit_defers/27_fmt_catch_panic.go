package main

import (
	"fmt"
	"runtime"
)

type Bad struct{ msg string }

func (b Bad) String() string {
	defer func() { fmt.Print("") }()
	panic(b.msg)
}

type SelfRecover struct{}

func (SelfRecover) String() (s string) {
	defer func() {
		if r := recover(); r != nil {
			s = fmt.Sprint("self-recovered(", r, ")")
		}
	}()
	panic("inside String")
}

type NilRecv struct{ v int }

func (p *NilRecv) String() string { return fmt.Sprint("v=", p.v) }

type Exiter struct{}

func (Exiter) String() string {
	defer fmt.Println("  Exiter.String defer runs")
	runtime.Goexit()
	return "never"
}

func during() (res string) {
	defer func() {
		res = fmt.Sprint("during recovered: ", recover())
	}()
	defer func() {
		// fmt catches the String panic; the outer panic goes on.
		fmt.Println("  in defer:", Bad{"inner stringer panic"})
		fmt.Println("  in defer:", SelfRecover{})
	}()
	panic("outer panic")
}

func main() {
	fmt.Println(Bad{"plain"})
	fmt.Println(SelfRecover{})
	var p *NilRecv
	fmt.Println(p)
	fmt.Printf("%s|%v|%d\n", Bad{"s verb"}, p, Bad{"d verb"})
	fmt.Println(during())
	defer fmt.Println("main defer")
	fmt.Println("before Exiter")
	fmt.Println(Exiter{})
	fmt.Println("never")
}
