package main

import "fmt"

func main() {
	grid := [][]int{{1, 2, 3}, {4, -1, 6}, {7, 8, 9}}
	sum := 0
rows:
	for i, row := range grid {
		for j, v := range row {
			if v < 0 {
				fmt.Println("skip row", i, "at col", j)
				continue rows
			}
			if v > 8 {
				break rows
			}
			sum += v
		}
	}
	fmt.Println("sum", sum)

	m := map[string][]string{"a": {"x", "y"}, "b": {"stop", "z"}, "c": {"w"}}
	keys := []string{"a", "b", "c"}
	var seen []string
outer:
	for _, k := range keys {
		for _, v := range m[k] {
			if v == "stop" {
				continue outer
			}
			seen = append(seen, k+v)
		}
	}
	fmt.Println(seen)

	// labeled break out of switch inside loop
	n := 0
loop:
	for {
		switch {
		case n > 3:
			break loop
		case n%2 == 0:
			n += 3
			continue
		default:
			n++
		}
		fmt.Println("n now", n)
	}
	fmt.Println("final n", n)

	// break inside select-less switch only breaks switch
	for i := 0; i < 3; i++ {
		switch i {
		case 1:
			break
		default:
			fmt.Println("i", i)
		}
	}

	// labeled continue over string range
	count := 0
words:
	for _, w := range []string{"héllo", "wörld", "abc"} {
		for _, r := range w {
			if r > 127 {
				count++
				continue words
			}
		}
		fmt.Println("ascii word", w)
	}
	fmt.Println("non-ascii words", count)


	// labeled block with break from range over int
L:
	for i := range 10 {
		for j := range i {
			if i*j > 6 {
				fmt.Println("break at", i, j)
				break L
			}
		}
	}
	// labeled loop with defer-like cleanup via closure
	var log []string
	func() {
	F:
		for i := range 3 {
			defer func() { log = append(log, fmt.Sprint("d", i)) }()
			if i == 1 {
				break F
			}
		}
	}()
	fmt.Println(log)
}
