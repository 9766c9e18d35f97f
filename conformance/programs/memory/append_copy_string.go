// append(b, s...) and copy(b, s) read a string's bytes where they are,
// constants, substrings and a strings.Builder's view alike.
package main

import (
	"fmt"
	"strings"
)

func main() {
	b := make([]byte, 0, 4)
	s := "hello"
	b = append(b, s...)
	b = append(b, s[1:3]...)
	b = append(b, ""...)
	var sb strings.Builder
	sb.WriteString("builder!")
	v := sb.String()
	b = append(b, v[2:]...)
	fmt.Println(string(b), len(b))
	c := make([]byte, 3)
	n := copy(c, "xyzw")
	fmt.Println(n, string(c))
	n = copy(c[1:], v)
	fmt.Println(n, string(c))
	n = copy(c, "")
	fmt.Println(n, string(c))
	type B []byte
	var bb B
	bb = append(bb, "typed"...)
	fmt.Println(string(bb))
}

// The source may alias the destination's own bytes through a string.
func init() {
	b := []byte("abcdef")
	s := string(b[:3])
	b = append(b[:2], s...)
	fmt.Println(string(b))
	n := copy(b[1:], s)
	fmt.Println(n, string(b))
}
