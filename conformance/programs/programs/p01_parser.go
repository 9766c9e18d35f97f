package main

import (
	"fmt"
	"strconv"
	"strings"
	"unicode"
)

type parseError struct {
	pos int
	msg string
}

func (e *parseError) Error() string { return fmt.Sprintf("pos %d: %s", e.pos, e.msg) }

type parser struct {
	s   string
	pos int
}

func (p *parser) fail(format string, args ...interface{}) {
	panic(&parseError{p.pos, fmt.Sprintf(format, args...)})
}

func (p *parser) peek() byte {
	for p.pos < len(p.s) && p.s[p.pos] == ' ' {
		p.pos++
	}
	if p.pos >= len(p.s) {
		return 0
	}
	return p.s[p.pos]
}

func (p *parser) expr() int {
	v := p.term()
	for {
		switch p.peek() {
		case '+':
			p.pos++
			v += p.term()
		case '-':
			p.pos++
			v -= p.term()
		default:
			return v
		}
	}
}

func (p *parser) term() int {
	v := p.factor()
	for {
		switch p.peek() {
		case '*':
			p.pos++
			v *= p.factor()
		case '/':
			p.pos++
			d := p.factor()
			v /= d // may panic with runtime error
		default:
			return v
		}
	}
}

func (p *parser) factor() int {
	c := p.peek()
	if c == '(' {
		p.pos++
		v := p.expr()
		if p.peek() != ')' {
			p.fail("expected ')' got %q", string(p.peek()))
		}
		p.pos++
		return v
	}
	start := p.pos
	for p.pos < len(p.s) && unicode.IsDigit(rune(p.s[p.pos])) {
		p.pos++
	}
	if start == p.pos {
		p.fail("unexpected %q", string(c))
	}
	n, err := strconv.Atoi(p.s[start:p.pos])
	if err != nil {
		p.fail("bad number: %v", err)
	}
	return n
}

func Eval(s string) (v int, err error) {
	defer func() {
		if r := recover(); r != nil {
			if pe, ok := r.(*parseError); ok {
				err = pe
				return
			}
			panic(r)
		}
	}()
	p := &parser{s: s}
	v = p.expr()
	if p.peek() != 0 {
		p.fail("trailing input %q", strings.TrimSpace(p.s[p.pos:]))
	}
	return v, nil
}

func main() {
	for _, s := range []string{"1+2*3", "(1+2)*3", "2*(3", "4 5", "", "99999999999999999999", "10-2-3"} {
		v, err := Eval(s)
		fmt.Printf("%q => %d, %v\n", s, v, err)
	}
	defer func() { fmt.Println("outer caught runtime error:", recover()) }()
	Eval("1/(2-2)")
}
