// Panic values (a pointer to a struct, a freshly built string, an error
// wrapping a slice, an interface holding pointers) are reachable only from
// the panic while deferred functions run runtime.GC() before recover().
package main

import (
	"errors"
	"fmt"
	"runtime"
	"strconv"
	"strings"
)

type problem struct {
	code    int
	details []string
	cause   *problem
}

type sliceErr struct {
	vals []int
	msg  string
}

func (e *sliceErr) Error() string {
	return e.msg + fmt.Sprint(e.vals)
}

type wrapped struct {
	inner error
	extra map[string][]byte
}

func (w wrapped) Error() string {
	return "wrapped(" + w.inner.Error() + ", " + string(w.extra["note"]) + ")"
}

func (w wrapped) Unwrap() error { return w.inner }

func churn() {
	var keep []*problem
	for i := 0; i < 2000; i++ {
		p := &problem{code: i, details: []string{strconv.Itoa(i)}}
		if i%500 == 0 {
			keep = append(keep, p)
		}
	}
	_ = keep
}

func panicPtr(n int) {
	p := &problem{code: n, details: strings.Split(strings.Repeat("d,", n)+"end", ",")}
	p.cause = &problem{code: -n, details: []string{fmt.Sprintf("cause-%d", n)}}
	panic(p)
}

func panicString(n int) {
	var b strings.Builder
	for i := 0; i < n; i++ {
		b.WriteString(strconv.Itoa(i))
	}
	panic(b.String() + "!")
}

func panicErr(n int) {
	vals := make([]int, n)
	for i := range vals {
		vals[i] = i * i
	}
	var err error = &sliceErr{vals: vals, msg: "bad values "}
	if n > 3 {
		err = wrapped{inner: err, extra: map[string][]byte{"note": []byte("n=" + strconv.Itoa(n))}}
	}
	panic(err)
}

func catch(f func(int), n int) (res string) {
	defer func() {
		runtime.GC()
		churn()
		runtime.GC()
		r := recover()
		runtime.GC()
		switch v := r.(type) {
		case *problem:
			res = fmt.Sprintf("problem %d %d %q cause=%d %v", v.code, len(v.details), v.details[len(v.details)-1], v.cause.code, v.cause.details)
		case string:
			res = "string " + v
		case error:
			var se *sliceErr
			if errors.As(v, &se) {
				res = "error " + v.Error() + " vals=" + strconv.Itoa(len(se.vals))
			} else {
				res = "other error " + v.Error()
			}
		default:
			res = fmt.Sprint("unexpected ", v)
		}
	}()
	defer runtime.GC()
	defer func() {
		runtime.GC()
		churn()
	}()
	f(n)
	return "no panic"
}

func main() {
	for n := 1; n <= 5; n++ {
		fmt.Println(catch(panicPtr, n))
		fmt.Println(catch(panicString, n*3))
		fmt.Println(catch(panicErr, n))
		runtime.GC()
	}
	fmt.Println(catch(func(int) {}, 0))

	// An interface panic value holding a closure and a slice of pointers.
	res := func() (s string) {
		defer func() {
			runtime.GC()
			r := recover().([]interface{})
			runtime.GC()
			f := r[0].(func() string)
			ps := r[1].([]*int)
			s = f() + " " + strconv.Itoa(*ps[0]+*ps[1])
		}()
		word := strings.ToUpper("captured")
		a, b := new(int), new(int)
		*a, *b = 40, 2
		panic([]interface{}{func() string { return word }, []*int{a, b}})
	}()
	fmt.Println(res)
}
