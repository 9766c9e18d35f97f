// range over narrow slices, arrays and pointers to arrays (index and value,
// writes during the loop), and sorting narrow data with sort.Slice,
// sort.SliceStable, sort.Sort and sort.Ints on widened copies.
package main

import (
	"fmt"
	"sort"
)

type Item struct {
	key  uint8
	rank int16
	ok   bool
	name string
}

type ByKey []Item

func (b ByKey) Len() int           { return len(b) }
func (b ByKey) Less(i, j int) bool { return b[i].key < b[j].key }
func (b ByKey) Swap(i, j int)      { b[i], b[j] = b[j], b[i] }

type I16s []int16

func (s I16s) Len() int           { return len(s) }
func (s I16s) Less(i, j int) bool { return s[i] < s[j] }
func (s I16s) Swap(i, j int)      { s[i], s[j] = s[j], s[i] }

func main() {
	i8 := []int8{5, -3, 127, -128, 0, 42, -42, 1}
	for i, v := range i8 {
		i8[i] = v * 2
		if i+1 < len(i8) {
			i8[i+1]++
		}
	}
	fmt.Println(i8)
	arr := [5]uint16{1, 65535, 300, 0, 2}
	for i, v := range arr {
		arr[i] = 9
		fmt.Print(i, ":", v, " ")
	}
	fmt.Println(arr)
	arr2 := [5]uint16{1, 65535, 300, 0, 2}
	for i, v := range &arr2 {
		if i < 4 {
			arr2[i+1] = 7
		}
		fmt.Print(i, ":", v, " ")
	}
	fmt.Println(arr2)
	for i := range []bool{true, false, true} {
		fmt.Print(i)
	}
	var cnt int
	for range [7]int8{} {
		cnt++
	}
	fmt.Println(" cnt", cnt)
	for i, r := range "aé世" {
		fmt.Print(i, "=", r, " ")
	}
	for i, b := range []byte("aé世") {
		fmt.Print(i, "=", b, " ")
	}
	fmt.Println()

	s := []int8{9, -1, 127, -128, 3, 3, 0}
	sort.Slice(s, func(i, j int) bool { return s[i] < s[j] })
	fmt.Println(s)
	u := []uint8{9, 255, 1, 128, 127, 0}
	sort.Slice(u, func(i, j int) bool { return u[i] > u[j] })
	fmt.Println(u)
	f := []float32{0.3, -0.1, 1e20, -1e20, 0.1 + 0.2, 0}
	sort.Slice(f, func(i, j int) bool { return f[i] < f[j] })
	fmt.Println(f)
	r := []rune("sorting runes: ζβα")
	sort.Slice(r, func(i, j int) bool { return r[i] < r[j] })
	fmt.Printf("%q\n", string(r))
	i16 := I16s{300, -300, 32767, -32768, 0, 1}
	sort.Sort(i16)
	fmt.Println(i16, sort.IsSorted(i16))
	sort.Sort(sort.Reverse(i16))
	fmt.Println(i16)

	u32 := []uint32{4000000000, 1, 3000000000, 2}
	wide := make([]int, len(u32))
	for i, v := range u32 {
		wide[i] = int(v)
	}
	sort.Ints(wide)
	fmt.Println(wide, sort.SearchInts(wide, 3000000000))

	items := []Item{
		{3, -1, true, "c"}, {1, 5, false, "a"}, {3, 2, false, "c2"},
		{255, 0, true, "z"}, {0, -32768, true, "zero"}, {1, 7, true, "a2"},
	}
	st := append([]Item(nil), items...)
	sort.SliceStable(st, func(i, j int) bool { return st[i].key < st[j].key })
	fmt.Println(st)
	sort.SliceStable(st, func(i, j int) bool { return st[i].ok && !st[j].ok })
	fmt.Printf("%+v\n", st)
	sort.Slice(items, func(i, j int) bool { return items[i].rank < items[j].rank })
	fmt.Println(items)
	sort.Stable(ByKey(items))
	for _, it := range items {
		fmt.Print(it.key, it.name, " ")
	}
	fmt.Println()

	// range copies the array operand; pointer ranges do not
	type Cell struct {
		v int8
		b bool
	}
	cells := [3]Cell{{1, true}, {2, false}, {3, true}}
	for i, c := range cells {
		cells[2].v = 100
		c.v *= 10
		cells[i].b = !c.b
		fmt.Print(c, " ")
	}
	fmt.Println(cells)
	for i := range cells {
		pc := &cells[i]
		pc.v -= 127
		pc.v--
	}
	fmt.Println(cells)
}
