package main

import "fmt"

type Board [3][3]byte

func (b *Board) Set(r, c int, v byte) {
	b[r][c] = v
}

func main() {
	var b Board
	b.Set(0, 0, 'X')
	b.Set(2, 2, 'O')
	for _, row := range b {
		for _, c := range row {
			if c == 0 {
				c = '.'
			}
			fmt.Printf("%c", c)
		}
		fmt.Println()
	}
	b.Set(1, 3, 'X')
}
