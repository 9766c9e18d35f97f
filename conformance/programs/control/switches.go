package main

import "fmt"

type Color int

const (
	Red Color = iota
	Green
	Blue
	Yellow
)

func classify(n int) string {
	switch {
	case n < 0:
		return "neg"
	case n == 0:
		return "zero"
	case n%2 == 0:
		return "even"
	default:
		return "odd"
	}
}

func grade(score int) (g string) {
	switch s := score / 10; s {
	case 10, 9:
		g = "A"
	case 8:
		g = "B"
	case 7:
		g = "C"
		fallthrough
	case 6:
		g += "D"
	default:
		g = "F"
	}
	return
}

func colorName(c Color) string {
	switch c {
	case Red:
		return "red"
	case Green, Blue:
		if c == Green {
			break
		}
		return "blue"
	}
	return fmt.Sprintf("color(%d)", int(c))
}

func main() {
	for _, n := range []int{-3, 0, 4, 7} {
		fmt.Print(classify(n), " ")
	}
	fmt.Println()
	for _, s := range []int{100, 95, 85, 75, 65, 12} {
		fmt.Print(grade(s), " ")
	}
	fmt.Println()
	for c := Red; c <= Yellow; c++ {
		fmt.Print(colorName(c), " ")
	}
	fmt.Println()
	x := 5
	switch x := x * 2; {
	case x > 5:
		fmt.Println("big", x)
		fallthrough
	case x > 100:
		fmt.Println("fell through", x)
	case x > 1:
		fmt.Println("not reached")
	}
	fmt.Println(x)
loop:
	for i := 0; ; i++ {
		switch {
		case i == 2:
			continue
		case i > 4:
			break loop
		}
		fmt.Print(i)
	}
	fmt.Println()
	switch f := 2.5; f {
	case 2.5:
		fmt.Println("float match")
	}
	switch s := "go"; s + "lang" {
	case "golang":
		fmt.Println("string match")
	}
	var iface any = 3
	switch iface {
	case "3":
		fmt.Println("string 3")
	case 3.0:
		fmt.Println("float 3")
	case 3:
		fmt.Println("int 3")
	}
}
