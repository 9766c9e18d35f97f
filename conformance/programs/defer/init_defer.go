package main

import (
	"fmt"
	"strconv"
)

var table = build()

func build() map[string]int {
	defer fmt.Println("build: deferred")
	m := map[string]int{}
	for i, s := range []string{"1", "2", "x", "4"} {
		func() {
			defer func() {
				if r := recover(); r != nil {
					fmt.Println("build: recovered", r)
				}
			}()
			n, err := strconv.Atoi(s)
			if err != nil {
				panic("bad entry " + strconv.Itoa(i))
			}
			m[s] = n
		}()
	}
	return m
}

func init() {
	defer fmt.Println("init 1: deferred, table size", len(table))
	fmt.Println("init 1: body")
}

func init() {
	defer func() {
		r := recover()
		fmt.Println("init 2: recovered", r)
	}()
	fmt.Println("init 2: body")
	var m map[string]int
	m["x"] = 1
}

func main() {
	defer fmt.Println("main: deferred")
	fmt.Println("main: table", table["1"], table["2"], table["4"], len(table))
}
