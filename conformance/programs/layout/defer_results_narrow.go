// Narrow values through defer and recover: named int8/uint16/float32
// results changed by a deferred closure, narrow panic values recovered and
// compared, methods on a [4]byte type, and an int8 error type through
// errors.As, errors.Is and %w.
package main

import (
	"errors"
	"fmt"
)

type Bytes4 [4]byte

func (b Bytes4) Rev() Bytes4 { return Bytes4{b[3], b[2], b[1], b[0]} }
func (b *Bytes4) Inc() {
	for i := range b {
		b[i]++
	}
}
func (b Bytes4) String() string { return fmt.Sprintf("<%d.%d.%d.%d>", b[0], b[1], b[2], b[3]) }

type Err8 int8

func (e Err8) Error() string { return fmt.Sprint("err", int8(e)) }

func named() (r int8, u uint16, f float32) {
	defer func() {
		r--
		u--
		f += 0.1
		if x := recover(); x != nil {
			r = -128
			r--
		}
	}()
	r, u, f = -128, 0, 0.2
	return
}

func panics(v uint8) (out uint8) {
	defer func() { out = recover().(uint8) + 1 }()
	panic(v)
}

func main() {
	b := Bytes4{192, 168, 0, 255}
	fmt.Println(b, b.Rev())
	b.Inc()
	fmt.Println(b, [4]byte(b))
	fmt.Printf("%v %s %d\n", b, b, [4]byte(b))
	fmt.Println(named())
	fmt.Println(panics(255), panics(7))
	var err error = Err8(-5)
	var e8 Err8
	fmt.Println(err, errors.As(err, &e8), e8, err == Err8(-5), err == error(Err8(5)))
	wrapped := fmt.Errorf("wrap: %w", err)
	fmt.Println(wrapped, errors.Is(wrapped, Err8(-5)), errors.Unwrap(wrapped) == err)
	defer func() {
		r := recover()
		fmt.Println("recovered", r, r == any(int16(-1)))
	}()
	panic(int16(-1))
}
