package main

import "fmt"

type Animal struct{ Name string }

func (a Animal) Speak() string  { return a.Name + " makes a sound" }
func (a *Animal) SetName(n string) { a.Name = n }
func (a Animal) Kind() string   { return "animal" }

type Dog struct {
	Animal
	Breed string
}

func (d Dog) Kind() string { return "dog (" + d.Animal.Kind() + ")" }

type Speaker interface{ Speak() string }

type Puppy struct {
	*Dog
	Age int
}

func main() {
	d := Dog{Animal{"rex"}, "lab"}
	fmt.Println(d.Speak(), "|", d.Kind())
	d.SetName("max")
	fmt.Println(d.Name, d.Animal.Name)
	var s Speaker = d
	fmt.Println(s.Speak())
	s = &d
	fmt.Println(s.Speak())
	p := Puppy{&d, 1}
	p.SetName("tiny")
	fmt.Println(p.Speak(), d.Name, p.Kind())
	s = p
	fmt.Println(s.Speak())
	fmt.Printf("%+v\n", d)
	speak := d.Speak
	d.Name = "changed"
	fmt.Println(speak(), d.Speak())
	f := Dog.Speak
	g := (*Dog).SetName
	g(&d, "via expr")
	fmt.Println(f(d))
}
