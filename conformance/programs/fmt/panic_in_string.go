package main

import "fmt"

type Bad struct{ msg string }

func (b Bad) String() string { panic(b.msg) }

type NilSafe struct{ n int }

func (p *NilSafe) String() string { return fmt.Sprint("NilSafe ", p.n) }

type BadErr struct{}

func (BadErr) Error() string { panic(fmt.Errorf("inner %d", 1)) }

func main() {
	fmt.Println(Bad{"boom"})
	fmt.Printf("[%v] [%s] [%d]\n", Bad{"x"}, Bad{"y"}, Bad{"z"})
	var np *NilSafe
	fmt.Println(np)
	fmt.Printf("%v %s\n", np, np)
	fmt.Println(&NilSafe{3})
	fmt.Println(BadErr{})
	fmt.Println([]Bad{{"in slice"}})
	fmt.Println("still running")
}
