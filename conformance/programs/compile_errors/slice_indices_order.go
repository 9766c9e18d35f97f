package main

// Constant slice indices out of order: the first index smaller than an
// earlier one (a missing high index of an array is its length) is
// reported, at that index.
func main() {
	arr := []int{1, 2, 3}
	a := [5]int{}
	n := 1
	_ = arr[2:1:2]
	_ = arr[2:1]
	_ = arr[:3:2]
	_ = arr[n:2:1]
	_ = a[3:]
	_ = a[4:2]
	_ = "abc"[2:1]
	_ = "abc"[1:5]
	_ = a[:6]
	_ = arr[3:n:2]
}
