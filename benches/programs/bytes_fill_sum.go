package main

import "fmt"

// One 100 MB byte slice, filled with a pattern and summed, three times.

func main() {
	b := make([]byte, 100_000_000)
	total := 0
	for pass := 0; pass < 3; pass++ {
		for i := range b {
			b[i] = byte(i*(pass+3) + i>>9)
		}
		sum := 0
		for _, x := range b {
			sum += int(x)
		}
		fmt.Println("pass", pass, "sum", sum)
		total += sum
	}
	fmt.Println("total", total, "len", len(b))
}
