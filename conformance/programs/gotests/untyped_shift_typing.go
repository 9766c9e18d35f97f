package main

import "fmt"

// A non-constant shift of an untyped constant: the constant takes the type
// it would have alone in the context (int in an interface or alone, the
// variable's or other operand's type otherwise), shifted again or not.

func f(x any) string { return fmt.Sprintf("%T %v", x, x) }

func main() {
	m := uint(3)
	a := 1 << m << 1
	fmt.Println(a, 100>>m>>1, 1<<m<<m>>1)
	var s uint = 2
	var x = interface{}(1<<s + 1<<s)
	fmt.Println(x.(int), f(1<<s<<1), f(interface{}(1<<s)), f(1<<s+1))
	var y interface{}
	y = 1<<s + 1
	fmt.Println(y.(int))
	var i8 int8 = 1 << m << 2
	var u16 uint16 = 1 << m << 15
	fmt.Println(i8, u16, int64(1<<m<<40))
	arr := [8]int{1, 2, 3, 4, 5, 6, 7, 8}
	fmt.Println(1<<s, make([]int, 1<<s), arr[1<<s], "abcdefgh"[1<<s>>1], 1<<s == 4, 1<<s > 3)
	var i64 int64 = 7
	fmt.Println(i64+1<<s, i64&(1<<s<<1), 1<<s<<s|i64)
	var u uint8 = 200
	fmt.Println(u+1<<s<<s, u>>s<<1)
	sl := arr[1<<s>>1 : 1<<s<<1]
	fmt.Println(sl, len(sl))
	var r rune = 'a' + 1<<s
	fmt.Println(r, string(rune('a'+1<<s)))
	mp := map[int64]string{4: "four"}
	fmt.Println(mp[1<<s])
	fmt.Println(uint32(1)<<31<<s, int8(1<<s<<4))
	ch := []any{1 << s, 2 >> s, int32(3) << s}
	for _, c := range ch {
		fmt.Printf("%T %v\n", c, c)
	}
	switch 1 << s {
	case 4:
		fmt.Println("four")
	}
}
