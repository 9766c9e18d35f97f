package main

import (
	"fmt"
	"os"
)

func main() {
	fmt.Fprint(os.Stdout, "to stdout", 1, 2, "\n")
	fmt.Fprintln(os.Stdout, "line", 3)
	fmt.Fprintf(os.Stdout, "%s=%d\n", "x", 4)
	fmt.Fprint(os.Stderr, "to stderr", 5, 6, "\n")
	fmt.Fprintln(os.Stderr, "err line", true)
	fmt.Fprintf(os.Stderr, "%q %v\n", "quoted", []int{1})
	n, err := fmt.Fprintf(os.Stdout, "%05.1f\n", 2.25)
	fmt.Println(n, err)
	w := os.Stdout
	fmt.Fprintln(w, "via variable")
	fmt.Fprintln(os.Stderr)
	fmt.Println("done")
}
