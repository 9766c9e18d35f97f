package main

import "fmt"

// Sieve of Eratosthenes over 2..n, repeated: integer loops and slice
// indexing.
func sieve(n int) int {
	composite := make([]bool, n+1)
	count := 0
	for i := 2; i <= n; i++ {
		if !composite[i] {
			count++
			for j := i * i; j <= n; j += i {
				composite[j] = true
			}
		}
	}
	return count
}

func main() {
	total := 0
	for r := 0; r < 20; r++ {
		total += sieve(1000000)
	}
	fmt.Println(total)
}
