package main

type T struct{ _ int }

// A blank method's body is still checked.
func (T) _() { var unused int }

func (*T) _() int { return "s" }

func (T) _() {}

func main() {}
