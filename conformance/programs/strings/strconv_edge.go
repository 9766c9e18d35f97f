package main

import (
	"fmt"
	"strconv"
)

func main() {
	ints := []string{"0", "-0", "+5", "0x1F", "0o17", "0b101", "017", "1_000", "_1", "1__0", "9223372036854775807", "9223372036854775808", "-9223372036854775808", "-9223372036854775809", " 1", ""}
	for _, s := range ints {
		a, err1 := strconv.Atoi(s)
		b, err2 := strconv.ParseInt(s, 0, 64)
		fmt.Println(s, a, err1, b, err2)
	}
	for _, s := range []string{"255", "256", "-1", "ff", "FF", "0xff"} {
		u, err := strconv.ParseUint(s, 16, 8)
		fmt.Println(s, u, err)
	}
	n, err := strconv.ParseInt("-129", 10, 8)
	fmt.Println(n, err)
	n, err = strconv.ParseInt("zz", 36, 64)
	fmt.Println(n, err)
	floats := []string{"1.5", "-0", "inf", "-Inf", "NaN", "1e308", "1e309", "-1e309", "4.9e-324", "1e-400", "0x1p-2", "1_000.5", ".5", "5.", "1e", "0x1.8p1", "+.1e+2"}
	for _, s := range floats {
		f, err := strconv.ParseFloat(s, 64)
		fmt.Println(s, f, err)
	}
	f32, err := strconv.ParseFloat("3.4e39", 32)
	fmt.Println(f32, err)
	f32, err = strconv.ParseFloat("0.1", 32)
	fmt.Println(f32, err)
	for _, f := range []float64{0, 1, -1.5, 1e21, 1e20, 123456.789, 1e-7, 0.000001} {
		fmt.Println(strconv.FormatFloat(f, 'f', -1, 64), strconv.FormatFloat(f, 'e', 3, 64), strconv.FormatFloat(f, 'g', -1, 64), strconv.FormatFloat(f, 'G', 4, 64), strconv.FormatFloat(f, 'b', -1, 64))
	}
	fmt.Println(strconv.FormatFloat(0.1, 'f', -1, 32), strconv.FormatFloat(1.0/3, 'x', -1, 64), strconv.FormatFloat(1.0/3, 'X', 3, 64))
	fmt.Println(strconv.FormatInt(-255, 16), strconv.FormatInt(35, 36), strconv.FormatUint(1<<64-1, 2), strconv.Itoa(-0))
	fmt.Println(strconv.Quote("héllo\n\x00\xff\u2028"), strconv.QuoteToASCII("héllo☺"), strconv.QuoteRune('☺'), strconv.QuoteRuneToASCII('☺'))
	fmt.Println(strconv.QuoteToGraphic("\u00a0x\t"), strconv.CanBackquote("a`b"), strconv.CanBackquote("ab"))
	for _, q := range []string{`"a\tb"`, "`raw\\n`", `'x'`, `"\u00e9"`, `"\x41"`, `"unterminated`, `'ab'`, `"\q"`, `""`} {
		u, err := strconv.Unquote(q)
		fmt.Printf("%s -> %q %v\n", q, u, err)
	}
	b, err := strconv.ParseBool("T")
	fmt.Println(b, err)
	for _, s := range []string{"1", "t", "TRUE", "True", "tRUE", "0", "F", "false"} {
		b, err := strconv.ParseBool(s)
		fmt.Print(b, err == nil, " ")
	}
	fmt.Println()
	fmt.Println(string(strconv.AppendInt([]byte("n="), -42, 10)), string(strconv.AppendQuote(nil, "q")), string(strconv.AppendBool([]byte{}, true)))
	fmt.Println(strconv.FormatBool(false), strconv.IsPrint('\u00ad'), strconv.IsPrint('a'), strconv.IsGraphic('\u00a0'))
	v, mb, tail, err := strconv.UnquoteChar(`\u00e9rest`, '"')
	fmt.Println(v, mb, tail, err)
}
