package main

// Expressions and types in messages print as gc's syntax.String does: literals as
// written, struct and interface types in full, bodies of non-empty
// function and composite literals as {…}.

type T struct{ a, b int }

func main() {
	var x int = struct{ a int }{1}
	var y int = func() {}
	var y2 int = func() int { return 1 }
	var z int = "\x41"
	var r int = `raw\n`
	var u int = '\u00e9' + "s"
	var m int = map[string]struct{ f func(int) (bool, error) }{}
	var g int = struct {
		a int `json:"a"`
		T
	}{}
	var i int = *new(interface {
		M(...int) (int, error)
		A()
	})
	_, _, _, _, _, _, _, _, _ = x, y, y2, z, r, u, m, g, i
}
