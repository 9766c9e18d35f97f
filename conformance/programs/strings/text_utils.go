package main

import "fmt"

func wordWrap(text string, width int) []string {
	var lines []string
	line := ""
	word := ""
	flush := func() {
		if word == "" {
			return
		}
		if line == "" {
			line = word
		} else if len(line)+1+len(word) <= width {
			line += " " + word
		} else {
			lines = append(lines, line)
			line = word
		}
		word = ""
	}
	for _, r := range text {
		if r == ' ' || r == '\n' {
			flush()
		} else {
			word += string(r)
		}
	}
	flush()
	if line != "" {
		lines = append(lines, line)
	}
	return lines
}

func rle(s string) string {
	out := []byte{}
	for i := 0; i < len(s); {
		j := i
		for j < len(s) && s[j] == s[i] {
			j++
		}
		out = append(out, s[i])
		if j-i > 1 {
			out = append(out, fmt.Sprint(j-i)...)
		}
		i = j
	}
	return string(out)
}

func caesar(s string, k int) string {
	b := []byte(s)
	for i, c := range b {
		switch {
		case c >= 'a' && c <= 'z':
			b[i] = 'a' + byte((int(c-'a')+k%26+26)%26)
		case c >= 'A' && c <= 'Z':
			b[i] = 'A' + byte((int(c-'A')+k%26+26)%26)
		}
	}
	return string(b)
}

func toRoman(n int) string {
	vals := []int{1000, 900, 500, 400, 100, 90, 50, 40, 10, 9, 5, 4, 1}
	syms := []string{"M", "CM", "D", "CD", "C", "XC", "L", "XL", "X", "IX", "V", "IV", "I"}
	s := ""
	for i, v := range vals {
		for n >= v {
			s += syms[i]
			n -= v
		}
	}
	return s
}

func itoaBase(n int64, base int) string {
	const digits = "0123456789abcdefghijklmnopqrstuvwxyz"
	if n == 0 {
		return "0"
	}
	neg := n < 0
	u := uint64(n)
	if neg {
		u = uint64(-n)
	}
	var buf [65]byte
	i := len(buf)
	for u > 0 {
		i--
		buf[i] = digits[u%uint64(base)]
		u /= uint64(base)
	}
	if neg {
		i--
		buf[i] = '-'
	}
	return string(buf[i:])
}

func main() {
	text := "The quick brown fox jumps over the lazy dog and keeps running far away"
	for i, l := range wordWrap(text, 16) {
		fmt.Printf("%2d|%-16s|\n", i, l)
	}
	fmt.Println(rle("aaabccddddde"), rle(""), rle("x"))
	enc := caesar("Hello, World!", 3)
	fmt.Println(enc, caesar(enc, -3), caesar("abc", 29))
	for _, n := range []int{1, 4, 9, 14, 40, 90, 400, 1994, 2024, 3999} {
		fmt.Print(toRoman(n), " ")
	}
	fmt.Println()
	for _, n := range []int64{0, 255, -255, 1 << 40, -9223372036854775808} {
		fmt.Print(itoaBase(n, 16), " ", itoaBase(n, 2)[:1], " ", itoaBase(n, 36), "; ")
	}
	fmt.Println()
}
