package main

import (
	"errors"
	"sort"
	"unicode"
)

type T struct{ errors.errorString }

func f(e *errors.errorString) {}

func main() {
	var e errors.errorString
	_, ok := errors.New("a").(*errors.errorString)
	_ = sort.reverse{}
	var d unicode.d
	var j *errors.joinError
	_ = (*errors.errorString).Error
	_, _, _, _ = e, ok, d, j
}
