// Collections inside Go code called back from the provided packages:
// sort's less and Swap functions, String and Error methods called by fmt,
// strings.Map / FieldsFunc / IndexFunc callbacks, sort.Search. The
// package code holds its arguments and partial results meanwhile.
package main

import (
	"errors"
	"fmt"
	"runtime"
	"sort"
	"strconv"
	"strings"
)

var ticks int

func tick() {
	ticks++
	if ticks%50 == 0 {
		runtime.GC()
	}
}

type person struct {
	name string
	age  int
	tags []string
}

func (p *person) String() string {
	tick()
	garbage := make([]string, 10)
	for i := range garbage {
		garbage[i] = strconv.Itoa(i)
	}
	return p.name + "(" + strconv.Itoa(p.age) + ")" + strings.Join(p.tags, "")
}

type byAge []*person

func (b byAge) Len() int { return len(b) }
func (b byAge) Less(i, j int) bool {
	tick()
	return b[i].age < b[j].age || b[i].age == b[j].age && b[i].name < b[j].name
}
func (b byAge) Swap(i, j int) {
	tick()
	tmp := &person{name: b[i].name, age: b[i].age, tags: append([]string(nil), b[i].tags...)}
	b[i] = b[j]
	b[j] = tmp
}

type codeErr struct {
	code  int
	trail []string
}

func (e *codeErr) Error() string {
	runtime.GC()
	return "code " + strconv.Itoa(e.code) + " via " + strings.Join(e.trail, "/")
}

func people(n int) []*person {
	var ps []*person
	for i := 0; i < n; i++ {
		ps = append(ps, &person{
			name: "p" + strconv.Itoa((i*7919)%n),
			age:  (i * 31) % 17,
			tags: []string{"#" + strconv.Itoa(i%3)},
		})
	}
	return ps
}

func main() {
	ps := people(300)
	sort.Slice(ps, func(i, j int) bool {
		tick()
		s := fmt.Sprint(i, j) // garbage in the comparison
		_ = s
		if ps[i].age != ps[j].age {
			return ps[i].age < ps[j].age
		}
		return ps[i].name < ps[j].name
	})
	runtime.GC()
	fmt.Println(ps[0], ps[1], ps[150], ps[299])

	ps2 := people(200)
	sort.Sort(sort.Reverse(byAge(ps2)))
	runtime.GC()
	fmt.Println(ps2[0], ps2[199], sort.IsSorted(sort.Reverse(byAge(ps2))))

	ps3 := people(150)
	sort.SliceStable(ps3, func(i, j int) bool { tick(); return ps3[i].age%5 < ps3[j].age%5 })
	runtime.GC()
	fmt.Println(ps3[0], ps3[1], ps3[149])

	// fmt calling String methods of values nested in slices, maps,
	// structs and interfaces, each collecting.
	m := map[string]*person{}
	for _, p := range ps[:20] {
		m[p.name] = p
	}
	ps = nil
	type wrap struct {
		P   *person
		Any interface{}
	}
	w := wrap{P: ps2[5], Any: []fmt.Stringer{ps2[6], ps2[7]}}
	ps2 = nil
	out := fmt.Sprint(m) + " " + fmt.Sprintf("%v|%s|%+v", w.P, w.Any, w)
	runtime.GC()
	fmt.Println(len(out))
	fmt.Println(out)

	// Error methods called by fmt and errors.
	var err error = &codeErr{code: 7, trail: strings.Split("a,b,c", ",")}
	err = fmt.Errorf("outer %d: %w", 1, err)
	err = fmt.Errorf("top: %w", err)
	runtime.GC()
	var ce *codeErr
	fmt.Println(err, errors.As(err, &ce), ce.code, errors.Unwrap(errors.Unwrap(err)) == error(ce))

	// strings callbacks.
	src := strings.Repeat("Hello, World 123; ", 20)
	mapped := strings.Map(func(r rune) rune {
		tick()
		if r >= 'a' && r <= 'z' {
			return r - 'a' + 'A'
		}
		if r == ' ' {
			return -1
		}
		return r
	}, src)
	fields := strings.FieldsFunc(src, func(r rune) bool { tick(); return r == ';' || r == ',' })
	idx := strings.IndexFunc(src, func(r rune) bool { tick(); return r >= '0' && r <= '9' })
	src = ""
	runtime.GC()
	fmt.Println(len(mapped), mapped[:24], len(fields), fields[0], fields[len(fields)-1], idx)

	sorted := make([]string, 500)
	for i := range sorted {
		sorted[i] = fmt.Sprintf("%04d", i*3)
	}
	pos := sort.Search(len(sorted), func(i int) bool {
		runtime.GC()
		return sorted[i] >= "0999"
	})
	fmt.Println(pos, sorted[pos], ticks > 0)
}
