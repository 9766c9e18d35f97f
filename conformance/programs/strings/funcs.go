package main

import (
	"fmt"
	"strings"
)

func main() {
	s := "Hello, World! Hello, Go!"
	fmt.Println(strings.Contains(s, "World"), strings.Contains(s, "world"), strings.Contains(s, ""))
	fmt.Println(strings.ContainsRune(s, 'G'), strings.ContainsRune(s, 'z'), strings.ContainsRune("世界", '界'))
	fmt.Println(strings.Count(s, "Hello"), strings.Count(s, "l"), strings.Count("five", ""), strings.Count("世界", ""))
	fmt.Println(strings.HasPrefix(s, "Hello"), strings.HasPrefix(s, "World"), strings.HasSuffix(s, "Go!"), strings.HasSuffix(s, ""))
	fmt.Println(strings.Index(s, "o"), strings.Index(s, "xyz"), strings.Index(s, ""), strings.Index("chicken", "ken"))
	fmt.Println(strings.IndexByte(s, 'W'), strings.IndexByte(s, 'q'), strings.Index("世界abc", "a"))
	fmt.Println(strings.LastIndex(s, "Hello"), strings.LastIndex(s, "o"), strings.LastIndex(s, "zz"), strings.LastIndex(s, ""))
	fmt.Println(strings.Join([]string{"a", "b", "c"}, ", "), strings.Join(nil, "-"), strings.Join([]string{"solo"}, "-"))
	fmt.Println(strings.Repeat("ab", 3), strings.Repeat("x", 0) == "", len(strings.Repeat("世", 4)))
	fmt.Println(strings.Replace("oink oink oink", "k", "ky", 2))
	fmt.Println(strings.Replace("oink oink oink", "oink", "moo", -1))
	fmt.Println(strings.ReplaceAll("aaaa", "aa", "b"), strings.Replace("abc", "", "-", -1), strings.Replace("abc", "", "-", 2))
	fmt.Println(strings.ToUpper("hello, ß ü world 世"), strings.ToLower("HELLO ÀÉÎ World"))
	fmt.Println(strings.EqualFold("Go", "GO"), strings.EqualFold("Straße", "STRASSE"), strings.EqualFold("ǅ", "ǆ"))
	fmt.Println(strings.Map(func(r rune) rune {
		if r >= 'a' && r <= 'z' {
			return 'a' + (r-'a'+13)%26
		}
		return r
	}, "hello, rot13!"))
	fmt.Println(strings.Map(func(r rune) rune {
		if r == ' ' {
			return -1
		}
		return r
	}, "drop all spaces here"))
}
