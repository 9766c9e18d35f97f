package main

func main() {
	defer func() { panic("tab\there\r\nnext\x00nul\xffbad é") }()
	panic("")
}
