package main

import (
	"errors"
	"fmt"
)

func main() {
	base := errors.New("base")
	panic(fmt.Errorf("wrapped: %w", base))
}
