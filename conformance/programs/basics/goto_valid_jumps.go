package main

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
