// Whole algorithms over narrow data: a sieve on []bool, run-length
// encoding of []byte, a Bloom filter on []uint8, a tiny stack machine with
// []byte code and an []int16 stack, and a histogram in [256]uint16.
package main

import "fmt"

func sieve(n int) []uint16 {
	comp := make([]bool, n+1)
	var ps []uint16
	for i := 2; i <= n; i++ {
		if !comp[i] {
			ps = append(ps, uint16(i))
			for j := i * i; j <= n; j += i {
				comp[j] = true
			}
		}
	}
	return ps
}

func rle(b []byte) []byte {
	var out []byte
	for i := 0; i < len(b); {
		j := i
		for j < len(b) && b[j] == b[i] && j-i < 255 {
			j++
		}
		out = append(out, byte(j-i), b[i])
		i = j
	}
	return out
}

func unrle(b []byte) []byte {
	var out []byte
	for i := 0; i+1 < len(b); i += 2 {
		for k := byte(0); k < b[i]; k++ {
			out = append(out, b[i+1])
		}
	}
	return out
}

type Bloom struct {
	bits [32]uint8
}

func hash(s string, seed uint32) uint32 {
	h := seed
	for i := 0; i < len(s); i++ {
		h ^= uint32(s[i])
		h *= 16777619
	}
	return h
}

func (b *Bloom) Add(s string) {
	for k := uint32(0); k < 3; k++ {
		h := hash(s, 2166136261+k) % 256
		b.bits[h/8] |= 1 << (h % 8)
	}
}

func (b Bloom) Maybe(s string) bool {
	for k := uint32(0); k < 3; k++ {
		h := hash(s, 2166136261+k) % 256
		if b.bits[h/8]&(1<<(h%8)) == 0 {
			return false
		}
	}
	return true
}

const (
	opPush byte = iota
	opAdd
	opMul
	opNeg
	opDup
	opSwap
	opPrint
	opJnz
	opDec
)

func run(code []byte) {
	stack := make([]int16, 0, 8)
	for pc := 0; pc < len(code); pc++ {
		switch code[pc] {
		case opPush:
			pc++
			stack = append(stack, int16(int8(code[pc])))
		case opAdd:
			n := len(stack)
			stack[n-2] += stack[n-1]
			stack = stack[:n-1]
		case opMul:
			n := len(stack)
			stack[n-2] *= stack[n-1]
			stack = stack[:n-1]
		case opNeg:
			stack[len(stack)-1] = -stack[len(stack)-1]
		case opDup:
			stack = append(stack, stack[len(stack)-1])
		case opSwap:
			n := len(stack)
			stack[n-1], stack[n-2] = stack[n-2], stack[n-1]
		case opPrint:
			fmt.Print(stack, " ")
		case opDec:
			stack[len(stack)-1]--
		case opJnz:
			pc++
			if stack[len(stack)-1] != 0 {
				pc = int(code[pc]) - 1
			}
		}
	}
	fmt.Println(stack)
}

func main() {
	ps := sieve(2000)
	fmt.Println(len(ps), ps[:20], ps[len(ps)-5:])

	data := []byte("aaaabbbcccccccccccccd\x00\x00\x00\xff")
	for i := 0; i < 300; i++ {
		data = append(data, 'z')
	}
	enc := rle(data)
	dec := unrle(enc)
	fmt.Println(enc, len(data), len(enc), string(dec) == string(data))

	var bl Bloom
	for _, w := range []string{"alpha", "beta", "gamma", "delta", "epsilon"} {
		bl.Add(w)
	}
	fmt.Printf("%08b\n", bl.bits[:8])
	for _, w := range []string{"alpha", "beta", "zeta", "eta", "delta", "omega"} {
		fmt.Print(w, "=", bl.Maybe(w), " ")
	}
	fmt.Println()

	// a loop (dup, swap, add, mul, dec, jnz back to pc 4) whose int16
	// products grow until they wrap, then int8 immediates widened to int16
	code := []byte{
		opPush, 1, opPush, 5,
		opDup, opPrint,
		opSwap, opPush, 0, opAdd,
		opSwap,
		opDup, opPush, 0, opAdd,
		opSwap,
		opPush, 0, opAdd,
		opMul,
		opDec, opJnz, 4,
		opPush, 0x80, opNeg, opDup, opMul, opPrint,
		opPush, 127, opDup, opMul, opDup, opMul,
	}
	run(code)

	var hist [256]uint16
	text := []byte("the quick brown fox jumps over the lazy dog THE END")
	for i := 0; i < 3000; i++ {
		hist[text[i%len(text)]]++
	}
	hist[255] = 65535
	hist[255]++
	for c, n := range hist {
		if n > 0 {
			fmt.Printf("%q:%d ", c, n)
		}
	}
	fmt.Println(hist[255])
}
