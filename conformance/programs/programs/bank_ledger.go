package main

import (
	"errors"
	"fmt"
	"os"
	"sort"
	"strings"
)

type Cents int64

func (c Cents) String() string {
	sign := ""
	if c < 0 {
		sign = "-"
		c = -c
	}
	return fmt.Sprintf("%s$%d.%02d", sign, c/100, c%100)
}

type Account struct {
	ID      string
	Owner   string
	Balance Cents
	History []Txn
}

type Txn struct {
	Kind   string
	Amount Cents
}

var ErrInsufficient = errors.New("insufficient funds")
var ErrNoAccount = errors.New("no such account")

type Bank struct {
	accounts map[string]*Account
	log      []string
}

func NewBank() *Bank { return &Bank{accounts: make(map[string]*Account)} }

func (b *Bank) Open(id, owner string, initial Cents) *Account {
	a := &Account{ID: id, Owner: owner}
	b.accounts[id] = a
	a.deposit(initial)
	b.logf("open %s for %s with %v", id, owner, initial)
	return a
}

func (b *Bank) logf(format string, args ...any) {
	b.log = append(b.log, fmt.Sprintf(format, args...))
}

func (a *Account) deposit(c Cents) {
	a.Balance += c
	a.History = append(a.History, Txn{"dep", c})
}

func (a *Account) withdraw(c Cents) error {
	if a.Balance < c {
		return fmt.Errorf("withdraw %v from %s: %w (balance %v)", c, a.ID, ErrInsufficient, a.Balance)
	}
	a.Balance -= c
	a.History = append(a.History, Txn{"wd", c})
	return nil
}

func (b *Bank) Transfer(from, to string, c Cents) (err error) {
	defer func() {
		status := "ok"
		if err != nil {
			status = "failed"
		}
		b.logf("transfer %v %s->%s %s", c, from, to, status)
	}()
	src, ok := b.accounts[from]
	if !ok {
		return fmt.Errorf("transfer: %w: %q", ErrNoAccount, from)
	}
	dst, ok := b.accounts[to]
	if !ok {
		return fmt.Errorf("transfer: %w: %q", ErrNoAccount, to)
	}
	if err := src.withdraw(c); err != nil {
		return err
	}
	dst.deposit(c)
	return nil
}

func (b *Bank) Report() string {
	var ids []string
	for id := range b.accounts {
		ids = append(ids, id)
	}
	sort.Slice(ids, func(i, j int) bool {
		ai, aj := b.accounts[ids[i]], b.accounts[ids[j]]
		if ai.Balance != aj.Balance {
			return ai.Balance > aj.Balance
		}
		return ai.ID < aj.ID
	})
	var sb strings.Builder
	var total Cents
	for _, id := range ids {
		a := b.accounts[id]
		total += a.Balance
		fmt.Fprintf(&sb, "%-4s %-8s %10v %d txns\n", a.ID, a.Owner, a.Balance, len(a.History))
	}
	fmt.Fprintf(&sb, "%-13s %10v\n", "TOTAL", total)
	return sb.String()
}

func main() {
	b := NewBank()
	b.Open("A1", "alice", 10000)
	b.Open("B2", "bob", 2550)
	b.Open("C3", "carol", 0)
	transfers := []struct {
		from, to string
		amt      Cents
	}{{"A1", "B2", 1234}, {"B2", "C3", 5000}, {"C3", "A1", 1}, {"B2", "Z9", 1}, {"A1", "C3", 8766}, {"A1", "B2", 1}}
	failures := 0
	for _, t := range transfers {
		if err := b.Transfer(t.from, t.to, t.amt); err != nil {
			failures++
			fmt.Fprintln(os.Stderr, "error:", err)
			if errors.Is(err, ErrNoAccount) {
				fmt.Println("unknown account in", t)
			}
		}
	}
	fmt.Print(b.Report())
	for _, l := range b.log {
		fmt.Println(l)
	}
	fmt.Println(Cents(-5), Cents(-12345), Cents(0))
	if failures > 0 {
		os.Exit(10 + failures)
	}
}
