package main

import (
	"fmt"
	"strings"
	"unicode"
)

// parseError is the panic value used for syntax errors.
type parseError string

type parser struct {
	src string
	pos int
}

func (p *parser) fail(format string, args ...any) {
	panic(parseError(fmt.Sprintf("at %d: ", p.pos) + fmt.Sprintf(format, args...)))
}

func (p *parser) peek() byte {
	if p.pos >= len(p.src) {
		return 0
	}
	return p.src[p.pos]
}

func (p *parser) expr() int {
	v := p.term()
	for p.peek() == '+' || p.peek() == '-' {
		op := p.peek()
		p.pos++
		if r := p.term(); op == '+' {
			v += r
		} else {
			v -= r
		}
	}
	return v
}

func (p *parser) term() int {
	v := p.factor()
	for p.peek() == '*' || p.peek() == '/' {
		op := p.peek()
		p.pos++
		if r := p.factor(); op == '*' {
			v *= r
		} else {
			v /= r // division by zero becomes a runtime error panic
		}
	}
	return v
}

func (p *parser) factor() int {
	c := p.peek()
	if c == '(' {
		p.pos++
		v := p.expr()
		if p.peek() != ')' {
			p.fail("expected ')'")
		}
		p.pos++
		return v
	}
	if !unicode.IsDigit(rune(c)) {
		p.fail("unexpected %q", string(c))
	}
	v := 0
	for unicode.IsDigit(rune(p.peek())) {
		v = v*10 + int(p.peek()-'0')
		p.pos++
	}
	return v
}

func Parse(s string) (v int, err error) {
	p := &parser{src: strings.ReplaceAll(s, " ", "")}
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("runtime: %v", r)
			if pe, ok := r.(parseError); ok {
				err = fmt.Errorf("%s", string(pe))
			}
		}
	}()
	v = p.expr()
	if p.pos != len(p.src) {
		p.fail("trailing input")
	}
	return v, nil
}

func main() {
	for _, s := range []string{"1+2*3", "(1+2)*3", "2*(3+4", "7/0", "4 4", "", "10-(2*3)-1", "8/(3-3)+"} {
		v, err := Parse(s)
		fmt.Printf("%-12q %4d %v\n", s, v, err)
	}
}
