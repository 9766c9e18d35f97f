package main

import (
	"fmt"
	"unicode/utf8"
)

func main() {
	s := "héllo, 世界 🙂"
	fmt.Println(len(s), utf8.RuneCountInString(s), utf8.RuneCountInString(""), utf8.RuneCountInString("\xff\xfe"))
	fmt.Println(utf8.RuneLen('a'), utf8.RuneLen('é'), utf8.RuneLen('世'), utf8.RuneLen('🙂'), utf8.RuneLen(-1), utf8.RuneLen(0xD800))
	for i := 0; i < len(s); {
		r, size := utf8.DecodeRuneInString(s[i:])
		fmt.Printf("%c:%d ", r, size)
		i += size
	}
	fmt.Println()
	r, size := utf8.DecodeRuneInString("")
	fmt.Println(r, size, r == utf8.RuneError)
	r, size = utf8.DecodeRuneInString("\xffabc")
	fmt.Println(r, size)
	r, size = utf8.DecodeRuneInString("\xe4\xb8")
	fmt.Println(r, size)
	r, size = utf8.DecodeLastRuneInString(s)
	fmt.Printf("%c %d\n", r, size)
	r, size = utf8.DecodeLastRuneInString("ab\x80")
	fmt.Println(r, size)
	r, size = utf8.DecodeLastRuneInString("")
	fmt.Println(r, size)
	buf := make([]byte, utf8.UTFMax)
	for _, rr := range []rune{'A', 'é', '世', '🙂', -5, 0x110000} {
		n := utf8.EncodeRune(buf, rr)
		fmt.Println(n, buf[:n])
	}
	fmt.Println(utf8.ValidString(s), utf8.ValidString("a\xffb"), utf8.ValidString(""), utf8.ValidString("\xed\xa0\x80"))
	fmt.Println(utf8.RuneError, string(utf8.RuneError), utf8.UTFMax)
	rev := func(in string) string {
		out := make([]byte, 0, len(in))
		for len(in) > 0 {
			r, n := utf8.DecodeLastRuneInString(in)
			var tmp [4]byte
			k := utf8.EncodeRune(tmp[:], r)
			out = append(out, tmp[:k]...)
			in = in[:len(in)-n]
		}
		return string(out)
	}
	fmt.Println(rev("abc世界"))
}
