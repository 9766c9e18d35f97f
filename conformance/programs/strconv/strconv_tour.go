package main

import (
	"fmt"
	"strconv"
)

func main() {
	for _, s := range []string{"42", "-0", "+7", " 1", "1_000", "0x1f", "9223372036854775807", "9223372036854775808", "-9223372036854775809", "", "abc", "3.0"} {
		n, err := strconv.Atoi(s)
		fmt.Printf("Atoi(%q) = %d, %v\n", s, n, err)
	}
	for _, c := range []struct {
		s    string
		base int
		bits int
	}{{"ff", 16, 64}, {"-80", 16, 8}, {"80", 16, 8}, {"0b101", 0, 64}, {"0o17", 0, 32}, {"1_000", 0, 64}, {"z", 36, 64}, {"12", 2, 64}, {"777", 8, 16}} {
		n, err := strconv.ParseInt(c.s, c.base, c.bits)
		fmt.Println(n, err)
	}
	u, err := strconv.ParseUint("-1", 10, 64)
	fmt.Println(u, err)
	u, err = strconv.ParseUint("18446744073709551615", 10, 64)
	fmt.Println(u, err)
	for _, s := range []string{"3.14", "1e10", "-0.0", "inf", "-Inf", "NaN", "1e400", "0x1p-2", ".5", "5.", "1_0.5", "abc", "1e-400"} {
		f, err := strconv.ParseFloat(s, 64)
		fmt.Println(f, err)
	}
	f32, err := strconv.ParseFloat("3.4e39", 32)
	fmt.Println(f32, err)
	for _, s := range []string{"true", "T", "1", "FALSE", "f", "yes"} {
		b, err := strconv.ParseBool(s)
		fmt.Println(b, err)
	}
	fmt.Println(strconv.FormatFloat(1234.5678, 'e', -1, 64), strconv.FormatFloat(1234.5678, 'E', 3, 64), strconv.FormatFloat(1234.5678, 'g', 3, 64), strconv.FormatFloat(0.000012345, 'g', -1, 64), strconv.FormatFloat(100, 'f', -1, 64), strconv.FormatFloat(2.5, 'f', 0, 64))
	fmt.Println(strconv.FormatFloat(float64(float32(0.1)), 'g', -1, 32), strconv.FormatFloat(1e21, 'f', -1, 64), strconv.FormatFloat(-0.0, 'g', -1, 64))
	fmt.Println(strconv.FormatBool(true), strconv.FormatInt(-8, 2), strconv.FormatUint(255, 16), strconv.Itoa(0))
	fmt.Println(strconv.Quote("hi\n\"there\"\x00é☺\U0001F600"), strconv.QuoteToASCII("é☺"), strconv.QuoteRune('\''), strconv.QuoteRuneToASCII('☺'))
	for _, s := range []string{`"abc"`, "`raw\\n`", `'x'`, `"bad`, `"\u00e9\t"`, `abc`, `"\q"`} {
		u, err := strconv.Unquote(s)
		fmt.Printf("%q %v\n", u, err)
	}
	b := []byte("x=")
	b = strconv.AppendInt(b, -12, 10)
	b = strconv.AppendQuote(b, "q")
	b = strconv.AppendBool(b, false)
	b = strconv.AppendFloat(b, 1.5, 'f', 2, 64)
	fmt.Println(string(b))
	_, err = strconv.Atoi("12a")
	if ne, ok := err.(*strconv.NumError); ok {
		fmt.Println(ne.Func, ne.Num, ne.Err, ne.Err == strconv.ErrSyntax)
	}
	fmt.Println(strconv.IsPrint('a'), strconv.IsPrint('\x01'), strconv.CanBackquote("a`b"))
}
