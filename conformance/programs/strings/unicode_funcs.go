package main

import (
	"fmt"
	"unicode"
)

func main() {
	runes := []rune{'a', 'Z', '5', ' ', '\t', '\n', '\u0085', '\u00a0', '\u2028', '_', '!', '€', 'é', 'ß', 'Σ', 'ǅ', '٣', 'Ⅻ', '中', 0x1F600, '\u200b', 0x7f, 0xFFFD, -1, 0x110000}
	for _, r := range runes {
		fmt.Printf("%U L%v U%v l%v T%v D%v N%v S%v P%v Sy%v G%v Pr%v C%v M%v -> %c %c %c\n", r,
			b(unicode.IsLetter(r)), b(unicode.IsUpper(r)), b(unicode.IsLower(r)), b(unicode.IsTitle(r)),
			b(unicode.IsDigit(r)), b(unicode.IsNumber(r)), b(unicode.IsSpace(r)), b(unicode.IsPunct(r)),
			b(unicode.IsSymbol(r)), b(unicode.IsGraphic(r)), b(unicode.IsPrint(r)), b(unicode.IsControl(r)),
			b(unicode.IsMark(r)), unicode.ToUpper(r), unicode.ToLower(r), unicode.ToTitle(r))
	}
	for _, r := range []rune{'k', 'K', '\u212a', 's', 'ſ', 'σ', 'ς', 'Σ', '1'} {
		fmt.Printf("%c->%c ", r, unicode.SimpleFold(r))
	}
	fmt.Println()
	fmt.Println(unicode.Is(unicode.Han, '中'), unicode.Is(unicode.Latin, 'é'), unicode.In('α', unicode.Greek, unicode.Cyrillic), unicode.Is(unicode.Greek, 'a'))
	fmt.Println(unicode.To(unicode.UpperCase, 'q'), unicode.To(unicode.LowerCase, 'Q'), unicode.To(unicode.TitleCase, 'ǆ'))
	fmt.Println(unicode.IsOneOf([]*unicode.RangeTable{unicode.Digit, unicode.Letter}, 'x'), unicode.MaxRune, unicode.ReplacementChar, unicode.MaxASCII, unicode.MaxLatin1)
}

func b(x bool) int {
	if x {
		return 1
	}
	return 0
}
