package main

import "fmt"

// A built-in's arguments may all come from one multi-valued call
// (copy(f()), delete(h()), append(s()), min(m()), print(f())); the call
// is evaluated once, deferred built-ins included.

func f(a []byte) ([]byte, []byte) { return a, []byte("abc") }
func g(a []byte) ([]byte, string) { return a, "abc" }
func h(m map[int]int) (map[int]int, int) {
	calls++
	return m, 0
}
func p() (int16, float64, string) { return -42, 42.0, "x" }

var calls int

type Num int

func s3() ([]any, int, string) { calls++; return []any{1}, 2, "three" }
func sn() ([]Num, Num, Num)    { return nil, 7, 8 }
func mm() (int, int, int)       { calls++; return 5, -1, 3 }
func ms() (string, string)      { return "b", "a" }
func mf() (float64, float64)    { return 2.5, -0.5 }

func main() {
	a := []byte{1, 2, 3}
	n := copy(f(a))
	fmt.Println(n, a)
	b := []byte{1, 2, 3, 4}
	n = copy(g(b))
	fmt.Println(n, b)
	m := map[int]int{0: 0, 1: 1}
	delete(h(m))
	fmt.Println(len(m), calls)
	print(p())
	println()
	println(p())
	x := append(s3())
	fmt.Println(x, calls)
	fmt.Println(append(sn()), len(append(sn())))
	fmt.Println(min(mm()), max(mm()), calls, min(ms()), max(ms()), min(mf()), max(mf()))
	defer fmt.Println("deferred", len(m), calls)
	defer println(p())
	defer delete(h(m))
	m[0] = 9
	defer fmt.Println(len(m))
	defer func() {
		r := recover()
		fmt.Println("recovered:", r)
	}()
	var nilmap map[int]int
	delete(h(nilmap))
	fmt.Println(copy(g(nil)))
}
