package main

func main() {
	defer func() {
		recover()
		panic(5)
	}()
	panic(5)
}
