package main

func two() (int, int) { return 1, 2 }
func named() (x, y int) { return 1, 2 }

var g int = two()
var h = two()

// A variable declared with one value takes it in a single-value context;
// an assignment or short declaration of a multi-valued call is a mismatch.
func main() {
	var b int = two()
	var c = two()
	var d, e int = two(), 1
	var f int
	f = two()
	k := two()
	_, _, _, _, _ = b, c, d, e, f
	_ = k
	var n int = named()
}
