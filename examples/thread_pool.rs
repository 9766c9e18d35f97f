//! One compiled program shared by a pool of threads: the `Program` is
//! `Send + Sync`, and each worker makes its own `Instance` (its own
//! package variables and heap) and calls it many times.

use gust::{Engine, Error};

const SCORER: &str = r#"package main

import "strings"

var seen int

// Score rates a word; seen counts the words this instance rated.
func Score(word string) int {
	seen++
	s := 0
	for _, r := range strings.ToLower(word) {
		if strings.ContainsRune("aeiou", r) {
			s += 2
		} else {
			s++
		}
	}
	return s
}

func main() {}
"#;

fn main() -> Result<(), Error> {
    let engine = Engine::new();
    let program = engine.compile("scorer.go", SCORER)?;
    let words = ["Gopher", "rust", "ferris", "channel", "defer", "panic"];
    let workers: Vec<_> = (0..4)
        .map(|w| {
            let (engine, program) = (engine.clone(), program.clone());
            std::thread::spawn(move || -> Result<(usize, i64, i64), Error> {
                let mut scorer = engine.instantiate(&program)?;
                let mut total = 0;
                for i in 0..1000 {
                    total += scorer.call::<_, i64>("Score", (words[(i + w) % words.len()],))?;
                }
                Ok((w, total, scorer.get("seen")?))
            })
        })
        .collect();
    for worker in workers {
        let (w, total, seen) = worker.join().expect("a worker thread")?;
        println!("worker {w}: {seen} words, total score {total}");
    }
    Ok(())
}
