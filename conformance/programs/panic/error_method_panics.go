package main

import "fmt"

type BadErr struct{ msg string }

func (b BadErr) Error() string {
	panic("Error method exploded: " + b.msg)
}

func main() {
	defer fmt.Println("deferred print runs before the report")
	fmt.Println("panicking with an error whose Error method panics")
	panic(BadErr{"x"})
}
