package main

func main() {
	defer func() { panic(uint8(200)) }()
	defer func() { panic(float32(1.5)) }()
	defer func() { panic(1e21) }()
	panic(int64(-9))
}
