package main

import "fmt"

var log []string
var visits int

// With --jit=auto the first 1000 activations run interpreted and the rest
// natively; panics cross between the two kinds of frames.
func walk(d, bottom, catch1, rethrow, catch2 int) (res int) {
	defer func() { visits++ }()
	if d == catch1 {
		defer func() {
			if r := recover(); r != nil {
				log = append(log, fmt.Sprint("catch1@", d, ": ", r))
				res = 1
			}
		}()
	}
	if d == catch2 {
		defer func() {
			if r := recover(); r != nil {
				log = append(log, fmt.Sprint("catch2@", d, ": ", r))
				res = 2
			}
		}()
	}
	if d == bottom {
		panic(fmt.Sprint("bottom@", d))
	}
	v := walk(d+1, bottom, catch1, rethrow, catch2)
	if d == rethrow {
		panic(fmt.Sprint("rethrow@", d, " v=", v))
	}
	return v + 1
}

func main() {
	cases := [][5]int{
		{1500, 1200, 1100, 500},
		{1500, 1200, 800, 300},
		{1500, 900, 600, 100},
		{1500, 1400, 1300, 1250},
		{1500, 200, 100, 50},
	}
	for _, c := range cases {
		log = nil
		visits = 0
		r := walk(0, c[0], c[1], c[2], c[3])
		fmt.Println(c, "=>", r, "visits", visits)
		for _, l := range log {
			fmt.Println("  ", l)
		}
	}
}
