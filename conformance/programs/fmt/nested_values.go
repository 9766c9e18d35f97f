package main

import (
	"errors"
	"fmt"
)

type Level int

func (l Level) String() string { return [...]string{"LOW", "MID", "HIGH"}[l] }

type Item struct {
	Name  string
	Lvl   Level
	Err   error
	Tags  []string
	Score float64
}

type Node struct {
	Val  int
	Kids []*Node
}

type Pair struct {
	K string
	V any
}

func main() {
	items := []Item{
		{"a", 0, nil, nil, 1.5},
		{"b", 2, errors.New("bad thing"), []string{"x", "y"}, 1e21},
	}
	fmt.Println(items)
	fmt.Printf("%v\n%+v\n", items, items)
	fmt.Println(&items[0])
	fmt.Printf("%+v\n", &items[1])
	m := map[string]Item{"k": items[1]}
	fmt.Println(m)
	errs := []error{errors.New("e1"), nil, fmt.Errorf("wrapped: %w", errors.New("e2"))}
	fmt.Println(errs)
	lv := map[Level][]Level{2: {0, 1}, 0: nil}
	fmt.Println(lv)
	root := Node{1, []*Node{}}
	fmt.Println(root)
	fmt.Printf("%+v\n", root)
	pairs := []Pair{{"i", 1}, {"s", "str"}, {"f", 2.5}, {"n", nil}, {"l", Level(1)}, {"p", Pair{"in", []int{1}}}}
	fmt.Println(pairs)
	fmt.Printf("%+v\n", pairs)
	ptrs := []*Item{&items[0]}
	fmt.Println(len(ptrs), *ptrs[0])
	arrp := &[2]int{1, 2}
	slp := &[]string{"s"}
	mp := &map[string]int{"m": 1}
	fmt.Println(arrp, slp, mp)
	fmt.Printf("%v %+v %d\n", arrp, slp, arrp)
	anys := []any{1, "two", 3.0, []int{4}, map[int]int{5: 5}, Item{Name: "six"}, Pair{"seven", 7}, nil, Level(2)}
	fmt.Println(&Pair{"eight", 8}, &anys[0] == &anys[0])
	fmt.Println(anys...)
	fmt.Println(anys)
	fmt.Printf("%v\n", anys)
	fmt.Printf("%d\n", []any{1, "x", Level(1)})
	fmt.Printf("%s\n", []any{1, "x", Level(1), errors.New("err")})
}
