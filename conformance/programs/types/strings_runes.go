package main

import (
	"fmt"
	"unicode"
	"unicode/utf8"
)

func reverse(s string) string {
	r := []rune(s)
	for i, j := 0, len(r)-1; i < j; i, j = i+1, j-1 {
		r[i], r[j] = r[j], r[i]
	}
	return string(r)
}

func isPalindrome(s string) bool {
	var clean []rune
	for _, r := range s {
		if unicode.IsLetter(r) || unicode.IsDigit(r) {
			clean = append(clean, unicode.ToLower(r))
		}
	}
	for i := 0; i < len(clean)/2; i++ {
		if clean[i] != clean[len(clean)-1-i] {
			return false
		}
	}
	return true
}

func main() {
	s := "Hello, 世界! 🎉"
	fmt.Println(len(s), utf8.RuneCountInString(s), reverse(s))
	for i, r := range "aé世🎉" {
		fmt.Printf("%d:%c(%d,%d) ", i, r, r, utf8.RuneLen(r))
	}
	fmt.Println()
	bad := "a\xffb\xc3"
	for i, r := range bad {
		fmt.Printf("%d:%U ", i, r)
	}
	fmt.Println(utf8.ValidString(bad), utf8.ValidString(s), []rune(bad))
	fmt.Printf("%q %+q %x\n", bad, s, bad)
	for _, p := range []string{"A man, a plan, a canal: Panama", "hello", "Was it a car or a cat I saw?", ""} {
		fmt.Printf("%-32q %v\n", p, isPalindrome(p))
	}
	bs := []byte(s)
	r, size := utf8.DecodeRune(bs[7:])
	fmt.Println(string(r), size)
	r, size = utf8.DecodeLastRuneInString(s)
	fmt.Println(r, size)
	r, size = utf8.DecodeRuneInString("\xff")
	fmt.Println(r == utf8.RuneError, size)
	buf := utf8.AppendRune(nil, '世')
	fmt.Println(buf, utf8.RuneStart(buf[1]), utf8.FullRune(buf[:2]))
	fmt.Println(string(rune(65)), string(rune(-1)), string([]rune{72, 105}), string([]byte{72, 105}))
	up := ""
	for _, r := range "mIxEd 123 ÀÉ" {
		switch {
		case unicode.IsUpper(r):
			up += string(unicode.ToLower(r))
		case unicode.IsLower(r):
			up += string(unicode.ToUpper(r))
		case unicode.IsSpace(r):
			up += "_"
		default:
			up += string(r)
		}
	}
	fmt.Println(up)
	fmt.Println(unicode.IsPunct('!'), unicode.IsPunct('a'), unicode.IsSpace('\t'), unicode.IsDigit('٣'), unicode.IsNumber('½'))
	fmt.Println(s[7:10], s[7:8] == "\xe4", "abc" < "abd", "ab" < "abc", "" < "a")
	cmp := []string{"b", "B", "a", "é", "e"}
	for i := 1; i < len(cmp); i++ {
		fmt.Print(cmp[i-1] < cmp[i], " ")
	}
	fmt.Println()
}
