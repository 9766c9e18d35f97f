package main

import (
	"fmt"
	"strings"
)

type csv struct {
	sb strings.Builder
	n  int
}

func (c *csv) add(v string) {
	if c.n > 0 {
		c.sb.WriteByte(',')
	}
	c.sb.WriteString(v)
	c.n++
}

func main() {
	var sb strings.Builder
	fmt.Println(sb.Len(), sb.String() == "")
	sb.WriteString("hello")
	sb.WriteByte(' ')
	sb.WriteRune('世')
	sb.WriteRune('界')
	n, err := sb.WriteString("!!")
	fmt.Println(n, err)
	fmt.Println(sb.String(), sb.Len())
	fmt.Fprintf(&sb, " %d-%s", 42, "x")
	fmt.Println(sb.String())
	sb.Reset()
	fmt.Println(sb.Len(), sb.String())
	for i := 0; i < 5; i++ {
		sb.WriteString(fmt.Sprint(i))
	}
	fmt.Println(sb.String())
	var c csv
	for _, v := range []string{"a", "b", "c"} {
		c.add(v)
	}
	fmt.Println(c.sb.String(), c.n)
	b := &strings.Builder{}
	b.Write([]byte("bytes"))
	b.WriteRune(0x1F600)
	fmt.Println(b.String(), b.Len())
	fmt.Println(strings.Repeat("=", 10))
}
