package main

import "fmt"

type IntList []int
type Table map[string]int

func main() {
	for i := range 0 {
		fmt.Println("never", i)
	}
	for i := range -3 {
		fmt.Println("never neg", i)
	}
	var n8 int8 = 3
	for i := range n8 {
		fmt.Printf("%T%v ", i, i)
	}
	fmt.Println()
	type Count uint
	for i := range Count(2) {
		fmt.Printf("%T%v ", i, i)
	}
	fmt.Println()
	const c = 3
	for i := range c {
		fmt.Printf("%T ", i)
	}
	fmt.Println()
	n := 3
	for i := range n {
		n = 10
		fmt.Print(i, " ")
	}
	fmt.Println(n)
	// range over array copies it
	arr := [3]int{1, 2, 3}
	for i, v := range arr {
		arr[(i+1)%3] += 10
		fmt.Print(v, " ")
	}
	fmt.Println(arr)
	// range over slice: length fixed at start
	sl := []int{1, 2, 3}
	for i, v := range sl {
		if i == 0 {
			sl = append(sl, 4)
		}
		fmt.Print(v, " ")
	}
	fmt.Println(len(sl))
	// range over nil slice/map/empty string
	var ns []int
	var nm map[int]int
	for range ns {
		fmt.Println("no")
	}
	for range nm {
		fmt.Println("no")
	}
	for range "" {
		fmt.Println("no")
	}
	// range with only index over string
	for i := range "aé日" {
		fmt.Print(i, " ")
	}
	fmt.Println()
	// named types
	for i, v := range (IntList{5, 6}) {
		fmt.Print(i, v, " ")
	}
	t := Table{"only": 1}
	for k, v := range t {
		fmt.Println(k, v)
	}
	// map deletion during range: deleted entries not produced
	m := map[int]bool{}
	for i := range 20 {
		m[i] = true
	}
	visited := 0
	for k := range m {
		visited++
		for j := range 20 {
			if j != k {
				delete(m, j)
			}
		}
	}
	fmt.Println("visited", visited, len(m))
	// for with multiple vars
	for i, j := 0, 10; i < j; i, j = i+1, j-2 {
		fmt.Print(i, ":", j, " ")
	}
	fmt.Println()
	// for with only condition, and infinite with break
	k := 1
	for k < 100 {
		k *= 3
	}
	fmt.Println(k)
	for {
		k--
		if k%5 == 0 {
			break
		}
	}
	fmt.Println(k)
	// assign to existing vars in range
	var idx, val int
	for idx, val = range ([]int{9, 8, 7}) {
	}
	fmt.Println(idx, val)
	var key string
	for key = range (map[string]int{"z": 1}) {
	}
	fmt.Println(key)
	// range over pointer to array with index only
	pa := &[4]string{"a", "b"}
	for i := range pa {
		fmt.Print(i)
	}
	fmt.Println()
	// range over string with byte conversion
	for i, b := range []byte("hé") {
		fmt.Print(i, "=", b, " ")
	}
	fmt.Println()
	// nested closure capture of range index in range-over-int
	var fs []func() int
	for i := range 3 {
		for j := range 2 {
			fs = append(fs, func() int { return i*10 + j })
		}
	}
	for _, f := range fs {
		fmt.Print(f(), " ")
	}
	fmt.Println()
}
