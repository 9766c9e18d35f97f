package main

import "fmt"

var trace []string

func interpreter(level, maxlevel, rec int) {
	defer func() {
		e := recover()
		if e == nil {
			return
		}
		if level != e.(int) {
			trace = append(trace, fmt.Sprint("re-panic at ", level))
			panic(e)
		}
		trace = append(trace, fmt.Sprint("recovered at ", level))
	}()
	if level+1 < maxlevel {
		interpreter(level+1, maxlevel, rec)
	} else {
		trace = append(trace, "initiating panic")
		panic(rec)
	}
}

var saveInt uint32

func recurseFnPanicRec(level, maxlevel int) {
	defer func() {
		trace = append(trace, fmt.Sprint("recurseFn recovered: ", recover()))
	}()
	recurseFn(level, maxlevel)
}

func recurseFn(level, maxlevel int) {
	var a [40]uint32
	for i := range a {
		a[i] = 0xffffffff
	}
	if level+1 < maxlevel {
		saveInt = a[4]
		recurseFn(level+1, maxlevel)
	} else {
		panic("recurseFn panic")
	}
}

func main() {
	for _, c := range [][3]int{{0, 6, 2}, {0, 5, 1}, {0, 6, 3}} {
		trace = nil
		interpreter(c[0], c[1], c[2])
		recurseFnPanicRec(0, 10)
		fmt.Println(c, trace)
	}
	fmt.Println(saveInt)
}
