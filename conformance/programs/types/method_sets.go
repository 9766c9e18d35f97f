package main

import "fmt"

type Speaker interface{ Speak() string }
type Mover interface{ Move(int) }
type Both interface {
	Speaker
	Mover
}
type Overlap interface {
	Speaker
	Both
}

type Dog struct {
	name string
	pos  int
}

func (d Dog) Speak() string { return d.name + " woofs at " + fmt.Sprint(d.pos) }
func (d *Dog) Move(n int)   { d.pos += n }

type Kennel struct{ *Dog }
type Yard struct{ Dog }
type Loud struct{ Speaker }

func (l Loud) Speak() string { return "LOUD " + l.Speaker.Speak() }

func describe(x any) string {
	_, s := x.(Speaker)
	_, m := x.(Mover)
	_, b := x.(Both)
	_, o := x.(Overlap)
	return fmt.Sprintf("%T speaker=%v mover=%v both=%v overlap=%v", x, s, m, b, o)
}

func main() {
	d := Dog{name: "rex"}
	fmt.Println(describe(d))
	fmt.Println(describe(&d))
	fmt.Println(describe(Kennel{&d}))
	fmt.Println(describe(Yard{d}))
	fmt.Println(describe(&Yard{d}))
	fmt.Println(describe(Loud{d}))
	var b Both = Kennel{&d}
	b.Move(3)
	fmt.Println(b.Speak(), d.pos)
	y := Yard{Dog{name: "fido"}}
	y.Move(2)
	var sp Speaker = y
	y.Move(5)
	fmt.Println(sp.Speak(), y.Speak())
	var o Overlap = &y
	o.Move(1)
	fmt.Println(o.Speak())
	l := Loud{sp}
	fmt.Println(l.Speak())
	var empty Loud
	defer func() { fmt.Println("recovered:", recover()) }()
	fmt.Println(empty.Speak())
}
