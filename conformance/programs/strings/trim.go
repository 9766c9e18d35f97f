package main

import (
	"fmt"
	"strings"
)

func main() {
	fmt.Printf("%q\n", strings.TrimSpace("  \t hello world \n\r "))
	fmt.Printf("%q\n", strings.TrimSpace("\u00a0\u3000wide\u2009"))
	fmt.Printf("%q\n", strings.Trim("xxhixyx", "xy"))
	fmt.Printf("%q\n", strings.Trim("  ", " "))
	fmt.Printf("%q\n", strings.Trim("abc", ""))
	fmt.Printf("%q\n", strings.TrimLeft("aabbccbbaa", "ab"))
	fmt.Printf("%q\n", strings.TrimRight("aabbccbbaa", "ab"))
	fmt.Printf("%q\n", strings.TrimPrefix("prefix-body", "prefix-"))
	fmt.Printf("%q\n", strings.TrimPrefix("prefix-body", "body"))
	fmt.Printf("%q\n", strings.TrimSuffix("file.tar.gz", ".gz"))
	fmt.Printf("%q\n", strings.TrimSuffix("file.tar.gz", ".tar"))
	fmt.Printf("%q\n", strings.TrimLeft("prefix-prefix-x", "prefix-"))
	fmt.Printf("%q\n", strings.Trim("¡¡Hola!!", "!¡"))
	fmt.Printf("%q\n", strings.TrimRight("世界世界!", "界!"))
	fmt.Printf("%q\n", strings.TrimSpace(""))
	fmt.Printf("%q\n", strings.Trim("\xffa\xff", "\xff"))
}
