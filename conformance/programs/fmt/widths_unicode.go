package main

import "fmt"

func main() {
	names := []string{"Zoë", "山田", "Bob", "Ñandú", "🎉x"}
	for _, n := range names {
		fmt.Printf("[%-6s][%6s][%.2s][%-4.1s][%q]\n", n, n, n, n, n)
	}
	fmt.Printf("[%5c][%-5c][%05d][%x][% X]\n", '世', 'é', -42, "é", "日本")
	fmt.Printf("[%8.3q][%-8q][%+q][%#q]\n", "abcdef", "é", "é", "é")
	fmt.Printf("[%5t][%-7t][%v]\n", true, false, []bool{true})
	fmt.Printf("[%6v][%-6v][%06v]\n", -3, 'a', 7)
	fmt.Printf("[%3d][%-3d][%03d]\n", 12345, 12345, 12345)
	fmt.Printf("[%x][%X][%#o][%O]\n", -1, 3054, 8, 8)
	fmt.Printf("[%08.3d][%+08d][%-+8d][% 08d]\n", 5, 5, 5, 5)
	fmt.Printf("[%10.4v][%-10.3v][%10v]\n", 3.14159265, 2.0/3, 1e-9)
	fmt.Printf("[%6.2v][%.0v][%.1v]\n", "hello", "x", []string{"abc", "de"})
	fmt.Printf("[%*s][%-*s][%.*s]\n", 6, "ab", 4, "c", 2, "xyz")
	fmt.Printf("[%*d]\n", -5, 1)
	fmt.Printf("[%v][%d]\n", [3]byte{1, 2, 3}, [2]int8{-1, 1})
	fmt.Printf("[%s][%q][%x]\n", [2]string{"a", "b"}, []rune("hi"), []int{255, 16})
	fmt.Printf("[%c][%U][%d]\n", []rune("ab"), []rune("é"), "x")
	fmt.Printf("%s %v\n", []byte(nil), []byte{})
	fmt.Printf("%q %v %s\n", 'x', 'x', string('x'))
	fmt.Printf("%t %t\n", 1, "true")
	fmt.Printf("%e %f %g\n", 1, "s", true)
	fmt.Printf("%.2f %v\n", float32(0.1), float32(16777217))
	fmt.Printf("%5.1f%%|%-5d%%\n", 99.95, 3)
}
