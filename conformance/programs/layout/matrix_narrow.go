// Two-dimensional narrow data: [8][8]uint8 arrays, [][]int16 rows sharing
// one backing slice, a blur with int32 accumulation, transposes through
// row pointers, and bool grids (life).
package main

import "fmt"

type Img [8][8]uint8

func (m *Img) Transpose() {
	for i := 0; i < 8; i++ {
		for j := i + 1; j < 8; j++ {
			m[i][j], m[j][i] = m[j][i], m[i][j]
		}
	}
}

func (m Img) Sum() (s uint16) {
	for _, row := range m {
		for _, v := range row {
			s += uint16(v)
		}
	}
	return
}

func blur(src [][]int16) [][]int16 {
	h, w := len(src), len(src[0])
	back := make([]int16, h*w)
	dst := make([][]int16, h)
	for i := range dst {
		dst[i] = back[i*w : (i+1)*w]
	}
	for y := 0; y < h; y++ {
		for x := 0; x < w; x++ {
			var acc int32
			var n int32
			for dy := -1; dy <= 1; dy++ {
				for dx := -1; dx <= 1; dx++ {
					yy, xx := y+dy, x+dx
					if yy >= 0 && yy < h && xx >= 0 && xx < w {
						acc += int32(src[yy][xx])
						n++
					}
				}
			}
			dst[y][x] = int16(acc / n)
		}
	}
	return dst
}

func life(g [][]bool) [][]bool {
	n := make([][]bool, len(g))
	for y := range g {
		n[y] = make([]bool, len(g[y]))
		for x := range g[y] {
			c := 0
			for dy := -1; dy <= 1; dy++ {
				for dx := -1; dx <= 1; dx++ {
					if dy == 0 && dx == 0 {
						continue
					}
					yy, xx := (y+dy+len(g))%len(g), (x+dx+len(g[y]))%len(g[y])
					if g[yy][xx] {
						c++
					}
				}
			}
			n[y][x] = c == 3 || c == 2 && g[y][x]
		}
	}
	return n
}

func show(g [][]bool) {
	for _, row := range g {
		b := make([]byte, len(row))
		for i, v := range row {
			b[i] = '.'
			if v {
				b[i] = '#'
			}
		}
		fmt.Println(string(b))
	}
}

func main() {
	var m Img
	for i := range m {
		for j := range m[i] {
			m[i][j] = uint8(i*37 + j*11)
		}
	}
	fmt.Println(m.Sum(), m[0], m[7])
	t := m
	t.Transpose()
	fmt.Println(t[0], t[7], t.Sum() == m.Sum(), t == m)
	t.Transpose()
	fmt.Println(t == m)
	row := &m[3]
	for j := range row {
		row[j] = 255 - row[j]
	}
	col := make([]uint8, 8)
	for i := range m {
		col[i] = m[i][3]
	}
	fmt.Println(m[3], col, m.Sum())

	h, w := 6, 7
	back := make([]int16, h*w)
	img := make([][]int16, h)
	for y := range img {
		img[y] = back[y*w : (y+1)*w : (y+1)*w]
		for x := range img[y] {
			img[y][x] = int16((x*x - y*y*3) * 700)
		}
	}
	back[w+1] = 32767
	back[2*w+2] = -32768
	for _, r := range img {
		fmt.Println(r)
	}
	bl := blur(img)
	for _, r := range bl {
		fmt.Println(r)
	}
	img[0] = append(img[0], 1)
	img[0][0] = 1
	fmt.Println(back[0], img[0][0], len(img[0]), cap(img[1]))

	g := make([][]bool, 6)
	for i := range g {
		g[i] = make([]bool, 8)
	}
	g[1][2], g[2][3], g[3][1], g[3][2], g[3][3] = true, true, true, true, true
	for gen := 0; gen < 4; gen++ {
		show(g)
		fmt.Println("--")
		g = life(g)
	}

	var cube [3][3][3]int8
	for i := range cube {
		for j := range cube[i] {
			for k := range cube[i][j] {
				cube[i][j][k] = int8((i*9 + j*3 + k) * 5)
			}
		}
	}
	pc := &cube[1]
	pc[1][1] = -128
	pr := &cube[2][2]
	pr[2]++
	fmt.Println(cube)
	fmt.Println(cube[1] == cube[1], cube[0][1] == [3]int8{15, 20, 25})
}
