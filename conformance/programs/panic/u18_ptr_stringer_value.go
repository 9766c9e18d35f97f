package main

type MS string

func (m *MS) String() string { return "ptr-stringer" }

type ME int

func (m *ME) Error() string { return "ptr-error" }

func main() {
	defer func() { panic(ME(4)) }()
	panic(MS("value"))
}
