package main

import "fmt"

func main() {
	fmt.Printf("[%*d]\n", 5, 42)
	fmt.Printf("[%-*d]\n", 5, 42)
	fmt.Printf("[%*d]\n", -5, 42)
	fmt.Printf("[%.*f]\n", 2, 3.14159)
	fmt.Printf("[%*.*f]\n", 10, 3, 3.14159)
	fmt.Printf("[%*s|%-*s]\n", 6, "ab", 6, "cd")
	fmt.Printf("[%.*s]\n", 3, "abcdef")
	fmt.Printf("[%*d]\n", "x", 1)
	fmt.Printf("[%.*d]\n", -1, 7)
	fmt.Printf("[%*d]\n", 3)
	fmt.Printf("[%0*d]\n", 6, -12)
	fmt.Printf("[%+*d]\n", 4, 9)
	fmt.Printf("[%[2]*[1]d]\n", 12, 5)
	fmt.Printf("[%6.2f][%-8.3e][%+.0f]\n", 1.005, 123.456, 2.5)
	fmt.Printf("[%3c][%-4q][%06.2f][%x]\n", 'a', 'b', -1.5, -255)
	fmt.Printf("[%08.3f][%-10s|][%+d][%#x][%#o]\n", 3.14159, "left", 5, 255, 8)
	fmt.Printf("[%v][%6v][%-6v][%06v]\n", 12, 12, 12, 12)
	fmt.Printf("[%8v][%-8v]\n", []int{1, 2}, "s")
	fmt.Printf("[%5.1v][%.2v]\n", 3.14159, "abc")
	fmt.Printf("[%x][% x][%#x][%# x][%X]\n", []byte{1, 0xab, 0xff}, []byte{1, 0xab}, []byte{1, 0xab}, []byte{1, 0xab}, []byte{0xab})
	fmt.Printf("[%10.4x]\n", "abcdef")
	fmt.Printf("[%+5s][% 5d][%+ d][% +d]\n", "s", 3, 3, 3)
	fmt.Printf("[%-05d][%05s][%-+5d]\n", 3, "x", 3)
}
