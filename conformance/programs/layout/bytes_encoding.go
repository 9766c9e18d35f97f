// Byte-level encoding done by hand in []byte buffers: little- and
// big-endian uint16/uint32/uint64 and float32 bit patterns, varints, bit
// sets packed into bytes and uint32 words, hex and base64 encoders, and
// checksums over the buffers.
package main

import (
	"fmt"
	"math"
)

func putLE16(b []byte, v uint16) { b[0] = byte(v); b[1] = byte(v >> 8) }
func putBE32(b []byte, v uint32) {
	b[0] = byte(v >> 24)
	b[1] = byte(v >> 16)
	b[2] = byte(v >> 8)
	b[3] = byte(v)
}
func putLE64(b []byte, v uint64) {
	for i := 0; i < 8; i++ {
		b[i] = byte(v >> (8 * i))
	}
}
func le16(b []byte) uint16 { return uint16(b[0]) | uint16(b[1])<<8 }
func be32(b []byte) uint32 {
	return uint32(b[0])<<24 | uint32(b[1])<<16 | uint32(b[2])<<8 | uint32(b[3])
}
func le64(b []byte) (v uint64) {
	for i := 7; i >= 0; i-- {
		v = v<<8 | uint64(b[i])
	}
	return
}

func putUvarint(b []byte, x uint64) int {
	i := 0
	for x >= 0x80 {
		b[i] = byte(x) | 0x80
		x >>= 7
		i++
	}
	b[i] = byte(x)
	return i + 1
}

func uvarint(b []byte) (uint64, int) {
	var x uint64
	var s uint
	for i, c := range b {
		if c < 0x80 {
			return x | uint64(c)<<s, i + 1
		}
		x |= uint64(c&0x7f) << s
		s += 7
	}
	return 0, 0
}

const b64 = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/"

func base64(src []byte) string {
	dst := make([]byte, 0, (len(src)+2)/3*4)
	for len(src) >= 3 {
		v := uint32(src[0])<<16 | uint32(src[1])<<8 | uint32(src[2])
		dst = append(dst, b64[v>>18&63], b64[v>>12&63], b64[v>>6&63], b64[v&63])
		src = src[3:]
	}
	switch len(src) {
	case 1:
		v := uint32(src[0]) << 16
		dst = append(dst, b64[v>>18&63], b64[v>>12&63], '=', '=')
	case 2:
		v := uint32(src[0])<<16 | uint32(src[1])<<8
		dst = append(dst, b64[v>>18&63], b64[v>>12&63], b64[v>>6&63], '=')
	}
	return string(dst)
}

func hexEnc(src []byte) []byte {
	const digits = "0123456789abcdef"
	dst := make([]byte, len(src)*2)
	for i, c := range src {
		dst[2*i] = digits[c>>4]
		dst[2*i+1] = digits[c&15]
	}
	return dst
}

func adler(b []byte) uint32 {
	var a, s uint32 = 1, 0
	for _, c := range b {
		a = (a + uint32(c)) % 65521
		s = (s + a) % 65521
	}
	return s<<16 | a
}

func crc8(b []byte) (c uint8) {
	for _, x := range b {
		c ^= x
		for i := 0; i < 8; i++ {
			if c&0x80 != 0 {
				c = c<<1 ^ 0x07
			} else {
				c <<= 1
			}
		}
	}
	return
}

type Bits struct {
	words []uint32
	bytes []byte
}

func (b *Bits) Set(i int) {
	b.words[i/32] |= 1 << uint(i%32)
	b.bytes[i/8] |= 1 << uint(i%8)
}

func (b *Bits) Has(i int) (bool, bool) {
	return b.words[i/32]&(1<<uint(i%32)) != 0, b.bytes[i/8]&(1<<uint(i%8)) != 0
}

func main() {
	buf := make([]byte, 32)
	putLE16(buf, 0xBEEF)
	putBE32(buf[2:], 0xDEADBEEF)
	putLE64(buf[6:], 0x0123456789ABCDEF)
	putBE32(buf[14:], math.Float32bits(-0.1))
	m2 := int16(-2)
	putLE16(buf[18:], uint16(m2))
	fmt.Printf("% x\n", buf[:20])
	fmt.Printf("%x %x %x %v %d\n", le16(buf), be32(buf[2:]), le64(buf[6:]), math.Float32frombits(be32(buf[14:])), int16(le16(buf[18:])))
	fmt.Println(adler(buf), crc8(buf), adler([]byte("Wikipedia")), crc8([]byte("123456789")))

	vals := []uint64{0, 1, 127, 128, 300, 16383, 16384, 1<<32 - 1, 1<<63 + 5}
	vb := make([]byte, 0, 64)
	tmp := make([]byte, 10)
	for _, v := range vals {
		n := putUvarint(tmp, v)
		vb = append(vb, tmp[:n]...)
	}
	fmt.Println(len(vb), vb)
	for len(vb) > 0 {
		v, n := uvarint(vb)
		fmt.Print(v, "/", n, " ")
		vb = vb[n:]
	}
	fmt.Println()

	for _, s := range []string{"", "f", "fo", "foo", "foob", "fooba", "foobar", "\xff\xfe\x00"} {
		fmt.Printf("%q %s %s\n", s, base64([]byte(s)), hexEnc([]byte(s)))
	}

	bits := &Bits{make([]uint32, 4), make([]byte, 16)}
	for i := 0; i < 128; i += 7 {
		bits.Set(i)
	}
	bits.Set(127)
	fmt.Printf("%08x\n% x\n", bits.words, bits.bytes)
	agree := 0
	for i := 0; i < 128; i++ {
		w, b := bits.Has(i)
		if w == b {
			agree++
		}
	}
	fmt.Println(agree)
	// words viewed as bytes by hand must equal the byte set
	same := true
	for i, w := range bits.words {
		var tb [4]byte
		tb[0], tb[1], tb[2], tb[3] = byte(w), byte(w>>8), byte(w>>16), byte(w>>24)
		if [4]byte(bits.bytes[4*i:4*i+4]) != tb {
			same = false
		}
	}
	fmt.Println(same)

	// pack a struct of narrow fields into bytes and back
	type Hdr struct {
		ver   uint8
		flags uint8
		port  uint16
		seq   uint32
		delta int16
		scale float32
	}
	h := Hdr{4, 0x81, 8080, 0xFFFFFFFE, -300, 0.75}
	pk := make([]byte, 14)
	pk[0], pk[1] = h.ver, h.flags
	putLE16(pk[2:], h.port)
	putBE32(pk[4:], h.seq)
	putLE16(pk[8:], uint16(h.delta))
	putBE32(pk[10:], math.Float32bits(h.scale))
	var g Hdr
	g.ver, g.flags = pk[0], pk[1]
	g.port = le16(pk[2:])
	g.seq = be32(pk[4:])
	g.delta = int16(le16(pk[8:]))
	g.scale = math.Float32frombits(be32(pk[10:]))
	fmt.Printf("%x\n%+v\n%v\n", pk, g, g == h)
}
