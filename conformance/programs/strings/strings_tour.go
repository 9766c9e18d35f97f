package main

import (
	"fmt"
	"strings"
)

func main() {
	s := "  Hello, World! Hello, Go!  "
	fmt.Printf("%q\n", strings.TrimSpace(s))
	fmt.Println(strings.Index(s, "Hello"), strings.LastIndex(s, "Hello"), strings.IndexByte(s, 'W'), strings.IndexRune(s, 'G'), strings.IndexAny(s, "!,"), strings.LastIndexAny(s, "lo"))
	fmt.Println(strings.Contains(s, ""), strings.ContainsRune(s, 'ö'), strings.ContainsAny(s, "xyz!"), strings.Count(s, "l"), strings.Count("five", ""))
	fmt.Printf("%q\n", strings.Split("a,b,,c,", ","))
	fmt.Printf("%q\n", strings.Split("abc", ""))
	fmt.Printf("%q\n", strings.SplitAfter("a,b,c", ","))
	fmt.Printf("%q\n", strings.SplitN("a,b,c,d", ",", 2))
	fmt.Printf("%q\n", strings.SplitN("a,b", ",", 0))
	fmt.Printf("%q\n", strings.Fields("  a \t b\n c  "))
	fmt.Printf("%q\n", strings.Split("", ","))
	fmt.Println(strings.Repeat("ab", 3), strings.Repeat("x", 0) == "")
	fmt.Println(strings.Replace("oink oink oink", "k", "ky", 2), strings.Replace("oink oink oink", "oink", "moo", -1), strings.Replace("abc", "", "-", -1))
	fmt.Println(strings.ToUpper("héllo wörld"), strings.ToLower("ÀÉÎ ABC"), strings.ToTitle("go"))
	fmt.Println(strings.TrimLeft("xxabcxx", "x"), strings.TrimRight("xxabcxx", "x"), strings.TrimPrefix("prefix-body", "prefix-"), strings.TrimSuffix("a.go", ".go"), strings.Trim("¡¡hola!!", "!¡"))
	fmt.Println(strings.HasPrefix("golang", "go"), strings.HasSuffix("golang", "ng"), strings.EqualFold("Straße", "STRASSE"), strings.EqualFold("Go", "GO"))
	fmt.Println(strings.Compare("a", "b"), strings.Compare("b", "a"), strings.Compare("x", "x"))
	fmt.Println(strings.Map(func(r rune) rune {
		if r == 'a' {
			return -1
		}
		return r + 1
	}, "banana"))
	before, after, found := strings.Cut("key=value=x", "=")
	fmt.Println(before, after, found)
	before, after, found = strings.Cut("novalue", "=")
	fmt.Printf("%q %q %v\n", before, after, found)
	r, ok := strings.CutPrefix("v1.2.3", "v")
	fmt.Println(r, ok)
	fmt.Println(strings.IndexFunc("abc123", func(r rune) bool { return r >= '0' && r <= '9' }), strings.LastIndexFunc("abc123def", func(r rune) bool { return r >= '0' && r <= '9' }))
	fmt.Println(strings.Title("hello wide world"), strings.ContainsFunc("abc", func(r rune) bool { return r == 'c' }))
	var sb strings.Builder
	for i := 0; i < 3; i++ {
		fmt.Fprintf(&sb, "%d,", i)
	}
	sb.WriteByte('x')
	sb.WriteRune('é')
	sb.WriteString("!")
	fmt.Println(sb.String(), sb.Len())
	sb.Reset()
	fmt.Printf("%q\n", sb.String())
	rep := strings.NewReplacer("<", "&lt;", ">", "&gt;")
	fmt.Println(rep.Replace("<a>b</a>"))
	fmt.Println(strings.Join(nil, ","), strings.Join([]string{"x"}, ","), strings.Join([]string{"a", "b", "c"}, ", "))
	fmt.Println(strings.ToValidUTF8("a\xffb", "?"), strings.LastIndexByte("abca", 'a'), strings.TrimFunc("¡¡hola!!", func(r rune) bool { return r == '!' || r == '¡' }))
	fmt.Printf("%q\n", strings.FieldsFunc("a1b2c3", func(r rune) bool { return r >= '0' && r <= '9' }))
}
