package main

import "fmt"

func main() {
	var fs []func() int
	for i := 0; i < 3; i++ {
		fs = append(fs, func() int { return i })
	}
	for i := range 3 {
		fs = append(fs, func() int { return i * 10 })
	}
	for _, v := range []int{7, 8} {
		fs = append(fs, func() int { return v })
	}
	for k := range map[int]bool{5: true} {
		fs = append(fs, func() int { return k })
	}
	for i, c := range "ab" {
		fs = append(fs, func() int { return i*1000 + int(c) })
	}
	for _, f := range fs {
		fmt.Print(f(), " ")
	}
	fmt.Println()

	// mutation inside the body of a 3-clause loop is seen by the next iteration copy
	var gs []func() int
	for i := 0; i < 6; i++ {
		gs = append(gs, func() int { return i })
		i++
	}
	for _, g := range gs {
		fmt.Print(g(), " ")
	}
	fmt.Println()

	// closure modifies loop var: affects that iteration only
	for i := 0; i < 5; i++ {
		inc := func() { i += 2 }
		inc()
		fmt.Print(i, " ")
	}
	fmt.Println()

	// closures capture per-iteration var; post statement sees the modified copy
	var ptrs []*int
	for i := 0; i < 3; i++ {
		ptrs = append(ptrs, &i)
	}
	for _, p := range ptrs {
		fmt.Print(*p, " ")
	}
	fmt.Println()

	// variable declared outside loop is shared
	var shared []func() int
	j := 0
	for j = 0; j < 3; j++ {
		shared = append(shared, func() int { return j })
	}
	for _, f := range shared {
		fmt.Print(f(), " ")
	}
	fmt.Println()

	// range over array copy
	arr := [3]int{1, 2, 3}
	var hs []func() int
	for i, v := range arr {
		arr[2] = 100
		hs = append(hs, func() int { return i + v })
	}
	for _, h := range hs {
		fmt.Print(h(), " ")
	}
	fmt.Println(arr)

	// range over slice sees updates
	sl := []int{1, 2, 3}
	for i, v := range sl {
		if i == 0 {
			sl[2] = 50
		}
		fmt.Print(v, " ")
	}
	fmt.Println()

	// closure in loop condition
	count := 0
	next := func() bool { count++; return count < 4 }
	for next() {
		fmt.Print("c", count, " ")
	}
	fmt.Println()
}
