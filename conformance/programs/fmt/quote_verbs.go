package main

import "fmt"

func main() {
	fmt.Printf("%q %q %q %q\n", 'a', '\n', '\'', '"')
	fmt.Printf("%q %q %q\n", 0x7f, 0xFFFD, 0x10FFFF+1)
	fmt.Printf("%q %+q %#q\n", 'é', 'é', 'é')
	fmt.Printf("%q\n", rune(-1))
	fmt.Printf("%q\n", "a\xffb\xc0")
	fmt.Printf("%+q\n", "héllo\x01世")
	fmt.Printf("%#q %#q %#q\n", "plain", "with`tick", "new\nline")
	fmt.Printf("%#+q\n", "é")
	fmt.Printf("%q\n", []string{"a b", "", "\t"})
	fmt.Printf("%q\n", "\u2028\u00a0\u200b")
	fmt.Printf("%x\n", "\xff\xfe")
	fmt.Printf("%s|\n", "a\xffb")
	fmt.Printf("%v\n", "\xe4\xb8")
	fmt.Printf("%10q|%-10q|\n", "x", "y")
	fmt.Printf("%.3q\n", "abcdef")
	fmt.Printf("%q\n", 65)
	fmt.Printf("%q\n", int64(0x1F600))
	fmt.Printf("%c|%c|%c\n", 65, 0xD800, -5)
	fmt.Printf("%5c|%-5c|\n", 'x', 'y')
	fmt.Printf("%q\n", '\x00')
	fmt.Printf("%q %q\n", "\a\b\f\r\v", "\\")
	var r rune = 0x2028
	fmt.Printf("%q %+q\n", r, r)
}
