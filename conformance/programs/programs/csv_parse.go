package main

import (
	"errors"
	"fmt"
	"strconv"
	"strings"
)

type Record struct {
	Name  string
	Age   int
	Score float64
	OK    bool
}

type ParseError struct {
	Line int
	Err  error
}

func (p *ParseError) Error() string { return fmt.Sprintf("line %d: %v", p.Line, p.Err) }
func (p *ParseError) Unwrap() error { return p.Err }

func parse(data string) ([]Record, []error) {
	var recs []Record
	var errs []error
	for i, line := range strings.Split(strings.TrimSpace(data), "\n") {
		if i == 0 || strings.HasPrefix(line, "#") {
			continue
		}
		f := strings.Split(line, ",")
		if len(f) != 4 {
			errs = append(errs, &ParseError{i + 1, fmt.Errorf("want 4 fields, got %d", len(f))})
			continue
		}
		age, err := strconv.Atoi(strings.TrimSpace(f[1]))
		if err != nil {
			errs = append(errs, &ParseError{i + 1, err})
			continue
		}
		score, err := strconv.ParseFloat(strings.TrimSpace(f[2]), 64)
		if err != nil {
			errs = append(errs, &ParseError{i + 1, err})
			continue
		}
		ok, err := strconv.ParseBool(strings.TrimSpace(f[3]))
		if err != nil {
			errs = append(errs, &ParseError{i + 1, err})
			continue
		}
		recs = append(recs, Record{strings.TrimSpace(f[0]), age, score, ok})
	}
	return recs, errs
}

const input = `name,age,score,ok
alice, 30, 91.5, true
bob, x3, 80, false
# comment
carol, 41, 1e2, 1
dave, 99999999999999999999, 3, true
erin, 22, NaN?, true
frank, 19, 77.25
gina, -5, .5, F
`

func main() {
	recs, errs := parse(input)
	for _, r := range recs {
		fmt.Printf("%-6s %4d %7.2f %-5t %s\n", r.Name, r.Age, r.Score, r.OK, strconv.Quote(r.Name))
	}
	for _, e := range errs {
		fmt.Println("ERR", e)
		var ne *strconv.NumError
		if errors.As(e, &ne) {
			fmt.Println("   func", ne.Func, "num", strconv.Quote(ne.Num), "range?", errors.Is(e, strconv.ErrRange), "syntax?", errors.Is(e, strconv.ErrSyntax))
		}
	}
	fmt.Println(strconv.Itoa(-45), strconv.FormatInt(255, 2), strconv.FormatInt(-255, 16), strconv.FormatUint(1<<63, 36))
	fmt.Println(strconv.FormatFloat(3.14159, 'f', 2, 64), strconv.FormatFloat(1e21, 'g', -1, 64), strconv.FormatFloat(0.1, 'e', 3, 32))
	n, err := strconv.ParseInt("-0x1f", 0, 64)
	fmt.Println(n, err)
	u, err := strconv.ParseUint("300", 10, 8)
	fmt.Println(u, err)
	fmt.Println(strconv.Unquote(`"a\tb"`))
	fmt.Println(strconv.QuoteRune('☺'), strconv.QuoteToASCII("héllo"), strconv.AppendInt([]byte("n="), 42, 10))
}
