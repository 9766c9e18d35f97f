package main

// A program with type errors never reaches the link: no missing-main error.

func Main() { var x int }
