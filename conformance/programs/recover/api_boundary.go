package main

import (
	"errors"
	"fmt"
	"runtime"
	"strconv"
)

type decodeError struct{ msg string }

func (e *decodeError) Error() string { return "decode: " + e.msg }

// Decode uses panics internally and converts them to errors at the API
// boundary; runtime errors (bugs) are re-panicked.
func Decode(s string) (vals []int, err error) {
	defer func() {
		switch r := recover().(type) {
		case nil:
		case *decodeError:
			err = r
		case runtime.Error:
			err = fmt.Errorf("internal bug: %w", r)
		default:
			panic(r)
		}
	}()
	for i := 0; i < len(s); i++ {
		switch c := s[i]; {
		case c >= '0' && c <= '9':
			n, _ := strconv.Atoi(string(c))
			vals = append(vals, n)
		case c == ',':
		case c == '!':
			var arr []int
			_ = arr[i]
		case c == '?':
			panic("unexpected question")
		default:
			panic(&decodeError{fmt.Sprintf("bad byte %q at %d", c, i)})
		}
	}
	return vals, nil
}

func main() {
	for _, in := range []string{"1,2,3", "4,x", "7,!"} {
		v, err := Decode(in)
		fmt.Printf("%q -> %v, %v\n", in, v, err)
		var re runtime.Error
		if errors.As(err, &re) {
			fmt.Println("  runtime error inside:", re.Error())
		}
		var de *decodeError
		fmt.Println("  decodeError:", errors.As(err, &de))
	}
	defer fmt.Println("deferred in main")
	Decode("?")
}
