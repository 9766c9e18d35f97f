package main

import "fmt"

type C struct{ name string }

func (c C) Hello(suffix string)  { fmt.Println("hello", c.name, suffix) }
func (c *C) PHello(suffix string) { fmt.Println("phello", c.name, suffix) }

type I interface{ Hello(string) }

func main() {
	c := C{"a"}
	mv := c.Hello
	pmv := c.PHello
	defer mv("mv")
	defer pmv("pmv")
	defer C.Hello(c, "mexpr")
	defer (*C).PHello(&c, "pmexpr")
	var i I = c
	defer i.Hello("iface")
	im := i.Hello
	defer im("iface-mv")
	defer I.Hello(i, "iface-mexpr")
	c.name = "b"
	i = C{"z"}
	fmt.Println("body done")
}
