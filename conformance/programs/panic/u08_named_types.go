package main

type MyInt int
type MyStr string

func main() {
	defer func() {
		panic(MyStr("second"))
	}()
	panic(MyInt(7))
}
