package main

import "fmt"

type Row struct {
	Name  string
	Qty   int
	Price float64
	Tags  []string
}

func main() {
	rows := []Row{
		{"apple", 3, 0.5, []string{"fruit"}},
		{"watermelon", 1, 3.999, nil},
		{"kiwi", 12, 0.25, []string{"fruit", "green"}},
		{"", -4, -1e-3, []string{}},
	}
	fmt.Printf("|%-12s|%6s|%9s|%-16s|\n", "name", "qty", "price", "tags")
	fmt.Printf("|%s|%s|%s|%s|\n", "------------", "------", "---------", "----------------")
	for _, r := range rows {
		fmt.Printf("|%-12q|%+6d|%9.3f|%-16v|\n", r.Name, r.Qty, r.Price, r.Tags)
	}
	for _, r := range rows {
		fmt.Printf("%12s|%-6d|%-9.2e|%x\n", r.Name, r.Qty, r.Price, r.Name)
	}
	fmt.Printf("%*d|%-*d|%.*f\n", 5, 42, 5, 42, 2, 3.14159)
	fmt.Printf("%6.2f%%\n", 12.3456)
	fmt.Printf("%08.3f|%-8.3f|%+08.2f|% .2f\n", 3.14159, 3.14159, 2.5, 2.5)
	fmt.Printf("%x|%X|% x|%#x\n", "hello", "hello", "hi!", "go")
	fmt.Printf("%5.2s|%-5.1s|%.0s|\n", "abcdef", "xyz", "gone")
	fmt.Printf("%v|%+v|%#v\n", rows[0], rows[0], rows[3])
	fmt.Printf("%3c|%-3c|%c%c\n", 'A', 'B', 0x1F600, 'é')
	fmt.Printf("%t %v %s\n", true, false, true)
	fmt.Printf("%d %s\n", "str", 5)
	fmt.Printf("%d\n")
	fmt.Printf("%d %d\n", 1, 2, 3)
	fmt.Printf("%!\n")
	fmt.Printf("%z\n", 4)
	fmt.Printf("%[2]d %[1]d %d\n", 10, 20)
	fmt.Printf("%6.3v|%-10v|%10v\n", 3.14159, "left", []int{1, 2})
	fmt.Printf("%05s|%-05d|%x\n", "ab", 7, -255)
	fmt.Printf("%U %#U %q %+q %#q\n", 'x', 'ä', "tab\there", "ünï", "back`tick")
	fmt.Printf("%#q %#q\n", "plain", "new\nline")
}
