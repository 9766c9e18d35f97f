// Package reflectlite: the part of Go's internal/reflectlite that shows,
// the error sort.Slice and friends panic with.
package reflectlite

// A Kind is the kind of type a value has (abi.Kind).
type Kind uint8

// The kinds sort's natives report.
const (
	Invalid Kind = iota
	Bool
	Int
	Int8
	Int16
	Int32
	Int64
	Uint
	Uint8
	Uint16
	Uint32
	Uint64
	Uintptr
	Float32
	Float64
	Complex64
	Complex128
	Array
	Chan
	Func
	Interface
	Map
	Pointer
	Slice
	String
	Struct
	UnsafePointer
)

var kindNames = []string{
	"invalid", "bool", "int", "int8", "int16", "int32", "int64", "uint",
	"uint8", "uint16", "uint32", "uint64", "uintptr", "float32", "float64",
	"complex64", "complex128", "array", "chan", "func", "interface", "map",
	"ptr", "slice", "string", "struct", "unsafe.Pointer",
}

// String returns the name of k.
func (k Kind) String() string {
	if int(k) < len(kindNames) {
		return kindNames[k]
	}
	return kindNames[0]
}

// A ValueError occurs when a Value method is invoked on a Value that does
// not support it.
type ValueError struct {
	Method string
	Kind   Kind
}

func (e *ValueError) Error() string {
	if e.Kind == 0 {
		return "reflect: call of " + e.Method + " on zero Value"
	}
	return "reflect: call of " + e.Method + " on " + e.Kind.String() + " Value"
}

// KindOf is ValueOf(x).Kind().
func KindOf(x any) Kind
