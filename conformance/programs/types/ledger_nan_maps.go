package main

import (
	"fmt"
	"math"
)

type Money int64

func (m Money) String() string {
	sign := ""
	if m < 0 {
		sign, m = "-", -m
	}
	return fmt.Sprintf("%s$%d.%02d", sign, m/100, m%100)
}

type Ledger struct {
	entries []Money
}

func (l *Ledger) Add(ms ...Money) *Ledger {
	l.entries = append(l.entries, ms...)
	return l
}

func (l Ledger) Sum() (total Money) {
	for _, e := range l.entries {
		total += e
	}
	return
}

func main() {
	m := map[float64]int{}
	nan := math.NaN()
	m[nan] = 1
	m[nan] = 2
	m[0.0] = 3
	m[math.Copysign(0, -1)] = 4
	_, ok := m[nan]
	fmt.Println(len(m), ok, m[0])
	delete(m, nan)
	fmt.Println(len(m))
	clear(m)
	fmt.Println(len(m))
	all := map[int]bool{1: true, 2: true, 3: true}
	for k := range all {
		delete(all, k)
	}
	fmt.Println(len(all), all)
	var l Ledger
	l.Add(1050, -2599).Add().Add(10000)
	fmt.Println(l.Sum(), l.entries, Money(-5), Money(0))
	fmt.Printf("%v %d %s|%8v|\n", l.Sum(), l.Sum(), Money(7), Money(123))
	sums := map[string]Money{}
	for i, e := range l.entries {
		key := "credit"
		if e < 0 {
			key = "debit"
		}
		sums[key] += e
		_ = i
	}
	fmt.Println(sums)
}
