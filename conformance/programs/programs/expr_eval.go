package main

import (
	"errors"
	"fmt"
	"strconv"
	"strings"
	"unicode"
)

type TokenKind int

const (
	NUM TokenKind = iota
	OP
	LPAREN
	RPAREN
)

func (k TokenKind) String() string {
	return [...]string{"NUM", "OP", "LPAREN", "RPAREN"}[k]
}

type Token struct {
	Kind TokenKind
	Text string
}

var ErrSyntax = errors.New("syntax error")

type PosError struct {
	Pos int
	Err error
}

func (e *PosError) Error() string { return fmt.Sprintf("at %d: %v", e.Pos, e.Err) }
func (e *PosError) Unwrap() error { return e.Err }

func lex(s string) ([]Token, error) {
	var toks []Token
	for i := 0; i < len(s); {
		c := rune(s[i])
		switch {
		case unicode.IsSpace(c):
			i++
		case unicode.IsDigit(c) || c == '.':
			j := i
			for j < len(s) && (unicode.IsDigit(rune(s[j])) || s[j] == '.') {
				j++
			}
			toks = append(toks, Token{NUM, s[i:j]})
			i = j
		case strings.ContainsRune("+-*/%^", c):
			toks = append(toks, Token{OP, string(c)})
			i++
		case c == '(':
			toks = append(toks, Token{LPAREN, "("})
			i++
		case c == ')':
			toks = append(toks, Token{RPAREN, ")"})
			i++
		default:
			return nil, &PosError{i, fmt.Errorf("%w: unexpected %q", ErrSyntax, c)}
		}
	}
	return toks, nil
}

type Parser struct {
	toks []Token
	pos  int
}

func (p *Parser) peek() *Token {
	if p.pos < len(p.toks) {
		return &p.toks[p.pos]
	}
	return nil
}

func prec(op string) int {
	switch op {
	case "+", "-":
		return 1
	case "*", "/", "%":
		return 2
	case "^":
		return 3
	}
	return 0
}

func (p *Parser) primary() (float64, error) {
	t := p.peek()
	if t == nil {
		return 0, &PosError{p.pos, fmt.Errorf("%w: unexpected end", ErrSyntax)}
	}
	p.pos++
	switch t.Kind {
	case NUM:
		return strconv.ParseFloat(t.Text, 64)
	case LPAREN:
		v, err := p.expr(1)
		if err != nil {
			return 0, err
		}
		if n := p.peek(); n == nil || n.Kind != RPAREN {
			return 0, &PosError{p.pos, fmt.Errorf("%w: missing )", ErrSyntax)}
		}
		p.pos++
		return v, nil
	case OP:
		if t.Text == "-" {
			v, err := p.primary()
			return -v, err
		}
	}
	return 0, &PosError{p.pos - 1, fmt.Errorf("%w: unexpected %v %q", ErrSyntax, t.Kind, t.Text)}
}

func (p *Parser) expr(minPrec int) (float64, error) {
	lhs, err := p.primary()
	if err != nil {
		return 0, err
	}
	for {
		t := p.peek()
		if t == nil || t.Kind != OP || prec(t.Text) < minPrec {
			return lhs, nil
		}
		op := t.Text
		p.pos++
		next := prec(op) + 1
		if op == "^" {
			next = prec(op)
		}
		rhs, err := p.expr(next)
		if err != nil {
			return 0, err
		}
		switch op {
		case "+":
			lhs += rhs
		case "-":
			lhs -= rhs
		case "*":
			lhs *= rhs
		case "/":
			lhs /= rhs
		case "%":
			lhs = float64(int(lhs) % int(rhs))
		case "^":
			r := 1.0
			for range int(rhs) {
				r *= lhs
			}
			lhs = r
		}
	}
}

func eval(s string) (float64, error) {
	toks, err := lex(s)
	if err != nil {
		return 0, err
	}
	p := &Parser{toks: toks}
	v, err := p.expr(1)
	if err == nil && p.pos != len(toks) {
		err = &PosError{p.pos, fmt.Errorf("%w: trailing tokens", ErrSyntax)}
	}
	return v, err
}

func main() {
	for _, in := range []string{"1 + 2 * 3", "(1 + 2) * 3", "2 ^ 3 ^ 2", "-4 + 10 / 4", "7 % 3 + 0.5", "1 / 0", "-1/0", "0/0",
		"1 +", "(1 + 2", "1 2", "3 $ 4", "1.2.3", "", "((((5))))", "2*-3"} {
		v, err := eval(in)
		var pe *PosError
		switch {
		case err == nil:
			fmt.Printf("%-12q = %v\n", in, v)
		case errors.As(err, &pe):
			fmt.Printf("%-12q ! %v (pos %d, syntax=%t)\n", in, err, pe.Pos, errors.Is(err, ErrSyntax))
		default:
			fmt.Printf("%-12q ! other %v\n", in, err)
		}
	}
}
