package main

import "fmt"

func main() {
	s := "hello, 世界"
	fmt.Println(len(s), s[0], s[7], s[len(s)-1])
	fmt.Println(s[:5], s[7:], s[7:10], s[:0] == "")
	sub := s[7:8]
	fmt.Println(len(sub), []byte(sub), sub == "\xe4")
	fmt.Printf("%q %q\n", sub, s[8:])
	t := s
	t += "!"
	fmt.Println(s, t)
	cmp := []string{"a", "b", "B", "ab", "", "世", "z"}
	for i := 1; i < len(cmp); i++ {
		fmt.Print(cmp[i-1] < cmp[i], " ")
	}
	fmt.Println()
	fmt.Println("abc" == "ab"+"c", "a" != "A")
	var bs []byte
	for i := 0; i < len(s); i++ {
		if s[i] < 0x80 {
			bs = append(bs, s[i]-32*(s[i]/97))
		}
	}
	fmt.Println(string(bs))
	r := []rune(s)
	r[0] = 'J'
	fmt.Println(string(r), len(r), string(r[7:]))
	b := []byte("abc")
	b2 := b
	b2[0] = 'X'
	fmt.Println(string(b), string(b2))
	str := string(b)
	b[1] = 'Y'
	fmt.Println(str, string(b))
	multiline := `raw \n string
second line`
	fmt.Println(multiline, len(multiline))
	fmt.Println("esc: \t|\\|\"|\x41|\101|\u00e9|\U0001F600|")
}
