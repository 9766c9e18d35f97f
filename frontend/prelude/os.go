// Package os: standard streams, arguments and Exit.
package os

// File is an open file descriptor (only the standard streams).
type File struct {
	fd int
}

// Write writes b to the file.
func (f *File) Write(b []byte) (n int, err error) {
	return writeFd(f.fd, b), nil
}

// WriteString writes s to the file.
func (f *File) WriteString(s string) (n int, err error) {
	return writeFd(f.fd, []byte(s)), nil
}

var (
	Stdin  = &File{0}
	Stdout = &File{1}
	Stderr = &File{2}
)

// Args hold the command-line arguments, starting with the program name.
var Args = runtimeArgs()

// Exit causes the current program to exit with the given status code.
// Deferred functions are not run.
func Exit(code int)

func writeFd(fd int, b []byte) int

func runtimeArgs() []string
