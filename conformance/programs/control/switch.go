package main

import "fmt"

func classify(n int) string {
	switch {
	case n < 0:
		return "negative"
	case n == 0:
		return "zero"
	case n < 10:
		return "small"
	default:
		return "large"
	}
}

func days(d int) {
	switch d {
	case 0, 6:
		fmt.Println(d, "weekend")
	case 1, 2, 3, 4, 5:
		fmt.Println(d, "weekday")
	default:
		fmt.Println(d, "invalid")
	}
}

func fall(n int) {
	switch n {
	case 1:
		fmt.Print("one ")
		fallthrough
	case 2:
		fmt.Print("two ")
		fallthrough
	case 3:
		fmt.Print("three ")
	case 4:
		fmt.Print("four ")
		fallthrough
	default:
		fmt.Print("default ")
	}
	fmt.Println()
}

func next() int {
	fmt.Print("[eval] ")
	return 2
}

func main() {
	for _, n := range []int{-3, 0, 5, 50} {
		fmt.Println(n, classify(n))
	}
	days(0)
	days(3)
	days(9)
	for i := 1; i <= 5; i++ {
		fall(i)
	}
	switch x := next(); x {
	case 1:
		fmt.Println("x is 1")
	case 2:
		fmt.Println("x is 2")
	}
	switch s := "go"; s + "lang" {
	case "golang":
		fmt.Println("matched golang")
	}
	switch {
	}
	switch x := 5; {
	case x > 3:
		fmt.Println("x > 3")
		if x == 5 {
			break
		}
		fmt.Println("unreachable")
	}
	switch 'b' {
	case 'a':
		fmt.Println("a")
	default:
		fmt.Println("default in middle")
	case 'c':
		fmt.Println("c")
	}
	f := func(v int) int { fmt.Print("case", v, " "); return v }
	switch 3 {
	case f(1), f(2), f(3), f(4):
		fmt.Println("matched")
	}
}
