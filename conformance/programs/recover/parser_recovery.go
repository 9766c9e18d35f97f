package main

import (
	"fmt"
	"strings"
	"unicode"
)

type parseError struct {
	pos int
	msg string
}

type parser struct {
	src string
	pos int
}

func (p *parser) fail(format string, args ...any) {
	panic(parseError{p.pos, fmt.Sprintf(format, args...)})
}

func (p *parser) peek() byte {
	if p.pos < len(p.src) {
		return p.src[p.pos]
	}
	return 0
}

func (p *parser) expr() int {
	v := p.term()
	for p.peek() == '+' || p.peek() == '-' {
		op := p.peek()
		p.pos++
		if op == '+' {
			v += p.term()
		} else {
			v -= p.term()
		}
	}
	return v
}

func (p *parser) term() int {
	v := p.factor()
	for p.peek() == '*' || p.peek() == '/' {
		op := p.peek()
		p.pos++
		r := p.factor()
		if op == '*' {
			v *= r
		} else {
			v /= r // division by zero becomes a runtime error panic
		}
	}
	return v
}

func (p *parser) factor() int {
	c := p.peek()
	switch {
	case c == '(':
		p.pos++
		v := p.expr()
		if p.peek() != ')' {
			p.fail("expected ')'")
		}
		p.pos++
		return v
	case unicode.IsDigit(rune(c)):
		v := 0
		for unicode.IsDigit(rune(p.peek())) {
			v = v*10 + int(p.peek()-'0')
			p.pos++
		}
		return v
	}
	p.fail("unexpected %q", string(c))
	return 0
}

func Parse(s string) (v int, err error) {
	p := &parser{src: strings.ReplaceAll(s, " ", "")}
	defer func() {
		if r := recover(); r != nil {
			if pe, ok := r.(parseError); ok {
				err = fmt.Errorf("at %d: %s", pe.pos, pe.msg)
				return
			}
			err = fmt.Errorf("runtime: %v", r)
		}
	}()
	v = p.expr()
	if p.pos != len(p.src) {
		p.fail("trailing input")
	}
	return v, nil
}

func main() {
	for _, s := range []string{"1+2*3", "(1+2)*3", "2*(3+4", "7/0", "4 4", "", "10-(2*3)-1"} {
		v, err := Parse(s)
		fmt.Printf("%-12q %4d %v\n", s, v, err)
	}
}
