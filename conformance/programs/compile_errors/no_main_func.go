package main

// gc's linker reports a missing main, without a position.

func Main() {}

func init() { println("never") }
