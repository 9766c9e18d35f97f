package main

import (
	"errors"
	"fmt"
	"strings"
)

type Cleanup struct{ fns []func() error }

func (c *Cleanup) Add(name string, fail bool) {
	c.fns = append(c.fns, func() error {
		fmt.Println("cleanup", name)
		if fail {
			return errors.New(name + " failed")
		}
		return nil
	})
}

func (c *Cleanup) Run() (err error) {
	var errs []string
	for i := len(c.fns) - 1; i >= 0; i-- {
		if e := c.fns[i](); e != nil {
			errs = append(errs, e.Error())
		}
	}
	if len(errs) > 0 {
		err = errors.New(strings.Join(errs, "; "))
	}
	return
}

func work(failAt int) (err error) {
	var c Cleanup
	defer func() {
		if cerr := c.Run(); cerr != nil && err == nil {
			err = cerr
		} else if cerr != nil {
			err = fmt.Errorf("%w (also: %v)", err, cerr)
		}
	}()
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("panic: %v", r)
		}
	}()
	for i := 0; i < 4; i++ {
		c.Add(fmt.Sprint("res", i), i == 1)
		if i == failAt {
			panic(fmt.Sprintf("step %d exploded", i))
		}
	}
	return nil
}

func main() {
	fmt.Println("result:", work(-1))
	fmt.Println("result:", work(2))
	err := work(0)
	fmt.Println("result:", err, errors.Unwrap(err))
}
