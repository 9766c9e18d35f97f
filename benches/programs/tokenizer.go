package main

import "fmt"

// A hand-written lexer over a 4 MB source: it consumes its input by
// reslicing (s = s[n:]) and counts tokens by kind, as Go's own scanners
// do. The source is words, numbers and punctuation from a simple LCG.

var seed uint32 = 12345

func next() uint32 {
	seed = seed*1664525 + 1013904223
	return seed >> 8
}

var keywords = []string{"if", "for", "func", "return", "var", "go"}

const punct = "+-*/(){}[];,.=<>!&|"

func generate(size int) string {
	b := make([]byte, 0, size+16)
	for len(b) < size {
		switch r := next() % 10; {
		case r < 5: // a word, sometimes a keyword
			if next()%8 == 0 {
				b = append(b, keywords[next()%uint32(len(keywords))]...)
			} else {
				n := 1 + int(next()%8)
				for i := 0; i < n; i++ {
					b = append(b, byte('a'+next()%26))
				}
				if next()%4 == 0 {
					b = append(b, byte('0'+next()%10))
				}
			}
		case r < 7: // a number
			n := 1 + int(next()%6)
			for i := 0; i < n; i++ {
				b = append(b, byte('0'+next()%10))
			}
		default:
			b = append(b, punct[next()%uint32(len(punct))])
		}
		if next()%12 == 0 {
			b = append(b, '\n')
		} else {
			b = append(b, ' ')
		}
	}
	return string(b)
}

func isLetter(c byte) bool { return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c == '_' }
func isDigit(c byte) bool  { return c >= '0' && c <= '9' }

type counts struct {
	idents, keywords, numbers, puncts, lines int
	identBytes, numberSum                    int
}

func lex(s string, c *counts) {
	for len(s) > 0 {
		ch := s[0]
		switch {
		case ch == '\n':
			c.lines++
			s = s[1:]
		case ch == ' ':
			s = s[1:]
		case isLetter(ch):
			n := 1
			for n < len(s) && (isLetter(s[n]) || isDigit(s[n])) {
				n++
			}
			word := s[:n]
			kw := false
			for _, k := range keywords {
				if word == k {
					kw = true
					break
				}
			}
			if kw {
				c.keywords++
			} else {
				c.idents++
				c.identBytes += len(word)
			}
			s = s[n:]
		case isDigit(ch):
			v, n := 0, 0
			for n < len(s) && isDigit(s[n]) {
				v = v*10 + int(s[n]-'0')
				n++
			}
			c.numbers++
			c.numberSum = (c.numberSum + v) % 1000000007
			s = s[n:]
		default:
			c.puncts++
			s = s[1:]
		}
	}
}

func main() {
	src := generate(4 << 20)
	fmt.Println("source bytes:", len(src))
	var c counts
	for pass := 0; pass < 8; pass++ {
		lex(src, &c)
	}
	fmt.Println("idents:", c.idents, "bytes:", c.identBytes)
	fmt.Println("keywords:", c.keywords)
	fmt.Println("numbers:", c.numbers, "sum:", c.numberSum)
	fmt.Println("punctuation:", c.puncts)
	fmt.Println("lines:", c.lines)
}
