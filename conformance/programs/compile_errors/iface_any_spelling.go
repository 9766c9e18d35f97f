package main

// types2 spells an empty interface as written: interface{} or any.
func main() {
	var x interface{} = 1
	var y any = 2
	_ = x + 1
	_ = y + 1.5
	_ = x + y
	_ = []interface{}{} + []any{}
}
