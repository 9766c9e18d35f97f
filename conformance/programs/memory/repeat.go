// strings.Repeat with a count the program controls: a negative count and
// a length past maxInt panic with strings' own messages, a length past
// Go's maxAlloc is makeslice's recoverable range error (strings.Builder
// grows through bytealg.MakeNoZero), an empty string repeats to "" at any
// count, and a result the system cannot back is the fatal "out of
// memory" (2^47 bytes: Go cannot reserve that much address space, so its
// report is the bare "out of memory" after a line naming the block).
package main

import (
	"fmt"
	"strings"
)

func try(name string, f func()) {
	defer func() { fmt.Printf("%-10s %v\n", name, recover()) }()
	f()
}

func main() {
	defer fmt.Println("deferred calls do not run")
	neg, big := -1, 1<<62
	try("negative", func() { _ = strings.Repeat("ab", neg) })
	try("min int", func() { _ = strings.Repeat("", -1<<63) })
	try("overflow", func() { _ = strings.Repeat("ab", big) })
	try("overflow2", func() { _ = strings.Repeat("abc", 1<<61+neg+1) })
	try("maxAlloc+1", func() { _ = strings.Repeat("x", 1<<48+neg+2) })
	try("maxAlloc+2", func() { _ = strings.Repeat("ab", 1<<47+neg+2) })
	try("empty", func() { fmt.Println(len(strings.Repeat("", big))) })
	try("zero", func() { fmt.Printf("%q\n", strings.Repeat("abc", 0)) })
	try("one", func() { fmt.Printf("%q\n", strings.Repeat("abc", 1)) })
	try("small", func() { fmt.Printf("%q\n", strings.Repeat("ab-", 5)) })
	try("1M", func() {
		s := strings.Repeat("xyz", 1<<20)
		fmt.Println(len(s), s[len(s)-4:], strings.Count(s, "zx"))
	})
	try("builder", func() {
		var b strings.Builder
		b.Grow(big)
	})
	try("builder<0", func() {
		var b strings.Builder
		b.Grow(neg)
	})
	try("builder ok", func() {
		var b strings.Builder
		b.Grow(100)
		b.WriteString("hi")
		fmt.Println(b.Len(), b.Cap() >= 100, b.String())
	})
	fmt.Println(len(strings.Repeat("x", 1<<47)))
}
