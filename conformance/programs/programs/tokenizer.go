package main

import (
	"fmt"
	"unicode"
)

type Kind int

const (
	NUM Kind = iota
	IDENT
	OP
	LPAREN
	RPAREN
	EOF
)

func (k Kind) String() string {
	return [...]string{"NUM", "IDENT", "OP", "(", ")", "EOF"}[k]
}

type Token struct {
	Kind Kind
	Text string
	Pos  int
}

func (t Token) String() string { return fmt.Sprintf("%v:%q@%d", t.Kind, t.Text, t.Pos) }

type LexError struct {
	Pos int
	Ch  rune
}

func (e *LexError) Error() string { return fmt.Sprintf("unexpected %q at %d", e.Ch, e.Pos) }

func lex(src string) ([]Token, error) {
	var toks []Token
	rs := []rune(src)
	for i := 0; i < len(rs); {
		r := rs[i]
		switch {
		case unicode.IsSpace(r):
			i++
		case unicode.IsDigit(r):
			j := i
			for j < len(rs) && (unicode.IsDigit(rs[j]) || rs[j] == '.') {
				j++
			}
			toks = append(toks, Token{NUM, string(rs[i:j]), i})
			i = j
		case unicode.IsLetter(r) || r == '_':
			j := i
			for j < len(rs) && (unicode.IsLetter(rs[j]) || unicode.IsDigit(rs[j]) || rs[j] == '_') {
				j++
			}
			toks = append(toks, Token{IDENT, string(rs[i:j]), i})
			i = j
		case r == '(':
			toks = append(toks, Token{LPAREN, "(", i})
			i++
		case r == ')':
			toks = append(toks, Token{RPAREN, ")", i})
			i++
		default:
			switch r {
			case '+', '-', '*', '/', '^', '=':
				toks = append(toks, Token{OP, string(r), i})
				i++
			default:
				return toks, &LexError{i, r}
			}
		}
	}
	return append(toks, Token{Kind: EOF, Pos: len(rs)}), nil
}

type parser struct {
	toks []Token
	pos  int
}

func (p *parser) peek() Token { return p.toks[p.pos] }
func (p *parser) next() Token  { t := p.toks[p.pos]; p.pos++; return t }

func (p *parser) expr() string {
	l := p.term()
	for p.peek().Kind == OP && (p.peek().Text == "+" || p.peek().Text == "-") {
		op := p.next().Text
		l = "(" + op + " " + l + " " + p.term() + ")"
	}
	return l
}

func (p *parser) term() string {
	l := p.factor()
	for p.peek().Kind == OP && (p.peek().Text == "*" || p.peek().Text == "/") {
		op := p.next().Text
		l = "(" + op + " " + l + " " + p.factor() + ")"
	}
	return l
}

func (p *parser) factor() string {
	t := p.next()
	switch t.Kind {
	case NUM, IDENT:
		return t.Text
	case LPAREN:
		e := p.expr()
		p.next()
		return e
	}
	return "?" + t.Kind.String()
}

func main() {
	for _, src := range []string{"1 + 2 * 3", "(a+b)*c_1 - 4.5/x", "foo(1)", "3 $ 4", "αβ * 2", ""} {
		toks, err := lex(src)
		if err != nil {
			fmt.Printf("%-20q error: %v (partial %v)\n", src, err, toks)
			continue
		}
		p := &parser{toks: toks}
		fmt.Printf("%-20q %v\n%22s %s\n", src, toks, "=>", p.expr())
	}
}
