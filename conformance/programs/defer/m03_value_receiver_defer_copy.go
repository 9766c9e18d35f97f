package main

import "fmt"

type Acc struct{ log []string; n int }

func (a Acc) Report() { fmt.Println("report n =", a.n, "log =", a.log) }

func (a *Acc) Add(s string) *Acc {
	a.log = append(a.log, s)
	a.n++
	return a
}

func (a Acc) Work() (result int) {
	defer func() { a.n += 100; result = a.n }()
	a.n = 5
	return -1
}

func main() {
	a := &Acc{}
	defer a.Report()
	defer a.Add("deferred-add").Report()
	a.Add("one").Add("two")
	fmt.Println(a.Work(), a.n)
}
