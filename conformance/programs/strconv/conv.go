package main

import (
	"fmt"
	"strconv"
)

func main() {
	fmt.Println(strconv.Itoa(0), strconv.Itoa(-123), strconv.Itoa(9223372036854775807))
	for _, s := range []string{"42", "-7", "+5", "0x1f", "1_000", "", " 1", "9223372036854775808", "abc", "3.0"} {
		n, err := strconv.Atoi(s)
		fmt.Println(n, err)
	}
	for _, s := range []string{"ff", "-80", "z", "7fffffffffffffff", "10000000000000000"} {
		n, err := strconv.ParseInt(s, 16, 64)
		fmt.Println(n, err)
	}
	i8, err := strconv.ParseInt("200", 10, 8)
	fmt.Println(i8, err)
	i8, err = strconv.ParseInt("-200", 10, 8)
	fmt.Println(i8, err)
	b0, err := strconv.ParseInt("0x_1F", 0, 64)
	fmt.Println(b0, err)
	b0, err = strconv.ParseInt("0b101", 0, 64)
	fmt.Println(b0, err)
	b0, err = strconv.ParseInt("0o17", 0, 64)
	fmt.Println(b0, err)
	b0, err = strconv.ParseInt("017", 0, 64)
	fmt.Println(b0, err)
	b0, err = strconv.ParseInt("101", 2, 64)
	fmt.Println(b0, err)
	b0, err = strconv.ParseInt("zz", 36, 64)
	fmt.Println(b0, err)
	u, err := strconv.ParseUint("18446744073709551615", 10, 64)
	fmt.Println(u, err)
	u, err = strconv.ParseUint("18446744073709551616", 10, 64)
	fmt.Println(u, err)
	u, err = strconv.ParseUint("-1", 10, 64)
	fmt.Println(u, err)
	u, err = strconv.ParseUint("300", 10, 8)
	fmt.Println(u, err)
	fmt.Println(strconv.FormatInt(-255, 16), strconv.FormatInt(255, 2), strconv.FormatInt(35, 36), strconv.FormatInt(-9223372036854775808, 10))
	fmt.Println(strconv.FormatUint(18446744073709551615, 16), strconv.FormatUint(8, 8))
	fmt.Println(strconv.FormatBool(true), strconv.FormatBool(false))
	for _, s := range []string{"true", "1", "t", "T", "TRUE", "True", "false", "0", "f", "F", "FALSE", "False", "yes", "tRuE"} {
		b, err := strconv.ParseBool(s)
		fmt.Println(s, b, err)
	}
}
