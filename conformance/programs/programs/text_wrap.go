package main

import (
	"fmt"
	"strings"
	"unicode"
	"unicode/utf8"
)

func wrap(text string, width int) []string {
	var lines []string
	var cur strings.Builder
	curLen := 0
	for _, w := range strings.Fields(text) {
		wl := utf8.RuneCountInString(w)
		if curLen > 0 && curLen+1+wl > width {
			lines = append(lines, cur.String())
			cur.Reset()
			curLen = 0
		}
		if curLen > 0 {
			cur.WriteByte(' ')
			curLen++
		}
		cur.WriteString(w)
		curLen += wl
	}
	if curLen > 0 {
		lines = append(lines, cur.String())
	}
	return lines
}

func justify(line string, width int) string {
	words := strings.Fields(line)
	if len(words) < 2 {
		return line
	}
	total := 0
	for _, w := range words {
		total += utf8.RuneCountInString(w)
	}
	gaps := len(words) - 1
	spaces := width - total
	var sb strings.Builder
	for i, w := range words {
		sb.WriteString(w)
		if i < gaps {
			n := spaces / gaps
			if i < spaces%gaps {
				n++
			}
			sb.WriteString(strings.Repeat(" ", n))
		}
	}
	return sb.String()
}

func titleCase(s string) string {
	prev := ' '
	return strings.Map(func(r rune) rune {
		defer func() { prev = r }()
		if unicode.IsSpace(prev) || prev == '-' {
			return unicode.ToTitle(r)
		}
		return unicode.ToLower(r)
	}, s)
}

func main() {
	text := "Go is an open source programming language that makes it simple to build secure, scalable systems. Ünïcödé wörds çount by rünes, not bytes — naïvely."
	for _, w := range []int{20, 35} {
		fmt.Printf("width %d:\n", w)
		lines := wrap(text, w)
		for i, l := range lines {
			if i < len(lines)-1 {
				l = justify(l, w)
			}
			fmt.Printf("|%-*s|\n", w, l)
		}
	}
	fmt.Println(titleCase("hELLO wORLD-wide ǆungla éCOLE"))
	fmt.Printf("%q\n", wrap("", 10))
	fmt.Printf("%q\n", wrap("supercalifragilistic word", 5))
	var counts [4]int
	for _, r := range text {
		switch {
		case r < 0x80:
			counts[0]++
		case r < 0x800:
			counts[1]++
		case r < 0x10000:
			counts[2]++
		default:
			counts[3]++
		}
	}
	fmt.Println(counts, len(text), utf8.RuneCountInString(text))
}
