package main

// An alias reached while being declared, through a defined type (F =
// func(T), T's method takes F), has its type: types2 accepts it.

import "fmt"

type F = func(T)

type T interface {
	m(F)
}

type t struct{}

func (t) m(F) { fmt.Println("m") }

var _ T = &t{}


func main() {
	var x T = t{}
	x.m(nil)
}

type G = func(H) G2
type H interface{ m(G) G2 }
type G2 = *H

type h struct{}

func (h) m(G) G2 { return nil }

var _ H = h{}
