package main

import (
	"fmt"
	"strconv"
)

type Reader interface{ Read() string }
type Writer interface{ Write(s string) }
type ReadWriter interface {
	Reader
	Writer
}

type File struct{ data string }

func (f *File) Read() string   { return f.data }
func (f *File) Write(s string) { f.data += s }

type Num int

func (n Num) Read() string { return strconv.Itoa(int(n)) }

func main() {
	var r Reader = &File{"abc"}
	if w, ok := r.(Writer); ok {
		w.Write("def")
	}
	fmt.Println(r.Read())
	rw := r.(ReadWriter)
	rw.Write("!")
	fmt.Println(rw.Read())
	f := r.(*File)
	fmt.Println(f.data)
	_, ok := r.(Num)
	fmt.Println(ok)
	r = Num(42)
	_, ok = r.(Writer)
	fmt.Println(ok, r.Read())
	n, ok := r.(Num)
	fmt.Println(n, ok)
	var a any = 3.5
	s, ok := a.(string)
	fmt.Printf("%q %v\n", s, ok)
	fl := a.(float64)
	fmt.Println(fl)
	var nilAny any
	v, ok := nilAny.(int)
	fmt.Println(v, ok)
	var rd Reader
	_, ok = rd.(ReadWriter)
	fmt.Println(ok)
	var x any = &File{"ptr"}
	if rr, ok := x.(Reader); ok {
		fmt.Println("any holds a Reader:", rr.Read())
	}
	var y any = File{"val"}
	_, ok = y.(Reader)
	fmt.Println("value File is Reader:", ok)
	err := func() (msg string) {
		defer func() { msg = fmt.Sprint(recover()) }()
		var z any = Num(1)
		_ = z.(Writer)
		return "no panic"
	}()
	fmt.Println(err)
	err = func() (msg string) {
		defer func() { msg = fmt.Sprint(recover()) }()
		var z Reader
		_ = z.(*File)
		return "no panic"
	}()
	fmt.Println(err)
	err = func() (msg string) {
		defer func() { msg = fmt.Sprint(recover()) }()
		var z Reader = Num(2)
		_ = z.(*File)
		return "no panic"
	}()
	fmt.Println(err)
}
