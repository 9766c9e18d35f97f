package main

import (
	"fmt"
	"strings"
)

// arbitrary precision decimal using uint32 limbs base 1e9
type Big []uint32

const base = 1000000000

func FromUint(n uint64) Big {
	var b Big
	for n > 0 {
		b = append(b, uint32(n%base))
		n /= base
	}
	return b
}

func (a Big) Mul(m uint32) Big {
	var out Big
	var carry uint64
	for _, limb := range a {
		p := uint64(limb)*uint64(m) + carry
		out = append(out, uint32(p%base))
		carry = p / base
	}
	for carry > 0 {
		out = append(out, uint32(carry%base))
		carry /= base
	}
	return out
}

func (a Big) Add(b Big) Big {
	var out Big
	var carry uint32
	for i := 0; i < len(a) || i < len(b) || carry > 0; i++ {
		s := carry
		if i < len(a) {
			s += a[i]
		}
		if i < len(b) {
			s += b[i]
		}
		out = append(out, s%base)
		carry = s / base
	}
	return out
}

func (a Big) String() string {
	if len(a) == 0 {
		return "0"
	}
	var sb strings.Builder
	sb.WriteString(fmt.Sprint(a[len(a)-1]))
	for i := len(a) - 2; i >= 0; i-- {
		fmt.Fprintf(&sb, "%09d", a[i])
	}
	return sb.String()
}

func main() {
	f := FromUint(1)
	for i := uint32(1); i <= 30; i++ {
		f = f.Mul(i)
	}
	fmt.Println("30! =", f)
	a, b := FromUint(0), FromUint(1)
	for i := 0; i < 150; i++ {
		a, b = b, a.Add(b)
	}
	fmt.Println("fib150 =", a)
	fmt.Println(FromUint(18446744073709551615).Mul(4294967295))
	fmt.Printf("%v|%s|%d\n", FromUint(12), FromUint(0), []uint32(FromUint(5)))
}
