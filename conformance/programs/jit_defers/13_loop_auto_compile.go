package main

import (
	"fmt"
	"strconv"
)

var total int
var order []string

func step(i int) (res int, err error) {
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("step %d: %v", i, r)
			res = -i
		}
	}()
	defer func() { total += i % 7 }()
	if i%10 == 0 {
		defer func() { total += 3 }()
	}
	if i%13 == 0 {
		panic("thirteen " + strconv.Itoa(i))
	}
	if i%17 == 0 {
		var a []int
		return a[i], nil
	}
	return i * 2, nil
}

func main() {
	sum, errs := 0, 0
	var last string
	for i := 1; i <= 3000; i++ {
		r, err := step(i)
		sum += r
		if err != nil {
			errs++
			last = err.Error()
			if i < 60 || i > 2950 {
				fmt.Println(err)
			}
		}
	}
	fmt.Println("sum", sum, "errs", errs, "total", total)
	fmt.Println("last", last)
}
