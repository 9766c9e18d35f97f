package main

import "fmt"

type I interface{ M() }
type J interface {
	M()
	N()
}
type T struct{}

func (T) M() {}

func try(name string, f func()) {
	defer func() {
		r := recover()
		fmt.Printf("%s: %v\n", name, r)
		if e, ok := r.(error); ok {
			fmt.Printf("  is error: %s\n", e.Error())
		}
	}()
	f()
}

func main() {
	var x any = 5
	try("int->string", func() { _ = x.(string) })
	try("int->I", func() { _ = x.(I) })
	var i I = T{}
	try("T->J", func() { _ = i.(J) })
	try("T->*T", func() { _ = i.(*T) })
	var nilI I
	try("nil->T", func() { _ = nilI.(T) })
	try("nil->any", func() { _ = any(nilI).(any) })
	var e any
	try("nil any->int", func() { _ = e.(int) })
	type local struct{}
	var l any = local{}
	try("local->T", func() { _ = l.(T) })
	try("slice->map", func() { _ = any([]int{}).(map[int]int) })
	try("named", func() { _ = any(T{}).(fmt.Stringer) })
	fmt.Println("final")
	var s any = "str"
	n := s.(int)
	fmt.Println(n)
}
