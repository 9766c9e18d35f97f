package main

import "fmt"

type Animal interface{ Sound() string }
type Walker interface{ Walk() string }

type Cat struct{}

func (Cat) Sound() string { return "meow" }

type Fish struct{}

func (Fish) Sound() string { return "blub" }
func (Fish) Swim() string  { return "swim" }

func main() {
	var a Animal = Cat{}
	_, ok := a.(Walker)
	fmt.Println(ok)
	if s, ok := a.(interface{ Sound() string }); ok {
		fmt.Println(s.Sound())
	}
	a = Fish{}
	f := a.(Fish)
	fmt.Println(f.Swim())
	w := a.(Walker)
	fmt.Println(w)
}
