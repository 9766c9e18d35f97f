package main

import "fmt"

func main() {
	for i := 0; i < 3; i++ {
		fmt.Print(i, " ")
	}
	fmt.Println()
	n := 0
	for n < 5 {
		n += 2
	}
	fmt.Println(n)
	k := 0
	for {
		k++
		if k == 4 {
			break
		}
		if k%2 == 0 {
			continue
		}
		fmt.Println("odd", k)
	}
	for i := range 4 {
		fmt.Print(i)
	}
	fmt.Println()
	for range 3 {
		fmt.Print("x")
	}
	fmt.Println()
	var count uint8 = 3
	for i := range count {
		fmt.Printf("%T:%d ", i, i)
	}
	fmt.Println()
	for i := range 0 {
		fmt.Println("never", i)
	}
	for i, j := 0, 10; i < j; i, j = i+1, j-2 {
		fmt.Print(i, ",", j, " ")
	}
	fmt.Println()
	sum := 0
	for i := 10; i > 0; i -= 3 {
		sum += i
	}
	fmt.Println(sum)
	for i := 0; i < 5; i++ {
		i++
		fmt.Print(i)
	}
	fmt.Println()
	x := []string{"a", "b", "c"}
	for i := range x {
		fmt.Print(i)
	}
	for _, v := range x {
		fmt.Print(v)
	}
	for range x {
		fmt.Print(".")
	}
	fmt.Println()
	arr := [3]int{1, 2, 3}
	for i, v := range arr {
		arr[2] = 100
		if i == 2 {
			fmt.Println("copy of array:", v)
		}
	}
	sl := []int{1, 2, 3}
	for i, v := range sl {
		sl[2] = 100
		if i == 2 {
			fmt.Println("slice sees write:", v)
		}
	}
	var i int
	for i = 0; i < 3; i++ {
	}
	fmt.Println("after loop", i)
}
