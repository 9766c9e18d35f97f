// return g() spreads g's results: their count and types are checked
// against the function's results.
package main

func two() (int, int) { return 1, 2 }

func none() {}

func r3() (int, int, int) {
	return two()
}

func r1() int {
	return two()
}

func rs() (string, int) {
	return two()
}

func r2() (int, int) {
	return none()
}

func r2b() (int, int) {
	return 1
}

func r1b() int {
	return none()
}

func ok() (int, int) {
	return two()
}

func main() { r3(); r1(); rs(); r2(); r2b(); r1b(); ok() }
