package main

import (
	"errors"
	"fmt"
)

type Resource struct {
	name   string
	closed bool
}

var opened []*Resource

func open(name string, fail bool) (*Resource, error) {
	if fail {
		return nil, errors.New("cannot open " + name)
	}
	r := &Resource{name: name}
	opened = append(opened, r)
	fmt.Println("open", name)
	return r, nil
}

func (r *Resource) Close() error {
	if r.closed {
		return errors.New(r.name + " already closed")
	}
	r.closed = true
	fmt.Println("close", r.name)
	return nil
}

func process(names []string, failAt int) (err error) {
	for i, n := range names {
		r, e := open(n, i == failAt)
		if e != nil {
			return fmt.Errorf("process: %w", e)
		}
		defer func() {
			if cerr := r.Close(); cerr != nil && err == nil {
				err = cerr
			}
		}()
	}
	fmt.Println("all opened:", len(names))
	return nil
}

func main() {
	fmt.Println("result:", process([]string{"db", "cache", "log"}, -1))
	fmt.Println("result:", process([]string{"a", "b", "c", "d"}, 2))
	still := 0
	for _, r := range opened {
		if !r.closed {
			still++
		}
	}
	fmt.Println("still open:", still)
}
