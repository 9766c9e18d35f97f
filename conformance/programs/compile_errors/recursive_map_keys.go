package main

// Map key types are checked once the types being declared are complete:
// incomparable keys are reported, recursive maps are fine, and a
// constant and a type referring to each other form a cycle.
type A1 struct{ m map[A1]int }
type A2 struct{ a A2 }
type A3 map[A2]int
type M map[M]int
type N map[[1]N]int
type W map[struct{ f func() }]W
type OK map[[2]string]OK

const c = len(T{})

type T [c]int

func main() {}
