// clear takes a map or slice; anything else is reported with types2's text.
package main

func main() {
	var arr [3]int
	clear(arr)
	clear(1)
	clear("abc")
	var p *[]int
	clear(p)
	clear(&arr)
	var s []int
	clear(s)
	clear(map[int]int{})
}
