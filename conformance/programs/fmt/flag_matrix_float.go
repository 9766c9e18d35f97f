package main

import (
	"fmt"
	"math"
)

func main() {
	flags := []string{"", "+", "-", " ", "0", "#", "+0", "-0", "# ", "#0"}
	widths := []string{"", "9", ".0", ".3", "9.2", "12.5"}
	verbs := []string{"f", "e", "E", "g", "G", "v", "x", "b"}
	vals := []any{0.0, 1.0, -2.5, 123456.789, 1e-7, 1e21, math.Inf(-1), math.NaN(), float32(0.3), float32(-1e10)}
	for _, v := range vals {
		fmt.Printf("== %T %v\n", v, v)
		for _, verb := range verbs {
			if verb == "b" && len(fmt.Sprint(v)) > 0 {
				fmt.Printf("b:[%b][%20b]\n", v, v)
				continue
			}
			line := verb + ":"
			for _, f := range flags {
				for _, w := range widths {
					line += "[" + fmt.Sprintf("%"+f+w+verb, v) + "]"
				}
			}
			fmt.Println(line)
		}
	}
}
