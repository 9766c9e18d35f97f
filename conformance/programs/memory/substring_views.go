package main

import (
	"fmt"
	"strings"
)

// Reslicing a long string is O(1) in Go: a string is a view (data,
// length) of immutable bytes. Walking 4 MB one byte at a time would copy
// terabytes if substrings copied.
func main() {
	var b strings.Builder
	for i := 0; i < 1<<18; i++ {
		b.WriteString("tok ")
		b.WriteByte(byte('a' + i%26))
		b.WriteString("12; ")
	}
	src := b.String()
	fmt.Println(len(src))

	// Byte by byte.
	s, steps := src, 0
	for len(s) > 0 {
		s = s[1:]
		steps++
	}
	fmt.Println(steps, s == "", len(s))

	// A hand-written lexer over views.
	words, nums, puncts := 0, 0, 0
	s = src
	for len(s) > 0 {
		c := s[0]
		switch {
		case c == ' ':
			s = s[1:]
		case c >= 'a' && c <= 'z':
			n := 1
			for n < len(s) && s[n] >= 'a' && s[n] <= 'z' {
				n++
			}
			words++
			s = s[n:]
		case c >= '0' && c <= '9':
			n := 1
			for n < len(s) && s[n] >= '0' && s[n] <= '9' {
				n++
			}
			nums++
			s = s[n:]
		default:
			puncts++
			s = s[1:]
		}
	}
	fmt.Println(words, nums, puncts)

	// Views of views keep their bytes; the original can be dropped.
	mid := src[len(src)/2 : len(src)/2+40]
	src = ""
	fmt.Printf("%q %d\n", mid[3:9], len(mid))
	before, after, ok := strings.Cut(mid, ";")
	fmt.Printf("%q %q %v\n", before, after, ok)
	fmt.Printf("%q\n", strings.TrimSpace("   "+mid[:4]+"   "))
}
