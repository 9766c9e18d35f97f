package main

import "fmt"

func sum(label string, nums ...int) string {
	t := 0
	for _, n := range nums {
		t += n
	}
	return fmt.Sprintf("%s(%d)=%d nil=%v", label, len(nums), t, nums == nil)
}

func modify(xs ...int) {
	if len(xs) > 0 {
		xs[0] = 999
	}
}

func join(sep string, parts ...any) string {
	s := ""
	for i, p := range parts {
		if i > 0 {
			s += sep
		}
		s += fmt.Sprint(p)
	}
	return s
}

func apply(fs ...func(int) int) func(int) int {
	return func(x int) int {
		for _, f := range fs {
			x = f(x)
		}
		return x
	}
}

func minmax(first int, rest ...int) (lo, hi int) {
	lo, hi = first, first
	for _, r := range rest {
		lo = min(lo, r)
		hi = max(hi, r)
	}
	return
}

func main() {
	fmt.Println(sum("none"))
	fmt.Println(sum("three", 1, 2, 3))
	s := []int{4, 5, 6}
	fmt.Println(sum("spread", s...))
	fmt.Println(sum("empty", []int{}...))
	modify(s...)
	fmt.Println(s)
	modify(1, 2)
	fmt.Println(join("-", 1, "two", 3.5, true, nil, []int{1}))
	args := []any{"x", 'y', byte(3)}
	fmt.Println(join(", ", args...))
	fmt.Println(join("/"))
	f := apply(func(x int) int { return x + 1 }, func(x int) int { return x * 10 })
	fmt.Println(f(4), apply()(4))
	lo, hi := minmax(5, 3, 9, -2, 7)
	fmt.Println(lo, hi)
	fmt.Println(minmax(1))
	fmt.Println(fmt.Sprint("a", 1, 2, "b", "c", 3.0, 4))
	fmt.Println(fmt.Sprintln("a", 1), len(fmt.Sprintln()))
	vf := fmt.Sprintf
	fmt.Println(vf("%d-%d", 1, 2))
}
