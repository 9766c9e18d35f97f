package main

import (
	"errors"
	"fmt"
	"strconv"
)

func main() {
	fmt.Println(strconv.Quote("hello"), strconv.Quote("tab\there"), strconv.Quote(`"quoted"`))
	fmt.Println(strconv.Quote("世界"), strconv.Quote("\x00\x7f\xff"), strconv.Quote("\u2028 \U0001F600"))
	fmt.Println(strconv.Quote(""), strconv.Quote("back\\slash"), strconv.Quote("\a\b\f\n\r\v"))
	_, err := strconv.Atoi("12a")
	fmt.Println(err)
	fmt.Printf("%v|%T\n", err, err)
	var ne *strconv.NumError
	if errors.As(err, &ne) {
		fmt.Println(ne.Func, ne.Num, ne.Err)
		fmt.Printf("%q %q %v\n", ne.Func, ne.Num, ne.Err == strconv.ErrSyntax)
	}
	_, err = strconv.ParseInt("99999999999999999999", 10, 64)
	fmt.Println(err, errors.Is(err, strconv.ErrRange), errors.Is(err, strconv.ErrSyntax))
	_, err = strconv.ParseFloat("x1", 64)
	fmt.Println(err)
	_, err = strconv.ParseBool("maybe")
	fmt.Println(err)
	_, err = strconv.ParseUint("-5", 10, 32)
	fmt.Println(err)
	_, err = strconv.ParseInt("5", 1, 64)
	fmt.Println(err)
	_, err = strconv.ParseInt("5", 10, 65)
	fmt.Println(err)
	fmt.Println(strconv.ErrRange, strconv.ErrSyntax)
	wrapped := fmt.Errorf("config: %w", err)
	fmt.Println(wrapped)
	fmt.Printf("%+v\n", ne)
}
