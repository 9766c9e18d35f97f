package main

import "fmt"

const W, H = 10, 8

type Board [H][W]bool

func (b *Board) Neighbors(r, c int) int {
	n := 0
	for dr := -1; dr <= 1; dr++ {
		for dc := -1; dc <= 1; dc++ {
			if dr == 0 && dc == 0 {
				continue
			}
			rr, cc := (r+dr+H)%H, (c+dc+W)%W
			if b[rr][cc] {
				n++
			}
		}
	}
	return n
}

func (b Board) Step() Board {
	var nb Board
	for r := range H {
		for c := range W {
			n := b.Neighbors(r, c)
			nb[r][c] = n == 3 || (n == 2 && b[r][c])
		}
	}
	return nb
}

func (b Board) String() string {
	s := ""
	for _, row := range b {
		for _, cell := range row {
			if cell {
				s += "#"
			} else {
				s += "."
			}
		}
		s += "\n"
	}
	return s
}

func (b Board) Alive() (n int) {
	for _, row := range b {
		for _, c := range row {
			if c {
				n++
			}
		}
	}
	return
}

func main() {
	var b Board
	glider := [][2]int{{0, 1}, {1, 2}, {2, 0}, {2, 1}, {2, 2}}
	for _, p := range glider {
		b[p[0]][p[1]] = true
	}
	b[5][6], b[5][7], b[5][8] = true, true, true
	for gen := 0; gen < 4; gen++ {
		fmt.Printf("gen %d alive %d\n%v", gen, b.Alive(), b)
		b = b.Step()
	}
	start := b
	for range 36 {
		b = b.Step()
	}
	fmt.Println(b == start, b.Alive())
}
