package main

import "fmt"

type Color int

const (
	Red Color = iota
	Green
	Blue
)

func (c Color) String() string {
	switch c {
	case Red:
		return "Red"
	case Green:
		return "Green"
	case Blue:
		return "Blue"
	}
	return fmt.Sprintf("Color(%d)", int(c))
}

type Pt struct{ X, Y int }

func (p *Pt) String() string { return fmt.Sprintf("Pt<%d,%d>", p.X, p.Y) }

type Box struct {
	C     Color
	Inner []Color
	M     map[Color]int
}

type Temp float64

func (t Temp) String() string { return fmt.Sprintf("%.1f°C", float64(t)) }

func main() {
	fmt.Println(Red, Blue, Color(7))
	fmt.Printf("%v %s %d %q %x\n", Green, Green, Green, Green, Green)
	fmt.Printf("%+v %#v\n", Blue, Blue)
	b := Box{C: Blue, Inner: []Color{Red, Green}, M: map[Color]int{Green: 1, Red: 2}}
	fmt.Println(b)
	fmt.Printf("%+v\n", b)
	p := Pt{1, 2}
	fmt.Println(p, &p)
	fmt.Printf("%v %v %s\n", p, &p, &p)
	ps := []*Pt{{3, 4}}
	fmt.Println(ps[0])
	fmt.Println(Temp(21.55), []Temp{1, 2.25})
	s := fmt.Sprint(Red, Green)
	fmt.Println(s, len(s))
	fmt.Println(fmt.Sprint("x", Red, 1, 2, Temp(3)))
	var st fmt.Stringer = Blue
	fmt.Println(st.String(), st)
	st = &p
	fmt.Printf("%T %v\n", st, st)
}
