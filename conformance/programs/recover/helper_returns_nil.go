package main

import "fmt"

func helper() any {
	return recover() // not called directly by the deferred function
}

func logRecover(tag string) {
	r := recover() // called directly by the deferred function: works
	fmt.Println(tag, "logRecover got:", r)
}

func viaHelper() {
	defer func() {
		fmt.Println("outer defer recovers:", recover())
	}()
	defer func() {
		fmt.Println("helper got:", helper())
	}()
	defer func() {
		func() {
			fmt.Println("nested literal got:", recover())
		}()
	}()
	panic("p1")
}

func direct() {
	defer logRecover("direct")
	panic("p2")
}

func main() {
	viaHelper()
	direct()
	fmt.Println("main done")
}
