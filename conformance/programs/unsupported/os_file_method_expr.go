package main

import (
	"fmt"
	"os"
)

func main() {
	f := (*os.File).Sync
	fmt.Println(f(os.Stdout))
}
