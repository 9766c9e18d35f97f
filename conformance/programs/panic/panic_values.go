package main

import "fmt"

type MyString string
type MyFloat float64

func main() {
	defer func() {
		r := recover()
		fmt.Println("recovered", r)
		panic(fmt.Sprintf("re-panic after %v", r))
	}()
	panic(MyString("custom string type"))
}
