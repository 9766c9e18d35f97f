// sort.Slice, sort.SliceStable and sort.SliceIsSorted on values that are
// not slices panic with a *reflectlite.ValueError (an error), naming the
// reflect method and the value's kind ("zero Value" for nil);
// SliceIsSorted accepts anything with a length (strings, arrays, maps).
package main

import (
	"errors"
	"fmt"
	"sort"
)

type S struct{ A int }

func try(name string, f func()) {
	defer func() {
		r := recover()
		err, isErr := r.(error)
		fmt.Printf("%s: %v (%T) %v\n", name, r, r, isErr)
		if isErr {
			var target interface{ Error() string }
			fmt.Println("  ", errors.As(err, &target), err.Error() == fmt.Sprint(r))
		}
	}()
	f()
}

func main() {
	less := func(i, j int) bool { return false }
	vals := []any{5, nil, "str", [2]int{1, 2}, map[int]int{1: 1}, &[]int{1}, S{1}, 2.5, uint8(3), func() {}, []int{3, 1, 2}}
	for _, v := range vals {
		v := v
		try(fmt.Sprintf("Slice(%T)", v), func() { sort.Slice(v, less) })
		try(fmt.Sprintf("SliceStable(%T)", v), func() { sort.SliceStable(v, less) })
		try(fmt.Sprintf("SliceIsSorted(%T)", v), func() { fmt.Println(sort.SliceIsSorted(v, less)) })
	}
	try("bool", func() { sort.Slice(true, less) })
	sort.Slice(int64(1), less)
}
