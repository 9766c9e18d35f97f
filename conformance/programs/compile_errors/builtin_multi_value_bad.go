package main

// Built-ins given one multi-valued call: arity and type errors name
// each value "Nth function result", as types2 does.

func two() (int, int)            { return 1, 2 }
func sl() ([]int, string)        { return nil, "" }
func mk() (map[string]int, int)  { return nil, 1 }
func three() (int, string, bool) { return 1, "", true }

func main() {
	_ = len(two())
	panic(two())
	_ = copy(sl())
	delete(mk())
	_ = append(two())
	_ = min(three())
	_ = cap(two())
	clear(two())
	_ = new(two())
	println(three())
}
