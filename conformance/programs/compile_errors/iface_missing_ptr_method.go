package main

import "fmt"

type Runner interface {
	Run()
	Stop()
}

type Job struct{}

func (j Job) Run() {}

func main() {
	var r Runner = Job{}
	fmt.Println(r)
}
