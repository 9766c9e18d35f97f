//! Calling Go from Rust: a pricing-rules script keeps its state in
//! package variables between calls; the host calls its functions with
//! typed arguments and results, reads and sets its variables, and gets
//! a panic in one call as an error without losing the instance.

use gust::{Capture, Engine, Error};

const RULES: &str = r#"package main

import (
	"fmt"
	"strings"
)

var (
	discount = 0.1 // set by the host
	quotes   int
	audit    []string
)

// Price is what the host calls for each order.
func Price(item string, qty int, unit float64) (float64, string) {
	if qty <= 0 {
		panic(fmt.Sprintf("bad quantity %d for %s", qty, item))
	}
	quotes++
	total := float64(qty) * unit
	if qty >= 10 {
		total *= 1 - discount
	}
	note := fmt.Sprintf("%s x%d = %.2f", strings.ToUpper(item), qty, total)
	audit = append(audit, note)
	return total, note
}

func main() {}
"#;

fn main() -> Result<(), Error> {
    let engine = Engine::new();
    let program = engine.compile("rules.go", RULES)?;
    let stderr = Capture::default();
    let mut rules = engine.instantiate_with_output(&program, std::io::stdout(), stderr.clone())?;

    let (total, note): (f64, String) = rules.call("Price", ("apple", 3, 0.5))?;
    println!("{note} ({total})");
    rules.set("discount", 0.25)?;
    let (total, note): (f64, String) = rules.call("Price", ("pear", 12, 1.0))?;
    println!("{note} ({total})");

    // A Go panic is an error; the instance keeps its state.
    match rules.call::<_, (f64, String)>("Price", ("plum", 0, 2.0)) {
        Err(Error::Panic(p)) => println!("rejected: {} (in {})", p.message, p.frames[0].function),
        other => println!("unexpected: {other:?}"),
    }
    // Wrong types are errors before anything runs.
    if let Err(e) = rules.call::<_, (f64, String)>("Price", ("fig", "two", 1.0)) {
        println!("not called: {e}");
    }
    println!("quotes: {}", rules.get::<i64>("quotes")?);
    println!("audit: {:?}", rules.get::<Vec<String>>("audit")?);
    Ok(())
}
