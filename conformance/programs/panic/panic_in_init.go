package main

import "fmt"

var config = load()

func load() map[string]string {
	fmt.Println("loading config")
	return map[string]string{"mode": "fast"}
}

func init() {
	defer fmt.Println("init deferred print")
	if config["mode"] != "safe" {
		panic(fmt.Sprintf("unsupported mode %q", config["mode"]))
	}
}

func main() {
	fmt.Println("main never runs")
}
