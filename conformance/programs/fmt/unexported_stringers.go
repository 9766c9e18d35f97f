package main

import (
	"errors"
	"fmt"
)

type Color int

func (c Color) String() string { return fmt.Sprintf("color%d", int(c)) }

type PColor int

func (c *PColor) String() string { return "pcolor" }

type myErr struct{}

func (myErr) Error() string { return "myErr!" }

type color2 int

func (c color2) String() string { return "c2" }

type W struct {
	c  Color
	C  Color
	p  PColor
	P  PColor
	PP *PColor
	e  error
	E  error
	a  any
	A  any
}

type Emb struct {
	color2
	X int
}

type EmbExported struct {
	Color
	Y int
}

type Holder struct {
	list []Color
	List []Color
	m    map[Color]Color
	M    map[Color]Color
	arr  [1]Color
	Arr  [1]Color
}

func main() {
	pc := PColor(9)
	w := W{1, 2, 3, 4, &pc, myErr{}, errors.New("E"), Color(5), Color(6)}
	fmt.Println(w)
	fmt.Printf("%v\n%+v\n", w, w)
	fmt.Println(Emb{3, 4})
	fmt.Println(EmbExported{3, 4})
	fmt.Printf("%+v %s\n", Emb{3, 4}, EmbExported{5, 6})
	h := Holder{[]Color{1}, []Color{2}, map[Color]Color{3: 4}, map[Color]Color{5: 6}, [1]Color{7}, [1]Color{8}}
	fmt.Printf("%v\n%+v\n", h, h)
	fmt.Println([]PColor{1}, []*PColor{&pc}, map[string]PColor{"k": 2})
	fmt.Println(struct{ c, D Color }{1, 2})
	fmt.Println(struct {
		e error
		s fmt.Stringer
	}{myErr{}, Color(1)})
	fmt.Println(&w == nil, &EmbExported{1, 2})
	fmt.Printf("%x %d\n", Emb{10, 11}, h)
}
