package main

import "fmt"

type T struct{ A int }

func main() {
	fmt.Printf("%d\n", "hi")
	fmt.Printf("%s\n", 42)
	fmt.Printf("%d %d\n", 1)
	fmt.Printf("%d\n", 1, 2)
	fmt.Printf("no verbs\n", "extra", 3)
	fmt.Printf("%z\n", 5)
	fmt.Printf("%!\n")
	fmt.Printf("%t\n", 1)
	fmt.Printf("%x %d\n", 3.5, 2.5)
	fmt.Printf("%s\n", true)
	fmt.Printf("%d\n", T{1})
	fmt.Printf("%s\n", T{2})
	fmt.Printf("%d\n", []string{"a"})
	fmt.Printf("%s\n", []int{1})
	fmt.Printf("%q\n", 3.5)
	fmt.Printf("%c\n", "str")
	fmt.Printf("%f\n", 7)
	fmt.Printf("%d\n", nil)
	fmt.Printf("%s %v\n", nil)
	fmt.Printf("trailing %")
	fmt.Println()
	fmt.Printf("%-\n", 1)
	fmt.Printf("%.2d %.q\n", "x", 5)
	s := fmt.Sprintf("%d %s", 1)
	fmt.Println(s)
	fmt.Println(fmt.Sprintf("%[2]d %[1]d", 1, 2))
	fmt.Println(fmt.Sprintf("%[3]d", 1, 2))
	fmt.Println(fmt.Sprintf("%v %v", map[string]int{"a": 1}))
	fmt.Println(fmt.Sprintf("%d", &T{3}))
	fmt.Println(fmt.Sprintf("%s", map[string]int{"k": 1}))
	fmt.Println(fmt.Sprintf("%x", true))
	fmt.Println(fmt.Sprintf("%e", "s"))
	fmt.Println(fmt.Sprintf("%b", 'a'), fmt.Sprintf("%b", "a"))
	fmt.Println(fmt.Sprintf("%U", "u"), fmt.Sprintf("%U", -1))
	fmt.Println(fmt.Sprintf("%c", -1), fmt.Sprintf("%q", 0x110000))
}
