package main

import (
	"fmt"
	"os"
)

type Level uint8

const (
	Debug Level = iota + 1
	Info
	Warn
)

var levelNames = map[Level]string{Debug: "DEBUG", Info: "INFO", Warn: "WARN"}

type Logger struct {
	min   Level
	lines int
}

func (l *Logger) logf(lv Level, format string, args ...any) {
	if lv < l.min {
		return
	}
	l.lines++
	out := os.Stdout
	if lv >= Warn {
		out = os.Stderr
	}
	fmt.Fprintf(out, "[%-5s] "+format+"\n", append([]any{levelNames[lv]}, args...)...)
}

func main() {
	l := &Logger{min: Info}
	l.logf(Debug, "hidden %d", 1)
	l.logf(Info, "starting %s v%.1f", "app", 1.2)
	l.logf(Warn, "disk at %d%%", 91)
	n, err := fmt.Fprintln(os.Stdout, "direct", 1, 2)
	fmt.Println(n, err)
	n, err = fmt.Fprint(os.Stderr, "to stderr ", 3, "\n")
	fmt.Println(n, err)
	fmt.Fprintf(os.Stdout, "%s has %d lines\n", "logger", l.lines)
	if l.lines != 3 {
		os.Exit(l.lines)
	}
}
