package main

import "fmt"

// defer A, defer B (recovers), defer C; panic -> C, B recovers, A still runs.
func middle(x int) (res int, note string) {
	defer func() { // A
		fmt.Println("  A: res =", res, "note =", note)
		res *= 10
		note += "+A"
	}()
	defer func() { // B
		r := recover()
		fmt.Println("  B: recovered", r)
		if r != nil {
			res = res + 100
			note += "+B"
		}
	}()
	defer func() { // C
		fmt.Println("  C: res =", res)
		res++
		note += "+C"
	}()
	res = x
	note = "start"
	if x > 0 {
		panic(fmt.Sprintf("positive %d", x))
	}
	return x * 2, "normal"
}

// recover in the first-run defer; the later ones see a normal unwind.
func first() (n int) {
	defer func() { fmt.Println("  outer recover:", recover()); n += 1000 }()
	defer func() { fmt.Println("  second: n =", n); n += 10 }()
	defer func() { fmt.Println("  first recover:", recover()); n += 1 }()
	n = 5
	panic("first-run")
}

// unnamed results: recovered function returns zero values.
func unnamed(x int) (int, string) {
	defer func() { recover() }()
	defer func() { fmt.Println("  unnamed inner defer") }()
	if x > 0 {
		panic("unnamed")
	}
	return x, "ok"
}

// return value set by a return statement, then a deferred call panics and
// an earlier one recovers and adjusts the result.
func retThenPanic() (v int) {
	defer func() {
		r := recover()
		fmt.Println("  retThenPanic recovered", r, "v =", v)
		v = -v
	}()
	defer func() {
		v += 3
		panic("after return")
	}()
	return 39
}

func main() {
	fmt.Println("middle(4):")
	r, n := middle(4)
	fmt.Println("=>", r, n)
	fmt.Println("middle(-2):")
	r, n = middle(-2)
	fmt.Println("=>", r, n)
	fmt.Println("first:")
	fmt.Println("=>", first())
	fmt.Println("unnamed:")
	a, b := unnamed(1)
	fmt.Printf("=> %d %q\n", a, b)
	a, b = unnamed(-1)
	fmt.Printf("=> %d %q\n", a, b)
	fmt.Println("retThenPanic:")
	fmt.Println("=>", retThenPanic())
}
