package main

import "fmt"

var out []byte

func mark(c byte) { out = append(out, c) }

// exactly eight open-coded defers, every one conditional on a bit of m;
// the panic point depends on p.
func eight(m, p int) (r int) {
	defer func() {
		if e := recover(); e != nil {
			mark('!')
			r = -r
		}
	}()
	if m&1 != 0 {
		defer mark('a')
	}
	if m&2 != 0 {
		defer mark('b')
	}
	if p == 1 {
		panic(1)
	}
	if m&4 != 0 {
		defer mark('c')
	}
	if m&8 != 0 {
		defer mark('d')
	}
	if p == 2 {
		panic(2)
	}
	if m&16 != 0 {
		defer mark('e')
	}
	if m&32 != 0 {
		defer mark('f')
	}
	if m&64 != 0 {
		defer func() { mark('g'); r += 1000 }()
	}
	if p == 3 {
		panic(3)
	}
	r = m*10 + p
	return
}

func main() {
	total := 0
	for m := 0; m < 128; m++ {
		for p := 0; p <= 3; p++ {
			out = out[:0]
			r := eight(m, p)
			total += r
			if m%37 == 0 || m == 127 {
				fmt.Printf("m=%3d p=%d r=%6d %s\n", m, p, r, out)
			}
		}
	}
	fmt.Println("total", total)
}
