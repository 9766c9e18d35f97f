package main

import (
	"fmt"
	"math"
	"sort"
	"strings"
)

type Person struct {
	Name string
	Age  int
}

type People []Person

func (p People) Len() int      { return len(p) }
func (p People) Swap(i, j int) { p[i], p[j] = p[j], p[i] }

type ByName struct{ People }

func (b ByName) Less(i, j int) bool { return b.People[i].Name < b.People[j].Name }

func main() {
	fl := []float64{3, math.NaN(), -1, math.Inf(1), 0, math.NaN(), math.Inf(-1), 2}
	sort.Float64s(fl)
	fmt.Println(fl, sort.Float64sAreSorted(fl))
	strs := []string{"banana", "Apple", "apple", "", "Banana", "ä", "z"}
	sort.Strings(strs)
	fmt.Printf("%q\n", strs)
	fmt.Println(sort.SearchStrings(strs, "apple"), sort.SearchStrings(strs, "b"), sort.SearchStrings(strs, "zz"))
	fmt.Println(sort.SearchFloat64s([]float64{1, 2, 3}, 2.5))
	ps := People{{"Carol", 30}, {"alice", 25}, {"Bob", 35}, {"Dave", 25}}
	sort.Sort(ByName{ps})
	fmt.Println(ps)
	sort.Slice(ps, func(i, j int) bool {
		return strings.ToLower(ps[i].Name) < strings.ToLower(ps[j].Name)
	})
	fmt.Println(ps)
	sort.SliceStable(ps, func(i, j int) bool { return ps[i].Age < ps[j].Age })
	fmt.Println(ps)
	i, found := sort.Find(len(ps), func(i int) int { return 30 - ps[i].Age })
	fmt.Println(i, found)
	idx := sort.Search(len(ps), func(i int) bool { return ps[i].Age >= 31 })
	fmt.Println(idx)
	fmt.Println(sort.Search(0, func(int) bool { return true }), sort.SearchInts(nil, 5))
	is := sort.IntSlice{5, 2, 8}
	is.Sort()
	fmt.Println(is, is.Search(8), sort.IsSorted(is))
	ss := sort.StringSlice{"b", "a"}
	sort.Sort(sort.Reverse(ss))
	fmt.Println(ss, ss.Len())
	fs := sort.Float64Slice{2.5, -1}
	fs.Sort()
	fmt.Println(fs)
	var empty []int
	sort.Ints(empty)
	fmt.Println(empty == nil, sort.IntsAreSorted(empty))
	big := make([]int, 1000)
	for i := range big {
		big[i] = (i * 7919) % 1000
	}
	sort.Sort(sort.Reverse(sort.IntSlice(big)))
	fmt.Println(big[:5], big[995:])
}
