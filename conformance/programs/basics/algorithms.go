package main

import (
	"fmt"
	"sort"
	"strings"
)

func sieve(n int) []int {
	composite := make([]bool, n+1)
	var primes []int
	for i := 2; i <= n; i++ {
		if composite[i] {
			continue
		}
		primes = append(primes, i)
		for j := i * i; j <= n; j += i {
			composite[j] = true
		}
	}
	return primes
}

func gcd(a, b int) int {
	for b != 0 {
		a, b = b, a%b
	}
	return a
}

func bubble(xs []int) {
	for i := 0; i < len(xs); i++ {
		for j := 0; j < len(xs)-1-i; j++ {
			if xs[j] > xs[j+1] {
				xs[j], xs[j+1] = xs[j+1], xs[j]
			}
		}
	}
}

func reverse(s string) string {
	r := []rune(s)
	for i, j := 0, len(r)-1; i < j; i, j = i+1, j-1 {
		r[i], r[j] = r[j], r[i]
	}
	return string(r)
}

func wordFreq(text string) []string {
	counts := map[string]int{}
	for _, w := range strings.Fields(strings.ToLower(text)) {
		w = strings.Trim(w, ".,!?")
		counts[w]++
	}
	keys := make([]string, 0, len(counts))
	for k := range counts {
		keys = append(keys, k)
	}
	sort.Slice(keys, func(i, j int) bool {
		if counts[keys[i]] != counts[keys[j]] {
			return counts[keys[i]] > counts[keys[j]]
		}
		return keys[i] < keys[j]
	})
	var out []string
	for _, k := range keys[:4] {
		out = append(out, fmt.Sprintf("%s=%d", k, counts[k]))
	}
	return out
}

func matmul(a, b [][]int) [][]int {
	n, m, p := len(a), len(b), len(b[0])
	c := make([][]int, n)
	for i := range c {
		c[i] = make([]int, p)
		for j := 0; j < p; j++ {
			for k := 0; k < m; k++ {
				c[i][j] += a[i][k] * b[k][j]
			}
		}
	}
	return c
}

func collatz(n int) (steps int) {
	for n != 1 {
		if n%2 == 0 {
			n /= 2
		} else {
			n = 3*n + 1
		}
		steps++
	}
	return
}

func main() {
	p := sieve(100)
	fmt.Println(len(p), p[len(p)-5:])
	fmt.Println(gcd(1071, 462), gcd(17, 5), gcd(0, 9))
	xs := []int{9, 3, 7, 1, 8, 2}
	bubble(xs)
	fmt.Println(xs)
	fmt.Println(reverse("Hello, 世界!"))
	fmt.Println(wordFreq("The cat and the hat. The cat sat! And the dog?"))
	fmt.Println(matmul([][]int{{1, 2}, {3, 4}}, [][]int{{5, 6}, {7, 8}}))
	best, bestN := 0, 0
	for i := 1; i < 1000; i++ {
		if s := collatz(i); s > best {
			best, bestN = s, i
		}
	}
	fmt.Println(best, bestN)
	var h uint32 = 2166136261
	for _, c := range []byte("hash me") {
		h ^= uint32(c)
		h *= 16777619
	}
	fmt.Println(h)
	var x uint64 = 88172645463325252
	for i := 0; i < 3; i++ {
		x ^= x << 13
		x ^= x >> 7
		x ^= x << 17
		fmt.Print(x%1000, " ")
	}
	fmt.Println()
}
