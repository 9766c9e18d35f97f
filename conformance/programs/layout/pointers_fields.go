// Narrow values reached through pointers: new(T), &T{}, &p.f, &s[i],
// &arr[i].f, pointers to pointers, pointer equality, and writes through
// one pointer seen through another.
package main

import "fmt"

type T struct {
	b  bool
	i8 int8
	u8 uint8
	i6 int16
	u6 uint16
	i2 int32
	u2 uint32
	f  float32
}

type Node struct {
	v    int16
	next *Node
	flag bool
}

func setAll(t *T, k int) {
	t.b = k%2 == 0
	t.i8 = int8(-k)
	t.u8 = uint8(k * 3)
	t.i6 = int16(k * -1000)
	t.u6 = uint16(k * 7000)
	t.i2 = int32(k) * -100000000
	t.u2 = uint32(k) * 1000000000
	t.f = float32(k) / 7
}

func ptrs(t *T) (*bool, *int8, *uint8, *int16, *uint16, *int32, *uint32, *float32) {
	return &t.b, &t.i8, &t.u8, &t.i6, &t.u6, &t.i2, &t.u2, &t.f
}

func main() {
	t := new(T)
	fmt.Printf("%+v\n", *t)
	setAll(t, 5)
	fmt.Printf("%+v\n", t)
	b, i8, u8, i6, u6, i2, u2, f := ptrs(t)
	*b = !*b
	*i8 -= 124
	*u8 += 250
	*i6 -= 30000
	*u6 += 30000
	*i2 -= 2000000000
	*u2 += 3000000000
	*f = *f * *f
	fmt.Printf("%+v\n", *t)
	fmt.Println(*b, *i8, *u8, *i6, *u6, *i2, *u2, *f)

	u := &T{i8: 1, u6: 2, f: 3}
	v := u
	v.i8 = 100
	fmt.Println(u.i8, u == v, *u == *v, u == t, *u == *t)
	w := *u
	w.i8 = 0
	fmt.Println(u.i8, w.i8)

	ts := make([]T, 4)
	for i := range ts {
		setAll(&ts[i], i+10)
	}
	p0, p1 := &ts[0], &ts[1]
	p0.u8, p1.u8 = p1.u8, p0.u8
	fmt.Println(ts[0].u8, ts[1].u8, p0 == &ts[0], p0 == p1)
	q := &ts[2].i6
	r := &ts[2].i6
	*q = 12345
	fmt.Println(*r, q == r, &ts[2].i8 == &ts[2].i8, &ts[3].u2 != &ts[2].u2)
	pp := &q
	**pp = -1
	*pp = &ts[3].i6
	**pp = -2
	fmt.Println(ts[2].i6, ts[3].i6)
	for i := range ts {
		fmt.Printf("%v\n", ts[i])
	}

	bs := []byte("abcdef")
	pb := &bs[2]
	sub := bs[2:4]
	*pb = 'C'
	sub[1] = 'D'
	fmt.Println(string(bs), *pb == sub[0], pb == &sub[0], &bs[3] == &sub[1])

	arr := [4]int16{1, 2, 3, 4}
	pa := &arr
	pe := &pa[3]
	*pe = -32768
	*pe--
	fmt.Println(arr, *pe, pe == &arr[3])

	var head *Node
	for i := 0; i < 5; i++ {
		head = &Node{v: int16(i * 10000), next: head, flag: i%2 == 0}
	}
	for n := head; n != nil; n = n.next {
		n.v += 10000
		fmt.Print(n.v, n.flag, " ")
	}
	fmt.Println()
	nn := new(Node)
	*nn = *head.next
	nn.v = 1
	fmt.Println(nn.v, head.next.v, nn.next == head.next.next)

	f32p := new(float32)
	*f32p = 0.1
	i32p := new(int32)
	*i32p = int32(*f32p * 1e9)
	bp := new(bool)
	*bp = *i32p > 0
	u16p := new(uint16)
	*u16p--
	fmt.Println(*f32p, *i32p, *bp, *u16p)
}
