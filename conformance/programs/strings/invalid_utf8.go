package main

import (
	"fmt"
	"strings"
	"unicode/utf8"
)

func main() {
	s := "a\xffb\xe2\x82c\xe2\x82\xac\xed\xa0\x80\xf4\x90\x80\x80"
	for i, r := range s {
		fmt.Printf("%d:%U(%d) ", i, r, utf8.RuneLen(r))
	}
	fmt.Println()
	fmt.Println(len(s), utf8.RuneCountInString(s), utf8.ValidString(s))
	rs := []rune(s)
	fmt.Println(len(rs), rs)
	back := string(rs)
	fmt.Printf("%q %d\n", back, len(back))
	fmt.Printf("%q\n", []byte(s))
	for i := 0; i < len(s); {
		r, size := utf8.DecodeRuneInString(s[i:])
		fmt.Print(size, ",")
		_ = r
		i += size
	}
	fmt.Println()
	r, size := utf8.DecodeLastRuneInString(s)
	fmt.Println(r, size)
	r, size = utf8.DecodeRuneInString("")
	fmt.Println(r, size)
	r, size = utf8.DecodeRune([]byte{0xc0, 0x80})
	fmt.Println(r, size)
	fmt.Println(utf8.RuneLen(-1), utf8.RuneLen(0xD800), utf8.RuneLen(0x10FFFF), utf8.RuneLen(0x110000), utf8.RuneLen(0x7ff), utf8.RuneLen(0x800))
	buf := make([]byte, 4)
	for _, r := range []rune{'a', 'é', '€', 0x1F600, -1, 0xD800, 0x110000} {
		n := utf8.EncodeRune(buf, r)
		fmt.Printf("%x ", buf[:n])
	}
	fmt.Println()
	fmt.Println(string(rune(-1)), string(rune(0xD800)) == "\uFFFD", []byte(string(rune(0x110000))))
	fmt.Println(utf8.AppendRune([]byte("x"), 'ü'), utf8.ValidRune(0xDFFF), utf8.ValidRune(0x10FFFF))
	fmt.Println(utf8.FullRune([]byte{0xe2, 0x82}), utf8.FullRuneInString("\xe2\x82\xac"), utf8.RuneStart(0x82))
	fmt.Println(utf8.Valid([]byte("\xed\xa0\x80")), utf8.RuneCount([]byte("\xf0\x9f\x98")))
	// strings functions on invalid utf8
	fmt.Println(strings.ToUpper("a\xffb"), strings.ToValidUTF8("a\xff\xfeb", "?"), strings.ToValidUTF8("\xff", ""))
	fmt.Println(strings.IndexRune("a\xffb", utf8.RuneError), strings.IndexRune("a\uFFFDb", utf8.RuneError), strings.ContainsRune("\xff", 0xFFFD))
	fmt.Println(strings.Count("a\xff\xff", ""), strings.Map(func(r rune) rune { return r + 1 }, "a\xffb"))
	fmt.Printf("%q\n", strings.Split("a\xffb", ""))
	fmt.Printf("%q\n", strings.Fields(" a\u00a0b\u2003c\x85d "))
	fmt.Println(strings.EqualFold("\xff", "\xff"), strings.Title("x"))
	b := []byte("héllo")
	fmt.Println(string(b[1:2]), len(string(b[1:2])), []rune(string(b[1:2])))
	str := "日本語"
	fmt.Println(str[1], str[0:3], string(str[1]), strings.IndexByte(str, 0xe6))
}
