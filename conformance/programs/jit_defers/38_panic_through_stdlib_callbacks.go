package main

import (
	"errors"
	"fmt"
	"strings"
)

var events []string

func ev(s string) { events = append(events, s) }

func mapper(r rune) rune {
	defer ev("mapper defer " + string(r))
	if r == 'x' {
		panic("mapper saw x")
	}
	return r + 1
}

func viaMap(s string) (out string) {
	defer func() {
		if r := recover(); r != nil {
			ev(fmt.Sprint("viaMap recovered: ", r))
			out = "failed"
		}
	}()
	return strings.Map(mapper, s)
}

// the callback recovers its own panic
func safeMapper(r rune) (res rune) {
	defer func() {
		if e := recover(); e != nil {
			res = '?'
		}
	}()
	if r == 'b' {
		var a []rune
		return a[0]
	}
	return r
}

type isErr struct{ n int }

func (e isErr) Error() string { return fmt.Sprint("isErr ", e.n) }
func (e isErr) Is(target error) bool {
	defer ev(fmt.Sprint("Is defer ", e.n))
	if e.n == 3 {
		panic("Is method panics")
	}
	return false
}

func viaErrorsIs(e error) (res string) {
	defer func() {
		if r := recover(); r != nil {
			res = fmt.Sprint("errors.Is panicked: ", r)
		}
	}()
	return fmt.Sprint(errors.Is(e, errors.New("x")))
}

func viaFields(s string) (res []string) {
	defer func() {
		if r := recover(); r != nil {
			res = []string{fmt.Sprint("recovered ", r)}
		}
	}()
	n := 0
	return strings.FieldsFunc(s, func(r rune) bool {
		n++
		if n > 5 {
			panic(fmt.Sprint("too many runes: ", n))
		}
		return r == ','
	})
}

func main() {
	fmt.Println(viaMap("abc"))
	fmt.Println(viaMap("abxcd"))
	fmt.Println(strings.Map(safeMapper, "abcb"))
	fmt.Println(viaErrorsIs(fmt.Errorf("w: %w", isErr{1})))
	fmt.Println(viaErrorsIs(fmt.Errorf("w: %w", isErr{3})))
	fmt.Println(viaFields("a,b"))
	fmt.Println(viaFields("a,b,c,d"))
	fmt.Println(strings.IndexFunc("hello", func(r rune) bool {
		defer ev("indexfunc defer")
		return r == 'l'
	}))
	for _, e := range events {
		fmt.Println(e)
	}
}
