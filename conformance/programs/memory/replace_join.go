// strings.Replace and strings.Join size their result first, as Go's
// strings.Builder.Grow: past Go's maxAlloc that is makeslice's
// recoverable range error, before any work; a result the system cannot
// back is the fatal "out of memory". The inputs here stay small (16 MB);
// only the sizes they imply are huge.
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
	s := strings.Repeat("x", 1<<24)
	wide := strings.Repeat("y", 1<<24+1)
	try("empty old", func() { _ = strings.Replace(s, "", wide, -1) })
	try("each x", func() { _ = strings.ReplaceAll(s, "x", wide) })
	short := s[:1<<20]
	try("limited", func() {
		r := strings.Replace(short, "x", wide, 1)
		fmt.Println(len(r), r[:2], r[len(r)-2:])
	})
	try("shrinks", func() { fmt.Println(len(strings.ReplaceAll(s, "xx", "z"))) })
	try("no match", func() { fmt.Println(len(strings.Replace(s, "q", wide, -1))) })
	try("join", func() {
		parts := []string{short, short, short}
		fmt.Println(len(strings.Join(parts, "--")))
	})
	try("join small", func() { fmt.Println(strings.Join([]string{"a", "b", "c"}, ", ")) })
	half := wide[:1<<23]
	r := strings.Replace(s, "", half, -1)
	fmt.Println("unreachable", len(r))
}
