package main

type MyErr struct{ msg string }

func (e *MyErr) Error() string { return e.msg }

func main() {
	var e *MyErr
	defer println("deferred println runs")
	panic(e)
}
