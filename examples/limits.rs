//! Limits: a deadline and an interrupt from another thread stop a
//! runaway script, in interpreted and compiled code alike, and a heap
//! cap stops one that allocates without end; each is a typed error, and
//! the engine and the instance stay usable.

use std::time::Duration;

use gust::{Engine, Error};

const SCRIPT: &str = r#"package main

var rounds int

func Forever() {
	for {
		rounds++
	}
}

func Hoard() int {
	var keep [][]byte
	for {
		keep = append(keep, make([]byte, 1<<20))
	}
}

func Rounds() int { return rounds }

func main() {}
"#;

fn main() -> Result<(), Error> {
    // A deadline for every call.
    let engine = Engine::new()
        .timeout(Duration::from_millis(200))
        .max_heap_bytes(64 << 20);
    let program = engine.compile("script.go", SCRIPT)?;
    let mut script = engine.instantiate(&program)?;
    match script.call::<_, ()>("Forever", ()) {
        Err(Error::Timeout) => println!("Forever: stopped at its deadline"),
        other => println!("Forever: {other:?}"),
    }
    match script.call::<_, i64>("Hoard", ()) {
        Err(Error::OutOfMemory) => println!("Hoard: stopped at the 64 MB heap cap"),
        other => println!("Hoard: {other:?}"),
    }
    // The instance goes on, its state kept.
    println!(
        "rounds so far: {}",
        script.call::<_, i64>("Rounds", ())? > 0
    );

    // An interrupt from another thread.
    let engine = Engine::new();
    let mut script = engine.instantiate(&engine.compile("script.go", SCRIPT)?)?;
    let handle = script.interrupt_handle();
    let stopper = std::thread::spawn(move || {
        std::thread::sleep(Duration::from_millis(100));
        handle.interrupt();
    });
    match script.call::<_, ()>("Forever", ()) {
        Err(Error::Interrupted) => println!("Forever: interrupted from another thread"),
        other => println!("Forever: {other:?}"),
    }
    stopper.join().expect("the stopper thread");
    Ok(())
}
