package main

import "fmt"

type Reader interface{ Read() string }
type Writer interface{ Write(s string) int }
type ReadWriter interface {
	Reader
	Writer
}

type Logger interface {
	Log(string)
}

type Buffer struct {
	data []string
}

func (b *Buffer) Read() string {
	if len(b.data) == 0 {
		return "<eof>"
	}
	s := b.data[0]
	b.data = b.data[1:]
	return s
}

func (b *Buffer) Write(s string) int {
	b.data = append(b.data, s)
	return len(s)
}

type prefixLogger struct{ prefix string }

func (p prefixLogger) Log(s string) { fmt.Println(p.prefix + s) }

type Service struct {
	ReadWriter
	Logger
	name string
}

func (s Service) Process() {
	for {
		m := s.Read()
		if m == "<eof>" {
			break
		}
		s.Log(s.name + " got " + m)
	}
}

type Counting struct {
	*Buffer
	writes int
}

func (c *Counting) Write(s string) int {
	c.writes++
	return c.Buffer.Write("[" + s + "]")
}

func main() {
	buf := &Buffer{}
	svc := Service{ReadWriter: buf, Logger: prefixLogger{"> "}, name: "svc"}
	svc.Write("one")
	svc.Write("two")
	svc.Process()
	fmt.Println(svc.Read())

	cnt := &Counting{Buffer: &Buffer{}}
	var rw ReadWriter = cnt
	rw.Write("a")
	rw.Write("bc")
	fmt.Println(rw.Read(), cnt.writes, cnt.data)
	var r Reader = rw
	fmt.Println(r.Read(), r.Read())
	_, isW := r.(Writer)
	_, isL := r.(Logger)
	fmt.Println(isW, isL)
	var l Logger = svc
	l.Log("via embedded")
	svc2 := Service{name: "empty"}
	fmt.Println(svc2.ReadWriter == nil, svc2.Logger == nil)
}
