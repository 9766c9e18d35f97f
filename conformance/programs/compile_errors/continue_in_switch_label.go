package main

import "fmt"

func main() {
	x := 1
S:
	switch x {
	case 1:
		for i := 0; i < 2; i++ {
			if i == 1 {
				continue S
			}
			fmt.Println(i)
		}
	}
}
