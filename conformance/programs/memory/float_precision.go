// strconv.FormatFloat allocates max(prec+4, 24) bytes before formatting:
// a precision past Go's maxAlloc is makeslice's recoverable "cap out of
// range"; a large one formats exactly (%e, %f and %x pad zeros past the
// float's digits, %g stops at them); one the system cannot back is the
// fatal "out of memory". fmt refuses widths and precisions past 10^6.
package main

import (
	"fmt"
	"math"
	"strconv"
	"strings"
)

func sum(s string) int {
	h := 0
	for i := 0; i < len(s); i++ {
		h = h*31 + int(s[i])
	}
	return h
}

func try(name string, f func()) {
	defer func() { fmt.Printf("%-10s %v\n", name, recover()) }()
	f()
}

func main() {
	defer fmt.Println("deferred calls do not run")
	vals := []float64{0, 1.5, -2.25e-300, 1e300, 5e-324, math.MaxFloat64, math.Inf(-1), math.NaN()}
	for _, prec := range []int{4095, 4097, 100000} {
		for _, f := range []byte("eEfgGxXbq") {
			for _, v := range vals {
				for _, bits := range []int{32, 64} {
					s := strconv.FormatFloat(v, f, prec, bits)
					fmt.Println(prec, string(f), bits, len(s), sum(s), s[:min(len(s), 10)], s[max(0, len(s)-8):])
				}
			}
		}
	}
	fmt.Println(len(strconv.AppendFloat([]byte("x"), 2.5, 'f', 70000, 64)))
	big := 1 << 62
	try("prec 2^62", func() { _ = strconv.FormatFloat(1.5, 'f', big, 64) })
	try("prec 2^62 g", func() { _ = strconv.FormatFloat(1.5, 'g', big, 32) })
	try("maxAlloc+1", func() { _ = strconv.FormatFloat(1, 'e', 1<<48-3, 64) })
	try("bitSize", func() { _ = strconv.FormatFloat(1, 'e', big, 16) })
	try("negative", func() { fmt.Println(strconv.FormatFloat(0.1, 'f', -1<<63, 64)) })
	w := 1000000
	fmt.Println(len(fmt.Sprintf("%*d|%.*f|%-*s|", w, 7, w, 0.5, w, "s")))
	fmt.Println(strings.Count(fmt.Sprintf("%.*e", w, 1.0), "0"))
	fmt.Printf("%*d|%.*d|%*s\n", w+1, 1, w+1, 2, 1<<40, "x")
	fmt.Println(len(fmt.Sprintf("%10000000d|%.10000000f|%100000000d", 3, 4.0, 5)))
	fmt.Println(len(strconv.FormatFloat(1.5, 'f', 1<<47, 64)))
}
