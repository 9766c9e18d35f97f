package main

import (
	"fmt"
	"sort"
)

type Person struct {
	Name string
	Age  int
}

type ByAge []Person

func (a ByAge) Len() int           { return len(a) }
func (a ByAge) Swap(i, j int)      { a[i], a[j] = a[j], a[i] }
func (a ByAge) Less(i, j int) bool { return a[i].Age < a[j].Age }

type byLenThenAlpha []string

func (s byLenThenAlpha) Len() int      { return len(s) }
func (s byLenThenAlpha) Swap(i, j int) { s[i], s[j] = s[j], s[i] }
func (s byLenThenAlpha) Less(i, j int) bool {
	if len(s[i]) != len(s[j]) {
		return len(s[i]) < len(s[j])
	}
	return s[i] < s[j]
}

func main() {
	people := []Person{{"Alice", 30}, {"Bob", 25}, {"Carol", 35}, {"Dan", 25}, {"Eve", 30}, {"Fay", 20}}
	sort.Sort(ByAge(people))
	fmt.Println(people)
	sort.Stable(sort.Reverse(ByAge(people)))
	fmt.Println(people)
	sort.SliceStable(people, func(i, j int) bool { return people[i].Name > people[j].Name })
	fmt.Println(people)
	words := []string{"banana", "kiwi", "apple", "fig", "cherry", "date", "elderberry", "grape"}
	sort.Sort(byLenThenAlpha(words))
	fmt.Println(words, sort.IsSorted(byLenThenAlpha(words)))
	ints := []int{5, 2, 8, -1, 0, 9, 3}
	sort.Ints(ints)
	fmt.Println(ints, sort.SearchInts(ints, 3), sort.SearchInts(ints, 4), sort.IntsAreSorted(ints))
	sort.Sort(sort.Reverse(sort.IntSlice(ints)))
	fmt.Println(ints)
	fl := []float64{2.5, -1, 3.25, 0}
	sort.Float64s(fl)
	fmt.Println(fl)
	idx := sort.Search(100, func(i int) bool { return i*i >= 50 })
	fmt.Println(idx)
	i, found := sort.Find(len(words), func(i int) int {
		if "fig" < words[i] {
			return -1
		} else if "fig" == words[i] {
			return 0
		}
		return 1
	})
	fmt.Println(i, found)
}
