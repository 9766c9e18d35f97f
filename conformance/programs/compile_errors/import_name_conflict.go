package main

// A package-level name may not repeat a file's import name.

import (
	"fmt"
	str "strings"
	"unicode/utf8"
)

var _ = fmt.Println
var _ = str.ToUpper
var _ = utf8.RuneLen

func utf8() {}

type str int

const fmt = 1

func main() {}
