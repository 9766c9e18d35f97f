package main

func over() {
	goto L
	x := 1
	_ = x
L:
	println()
}

func overVar() {
	goto L
	var a, b = 1, 2
	_, _ = a, b
L:
}

func into() {
	goto L
	{
	L:
		println()
	}
}

func intoIf(x int) {
	if x == 0 {
		goto M
	}
	if x == 1 {
	M:
		println("m")
	}
}

func intoCase() {
	goto M
	switch {
	case true:
	M:
		println("m")
	}
}

func intoFor() {
	goto L
	for i := 0; i < 1; i++ {
	L:
		println(i)
	}
}

// Valid: backward jumps, forward jumps over no declaration, out of blocks.
func fine(n int) int {
	i := 0
loop:
	if i < n {
		i++
		goto loop
	}
	{
		if i > 100 {
			goto done
		}
		y := 2
		i += y
	}
	goto done
done:
	return i
}

func main() {
	println(fine(3))
}
