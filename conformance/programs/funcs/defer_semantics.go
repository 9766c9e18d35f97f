package main

import "fmt"

func trace(name string) func() {
	fmt.Println("enter", name)
	return func() { fmt.Println("exit", name) }
}

func double(x int) (result int) {
	defer func() { result *= 2 }()
	return x + 1
}

func args() {
	x := 1
	defer fmt.Println("deferred arg evaluated early:", x)
	x = 2
	defer func() { fmt.Println("closure sees late:", x) }()
	x = 3
}

func loopDefer() {
	for i := range 3 {
		defer fmt.Print(i, " ")
	}
	fmt.Print("loop body done: ")
}

type Res struct{ name string }

func (r *Res) Close() { fmt.Println("close", r.name) }

func useRes() (err error) {
	defer trace("useRes")()
	a := &Res{"a"}
	defer a.Close()
	b := &Res{"b"}
	defer b.Close()
	a = &Res{"a2"}
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("recovered: %v", r)
		}
	}()
	var arr []int
	_ = arr[len(arr)]
	return nil
}

func recoverNil() {
	defer func() {
		fmt.Println("recover when not panicking:", recover())
	}()
}

func helper() any { return recover() }

func indirect() (r any) {
	defer func() {
		r = helper()
		if r == nil {
			r = recover()
		}
	}()
	panic("indirect")
}

func main() {
	fmt.Println(double(4))
	args()
	loopDefer()
	fmt.Println()
	fmt.Println(useRes())
	recoverNil()
	fmt.Println(indirect())
	func() {
		defer func() {
			fmt.Println("inner recovered:", recover())
		}()
		panic(fmt.Sprintf("%d-%s", 7, "x"))
	}()
	fmt.Println("end")
}
