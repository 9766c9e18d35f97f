package main

import "fmt"

type Builder struct {
	buf []byte
}

func (b *Builder) WriteString(s string) (int, error) {
	b.buf = append(b.buf, s...)
	return len(s), nil
}

func (b *Builder) WriteByte(c byte) error {
	b.buf = append(b.buf, c)
	return nil
}

func (b *Builder) WriteRune(r rune) {
	b.buf = append(b.buf, string(r)...)
}

func (b *Builder) String() string { return string(b.buf) }
func (b *Builder) Len() int       { return len(b.buf) }

func (b *Builder) Write(p []byte) (int, error) {
	b.buf = append(b.buf, p...)
	return len(p), nil
}

func hexdump(data []byte) {
	for off := 0; off < len(data); off += 8 {
		end := min(off+8, len(data))
		line := data[off:end]
		fmt.Printf("%04x  ", off)
		for i := 0; i < 8; i++ {
			if i < len(line) {
				fmt.Printf("%02x ", line[i])
			} else {
				fmt.Print("   ")
			}
		}
		fmt.Print(" |")
		for _, c := range line {
			if c >= 32 && c < 127 {
				fmt.Printf("%c", c)
			} else {
				fmt.Print(".")
			}
		}
		fmt.Println("|")
	}
}

func main() {
	var b Builder
	b.WriteString("héllo")
	b.WriteByte(' ')
	b.WriteRune('世')
	b.WriteRune(-5)
	fmt.Fprintf(&b, " %d-%s", 42, "x")
	fmt.Fprint(&b, "|", 1.5)
	fmt.Fprintln(&b, " end")
	fmt.Printf("%q %d\n", b.String(), b.Len())
	hexdump(b.buf)
	data := []byte("Go\x00\x01\xff tab\t!")
	hexdump(data)
	s := string(data[:2])
	data[0] = 'N'
	fmt.Println(s, string(data[:2]))
	runes := []rune("añb")
	runes[1] = 'n'
	fmt.Println(string(runes), len(runes), len(string(runes)))
	bs := []byte("abc")
	bs = append(bs, "def"...)
	fmt.Println(string(bs), string(bs[2:4]), bs[5])
}
