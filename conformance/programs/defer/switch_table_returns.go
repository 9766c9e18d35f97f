package main

import "fmt"

// Go 1.27's gc turns a dense integer switch whose cases only return
// constants into a table lookup, which removes those returns from the
// returns x defers count: these defers stay open-coded.
func table(n int) int {
	defer fmt.Print("t1 ")
	defer fmt.Print("t2 ")
	switch n {
	case 1:
		return 10
	case 2:
		return 20
	case 3:
		return 30
	case 4:
		return 40
	case 5:
		return 50
	case 6:
		return 60
	case 7:
		return 70
	}
	return 0
}

// The same switch with side effects in the cases is not a table:
// 8 returns x 2 defers > 15, so the defers are stack-allocated.
func noTable(n int) int {
	defer fmt.Print("n1 ")
	defer fmt.Print("n2 ")
	switch n {
	case 1:
		fmt.Print("one ")
		return 10
	case 2:
		fmt.Print("two ")
		return 20
	case 3:
		fmt.Print("three ")
		return 30
	case 4:
		fmt.Print("four ")
		return 40
	case 5:
		fmt.Print("five ")
		return 50
	case 6:
		fmt.Print("six ")
		return 60
	case 7:
		fmt.Print("seven ")
		return 70
	}
	return 0
}

func main() {
	for n := 0; n <= 8; n += 2 {
		fmt.Println(table(n))
		fmt.Println(noTable(n))
	}
}
