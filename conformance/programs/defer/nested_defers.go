package main

import "fmt"

func inner(tag string) {
	defer fmt.Println(tag, "inner defer 2")
	defer func() {
		defer fmt.Println(tag, "defer inside defer")
		fmt.Println(tag, "inner defer 1 body")
	}()
	fmt.Println(tag, "inner body")
}

func outer() {
	defer func() {
		fmt.Println("outer defer starts")
		inner("from-defer")
		defer func() {
			fmt.Println("nested recover:", recover())
		}()
		panic("panic inside deferred call")
	}()
	inner("from-body")
}

func levels() {
	defer func() {
		defer func() {
			defer func() {
				fmt.Println("level 3, recover:", recover())
			}()
			fmt.Println("level 2")
			panic("level 2 panic")
		}()
		fmt.Println("level 1")
	}()
	fmt.Println("levels body")
}

func main() {
	outer()
	levels()
	fmt.Println("main done")
}
