package main

import (
	"errors"
	"fmt"
)

var ErrInsufficient = errors.New("insufficient funds")

type Account interface {
	Deposit(amount int64) error
	Withdraw(amount int64) error
	Balance() int64
	fmt.Stringer
}

type base struct {
	owner   string
	balance int64
}

func (b *base) Deposit(a int64) error {
	if a <= 0 {
		return fmt.Errorf("invalid deposit %d", a)
	}
	b.balance += a
	return nil
}

func (b *base) Balance() int64 { return b.balance }

type Checking struct {
	base
	overdraft int64
}

func (c *Checking) Withdraw(a int64) error {
	if c.balance+c.overdraft < a {
		return fmt.Errorf("checking %s: withdraw %d: %w", c.owner, a, ErrInsufficient)
	}
	c.balance -= a
	return nil
}

func (c *Checking) String() string {
	return fmt.Sprintf("Checking(%s, %d.%02d)", c.owner, c.balance/100, abs(c.balance%100))
}

type Savings struct {
	base
	rate float64
}

func (s *Savings) Withdraw(a int64) error {
	if s.balance < a {
		return fmt.Errorf("savings %s: %w", s.owner, ErrInsufficient)
	}
	s.balance -= a
	return nil
}

func (s *Savings) String() string {
	return fmt.Sprintf("Savings(%s, %d, %.1f%%)", s.owner, s.balance, s.rate*100)
}

func abs(x int64) int64 {
	if x < 0 {
		return -x
	}
	return x
}

func transfer(from, to Account, amt int64) error {
	if err := from.Withdraw(amt); err != nil {
		return fmt.Errorf("transfer failed: %w", err)
	}
	return to.Deposit(amt)
}

func main() {
	c := &Checking{base{"alice", 10000}, 5000}
	s := &Savings{base: base{owner: "bob"}, rate: 0.025}
	accts := []Account{c, s}
	fmt.Println(accts)
	fmt.Println(transfer(c, s, 12050))
	fmt.Println(c, s)
	err := transfer(s, c, 20000)
	fmt.Println(err)
	fmt.Println(errors.Is(err, ErrInsufficient), errors.Unwrap(errors.Unwrap(err)) == ErrInsufficient)
	err = transfer(c, s, 5000)
	fmt.Println(err, c.Balance())
	fmt.Println(s.Deposit(-5))
	total := int64(0)
	for _, a := range accts {
		total += a.Balance()
	}
	fmt.Println("total", total)
	fmt.Printf("%v %s\n", c, s)
}
