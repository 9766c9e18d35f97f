package main

type MyErr struct{ code int }

func (e *MyErr) Error() string { return "myerr code" }

func main() {
	panic(&MyErr{3})
}
