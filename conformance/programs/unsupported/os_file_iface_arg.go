package main

import (
	"fmt"
	"os"
)

type Namer interface{ Name() string }

func use(n Namer) { fmt.Println(n.Name()) }

func main() {
	use(os.Stdout)
}
