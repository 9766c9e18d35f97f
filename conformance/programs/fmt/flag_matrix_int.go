package main

import "fmt"

func main() {
	flags := []string{"", "+", "-", " ", "0", "#", "+0", "-0", "# ", "#0", "+#", " 0"}
	widths := []string{"", "6", ".3", "6.3", ".0"}
	verbs := []string{"d", "x", "X", "o", "O", "b", "c", "q", "U", "v"}
	vals := []any{0, 42, -42, int8(-128), uint8(255), uint64(1 << 63), 'é'}
	for _, v := range vals {
		fmt.Printf("== %T %v\n", v, v)
		for _, verb := range verbs {
			line := verb + ":"
			for _, f := range flags {
				for _, w := range widths {
					format := "%" + f + w + verb
					line += "[" + fmt.Sprintf(format, v) + "]"
				}
			}
			fmt.Println(line)
		}
	}
}
