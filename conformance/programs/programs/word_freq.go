package main

import (
	"fmt"
	"sort"
	"strings"
)

const text = `It was the best of times, it was the worst of times, it was the age of
wisdom, it was the age of foolishness, it was the epoch of belief, it was the
epoch of incredulity.`

type wc struct {
	word  string
	count int
}

func main() {
	counts := map[string]int{}
	for _, w := range strings.FieldsFunc(strings.ToLower(text), func(r rune) bool {
		return !('a' <= r && r <= 'z')
	}) {
		counts[w]++
	}
	var list []wc
	for w, c := range counts {
		list = append(list, wc{w, c})
	}
	sort.Slice(list, func(i, j int) bool {
		if list[i].count != list[j].count {
			return list[i].count > list[j].count
		}
		return list[i].word < list[j].word
	})
	for i, e := range list {
		if i >= 8 {
			break
		}
		fmt.Printf("%-12s %3d %s\n", e.word, e.count, strings.Repeat("#", e.count))
	}
	fmt.Println(len(list), strings.Count(text, "it"), strings.Count(text, ""))
	lines := strings.Split(text, "\n")
	for i, l := range lines {
		fmt.Printf("%d %q %v %v\n", i, strings.TrimSuffix(l, ","), strings.HasPrefix(l, "It"), strings.Contains(l, "epoch"))
	}
	fmt.Println(strings.Title("x") == "X", strings.ToUpper("mIxed ß"), strings.Index(text, "age"), strings.LastIndex(text, "age"))
	fmt.Println(strings.Join(strings.SplitN("a,b,c,d", ",", 3), "|"), strings.Replace("aaaa", "a", "b", 2), strings.ReplaceAll("aaaa", "aa", "c"))
	fmt.Println(strings.EqualFold("Gopher", "GOPHER"), strings.TrimLeft("xxhixx", "x"), strings.Trim("  pad  ", " "), strings.TrimFunc("123abc456", func(r rune) bool { return r >= '0' && r <= '9' }))
	keys := make([]string, 0)
	for k := range counts {
		if strings.HasSuffix(k, "s") {
			keys = append(keys, k)
		}
	}
	sort.Strings(keys)
	fmt.Println(keys, sort.StringsAreSorted(keys), sort.SearchStrings(keys, "times"))
}
