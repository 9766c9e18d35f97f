package main

import (
	"fmt"
	"strings"
)

func main() {
	fmt.Printf("%q\n", strings.Split("a,b,c", ","))
	fmt.Printf("%q\n", strings.Split("a,b,c,", ","))
	fmt.Printf("%q\n", strings.Split("abc", ""))
	fmt.Printf("%q\n", strings.Split("", ","))
	fmt.Printf("%q\n", strings.Split("no sep", "|"))
	fmt.Printf("%q\n", strings.Split("a--b----c", "--"))
	fmt.Printf("%q\n", strings.Split("世界x世", "世"))
	fmt.Printf("%q\n", strings.SplitN("a,b,c,d", ",", 2))
	fmt.Printf("%q\n", strings.SplitN("a,b,c,d", ",", 0))
	fmt.Printf("%q\n", strings.SplitN("a,b,c,d", ",", -1))
	fmt.Printf("%q\n", strings.SplitN("a,b", ",", 5))
	fmt.Printf("%q\n", strings.Fields("  foo bar\tbaz\n\nqux  "))
	fmt.Printf("%q\n", strings.Fields(""))
	fmt.Printf("%q\n", strings.Fields("   "))
	fmt.Printf("%q\n", strings.Fields("a\u00a0b\u2003c\vd\fe\rf"))
	parts := strings.Split("k1=v1;k2=v2;k3", ";")
	for _, p := range parts {
		kv := strings.SplitN(p, "=", 2)
		fmt.Println(len(kv), kv)
	}
	fmt.Println(len(strings.Split("", "")), strings.Split("", "") == nil)
	words := strings.Fields("the quick brown fox")
	fmt.Println(len(words), strings.Join(words, "_"))
}
