package main

import (
	"errors"
	"fmt"
	"runtime"
)

func catch(f func()) error {
	var err error
	func() {
		defer func() {
			if r := recover(); r != nil {
				if e, ok := r.(error); ok {
					err = e
				} else {
					err = fmt.Errorf("non-error panic: %v", r)
				}
			}
		}()
		f()
	}()
	return err
}

func main() {
	var m map[int]int
	var s []int
	var p *struct{ x int }
	var i any = 1
	zero := 0
	errs := []error{
		catch(func() { m[1] = 1 }),
		catch(func() { _ = s[zero] }),
		catch(func() { _ = s[zero+1:] }),
		catch(func() { _ = p.x }),
		catch(func() { _ = i.(string) }),
		catch(func() { _ = 1 / zero }),
		catch(func() { panic("plain") }),
		catch(func() { panic(errors.New("custom")) }),
		catch(func() { panic(nil) }),
		catch(func() {}),
	}
	for k, err := range errs {
		var re runtime.Error
		isRT := errors.As(err, &re)
		fmt.Printf("%d %T runtime=%v %v\n", k, err, isRT, err)
		if isRT {
			wrapped := fmt.Errorf("wrapped: %w", err)
			var re2 runtime.Error
			fmt.Println("  unwrapped again:", errors.As(wrapped, &re2), re2 == re)
		}
	}
}
