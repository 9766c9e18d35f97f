package main

import (
	"errors"
	"fmt"
)

type Val struct{ n int }

func (v Val) String() string { return fmt.Sprintf("Val#%d", v.n) }

type Ptr struct{ n int }

func (p *Ptr) String() string { return fmt.Sprintf("Ptr#%d", p.n) }

type Both struct{}

func (Both) String() string { return "string-method" }
func (Both) Error() string  { return "error-method" }

type Level int

func (l Level) String() string {
	switch l {
	case 0:
		return "DEBUG"
	case 1:
		return "INFO"
	}
	return "L" + fmt.Sprint(int(l))
}

type GoStr struct{ x int }

func (g GoStr) GoString() string { return "GoStr!" }

type Holder struct {
	V  Val
	P  Ptr
	PP *Ptr
	L  Level
}

func main() {
	v := Val{1}
	p := Ptr{2}
	fmt.Println(v, &v, p, &p)
	fmt.Printf("%v %s %d %+v\n", v, v, v, v)
	fmt.Printf("%v %s\n", p, &p)
	fmt.Println(Both{}, error(Both{}), fmt.Stringer(Both{}))
	fmt.Printf("%v %s %q\n", Both{}, Both{}, Both{})
	fmt.Println(Level(0), Level(1), Level(7), []Level{0, 1, 2})
	fmt.Printf("%d %v %s %x %q %5s|%-6v|\n", Level(1), Level(1), Level(1), Level(1), Level(0), Level(0), Level(1))
	h := Holder{V: Val{3}, P: Ptr{4}, PP: &Ptr{5}, L: 1}
	fmt.Printf("%v\n%+v\n", h, h)
	fmt.Printf("%v %#v\n", GoStr{1}, GoStr{1})
	m := map[Level]Val{1: {10}, 0: {20}}
	fmt.Println(m)
	err := fmt.Errorf("wrap %v: %w", v, errors.New("inner"))
	fmt.Println(err)
	fmt.Printf("%s|%v|%q\n", err, err, err)
	var np *Ptr
	fmt.Println(np)
	fmt.Printf("%s|%v|%d\n", np, np, []any{v, Level(0)})
	fmt.Print(v, Level(0), "\n")
	fmt.Print("a", "b", 1, 2, v, "c\n")
	fmt.Println(fmt.Sprint(1, 2), fmt.Sprint("a", 1, "b"), fmt.Sprint(v, v))
}
