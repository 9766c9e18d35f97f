// `[recovered, repanicked]` needs the very interface value of the
// recovered panic: Go allocates a fresh data word when it converts an
// 8-, 4- or 2-byte value of 256 or more, or a non-empty string, at the
// panic call; small values, pointers and values passed through an
// interface keep their identity. Each deferred call below recovers the
// previous panic and panics again; the report shows the whole chain.
package main

import "fmt"

type E struct{ code int }

var big, small = 1 << 20, 7
var i16 int16 = 300

func main() {
	p := &E{1}
	s := fmt.Sprint("x", big)
	// Run bottom-up.
	defer func() { recover(); panic(i16) }()
	defer func() { recover(); panic(i16) }()
	defer func() { recover(); panic(E{big}) }()
	defer func() { recover(); panic(E{big}) }()
	defer func() { recover(); panic(s) }()
	defer func() { recover(); panic(s) }()
	defer func() { recover(); panic(big) }()
	defer func() { recover(); panic(big) }()
	defer func() { recover(); panic(small) }()
	defer func() { recover(); panic(small) }()
	defer func() { panic(recover()) }()
	defer func() { recover(); panic(p) }()
	panic(p)
}
