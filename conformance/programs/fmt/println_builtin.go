package main

type T struct{ a int }

func main() {
	println("hello", 1, true, 'x', 2.5)
	println(int8(-3), uint64(1<<63), float32(1.5), 1e21, 1e-7, -0.0)
	var x float64
	println(x, 1/x > 0, "end")
	print("no newline ", 42, "\n")
	print("a", "b", 1, 2, "\n")
	var e error
	var a any
	println(e == nil, a == nil)
	println()
	println(100000000.0, 123456789.0, 0.1)
	println(uint8(200), int16(-1), uintptr(7))
	s := []int{1}
	println(len(s), cap(s[:0]))
	print()
	println("done")
}
