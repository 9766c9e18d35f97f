package main

// A range clause with = reports a mismatched target as an assignment does.

func main() {
	var s string
	var f float64
	for s, f = range []int{1} {
	}
	_, _ = s, f
}
