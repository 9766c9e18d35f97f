package main

import (
	"fmt"
	"strings"
)

type State int

const (
	Idle State = iota
	Running
	Paused
	Stopped
)

var stateNames = map[State]string{Idle: "Idle", Running: "Running", Paused: "Paused", Stopped: "Stopped"}

func (s State) String() string {
	if n, ok := stateNames[s]; ok {
		return n
	}
	return fmt.Sprintf("State(%d)", int(s))
}

type Event string

type Transition struct {
	From State
	On   Event
}

type Machine struct {
	state   State
	table   map[Transition]State
	history []State
	hooks   map[State][]func(from State)
}

type TransitionError struct {
	State State
	Event Event
}

func (e TransitionError) Error() string {
	return fmt.Sprintf("no transition from %v on %q", e.State, e.Event)
}

func NewMachine() *Machine {
	m := &Machine{
		table: map[Transition]State{
			{Idle, "start"}:    Running,
			{Running, "pause"}: Paused,
			{Paused, "resume"}: Running,
			{Running, "stop"}:  Stopped,
			{Paused, "stop"}:   Stopped,
		},
		hooks: map[State][]func(State){},
	}
	return m
}

func (m *Machine) On(s State, f func(from State)) { m.hooks[s] = append(m.hooks[s], f) }

func (m *Machine) Fire(e Event) error {
	next, ok := m.table[Transition{m.state, e}]
	if !ok {
		return TransitionError{m.state, e}
	}
	prev := m.state
	m.history = append(m.history, prev)
	m.state = next
	for _, h := range m.hooks[next] {
		h(prev)
	}
	return nil
}

func main() {
	m := NewMachine()
	counts := map[State]int{}
	for _, s := range []State{Running, Paused, Stopped} {
		m.On(s, func(from State) {
			counts[s]++
			fmt.Printf("  hook: %v -> %v\n", from, s)
		})
	}
	m.On(Stopped, func(State) { fmt.Println("  machine halted") })
	script := "start pause resume pause pause resume stop start"
	for _, e := range strings.Fields(script) {
		if err := m.Fire(Event(e)); err != nil {
			var te TransitionError
			fmt.Println("error:", err, fmt.Sprintf("%T", err), te == TransitionError{})
			continue
		}
		fmt.Println("state:", m.state)
	}
	fmt.Println(m.history, counts, State(9))
	fmt.Printf("%v %d %s %q\n", m.state, m.state, m.state, m.state)
}
