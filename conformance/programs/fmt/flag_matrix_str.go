package main

import "fmt"

type S string

func (s S) String() string { return "S<" + string(s) + ">" }

func main() {
	flags := []string{"", "-", "+", "#", " ", "0", "-#", "+#", "# "}
	widths := []string{"", "8", ".2", "8.2", ".0"}
	verbs := []string{"s", "q", "x", "X", "v"}
	vals := []any{"", "abc", "héllo", "a\"b\n", "\xff\x00", []byte("xyz"), S("str"), []string{"a", "bc"}, true, nil, 'x', []int{1, 2}}
	for _, v := range vals {
		fmt.Printf("== %T\n", v)
		for _, verb := range verbs {
			line := verb + ":"
			for _, f := range flags {
				for _, w := range widths {
					line += "[" + fmt.Sprintf("%"+f+w+verb, v) + "]"
				}
			}
			fmt.Println(line)
		}
	}
	fmt.Printf("%#U %#U %#U %U %#8U|%-#10U|\n", '\n', 'x', 0x1F600, 0x110000, 'a', 'é')
	fmt.Printf("%t %5t %-6t| %v %q\n", true, false, true, false, true)
}
