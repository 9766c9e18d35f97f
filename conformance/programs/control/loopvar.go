package main

import "fmt"

func main() {
	var fns []func() int
	for i := 0; i < 3; i++ {
		fns = append(fns, func() int { return i })
	}
	for _, f := range fns {
		fmt.Print(f(), " ")
	}
	fmt.Println()
	var ptrs []*int
	for i := 0; i < 3; i++ {
		ptrs = append(ptrs, &i)
	}
	for _, p := range ptrs {
		fmt.Print(*p, " ")
	}
	fmt.Println()
	var byRange []func() string
	for _, s := range []string{"a", "b", "c"} {
		byRange = append(byRange, func() string { return s })
	}
	for _, f := range byRange {
		fmt.Print(f())
	}
	fmt.Println()
	// increment in closure affects the current iteration's copy, which is
	// copied to the next iteration before the post statement
	var g []func()
	for i := 0; i < 6; i++ {
		g = append(g, func() { i += 10 })
		if i == 2 {
			g[len(g)-1]()
			fmt.Println("after closure i =", i)
		}
	}
	var shared int
	var counters []func() int
	for range 3 {
		counters = append(counters, func() int { shared++; return shared })
	}
	for _, c := range counters {
		fmt.Print(c(), " ")
	}
	fmt.Println()
	var rf []func() int
	for i := range 3 {
		rf = append(rf, func() int { return i * i })
	}
	for _, f := range rf {
		fmt.Print(f(), " ")
	}
	fmt.Println()
	m := map[int]func() int{}
	for k, v := range []int{5, 6} {
		m[k] = func() int { return v }
	}
	fmt.Println(m[0](), m[1]())
}
