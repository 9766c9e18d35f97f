package main

import "fmt"

var total = compute()

func compute() int {
	fmt.Println("compute reads base =", base, "and scale =", scale)
	return base * scale
}

var base = initBase()

func initBase() int {
	fmt.Println("initBase")
	return 7
}

var scale = factor.double()

type multiplier int

func (m multiplier) double() int {
	fmt.Println("double uses offset", offset)
	return int(m)*2 + offset
}

var factor multiplier = 3

var offset = 1

var (
	first  = trace("first", second+1)
	second = trace("second", 10)
	third  = trace("third", 0)
)

var table = map[string]int{"total": total, "first": first}

var counter int

func trace(name string, v int) int {
	counter++
	fmt.Printf("trace %s=%d (#%d)\n", name, v, counter)
	return v
}

func init() {
	fmt.Println("init A: total", total, "counter", counter)
	counter = 100
}

func init() {
	fmt.Println("init B: counter", counter)
}

func main() {
	fmt.Println("main:", total, base, scale, first, second, third, table)
}
