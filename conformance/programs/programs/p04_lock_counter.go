package main

import "fmt"

type Mutex struct {
	locked bool
	locks  int
	unlock int
}

func (m *Mutex) Lock() {
	if m.locked {
		panic("deadlock: already locked")
	}
	m.locked = true
	m.locks++
}

func (m *Mutex) Unlock() {
	if !m.locked {
		panic("unlock of unlocked mutex")
	}
	m.locked = false
	m.unlock++
}

type Store struct {
	mu   Mutex
	data map[string]int
}

func (s *Store) Get(k string) int {
	s.mu.Lock()
	defer s.mu.Unlock()
	v, ok := s.data[k]
	if !ok {
		panic("missing key " + k)
	}
	return v
}

func (s *Store) Set(k string, v int) {
	s.mu.Lock()
	defer s.mu.Unlock()
	s.data[k] = v
}

func (s *Store) SafeGet(k string) (v int, ok bool) {
	defer func() {
		if r := recover(); r != nil {
			ok = false
		}
	}()
	return s.Get(k), true
}

func main() {
	s := &Store{data: map[string]int{}}
	s.Set("a", 1)
	fmt.Println(s.SafeGet("a"))
	fmt.Println(s.SafeGet("b"))
	fmt.Println("locked:", s.mu.locked, s.mu.locks, s.mu.unlock)
	var nilStore *Store
	func() {
		defer func() { fmt.Println("nil store:", recover()) }()
		nilStore.Set("x", 1)
	}()
	s2 := &Store{}
	func() {
		defer func() { fmt.Println("nil map:", recover(), s2.mu.locked) }()
		s2.Set("x", 1)
	}()
	func() {
		defer func() { fmt.Println("double unlock:", recover()) }()
		s.mu.Lock()
		defer s.mu.Unlock()
		defer s.mu.Unlock()
	}()
	fmt.Println("final:", s.mu.locked, s.mu.locks, s.mu.unlock)
}
