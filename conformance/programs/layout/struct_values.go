// Structs of narrow fields as values: passed to and returned from
// functions, value vs pointer receivers, embedded structs with promoted
// narrow fields, anonymous structs, multiple narrow results, and struct
// assignment through slices, arrays, maps and pointers.
package main

import "fmt"

type Color struct {
	r, g, b, a uint8
}

func (c Color) Mix(o Color) Color {
	return Color{uint8((uint16(c.r) + uint16(o.r)) / 2), uint8((uint16(c.g) + uint16(o.g)) / 2), uint8((uint16(c.b) + uint16(o.b)) / 2), c.a | o.a}
}

func (c Color) Brighten(d uint8) Color {
	c.r += d
	c.g += d
	c.b += d
	return c
}

func (c *Color) Dim() { c.r /= 2; c.g /= 2; c.b /= 2 }

func (c Color) Hex() string { return fmt.Sprintf("#%02x%02x%02x%02x", c.r, c.g, c.b, c.a) }

type Pos struct {
	x, y int16
}

type Sprite struct {
	Pos
	Color
	visible bool
	layer   int8
	name    string
}

func move(s Sprite, dx, dy int16) Sprite {
	s.x += dx
	s.y += dy
	return s
}

func movePtr(s *Sprite, dx, dy int16) {
	s.x += dx
	s.Pos.y += dy
}

func split(v uint32) (hi, lo uint16, top int8, ok bool) {
	return uint16(v >> 16), uint16(v), int8(v >> 24), v&1 == 1
}

func main() {
	red := Color{255, 0, 0, 255}
	blue := Color{0, 0, 255, 128}
	mix := red.Mix(blue)
	br := mix.Brighten(200)
	fmt.Println(mix, br, mix.Hex(), br.Hex(), red)
	pm := &mix
	pm.Dim()
	mix.Dim()
	fmt.Println(mix, pm.Brighten(1), pm.Hex())

	s := Sprite{Pos{32000, -32000}, red, true, -1, "hero"}
	m := move(s, 1000, -1000)
	fmt.Printf("%v\n%+v\n", s, m)
	movePtr(&s, -100, 100)
	fmt.Println(s.x, s.y, s.r, s.Hex(), s.Pos, s.Color)
	s.Dim()
	s.layer--
	fmt.Println(s.Color, s.layer)
	s.layer -= 127
	fmt.Println(s.layer, s.Mix(Color{1, 2, 3, 4}))

	hi, lo, top, ok := split(0xFEDC1235)
	fmt.Println(hi, lo, top, ok)
	hi, lo, top, ok = split(0x7FFF8000)
	fmt.Println(hi, lo, top, ok)

	sprites := []Sprite{s, m, {name: "empty"}}
	for i := range sprites {
		movePtr(&sprites[i], 10, 10)
		sprites[i].Color = sprites[i].Brighten(10)
	}
	for _, sp := range sprites {
		sp.layer = 99
		fmt.Printf("%s %v %v %d\n", sp.name, sp.Pos, sp.Color, sp.layer)
	}
	arr := [2]Sprite{sprites[0], sprites[1]}
	a2 := arr
	a2[0].Pos = Pos{1, 1}
	fmt.Println(arr[0].Pos, a2[0].Pos, arr == a2, arr[1] == a2[1])
	mp := map[string]Sprite{}
	for _, sp := range sprites {
		mp[sp.name] = sp
	}
	h := mp["hero"]
	h.visible = false
	h.y = -1
	fmt.Println(mp["hero"].visible, mp["hero"].y, h.visible, h.y)
	mp["hero"] = h
	fmt.Printf("%+v\n", mp["hero"])

	anon := struct {
		id   uint8
		tags [2]int8
		p    *Pos
	}{200, [2]int8{-1, 1}, &Pos{5, 6}}
	anon2 := anon
	anon2.id += 100
	anon2.tags[0] = 100
	anon2.p.x = 50
	fmt.Println(anon.id, anon.tags, *anon.p, anon2.id, anon2.tags, *anon2.p, anon.p == anon2.p)
	pts := []struct{ a, b byte }{{1, 2}, {3, 4}}
	pts[1].a, pts[0].b = pts[0].b, pts[1].a
	fmt.Println(pts)
	fn := func(c Color) (Color, bool) { c.a = 0; return c, c == Color{} }
	c1, z1 := fn(Color{})
	c2, z2 := fn(red)
	fmt.Println(c1, z1, c2, z2, red)
}
