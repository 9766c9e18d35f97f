package main

import "fmt"

func quicksort(a []int) {
	if len(a) < 2 {
		return
	}
	p := a[len(a)/2]
	i, j := 0, len(a)-1
	for i <= j {
		for a[i] < p {
			i++
		}
		for a[j] > p {
			j--
		}
		if i <= j {
			a[i], a[j] = a[j], a[i]
			i++
			j--
		}
	}
	quicksort(a[:j+1])
	quicksort(a[i:])
}

func mergesort(a []string) []string {
	if len(a) <= 1 {
		return a
	}
	m := len(a) / 2
	l, r := mergesort(a[:m]), mergesort(a[m:])
	out := make([]string, 0, len(a))
	for len(l) > 0 && len(r) > 0 {
		if l[0] <= r[0] {
			out, l = append(out, l[0]), l[1:]
		} else {
			out, r = append(out, r[0]), r[1:]
		}
	}
	out = append(out, l...)
	return append(out, r...)
}


func bubble(a []float64) (swaps int) {
	for n := len(a); n > 1; n-- {
		for i := 1; i < n; i++ {
			if a[i-1] > a[i] {
				a[i-1], a[i] = a[i], a[i-1]
				swaps++
			}
		}
	}
	return
}

func binarySearch(a []int, x int) int {
	lo, hi := 0, len(a)
	for lo < hi {
		mid := int(uint(lo+hi) >> 1)
		if a[mid] < x {
			lo = mid + 1
		} else {
			hi = mid
		}
	}
	if lo < len(a) && a[lo] == x {
		return lo
	}
	return -(lo + 1)
}

func main() {
	a := []int{38, 27, 43, 3, 9, 82, 10, 3, -5, 0, 100, 27}
	quicksort(a)
	fmt.Println(a)
	for _, x := range []int{3, 27, 28, -10, 101} {
		fmt.Print(binarySearch(a, x), " ")
	}
	fmt.Println()
	fmt.Println(mergesort([]string{"pear", "apple", "fig", "Banana", "cherry", "apple"}))
	f := []float64{3.5, -1, 2.25, 0, 9.75, 2.25}
	fmt.Println(bubble(f), f)
}
