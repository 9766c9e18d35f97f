// Substrings kept while the original string is dropped, results of
// strings.Split/Fields/Cut kept, byte and rune conversions, and strings
// built by concatenation in a loop, across collections.
package main

import (
	"fmt"
	"runtime"
	"strconv"
	"strings"
)

type view struct {
	head, tail string
	words      []string
}

func bigString(n int) string {
	var b strings.Builder
	for i := 0; i < n; i++ {
		b.WriteString(strconv.Itoa(i % 10))
		if i%11 == 10 {
			b.WriteByte(' ')
		}
	}
	return b.String()
}

func main() {
	var keep []string
	for i := 0; i < 50; i++ {
		s := bigString(2000 + i)
		keep = append(keep, s[10:20], s[len(s)-7:])
		if i%10 == 0 {
			runtime.GC()
		}
	}
	runtime.GC()
	fmt.Println(len(keep), keep[0], keep[1], keep[98], keep[99])

	// strings.Split / Fields / Cut results outlive their input.
	var views []view
	for i := 0; i < 30; i++ {
		line := fmt.Sprintf("id=%d;name=item%d;tags=a%d b%d  c%d;end", i, i, i, i*2, i*3)
		parts := strings.Split(line, ";")
		_, tags, _ := strings.Cut(parts[2], "=")
		head, tail, _ := strings.Cut(parts[1], "=")
		views = append(views, view{head: head, tail: tail, words: strings.Fields(tags)})
	}
	runtime.GC()
	for _, v := range views[27:] {
		fmt.Println(v.head, v.tail, v.words, len(v.words))
	}

	// A substring taken from a string reachable only through a struct.
	type doc struct{ text string }
	d := &doc{text: strings.Repeat("abcdefghij", 500)}
	mid := d.text[2345:2360]
	d = nil
	runtime.GC()
	fmt.Println(mid, len(mid))

	// Concatenation in a loop: every intermediate string is garbage.
	acc := ""
	for i := 0; i < 400; i++ {
		acc += strconv.Itoa(i % 7)
		if len(acc) > 100 {
			acc = acc[50:]
		}
		if i%100 == 0 {
			runtime.GC()
		}
	}
	runtime.GC()
	fmt.Println(acc, len(acc))

	// Byte and rune slices converted back and forth.
	bs := []byte(bigString(300))
	rs := []rune("héllo, wörld — ünïcode ✓ " + string(bs[:20]))
	str := string(rs[3:12])
	bs, rs = nil, nil
	runtime.GC()
	fmt.Println(str, len(str), []byte(str)[:4])

	// Map keys built from substrings; the originals are dropped.
	counts := map[string]int{}
	for i := 0; i < 200; i++ {
		s := fmt.Sprintf("%05d-suffix-%d", i*37, i)
		counts[s[:3]]++
		counts[s[len(s)-1:]]++
	}
	runtime.GC()
	fmt.Println(len(counts), counts["000"], counts["072"], counts["9"], counts["0"])

	// strings.Join and Replace results reused as inputs.
	words := strings.Fields(strings.Repeat("alpha beta gamma ", 40))
	joined := strings.Join(words, "-")
	words = nil
	runtime.GC()
	rep := strings.ReplaceAll(joined, "beta", "B")
	joined = ""
	runtime.GC()
	fmt.Println(len(rep), rep[:30], strings.Count(rep, "B"), strings.LastIndex(rep, "alpha"))
}
