package main

import "fmt"

type entry struct {
	key        string
	val        int
	prev, next *entry
}

type LRU struct {
	cap        int
	items      map[string]*entry
	head, tail *entry
	evictions  []string
}

func NewLRU(n int) *LRU {
	l := &LRU{cap: n, items: map[string]*entry{}}
	l.head = &entry{}
	l.tail = &entry{}
	l.head.next = l.tail
	l.tail.prev = l.head
	return l
}

func (l *LRU) unlink(e *entry) {
	e.prev.next = e.next
	e.next.prev = e.prev
}

func (l *LRU) pushFront(e *entry) {
	e.next = l.head.next
	e.prev = l.head
	l.head.next.prev = e
	l.head.next = e
}

func (l *LRU) Get(k string) (int, bool) {
	e, ok := l.items[k]
	if !ok {
		return 0, false
	}
	l.unlink(e)
	l.pushFront(e)
	return e.val, true
}

func (l *LRU) Put(k string, v int) {
	if e, ok := l.items[k]; ok {
		e.val = v
		l.unlink(e)
		l.pushFront(e)
		return
	}
	if len(l.items) == l.cap {
		victim := l.tail.prev
		l.unlink(victim)
		delete(l.items, victim.key)
		l.evictions = append(l.evictions, victim.key)
	}
	e := &entry{key: k, val: v}
	l.items[k] = e
	l.pushFront(e)
}

func (l *LRU) String() string {
	s := "{"
	for e := l.head.next; e != l.tail; e = e.next {
		if e != l.head.next {
			s += ", "
		}
		s += fmt.Sprintf("%s=%d", e.key, e.val)
	}
	return s + "}"
}

func main() {
	c := NewLRU(3)
	c.Put("a", 1)
	c.Put("b", 2)
	c.Put("c", 3)
	fmt.Println(c)
	v, ok := c.Get("a")
	fmt.Println(v, ok, c)
	c.Put("d", 4)
	fmt.Println(c)
	_, ok = c.Get("b")
	fmt.Println(ok)
	c.Put("c", 30)
	c.Put("e", 5)
	c.Put("f", 6)
	fmt.Println(c, c.evictions, len(c.items))
	for _, k := range []string{"a", "c", "e", "f"} {
		v, ok := c.Get(k)
		fmt.Print(k, ":", v, ok, " ")
	}
	fmt.Println()
	fmt.Println(c.String())
}
