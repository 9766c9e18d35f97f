package main

import "fmt"

func helper() interface{} { return recover() }

// recover in a helper called by the deferred func: returns nil, the panic
// keeps going.
func indirect() (res string) {
	defer func() {
		res = fmt.Sprint("outer got ", recover())
	}()
	defer func() {
		fmt.Println("  helper recover:", helper())
	}()
	panic("p-indirect")
}

// recover twice in the same deferred call
func twice() {
	defer func() {
		a := recover()
		b := recover()
		fmt.Println("  twice:", a, b)
	}()
	panic("p-twice")
}

type T struct{ name string }

func (t T) Rec() {
	fmt.Println("  method", t.name, "recovered", recover())
}

func (t *T) PRec() {
	fmt.Println("  ptr method", t.name, "recovered", recover())
}

// deferred method value (value receiver) and pointer method
func methods() {
	t := T{"v1"}
	defer t.Rec()
	t.name = "v2" // receiver copied at defer time
	panic("p-method")
}

func ptrMethods() {
	t := &T{"p1"}
	defer t.PRec()
	t.name = "p2" // pointer: sees the update
	panic("p-ptr")
}

func methodValueVar() {
	t := T{"mv"}
	m := t.Rec
	defer m()
	panic("p-method-value")
}

// deferred closures capturing loop variables, heap defers
func loopClosures() {
	defer func() { fmt.Println("  loop recovered", recover()) }()
	for i := 0; i < 3; i++ {
		defer func() { fmt.Println("  closure i =", i) }()
	}
	sum := 0
	for j := range 3 {
		sum += j
		defer func() { fmt.Println("  closure j =", j, "sum =", sum) }()
	}
	sum = 100
	panic("p-loop")
}

// defer of a nil func: panics when the deferred call runs
func nilFunc() {
	defer func() { fmt.Println("  nil func recovered:", recover()) }()
	var f func()
	defer f()
	fmt.Println("  after defer of nil func")
}

// recover not in a deferred call at all
func direct() {
	fmt.Println("  direct recover:", recover())
}

// recover in a nested func literal inside the deferred one: nil
func nestedLiteral() (res string) {
	defer func() { res = fmt.Sprint("nested outer got ", recover()) }()
	defer func() {
		func() {
			fmt.Println("  nested literal recover:", recover())
		}()
	}()
	panic("p-nested")
}

func main() {
	fmt.Println(indirect())
	twice()
	methods()
	ptrMethods()
	methodValueVar()
	loopClosures()
	nilFunc()
	direct()
	fmt.Println(nestedLiteral())
}
