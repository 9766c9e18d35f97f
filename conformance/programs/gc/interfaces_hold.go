// Interfaces holding structs with pointers, strings reachable only through
// an interface, through a []interface{}, through a struct in a map value;
// type switches and assertions after collections.
package main

import (
	"fmt"
	"runtime"
	"sort"
	"strconv"
	"strings"
)

type point struct{ x, y int }

type labeled struct {
	label *string
	at    *point
	extra []interface{}
}

type named interface{ Name() string }

type person struct {
	first, last string
	friends     []named
}

func (p person) Name() string { return p.first + " " + p.last }

type robot struct {
	serial []byte
}

func (r *robot) Name() string { return "robot-" + string(r.serial) }

type record struct {
	title string
	notes []string
	any   interface{}
}

func mkString(i int) string {
	return strings.Repeat(string(rune('a'+i%26)), i%5+1) + strconv.Itoa(i)
}

func main() {
	var box interface{}
	var boxes []interface{}
	for i := 0; i < 500; i++ {
		s := mkString(i)
		switch i % 5 {
		case 0:
			box = s // the string is reachable only through the interface
		case 1:
			box = labeled{label: &s, at: &point{i, -i}}
		case 2:
			box = &labeled{label: &s, extra: []interface{}{s, i, &point{i, i}}}
		case 3:
			box = []string{s, s + s}
		case 4:
			box = [2]interface{}{s, point{i, 0}}
		}
		if i%50 < 5 {
			boxes = append(boxes, box)
		}
		if i%97 == 0 {
			runtime.GC()
		}
	}
	runtime.GC()
	fmt.Println(len(boxes), box)
	for _, b := range boxes[len(boxes)-5:] {
		switch v := b.(type) {
		case string:
			fmt.Println("string", v)
		case labeled:
			fmt.Println("labeled", *v.label, *v.at)
		case *labeled:
			fmt.Println("*labeled", *v.label, v.extra[0], v.extra[1], *v.extra[2].(*point))
		case []string:
			fmt.Println("slice", v)
		case [2]interface{}:
			fmt.Println("array", v[0], v[1])
		}
	}

	// Named values with pointers and nested interfaces.
	var people []named
	for i := 0; i < 30; i++ {
		if i%3 == 0 {
			people = append(people, &robot{serial: []byte(fmt.Sprintf("%04d", i))})
		} else {
			p := person{first: mkString(i), last: strings.ToUpper(mkString(i + 1))}
			for j := len(people) - 1; j >= 0 && j >= len(people)-3; j-- {
				p.friends = append(p.friends, people[j])
			}
			people = append(people, p)
		}
	}
	last := people[len(people)-1]
	people = nil
	runtime.GC()
	var walk func(n named, depth int) []string
	walk = func(n named, depth int) []string {
		out := []string{n.Name()}
		if p, ok := n.(person); ok && depth > 0 && len(p.friends) > 0 {
			out = append(out, walk(p.friends[len(p.friends)-1], depth-1)...)
		}
		return out
	}
	fmt.Println(strings.Join(walk(last, 30), " | "))

	// Strings reachable only through a struct stored as a map value.
	recs := map[string]record{}
	for i := 0; i < 300; i++ {
		k := "r" + strconv.Itoa(i%40)
		r := recs[k]
		r.title = strings.ToTitle(mkString(i))
		r.notes = append(r.notes, mkString(i*7))
		if i%2 == 0 {
			r.any = mkString(i * 3)
		} else {
			r.any = &point{i, len(r.notes)}
		}
		recs[k] = r
		if i%60 == 0 {
			runtime.GC()
		}
	}
	runtime.GC()
	keys := make([]string, 0, len(recs))
	for k := range recs {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	for _, k := range keys[:4] {
		r := recs[k]
		fmt.Println(k, r.title, len(r.notes), r.notes[len(r.notes)-1], r.any)
	}

	// An interface holding a map of interfaces, compared after GC.
	var m interface{} = map[interface{}]interface{}{
		"k":          mkString(3),
		point{1, 2}:  mkString(4),
		[2]int{3, 4}: &point{5, 6},
		7:            []interface{}{mkString(8), 9.5},
	}
	runtime.GC()
	mm := m.(map[interface{}]interface{})
	fmt.Println(mm["k"], mm[point{1, 2}], *mm[[2]int{3, 4}].(*point), mm[7])
	fmt.Println(mm["k"] == interface{}(mkString(3)), mm[point{1, 2}] == interface{}("eeeee4"))
}
