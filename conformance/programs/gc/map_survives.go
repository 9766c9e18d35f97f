// Maps of strings, of pointers, of structs holding slices and of interfaces
// survive many collections while they are mutated; every value is checked
// after the last collection.
package main

import (
	"fmt"
	"runtime"
	"sort"
	"strconv"
	"strings"
)

type node struct {
	id   int
	name string
	next *node
}

type bag struct {
	items []int
	tags  []string
}

type shape interface {
	area() int
}

type rect struct{ w, h int }

func (r rect) area() int { return r.w * r.h }

type circle struct {
	r    int
	name *string
}

func (c *circle) area() int { return 3 * c.r * c.r }

func key(i int) string {
	return "k" + strconv.Itoa(i) + strings.Repeat("x", i%7)
}

func main() {
	strs := map[string]string{}
	ptrs := map[int]*node{}
	bags := map[string]bag{}
	ifaces := map[int]shape{}

	for round := 0; round < 40; round++ {
		for i := round * 50; i < round*50+50; i++ {
			k := key(i)
			strs[k] = strings.ToUpper(k) + "/" + strconv.Itoa(round)
			n := &node{id: i, name: "n" + strconv.Itoa(i)}
			if prev, ok := ptrs[i-1]; ok {
				n.next = prev
			}
			ptrs[i] = n
			b := bag{}
			for j := 0; j < i%5+1; j++ {
				b.items = append(b.items, i*10+j)
				b.tags = append(b.tags, fmt.Sprintf("t%d.%d", i, j))
			}
			bags[k] = b
			if i%2 == 0 {
				ifaces[i] = rect{i, 2}
			} else {
				name := "c" + strconv.Itoa(i)
				ifaces[i] = &circle{r: i % 10, name: &name}
			}
		}
		// Drop a third of what was just added, overwrite some old entries.
		for i := round * 50; i < round*50+50; i += 3 {
			k := key(i)
			delete(strs, k)
			delete(bags, k)
			delete(ifaces, i)
		}
		if round > 0 {
			old := (round - 1) * 50
			strs[key(old+1)] = "again" + strconv.Itoa(round)
			b := bags[key(old+1)]
			b.items = append(b.items, -round)
			bags[key(old+1)] = b
		}
		runtime.GC()
	}
	runtime.GC()

	fmt.Println(len(strs), len(ptrs), len(bags), len(ifaces))

	keys := make([]string, 0, len(strs))
	for k := range strs {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	sum := 0
	for _, k := range keys {
		sum += len(k) + len(strs[k])
	}
	fmt.Println("strs", sum, keys[0], strs[keys[0]], keys[len(keys)-1], strs[keys[len(keys)-1]])

	// Follow the pointer chain from the last node down to the first.
	n := ptrs[1999]
	count, idsum := 0, 0
	for ; n != nil; n = n.next {
		count++
		idsum += n.id
		if n.name != "n"+strconv.Itoa(n.id) {
			fmt.Println("bad name", n.id, n.name)
		}
	}
	fmt.Println("chain", count, idsum)

	itemSum, tagLen := 0, 0
	for _, k := range keys {
		b, ok := bags[k]
		if !ok {
			continue
		}
		for _, it := range b.items {
			itemSum += it
		}
		for _, t := range b.tags {
			tagLen += len(t)
		}
	}
	fmt.Println("bags", itemSum, tagLen, bags[key(51)].items, bags[key(51)].tags)

	areas := 0
	names := 0
	for i := 0; i < 2000; i++ {
		s, ok := ifaces[i]
		if !ok {
			continue
		}
		areas += s.area()
		if c, ok := s.(*circle); ok {
			names += len(*c.name)
		}
	}
	fmt.Println("ifaces", areas, names, ifaces[1999].(*circle).r, *ifaces[1999].(*circle).name)
}
