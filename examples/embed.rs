//! Embedding gust: compile a Go program from a string, run it with its
//! output captured, and handle compile errors and panics as Rust values.

use gust::{Engine, Error};

const PROGRAM: &str = r#"package main

import (
	"fmt"
	"os"
)

func main() {
	defer fmt.Println("deferred: runs before main returns")
	for i, arg := range os.Args[1:] {
		fmt.Printf("arg %d: %s\n", i, arg)
	}
	var m map[string]int
	m["boom"] = 1 // a runtime panic
}
"#;

fn main() {
    let engine = Engine::new();
    let program = engine.compile("embedded.go", PROGRAM).expect("compiles");
    let args = ["embedded".to_string(), "hello".to_string()];
    let (mut out, mut err) = (Vec::new(), Vec::new());
    match engine.run_with_output(&program, &args, &mut out, &mut err) {
        Ok(status) => println!("exited with status {status}"),
        Err(Error::Panic(p)) => println!("Go panic: {}", p.report.trim_end()),
        Err(e) => println!("error: {e}"),
    }
    print!("captured stdout:\n{}", String::from_utf8_lossy(&out));

    match engine.compile("bad.go", "package main\n\nfunc main() {\n\tx := 1\n}\n") {
        Err(Error::Compile(lines)) => println!("compile error: {}", lines.join("; ")),
        other => println!("unexpected: {other:?}"),
    }
}
