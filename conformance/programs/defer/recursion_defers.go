package main

import "fmt"

var log []string

func descend(depth, max int) {
	defer func() { log = append(log, fmt.Sprint("unwind ", depth)) }()
	if depth == max {
		panic(fmt.Sprint("bottom at ", depth))
	}
	for i := 0; i < 2; i++ {
		if i == 1 {
			defer func() { log = append(log, fmt.Sprint("loop defer ", depth)) }()
		}
	}
	descend(depth+1, max)
	log = append(log, "unreachable")
}

func catchAt(level int) (msg string) {
	defer func() {
		if r := recover(); r != nil {
			msg = fmt.Sprint("caught at ", level, ": ", r)
		}
	}()
	if level < 3 {
		return catchAt(level + 1)
	}
	descend(0, 4)
	return "no panic"
}

func fact(n int) (r int) {
	defer func() { r *= n }()
	if n <= 1 {
		return 1
	}
	return fact(n - 1)
}

func main() {
	fmt.Println(catchAt(0))
	for _, l := range log {
		fmt.Println(l)
	}
	fmt.Println(fact(5), fact(0))
}
