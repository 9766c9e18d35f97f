package main

import "fmt"

type Event struct {
	Name    string
	Payload any
}

type Listener func(Event) error

type Bus struct {
	listeners map[string][]Listener
	history   []string
}

func (b *Bus) On(name string, l Listener) func() {
	if b.listeners == nil {
		b.listeners = make(map[string][]Listener)
	}
	b.listeners[name] = append(b.listeners[name], l)
	idx := len(b.listeners[name]) - 1
	return func() {
		b.listeners[name][idx] = nil
	}
}

func (b *Bus) Emit(name string, payload any) (errs []error) {
	b.history = append(b.history, name)
	for i, l := range b.listeners[name] {
		if l == nil {
			continue
		}
		if err := l(Event{name, payload}); err != nil {
			errs = append(errs, fmt.Errorf("listener %d for %s: %w", i, name, err))
		}
	}
	return
}

type Counter struct{ counts map[string]int }

func (c *Counter) Handle(e Event) error {
	c.counts[e.Name]++
	return nil
}

func main() {
	bus := &Bus{}
	ctr := &Counter{counts: map[string]int{}}
	bus.On("login", ctr.Handle)
	bus.On("logout", ctr.Handle)
	off := bus.On("login", func(e Event) error {
		user, ok := e.Payload.(string)
		if !ok {
			return fmt.Errorf("bad payload %v (%T)", e.Payload, e.Payload)
		}
		fmt.Println("welcome", user)
		return nil
	})
	bus.On("purchase", func(e Event) error {
		switch p := e.Payload.(type) {
		case int:
			fmt.Printf("bought %d items\n", p)
		case []string:
			fmt.Printf("bought %v\n", p)
		default:
			return fmt.Errorf("unknown purchase %#v", p)
		}
		return nil
	})
	fmt.Println(bus.Emit("login", "ann"))
	fmt.Println(bus.Emit("login", 42))
	fmt.Println(bus.Emit("purchase", 3))
	fmt.Println(bus.Emit("purchase", []string{"tea", "cake"}))
	fmt.Println(bus.Emit("purchase", 2.5))
	off()
	fmt.Println(bus.Emit("login", 7), len(bus.Emit("unknown", nil)))
	bus.Emit("logout", nil)
	fmt.Println(ctr.counts, bus.history)
}
