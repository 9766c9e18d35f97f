package main

import "fmt"

var n int

// hot: called thousands of times before use, so compiled under auto.
func hotPanicker(i int) int {
	defer func() { n++ }()
	if i < 0 {
		panic(fmt.Sprint("hot panic ", i))
	}
	return i
}

func hotRecoverer(f func(int) int, i int) (r int) {
	defer func() {
		if e := recover(); e != nil {
			r = -1000
			fmt.Println("  hotRecoverer:", e)
		}
	}()
	return f(i)
}

// cold: called only a few times, stays interpreted under auto.
func coldPanicker(i int) int {
	defer func() { n += 10 }()
	if i < 0 {
		panic(fmt.Sprint("cold panic ", i))
	}
	return i
}

func coldRecoverer(f func(int) int, i int) (r int) {
	defer func() {
		if e := recover(); e != nil {
			r = -2000
			fmt.Println("  coldRecoverer:", e)
		}
	}()
	return f(i)
}

func hotMiddle(f func(int) int, i int) int {
	defer func() { n += 100 }()
	return f(i) + 1
}

func main() {
	s := 0
	for i := 0; i < 3000; i++ {
		s += hotRecoverer(hotPanicker, i)
		s += hotMiddle(hotPanicker, i)
	}
	fmt.Println("warm", s, n)
	n = 0
	fmt.Println("hot/hot", hotRecoverer(hotPanicker, -1), n)
	fmt.Println("cold/hot", coldRecoverer(hotPanicker, -2), n)
	fmt.Println("hot/cold", hotRecoverer(coldPanicker, -3), n)
	fmt.Println("cold/cold", coldRecoverer(coldPanicker, -4), n)
	fmt.Println("hot/hotMiddle/cold", hotRecoverer(func(i int) int { return hotMiddle(coldPanicker, i) }, -5), n)
	fmt.Println("cold/hotMiddle/hot", coldRecoverer(func(i int) int { return hotMiddle(hotPanicker, i) }, -6), n)
	fmt.Println("hot ok", hotRecoverer(coldPanicker, 7), n)
}
