package main

import "fmt"

// panic1 is aborted when a deferred call raises panic2. Recovering panic2
// also removes panic1, so the last defer sees nothing to recover.
func main() {
	defer func() {
		fmt.Println("main exits normally")
	}()
	func() {
		defer func() {
			r := recover()
			fmt.Println("third defer recovered:", r)
		}()
		defer func() {
			r := recover()
			fmt.Println("second defer recovered:", r)
		}()
		defer func() {
			panic("panic2")
		}()
		panic("panic1")
	}()
	fmt.Println("after aborted panic")
}
