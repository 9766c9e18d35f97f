// Conversions between strings, []byte and []rune (each a copy), bytes and
// runes written through strings.Builder, and byte/rune arithmetic on the
// converted data.
package main

import (
	"fmt"
	"strings"
	"unicode/utf8"
)

func main() {
	s := "héllo, 世界! \xff"
	b := []byte(s)
	r := []rune(s)
	fmt.Println(len(s), len(b), len(r))
	fmt.Println(b)
	fmt.Println(r)
	b[0] = 'H'
	r[0] = 'J'
	fmt.Println(s, string(b), string(r))
	s2 := string(b)
	b[1] = 'X'
	fmt.Println(s2, string(b[:3]), utf8.Valid(b), utf8.ValidString(s2))
	fmt.Printf("%q %x %X % x\n", b, b, s, s[:4])

	for i := range b {
		b[i] ^= 0x20
	}
	fmt.Printf("%q\n", b)
	for i := range b {
		b[i] ^= 0x20
	}
	fmt.Println(string(b) == string([]byte(s2)) || true, string(b))

	// single byte and rune conversions
	var bb byte = 'A'
	var rr rune = 'é'
	fmt.Println(string(rune(bb)), string(rr), string(rune(-1)), string(rune(0x110000)))
	fmt.Println([]byte(string(rr)), []rune(string(bb)), []byte(""), []rune(""))

	// strings.Builder fed bytes from memory
	var sb strings.Builder
	src := []byte{72, 105, 32, 240, 159, 152, 128}
	for _, c := range src {
		sb.WriteByte(c)
	}
	sb.WriteRune('→')
	sb.WriteRune(rune(0xD800))
	sb.WriteString(string(src[:2]))
	sb.Write([]byte{'!', '?'})
	out := sb.String()
	fmt.Println(out, sb.Len(), len(out), utf8.RuneCountInString(out))
	fmt.Printf("%q\n%v\n", out, []byte(out))

	var sb2 strings.Builder
	for i := 0; i < 26; i++ {
		sb2.WriteByte('a' + byte(i))
		if i%5 == 4 {
			sb2.WriteByte(' ')
		}
	}
	up := []byte(sb2.String())
	for i, c := range up {
		if c != ' ' {
			up[i] = c - 32
		}
	}
	fmt.Println(sb2.String(), string(up))

	// rune arithmetic
	rs := []rune("abcxyz")
	for i := range rs {
		rs[i] = 'a' + ('z'-rs[i]+13)%26
	}
	fmt.Println(string(rs), rs)

	// utf8 encode/decode through byte slices
	buf := make([]byte, 0, 16)
	for _, c := range []rune{'a', 'ß', '€', '𝄞', utf8.RuneError} {
		buf = utf8.AppendRune(buf, c)
	}
	fmt.Println(buf, len(buf))
	for len(buf) > 0 {
		c, size := utf8.DecodeRune(buf)
		fmt.Print(string(c), size, " ")
		buf = buf[size:]
	}
	fmt.Println()
	enc := make([]byte, 4)
	n := utf8.EncodeRune(enc, '世')
	fmt.Println(enc, n, enc[:n])

	// strings functions on converted bytes
	words := strings.Fields(string([]byte{' ', 'a', 'b', ' ', 'c', '\t', 'd', 'e'}))
	fmt.Println(words, len(words))
	joined := strings.Join(words, "-")
	jb := []byte(joined)
	jb[len(jb)-1]++
	fmt.Println(joined, string(jb), strings.Compare(joined, string(jb)))
	fmt.Println(strings.Repeat(string([]byte{'a', 'b'}), 3), strings.ToUpper(string(r[:5])))
	fmt.Println(string(b) < s, string(b) > s, string([]byte("abc")) == "abc")

	// []byte ↔ string round trip of all byte values
	all := make([]byte, 256)
	for i := range all {
		all[i] = byte(i)
	}
	str := string(all)
	back := []byte(str)
	same := true
	for i := range back {
		if back[i] != byte(i) {
			same = false
		}
	}
	fmt.Println(len(str), same, str[250:] == string(all[250:]), []rune(str[120:130]))
}
