package main

func main() {
	defer new(int)
	defer make([]int, 1)
}
