package main

import "fmt"

type Calc struct {
	acc int
	ops int
}

func (c *Calc) Add(n int) { c.acc += n; c.ops++ }
func (c *Calc) Sub(n int) { c.acc -= n; c.ops++ }
func (c *Calc) Mul(n int) { c.acc *= n; c.ops++ }
func (c Calc) Value() int  { return c.acc }

type Op func(int)

func main() {
	c := &Calc{}
	ops := map[string]Op{
		"add": c.Add,
		"sub": c.Sub,
		"mul": c.Mul,
	}
	prog := []struct {
		op string
		n  int
	}{{"add", 5}, {"mul", 3}, {"sub", 1}, {"mul", -2}, {"nop", 0}}
	for _, p := range prog {
		if f, ok := ops[p.op]; ok {
			f(p.n)
		} else {
			fmt.Println("unknown op", p.op)
		}
	}
	fmt.Println(c.acc, c.ops)

	val := c.Value
	c.Add(100)
	fmt.Println(val(), c.Value())

	var v Calc
	addV := v.Add
	addV(7)
	fmt.Println(v.acc)

	getters := []func(Calc) int{Calc.Value, (*Calc).Value2}
	for _, g := range getters {
		fmt.Print(g(Calc{acc: 9}), " ")
	}
	fmt.Println()
	adder := (*Calc).Add
	adder(&v, 10)
	fmt.Println(v.acc, v.ops)
	fmt.Printf("%T\n", adder)
	fmt.Printf("%T\n", Calc.Value)
	fmt.Printf("%T %T\n", val, ops)
}

func (c *Calc) Value2Ptr() int { return c.acc * 2 }

func (c Calc) Value2() int { return c.Value2Ptr() }
