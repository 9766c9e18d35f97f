package main

import "fmt"

func kind(m map[string]int, s []int, f func() int) string {
	out := ""
	switch m {
	case nil:
		out += "nil-map "
	default:
		out += fmt.Sprint("map", len(m), " ")
	}
	switch s {
	case nil:
		out += "nil-slice "
	default:
		out += fmt.Sprint("slice", len(s), " ")
	}
	switch f {
	case nil:
		out += "nil-func"
	default:
		out += fmt.Sprint("func", f())
	}
	return out
}

func main() {
	fmt.Println(kind(nil, nil, nil))
	fmt.Println(kind(map[string]int{"a": 1}, []int{}, func() int { return 7 }))
	var p *int
	switch p {
	case nil:
		fmt.Println("nil pointer")
	}
	for i := 0; i < 3; i++ {
		var s []int
		if i > 0 {
			s = make([]int, i)
		}
		switch s {
		case nil:
			fmt.Println(i, "nil")
		default:
			fmt.Println(i, len(s))
		}
	}
}
