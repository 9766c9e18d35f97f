package main

import "fmt"

func main() {
	type T = T
	type P = *P
	type S = []struct{ next S }
	type F = func(F) int
	type M = map[string]M
	type A = [2]A
	type N = struct{ n *N }
	{
		type L = L
		type K = *L
	}
	type Ok = int
	type Named struct{ next *Named }
	var ok Ok
	fmt.Println(ok, Named{})
}
