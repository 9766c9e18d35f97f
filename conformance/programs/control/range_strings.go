package main

import "fmt"

func main() {
	s := "aé世🙂"
	for i, r := range s {
		fmt.Printf("%d:%c(%d) ", i, r, r)
	}
	fmt.Println()
	for i := range s {
		fmt.Print(i, " ")
	}
	fmt.Println()
	bad := "a\xffb\xe4\xb8c\xf0\x9f\x99"
	for i, r := range bad {
		fmt.Printf("%d:%q:%U ", i, r, r)
	}
	fmt.Println()
	fmt.Println(len(bad), []byte(bad), []rune(bad))
	fmt.Printf("%q %+q %x % x\n", bad, bad, bad, bad)
	for i := 0; i < len(s); i++ {
		fmt.Printf("%02x ", s[i])
	}
	fmt.Println()
	fmt.Println(s[1], s[1:3], string(s[1]))
	var last rune
	n := 0
	for _, last = range "xyz" {
		n++
	}
	fmt.Println(n, string(last))
	for i, r := range "" {
		fmt.Println("never", i, r)
	}
	surrogate := string([]rune{0xD800})
	fmt.Println([]byte(surrogate), surrogate == "\uFFFD")
	fmt.Println(string([]byte{0xed, 0xa0, 0x80}) == surrogate, []rune("\xed\xa0\x80"))
}
