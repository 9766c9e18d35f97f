package main

import (
	"fmt"
	"sort"
	"strings"
)

// Word counting over a generated text: strings.Fields, strings.ToLower,
// a map[string]int, a sort by count, and keys built with fmt.Sprintf.

var seed uint32 = 42

func next() uint32 {
	seed = seed*1664525 + 1013904223
	return seed >> 8
}

func main() {
	// A vocabulary of 2000 words of 2 to 9 letters.
	vocab := make([]string, 2000)
	for i := range vocab {
		n := 2 + int(next()%8)
		w := make([]byte, n)
		for j := range w {
			w[j] = byte('a' + next()%26)
		}
		vocab[i] = string(w)
	}
	// A text of 1,000,000 words, some capitalized or upper-cased, with
	// Zipf-like frequencies (a word's index is a product of two draws).
	var sb strings.Builder
	for i := 0; i < 1_000_000; i++ {
		w := vocab[int(next()%45)*int(next()%45)]
		switch next() % 10 {
		case 0:
			w = strings.ToUpper(w)
		case 1:
			w = strings.ToUpper(w[:1]) + w[1:]
		}
		sb.WriteString(w)
		if next()%15 == 0 {
			sb.WriteString(".\n")
		} else {
			sb.WriteString(" ")
		}
	}
	text := sb.String()

	counts := make(map[string]int)
	for _, f := range strings.Fields(text) {
		counts[strings.ToLower(strings.TrimSuffix(f, "."))]++
	}
	words := make([]string, 0, len(counts))
	for w := range counts {
		words = append(words, w)
	}
	sort.Slice(words, func(i, j int) bool {
		if counts[words[i]] != counts[words[j]] {
			return counts[words[i]] > counts[words[j]]
		}
		return words[i] < words[j]
	})
	fmt.Println("distinct words:", len(words))
	for _, w := range words[:10] {
		fmt.Printf("%-10s %d\n", w, counts[w])
	}

	// Keys built with fmt.Sprintf.
	pairs := make(map[string]int)
	for i := 0; i < 600_000; i++ {
		key := fmt.Sprintf("%s/%d", words[i%61], i%1000)
		pairs[key] += i
	}
	keys := make([]string, 0, len(pairs))
	for k := range pairs {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	fmt.Println("pair keys:", len(keys), "first:", keys[0], pairs[keys[0]], "last:", keys[len(keys)-1], pairs[keys[len(keys)-1]])
}
