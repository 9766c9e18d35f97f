package main

import (
	"errors"
	"fmt"
	"io"
	"os"
	"sort"
	"strconv"
	"strings"
)

type Mine interface{ Mine() int }

type Lener interface{ Len() int }

type lenString string

// Embedding a provided type: its methods are promoted.
type builder struct {
	strings.Builder
	tag string
}

func (s lenString) Len() int { return len(s) }

func probe(name string, x interface{}) {
	_, isErr := x.(error)
	_, isStringer := x.(fmt.Stringer)
	_, isMine := x.(Mine)
	_, isLener := x.(Lener)
	_, isWriter := x.(io.Writer)
	_, isSW := x.(interface{ WriteString(string) (int, error) })
	_, isUnwrap := x.(interface{ Unwrap() error })
	_, isUnwrapAll := x.(interface{ Unwrap() []error })
	_, isSort := x.(sort.Interface)
	fmt.Println(name, isErr, isStringer, isMine, isLener, isWriter, isSW, isUnwrap, isUnwrapAll, isSort)
}

func kind(x interface{}) string {
	switch v := x.(type) {
	case nil:
		return "nil"
	case Mine:
		return "mine"
	case interface{ Unwrap() []error }:
		return "joined " + strconv.Itoa(len(v.Unwrap()))
	case interface{ Unwrap() error }:
		return "wrapping " + v.Unwrap().Error()
	case error:
		return "error " + v.Error()
	case fmt.Stringer:
		return "stringer " + v.String()
	case Lener:
		return "lener " + strconv.Itoa(v.Len())
	}
	return "other"
}

func main() {
	var b strings.Builder
	b.WriteString("abc")
	base := errors.New("base")
	wrapped := fmt.Errorf("wrap: %w", base)
	joined := errors.Join(base, wrapped)
	_, numErr := strconv.Atoi("x")
	probe("stdout", os.Stdout)
	probe("builder", &b)
	probe("builder value", b.Len())
	probe("reader", strings.NewReader("xy"))
	probe("ints", sort.IntSlice{3, 1})
	probe("strs", sort.StringSlice{"a"})
	probe("base", base)
	probe("wrapped", wrapped)
	probe("joined", joined)
	probe("numerr", numErr)
	probe("lenString", lenString("four"))
	eb := &builder{tag: "t"}
	eb.WriteString("embedded")
	probe("embedded builder", eb)
	probe("embedded builder value", *eb)
	for _, x := range []interface{}{nil, eb, &b, base, wrapped, joined, numErr, lenString("hi"), sort.IntSlice{1, 2}, 7} {
		fmt.Println(kind(x))
	}
	defer func() {
		r := recover()
		_, isRT := r.(interface{ RuntimeError() })
		e, isErr := r.(error)
		fmt.Println(isRT, isErr, e)
	}()
	var s []int
	_ = s[3]
}
