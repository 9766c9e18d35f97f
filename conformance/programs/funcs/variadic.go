package main

import "fmt"

func sum(nums ...int) int {
	total := 0
	for _, n := range nums {
		total += n
	}
	return total
}

func describe(prefix string, vals ...any) string {
	return fmt.Sprint(prefix, len(vals), vals, vals == nil)
}

func modify(xs ...int) {
	if len(xs) > 0 {
		xs[0] = -1
	}
}

func join(sep string, parts ...string) string {
	out := ""
	for i, p := range parts {
		if i > 0 {
			out += sep
		}
		out += p
	}
	return out
}

func main() {
	fmt.Println(sum(), sum(1), sum(1, 2, 3))
	nums := []int{4, 5, 6}
	fmt.Println(sum(nums...))
	fmt.Println(describe("none:"))
	fmt.Println(describe("some:", 1, "a", nil))
	fmt.Println(describe("spread:", []any{1, 2}...))
	modify(nums...)
	fmt.Println(nums)
	modify(7, 8)
	fmt.Println(join("-", "a", "b", "c"), join(","), join("+", []string{"x"}...))
	f := sum
	fmt.Println(f(10, 20))
	fmt.Printf("%T\n", f)
	var empty []int
	fmt.Println(sum(empty...))
	pr := fmt.Println
	pr("via", "value", 3)
	n, err := pr()
	fmt.Println(n, err)
}
