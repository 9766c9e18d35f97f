//! A host package: Rust functions a Go script imports as `game`, with Go
//! signatures the type checker sees. The script calls them in a hot loop
//! (compiled to native code), and a Rust panic in one becomes a Go panic
//! the script recovers.

use std::sync::{Arc, Mutex};

use gust::{Engine, Error, HostPackage};

const SCRIPT: &str = r#"package main

import (
	"fmt"
	"game"
)

func main() {
	hp := 100
	for turn := 1; turn <= 2000; turn++ {
		hp -= game.Damage(turn)
		if hp <= 0 {
			game.Log(fmt.Sprintf("fell on turn %d", turn))
			break
		}
	}
	defer func() { fmt.Println("script recovered:", recover()) }()
	game.Spawn("dragon", -1)
}
"#;

fn main() -> Result<(), Error> {
    let log = Arc::new(Mutex::new(Vec::<String>::new()));
    let sink = log.clone();
    let game = HostPackage::new("game")
        .func("Damage", "(turn int) int", |turn: i64| turn % 3)
        .func("Log", "(msg string)", move |msg: String| {
            sink.lock().unwrap().push(msg);
        })
        .func(
            "Spawn",
            "(kind string, level int)",
            |kind: String, level: i64| {
                assert!(level > 0, "cannot spawn a {kind} of level {level}");
            },
        );
    let engine = Engine::new().package(game);
    let program = engine.compile("script.go", SCRIPT)?;
    // (The Rust panic's own message also reaches the panic hook: silence it.)
    std::panic::set_hook(Box::new(|_| {}));
    engine.run(&program, &[])?;
    println!("host log: {:?}", log.lock().unwrap());
    Ok(())
}
