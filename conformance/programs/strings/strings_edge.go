package main

import (
	"fmt"
	"strings"
	"unicode"
)

func main() {
	fmt.Printf("%q\n", strings.Split("", ","))
	fmt.Printf("%q\n", strings.Split("a,b,", ","))
	fmt.Printf("%q\n", strings.Split("abc", ""))
	fmt.Printf("%q\n", strings.SplitN("a,b,c,d", ",", 2))
	fmt.Printf("%q\n", strings.SplitN("a,b", ",", 0))
	fmt.Printf("%q\n", strings.SplitN("a,b", ",", -1))
	fmt.Printf("%q\n", strings.SplitAfter("a,b,c", ","))
	fmt.Printf("%q\n", strings.SplitAfterN("a,b,c", ",", 2))
	fmt.Printf("%q\n", strings.Fields("  \t\n "))
	fmt.Printf("%q\n", strings.FieldsFunc("a1b22c333", unicode.IsDigit))
	fmt.Println(strings.Repeat("ab", 0), strings.Repeat("-", 5))
	fmt.Println(strings.Replace("aaaa", "a", "b", 2), strings.Replace("abc", "", "-", -1), strings.Replace("abc", "", "-", 2))
	fmt.Println(strings.ReplaceAll("banana", "ana", "X"))
	r := strings.NewReplacer("a", "1", "aa", "2", "b", "")
	fmt.Println(r.Replace("aaab"))
	r2 := strings.NewReplacer("<", "&lt;", ">", "&gt;", "&", "&amp;")
	fmt.Println(r2.Replace("<a & b>"))
	fmt.Println(strings.Index("", ""), strings.Index("abc", ""), strings.LastIndex("abc", ""), strings.Index("abc", "abcd"))
	fmt.Println(strings.IndexAny("golang", "ny"), strings.LastIndexAny("golang", "go"), strings.IndexAny("x", ""))
	fmt.Println(strings.IndexFunc("Hello, 世界", unicode.IsUpper), strings.LastIndexFunc("Hello, 世界", unicode.IsLetter))
	fmt.Println(strings.Trim("xxhixx", "x"), strings.TrimLeft("aabcaa", "ab"), strings.TrimRight("aabcaa", "a"))
	fmt.Println(strings.TrimPrefix("prefix-body", "prefix-"), strings.TrimSuffix("a.go.go", ".go"))
	fmt.Println(strings.TrimSpace("\t\n x y \r\v\f\u00a0"), "|")
	fmt.Println(strings.TrimFunc("123abc456", unicode.IsDigit))
	before, after, found := strings.Cut("key=value=x", "=")
	fmt.Println(before, after, found)
	before, after, found = strings.Cut("novalue", "=")
	fmt.Printf("%q %q %v\n", before, after, found)
	rest, ok := strings.CutPrefix("foobar", "foo")
	fmt.Println(rest, ok)
	rest, ok = strings.CutSuffix("foobar", "baz")
	fmt.Println(rest, ok)
	fmt.Println(strings.EqualFold("Straße", "STRASSE"), strings.EqualFold("Gö", "GÖ"), strings.EqualFold("K", "\u212a"))
	fmt.Println(strings.ToUpper("straße ǆ ﬁ"), strings.ToLower("İSTANBUL ǅ Σ"), strings.ToTitle("ǆx"))
	fmt.Println(strings.Compare("a", "b"), strings.Compare("b", "a"), strings.Compare("", ""))
	fmt.Println(strings.Contains("", ""), strings.ContainsAny("abc", ""), strings.ContainsAny("abc", "xyzc"), strings.ContainsFunc("abc", unicode.IsUpper))
	fmt.Println(strings.Count("cheese", "e"), strings.Count("five", ""), strings.Count("aaaa", "aa"))
	fmt.Println(strings.HasPrefix("", ""), strings.HasSuffix("abc", "bc"), strings.HasPrefix("a", "ab"))
	fmt.Println(strings.Join(nil, ","), strings.Join([]string{"x"}, ","), strings.Join([]string{"a", "", "b"}, "--"))
	fmt.Println(strings.Map(func(r rune) rune {
		if r == 'a' {
			return -1
		}
		return unicode.ToUpper(r)
	}, "banana"))
	fmt.Println(strings.Title("hello wide world"), strings.LastIndexByte("abcabc", 'b'), strings.IndexByte("abc", 'z'))
	var sb strings.Builder
	fmt.Println(sb.Len(), sb.String() == "")
	sb.WriteByte('x')
	sb.WriteRune('é')
	sb.WriteString("yz")
	n, _ := sb.Write([]byte{'!', '!'})
	fmt.Println(sb.String(), sb.Len(), n)
	sb.Reset()
	fmt.Fprintf(&sb, "%03d|%s", 7, "q")
	fmt.Println(sb.String())
	defer func() { fmt.Println("recovered:", recover()) }()
	fmt.Println(strings.Repeat("x", -1))
}
