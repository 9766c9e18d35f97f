package main

import "fmt"

type T struct{ n int }

func (t T) Val()  { fmt.Println("Val", t.n) }
func (t *T) Ptr() { fmt.Println("Ptr nil?", t == nil) }

type O struct{ *T }

func try(name string, f func()) {
	defer func() { fmt.Println(name, "->", recover()) }()
	f()
}

func main() {
	try("method value of nil ptr (value method)", func() {
		var p *T
		f := p.Val
		fmt.Println("created")
		f()
	})
	try("method value of nil ptr (ptr method)", func() {
		var p *T
		f := p.Ptr
		fmt.Println("created")
		f()
	})
	try("defer promoted val via nil embedded", func() {
		var o O
		defer o.Val()
		fmt.Println("after defer (should not print)")
	})
	try("defer promoted ptr via nil embedded", func() {
		var o O
		defer o.Ptr()
		fmt.Println("after defer (should print)")
	})
	try("defer method expr nil", func() {
		var p *T
		defer (*T).Val(p)
		fmt.Println("after defer (should print; deref at call)")
	})
	try("defer deref arg", func() {
		var p *T
		defer fmt.Println("never", *p)
		fmt.Println("after defer (should not print)")
	})
}
