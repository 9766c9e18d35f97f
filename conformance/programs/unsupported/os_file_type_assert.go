package main

import (
	"fmt"
	"os"
)

type Syncer interface{ Sync() error }

func main() {
	var x Syncer
	_, ok := x.(*os.File)
	fmt.Println(ok)
}
