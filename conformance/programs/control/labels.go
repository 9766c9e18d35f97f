package main

import "fmt"

func main() {
outer:
	for i := 0; i < 3; i++ {
		for j := 0; j < 3; j++ {
			if j == 2 {
				continue outer
			}
			if i == 2 {
				break outer
			}
			fmt.Println(i, j)
		}
	}
	found := false
search:
	for _, row := range [][]int{{1, 2}, {3, 4}, {5, 6}} {
		for _, v := range row {
			if v == 4 {
				found = true
				break search
			}
		}
	}
	fmt.Println("found", found)
loop:
	for i := 0; ; i++ {
		switch {
		case i == 1:
			continue loop
		case i > 3:
			break loop
		}
		fmt.Println("i =", i)
	}
	var x any = 3
sw:
	switch x.(type) {
	case int:
		for k := 0; k < 5; k++ {
			if k == 2 {
				break sw
			}
			fmt.Println("k", k)
		}
		fmt.Println("not reached")
	}
	n := 0
L1:
	for a := range 3 {
	L2:
		for b := range 3 {
			for c := range 3 {
				n++
				if c == 1 {
					continue L2
				}
				if b == 2 {
					continue L1
				}
				if a == 2 {
					break L1
				}
			}
		}
	}
	fmt.Println("n", n)
blk:
	switch {
	default:
		for i := 0; i < 10; i++ {
			if i == 1 {
				break blk
			}
		}
	}
	fmt.Println("done")
}
