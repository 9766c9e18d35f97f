package main

import "fmt"

type Weekday int

const (
	Sunday Weekday = iota
	Monday
	Tuesday
	Wednesday
	Thursday
	Friday
	Saturday
)

var names = [...]string{"Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"}

func (d Weekday) String() string {
	if d < 0 || int(d) >= len(names) {
		return fmt.Sprintf("Weekday(%d)", int(d))
	}
	return names[d]
}

type ByteSize float64

const (
	_           = iota
	KB ByteSize = 1 << (10 * iota)
	MB
	GB
	TB
)

type Flags uint8

const (
	FlagA Flags = 1 << iota
	FlagB
	FlagC
	FlagD
)

const (
	a, b = iota, iota * 10
	c, d
	_, _
	e, f
)

const (
	x0 = "s"
	x1
	x2 = iota
	x3
)

func (f Flags) Has(g Flags) bool { return f&g != 0 }

func main() {
	fmt.Println(Sunday, Saturday, Weekday(9), Tuesday+2)
	fmt.Printf("%v %d %s %q\n", Friday, Friday, Monday, Monday)
	fmt.Println(KB, MB, GB, TB)
	fmt.Printf("%.0f %e\n", float64(GB), float64(TB))
	fl := FlagA | FlagC
	fmt.Println(fl, fl.Has(FlagA), fl.Has(FlagB), fl&^FlagA, FlagD, ^fl)
	fmt.Printf("%08b %08b\n", fl, ^fl)
	fmt.Println(a, b, c, d, e, f)
	fmt.Println(x0, x1, x2, x3)
	days := []Weekday{Saturday, Monday}
	fmt.Println(days)
	fmt.Printf("%v %d\n", days, days)
}
