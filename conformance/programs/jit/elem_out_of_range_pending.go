// Out-of-range slice indexes whose index and value are still pending in
// registers in native code (the cold path writes them out before raising).
package main

import "fmt"

func get(s []int, i int) (r int) {
	defer func() {
		if e := recover(); e != nil {
			fmt.Println("recovered:", e)
			r = -1
		}
	}()
	return s[i] + s[i+1]*2
}

func put(s []int, i, v int) {
	s[i+1] = v * 3
	s[i] = s[i+1] + 1
}

func main() {
	s := []int{1, 2, 3, 4}
	for i := -1; i < 5; i++ {
		fmt.Println(get(s, i))
	}
	put(s, 1, 5)
	fmt.Println(s)
	defer func() { fmt.Println("main recovered:", recover()) }()
	put(s, 3, 7)
}
