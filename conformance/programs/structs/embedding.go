package main

import "fmt"

type Base struct {
	ID   int
	Name string
}

func (b Base) Describe() string { return fmt.Sprintf("Base(%d,%s)", b.ID, b.Name) }
func (b *Base) Rename(n string) { b.Name = n }
func (b Base) Hello() string     { return "hello from base " + b.Name }

type Logger struct{ prefix string }

func (l *Logger) Log(s string) { fmt.Println(l.prefix + s) }
func (l Logger) Hello() string { return "hello from logger" }

type Service struct {
	Base
	*Logger
	Name string // shadows Base.Name
}

func (s Service) Hello() string { return "service says " + s.Base.Hello() }

type Describer interface{ Describe() string }
type Renamer interface{ Rename(string) }

type Deep struct{ Service }

type Str struct{ n int }

func (s Str) String() string { return fmt.Sprint("Str#", s.n) }

type HasStr struct {
	Str
	Other int
}

type HasPtrStr struct {
	*Str
}

func main() {
	s := Service{Base: Base{1, "b"}, Logger: &Logger{"> "}, Name: "svc"}
	fmt.Println(s.Name, s.Base.Name, s.ID)
	s.Rename("nb")
	fmt.Println(s.Base.Name, s.Describe())
	s.Log("logged")
	fmt.Println(s.Hello())
	var d Describer = s
	fmt.Println(d.Describe())
	var r Renamer = &s
	r.Rename("via iface")
	fmt.Println(s.Describe())
	dp := Deep{s}
	fmt.Println(dp.Describe(), dp.ID, dp.Hello())
	dp.Rename("deep")
	fmt.Println(dp.Base.Name, s.Base.Name)
	dp.Log("deep log")
	// embedded Stringer gets promoted: whole struct prints via String
	h := HasStr{Str{5}, 9}
	fmt.Println(h)
	fmt.Printf("%v %+v %s\n", h, h, h)
	hp := HasPtrStr{&Str{6}}
	fmt.Println(hp)
	var nilp HasPtrStr
	_ = nilp
	fmt.Printf("%+v\n", Base{2, "x"})
	fmt.Printf("%+v\n", struct {
		Base
		Z int
	}{Base{3, "y"}, 1})
	// method value of promoted method
	f := s.Describe
	s.Base.ID = 100
	fmt.Println(f(), s.Describe())
	g := Service.Describe
	fmt.Println(g(s))
}
