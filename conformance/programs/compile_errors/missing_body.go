package main

func f()

type T struct{}

func (T) M() int

func main() {}
