package main

import "fmt"

type Acc struct {
	name string
	bal  int
}

func (a Acc) Show() string   { return fmt.Sprintf("%s:%d", a.name, a.bal) }
func (a *Acc) Deposit(n int) { a.bal += n }
func (a Acc) WithBal(n int) Acc {
	a.bal = n
	return a
}

type Num int

func (n Num) Add(m int) int { return int(n) + m }
func (n *Num) Inc()         { *n++ }

func main() {
	a := Acc{"a", 10}
	show := a.Show // bound to a copy now
	dep := a.Deposit
	dep(5)
	fmt.Println(show(), a.Show())
	a.name = "renamed"
	fmt.Println(show(), a.Show())

	p := &a
	showP := p.Show // copies *p at evaluation time
	p.bal = 1000
	fmt.Println(showP(), p.Show())

	// method expressions
	f := Acc.Show
	g := (*Acc).Deposit
	h := (*Acc).Show
	g(&a, 1)
	fmt.Println(f(a), h(&a))
	fmt.Println(Acc.WithBal(a, 3).Show(), a.bal)

	// method values in slices
	accs := []Acc{{"x", 1}, {"y", 2}}
	var shows []func() string
	var deps []func(int)
	for i := range accs {
		shows = append(shows, accs[i].Show)
		deps = append(deps, accs[i].Deposit)
	}
	for _, d := range deps {
		d(100)
	}
	for _, s := range shows {
		fmt.Print(s(), " ")
	}
	fmt.Println(accs)

	// range value copies
	for _, ac := range accs {
		ac.Deposit(1)
	}
	fmt.Println(accs)

	var n Num = 5
	add := n.Add
	inc := n.Inc
	inc()
	inc()
	fmt.Println(add(1), n, Num.Add(n, 1))
	fn := (*Num).Inc
	fn(&n)
	fmt.Println(n)

	// method value via interface
	type shower interface{ Show() string }
	var s shower = a
	ms := s.Show
	a.bal = -1
	fmt.Println(ms())
	s = &a
	ms = s.Show
	a.bal = -2
	fmt.Println(ms())

	// method value from map element (value)
	m := map[string]Acc{"k": {"k", 7}}
	mv := m["k"].Show
	m["k"] = Acc{"k", 8}
	fmt.Println(mv(), m["k"].Show())
	fmt.Printf("%T %T %T\n", show, g, f)
}
