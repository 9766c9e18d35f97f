package main

import "fmt"

func main() {
	var fs []func() int
	for i := 0; i < 3; i++ {
		fs = append(fs, func() int { return i * i })
	}
	for _, f := range fs {
		fmt.Print(f(), " ")
	}
	fmt.Println()

	var ps []*int
	for i := 0; i < 3; i++ {
		ps = append(ps, &i)
		i++
	}
	for _, p := range ps {
		fmt.Print(*p, " ")
	}
	fmt.Println()

	var gs []func() string
	for k, v := range map[string]int{"only": 1} {
		gs = append(gs, func() string { return fmt.Sprint(k, v) })
	}
	fmt.Println(gs[0]())

	arr := [3]int{1, 2, 3}
	for i, v := range arr {
		arr[2] = 100
		if i == 2 {
			fmt.Println("range over array copy:", v)
		}
	}
	sl := []int{1, 2, 3}
	for i, v := range sl {
		sl[2] = 100
		if i == 2 {
			fmt.Println("range over slice sees:", v)
		}
	}
	s2 := []int{1, 2}
	for i := range s2 {
		s2 = append(s2, i)
	}
	fmt.Println(s2)
	n := 3
	for i := range n {
		n = 10
		fmt.Print(i)
	}
	fmt.Println(" n =", n)
	count := 0
outer:
	for i := range 5 {
		for j := range 5 {
			if j > i {
				continue outer
			}
			if i == 4 {
				break outer
			}
			count++
		}
	}
	fmt.Println("count", count)
	i := 0
	for i < 5 {
		i += 2
	}
	fmt.Println(i)
	for {
		i--
		if i < 0 {
			break
		}
	}
	fmt.Println(i)
	var x int
	for x = range 4 {
	}
	fmt.Println(x)
	for range []string{"a", "b"} {
		fmt.Print("*")
	}
	fmt.Println()
}
