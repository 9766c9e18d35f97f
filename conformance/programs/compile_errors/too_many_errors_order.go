package main

// gc stops at the tenth error in the order it reports them (a body's unused
// variables at the body's end), prints those ten sorted, and then "too many
// errors" at the tenth's position: here the unused a, not the last line.

func main() {
	a := 1
	var b int = "2"
	var c int = "3"
	var d int = "4"
	var e int = "5"
	var f int = "6"
	var g int = "7"
	var h int = "8"
	var i int = "9"
	var j int = "10"
	var k int = "11"
	_, _, _, _, _, _, _, _, _, _ = b, c, d, e, f, g, h, i, j, k
}
