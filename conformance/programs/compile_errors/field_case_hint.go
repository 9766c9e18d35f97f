package main

import "fmt"

type User struct{ Name string }

func main() {
	u := User{"a"}
	fmt.Println(u.name)
}
