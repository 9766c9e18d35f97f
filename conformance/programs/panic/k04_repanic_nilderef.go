package main

type T struct{ x int }

func main() {
	defer func() {
		panic(recover())
	}()
	var p *T
	p.x = 1
}
