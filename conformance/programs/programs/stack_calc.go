package main

import (
	"errors"
	"fmt"
	"strconv"
	"strings"
)

type Stack []float64

func (s *Stack) Push(v float64) { *s = append(*s, v) }

func (s *Stack) Pop() (float64, error) {
	if len(*s) == 0 {
		return 0, errors.New("stack underflow")
	}
	v := (*s)[len(*s)-1]
	*s = (*s)[:len(*s)-1]
	return v, nil
}

func eval(expr string) (result float64, err error) {
	var st Stack
	for _, tok := range strings.Fields(expr) {
		switch tok {
		case "+", "-", "*", "/":
			b, err1 := st.Pop()
			a, err2 := st.Pop()
			if err1 != nil || err2 != nil {
				return 0, fmt.Errorf("eval %q: %w", tok, errors.Join(err1, err2))
			}
			switch tok {
			case "+":
				st.Push(a + b)
			case "-":
				st.Push(a - b)
			case "*":
				st.Push(a * b)
			case "/":
				st.Push(a / b)
			}
		default:
			v, err := strconv.ParseFloat(tok, 64)
			if err != nil {
				return 0, err
			}
			st.Push(v)
		}
	}
	if len(st) != 1 {
		return 0, fmt.Errorf("bad stack size %d", len(st))
	}
	return st[0], nil
}

func main() {
	exprs := []string{
		"3 4 +",
		"5 1 2 + 4 * + 3 -",
		"2 3 4 * +",
		"1 0 /",
		"-1 0 /",
		"0 0 /",
		"1 +",
		"+",
		"1 2",
		"1.5 abc +",
		"2.5 4 * 0.1 +",
	}
	for _, e := range exprs {
		v, err := eval(e)
		if err != nil {
			fmt.Printf("%-20s error: %v\n", e, err)
			continue
		}
		fmt.Printf("%-20s = %v (%.3f) %g\n", e, v, v, v)
	}
}
