package main

// Float constants overflowing their type, malformed and not representable
// constants, as types2 reports them (values as go/constant prints them).

func main() {
	var w = 1e646
	x := 1e400
	var _ = 1e646456993
	const c = 1e646456992
	const d = c * c
	var f float32 = 1e39
	var g int64 = 1 << 100 * 1.0
	const k float32 = 1 << 127
	const l = k * 4
	var i int8 = 1.5 * 400
	var j int = 1e1000 / 1e900
	_ = 1e309
	println(w, x, f, g, l, i, j)
}
