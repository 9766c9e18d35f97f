package main

import "fmt"

func permutations(s []rune) []string {
	if len(s) <= 1 {
		return []string{string(s)}
	}
	var out []string
	for i := range s {
		rest := make([]rune, 0, len(s)-1)
		rest = append(rest, s[:i]...)
		rest = append(rest, s[i+1:]...)
		for _, p := range permutations(rest) {
			out = append(out, string(s[i])+p)
		}
	}
	return out
}

func hanoi(n int, from, to, via string, moves *[]string) {
	if n == 0 {
		return
	}
	hanoi(n-1, from, via, to, moves)
	*moves = append(*moves, from+"->"+to)
	hanoi(n-1, via, to, from, moves)
}

func queens(n int) int {
	cols := make([]bool, n)
	d1 := make([]bool, 2*n)
	d2 := make([]bool, 2*n)
	var place func(r int) int
	place = func(r int) int {
		if r == n {
			return 1
		}
		cnt := 0
		for c := 0; c < n; c++ {
			if cols[c] || d1[r+c] || d2[r-c+n] {
				continue
			}
			cols[c], d1[r+c], d2[r-c+n] = true, true, true
			cnt += place(r + 1)
			cols[c], d1[r+c], d2[r-c+n] = false, false, false
		}
		return cnt
	}
	return place(0)
}

func ackermann(m, n int) int {
	switch {
	case m == 0:
		return n + 1
	case n == 0:
		return ackermann(m-1, 1)
	}
	return ackermann(m-1, ackermann(m, n-1))
}

func subsets(xs []int) [][]int {
	if len(xs) == 0 {
		return [][]int{{}}
	}
	rest := subsets(xs[1:])
	out := rest
	for _, r := range rest {
		n := append([]int{xs[0]}, r...)
		out = append(out, n)
	}
	return out
}

func isEven(n int) bool {
	if n == 0 {
		return true
	}
	return isOdd(n - 1)
}

func isOdd(n int) bool {
	if n == 0 {
		return false
	}
	return isEven(n - 1)
}

func main() {
	fmt.Println(permutations([]rune("abc")))
	fmt.Println(len(permutations([]rune("abcde"))))
	var moves []string
	hanoi(4, "A", "C", "B", &moves)
	fmt.Println(len(moves), moves[:5])
	for n := 1; n <= 8; n++ {
		fmt.Print(queens(n), " ")
	}
	fmt.Println()
	fmt.Println(ackermann(2, 3), ackermann(3, 3))
	fmt.Println(subsets([]int{1, 2, 3}))
	fmt.Println(isEven(1000), isOdd(777))
}
