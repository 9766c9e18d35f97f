package main

import "fmt"

type Shape interface {
	Area() float64
}

type Sq struct{ s int }

func (q Sq) Area() int { return q.s * q.s }

func main() {
	var s Shape = Sq{2}
	fmt.Println(s.Area())
}
