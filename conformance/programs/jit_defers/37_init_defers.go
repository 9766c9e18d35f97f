package main

import "fmt"

var initLog []string

var computed = compute()

func compute() (v int) {
	defer func() {
		if r := recover(); r != nil {
			initLog = append(initLog, fmt.Sprint("compute recovered ", r))
			v = 77
		}
	}()
	var m map[string]int
	m["k"] = 1
	return 1
}

func init() {
	defer func() {
		initLog = append(initLog, fmt.Sprint("init1 recover: ", recover()))
	}()
	defer func() { initLog = append(initLog, "init1 second defer") }()
	panic("in init1")
}

func init() {
	defer func() { initLog = append(initLog, "init2 defer") }()
	initLog = append(initLog, fmt.Sprint("init2 sees computed=", computed))
}

func main() {
	for _, l := range initLog {
		fmt.Println(l)
	}
}
