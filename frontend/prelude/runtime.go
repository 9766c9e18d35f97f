// Package runtime: the runtime error types that panics carry, and Goexit.
package runtime

// Error identifies a run time error.
type Error interface {
	error
	RuntimeError()
}

// errorString is the value of most run-time panics (index out of range,
// nil map writes, divide by zero, nil dereference).
type errorString string

func (e errorString) RuntimeError() {}

func (e errorString) Error() string { return "runtime error: " + string(e) }

// boundsError is the value of index and slice-bounds panics.
type boundsError string

func (e boundsError) RuntimeError() {}

func (e boundsError) Error() string { return "runtime error: " + string(e) }

// plainError is a run-time error whose text has no "runtime error: "
// prefix (nil map writes, bad make arguments).
type plainError string

func (e plainError) RuntimeError() {}

func (e plainError) Error() string { return string(e) }

// TypeAssertionError is the value of a failed type assertion.
type TypeAssertionError struct {
	msg string
}

func (*TypeAssertionError) RuntimeError() {}

func (e *TypeAssertionError) Error() string { return e.msg }

// PanicNilError is the value of panic(nil).
type PanicNilError struct {
	msg string
}

func (*PanicNilError) RuntimeError() {}

func (*PanicNilError) Error() string { return "runtime error: panic called with nil argument" }

// Goexit runs all deferred calls and then terminates the goroutine.
func Goexit()

// GC runs a garbage collection (blocking the caller until it completes).
func GC()

// NumGoroutine reports the number of goroutines (always one).
func NumGoroutine() int { return 1 }
