package main

import "fmt"

func div(a, b int) (int, error) {
	if b == 0 {
		return fmt.Errorf("div by zero")
	}
	return a / b, nil
}

func main() {
	fmt.Println(div(1, 0))
}
