package main

const a = 1 << 600
const b = 1 << 512
const c = 1 << 300
const d = c * c
const e = 1 << 511
const f = e + e
const g = -(1 << 600)
const ok = 1<<511 - 1 + 1<<511

func main() {}
