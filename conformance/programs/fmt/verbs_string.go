package main

import "fmt"

func main() {
	s := "hello"
	fmt.Printf("%s|%10s|%-10s|%.2s|%8.3s|%-8.3s|\n", s, s, s, s, s, s)
	fmt.Printf("%q|%x|%X|% x|%#x|%# x\n", s, s, s, s, s, s)
	u := "héllo, 世界"
	fmt.Printf("%s|%q|%+q|%#q|%x|%.3s|%5.1s|\n", u, u, u, u, u, u, u)
	ctl := "tab\there\nnl \"quoted\" back\\slash \x00 \x7f \a"
	fmt.Printf("%q\n%+q\n%#q\n", ctl, ctl, ctl)
	fmt.Printf("%#q|%#q\n", "plain", "has`backtick")
	bs := []byte("bytes!")
	fmt.Printf("%s|%q|%x|%X|% x|%v|%d\n", bs, bs, bs, bs, bs, bs, bs)
	fmt.Printf("%s|%v|%q\n", []string{"a", "b"}, []string{"c d"}, []string{"e\n"})
	fmt.Printf("%q|%q\n", "\u2028", "\U0001F600")
	fmt.Printf("%+q|%q|%x\n", "\U0001F600", "\xff\xfe", "\xff")
	fmt.Printf("[%5s][%-5s][%05s]\n", "ab", "ab", "ab")
	fmt.Printf("[%5s][%-5s]\n", "世界", "世界")
	fmt.Printf("[%.1q][%10q][%-10q]\n", "abc", "ab", "ab")
	fmt.Printf("%s %s\n", "a", fmt.Sprint("b"))
	var e error
	fmt.Printf("%s|%v|%d\n", e, e, e)
	fmt.Printf("%s|%v\n", nil, nil)
	fmt.Printf("%x|%X\n", "", []byte{})
	fmt.Printf("%v|%s\n", 'x', string('x'))
	type MyStr string
	fmt.Printf("%s|%q|%v|%x\n", MyStr("ms"), MyStr("ms"), MyStr("ms"), MyStr("ms"))
	type MyBytes []byte
	fmt.Printf("%s|%v\n", MyBytes("mb"), MyBytes("mb"))
}
