package main

import "fmt"

func classic() {
	for i := 0; i < 3; i++ {
		defer func() { fmt.Println("closure sees per-iteration i =", i) }()
	}
}

func argVsCapture() {
	for i := 0; i < 3; i++ {
		defer func(v int) { fmt.Println("arg", v, "capture", i) }(i * 10)
		i := i + 100 // shadow, captured by the next defer
		defer func() { fmt.Println("shadow", i) }()
	}
}

func modifiedInBody() {
	for i := 0; i < 6; i++ {
		defer func() { fmt.Println("modified i", i) }()
		i++ // closure sees modification of this iteration's copy
	}
}

func rangeLoop() {
	words := []string{"alpha", "beta", "gamma"}
	for idx, w := range words {
		defer func() { fmt.Println("range", idx, w) }()
	}
	m := map[string]int{"only": 1}
	for k, v := range m {
		defer func() { fmt.Println("map", k, v) }()
	}
	for n := range 3 {
		defer func() { fmt.Println("range int", n) }()
	}
}

func main() {
	classic()
	argVsCapture()
	modifiedInBody()
	rangeLoop()
}
