package main

import (
	"fmt"
	"strings"
)

func maker(name string) func() {
	fmt.Println("maker called for", name)
	return func() { fmt.Println("made func runs:", name) }
}

type Logger struct{ prefix string }

func newLogger(p string) *Logger {
	fmt.Println("newLogger", p)
	return &Logger{p}
}

func (l *Logger) Log(msg string) { fmt.Println(l.prefix + msg) }

func get() int {
	fmt.Println("get called")
	return 42
}

func multi() (int, string) { return 1, "one" }

func takesTwo(n int, s string) { fmt.Println("takesTwo", n, s) }

func main() {
	defer maker("a")()                 // maker runs now, result runs later
	defer newLogger("L: ").Log("bye")  // receiver expression evaluated now
	defer fmt.Println("value:", get()) // get runs now
	defer takesTwo(multi())            // multi-value call spread into args
	defer strings.NewReplacer("a", "b").Replace("banana")
	var sb strings.Builder
	defer func() { fmt.Println("builder:", sb.String()) }()
	defer sb.WriteString("!") // method value on addressable var: &sb now
	sb.WriteString("hello")
	fmt.Println("main body end")
}
