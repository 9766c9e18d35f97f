package main

import (
	"fmt"
	"unicode"
)

func main() {
	for _, r := range "aZ5 \t\n.!_-é世ÀΣσ٣\u00a0\u2028$+" {
		fmt.Printf("%q U%t L%t D%t S%t Le%t P%t -> %q %q\n", r,
			unicode.IsUpper(r), unicode.IsLower(r), unicode.IsDigit(r), unicode.IsSpace(r),
			unicode.IsLetter(r), unicode.IsPunct(r), unicode.ToUpper(r), unicode.ToLower(r))
	}
	count := map[string]int{}
	for _, r := range "Hello, World 123!" {
		switch {
		case unicode.IsUpper(r):
			count["upper"]++
		case unicode.IsLower(r):
			count["lower"]++
		case unicode.IsDigit(r):
			count["digit"]++
		case unicode.IsSpace(r):
			count["space"]++
		case unicode.IsPunct(r):
			count["punct"]++
		}
	}
	fmt.Println(count)
	fmt.Println(unicode.ToUpper('ß'), unicode.ToLower('İ'), unicode.ToUpper('ǆ'), string(unicode.ToUpper('ÿ')))
}
