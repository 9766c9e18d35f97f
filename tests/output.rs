//! Output reaches the embedder's writers as the program writes it: in
//! bounded chunks while it runs, stdout flushed before anything goes to
//! stderr, so one buffer given as both streams sees Go's order.

use std::io::Write;

use gust::{Capture, Engine};

/// A writer that records the size of every write.
#[derive(Default)]
struct Chunks(Vec<usize>);

impl Write for Chunks {
    fn write(&mut self, b: &[u8]) -> std::io::Result<usize> {
        self.0.push(b.len());
        Ok(b.len())
    }
    fn flush(&mut self) -> std::io::Result<()> {
        Ok(())
    }
}

#[test]
fn output_streams_in_bounded_chunks() {
    let engine = Engine::new();
    let src = "package main\n\nimport \"fmt\"\n\nfunc main() {\n\tfor i := 0; i < 200000; i++ {\n\t\tfmt.Println(\"line\", i)\n\t}\n}\n";
    let program = engine.compile("lines.go", src).unwrap();
    let mut out = Chunks::default();
    engine
        .run_with_output(&program, &[], &mut out, &mut std::io::sink())
        .unwrap();
    let total: usize = out.0.iter().sum();
    assert_eq!(total, 2_288_890);
    assert!(out.0.len() > 200, "{} writes", out.0.len());
    assert!(out.0.iter().all(|&n| n <= 8 << 10), "a write over 8 KiB");
}

#[test]
fn stdout_and_stderr_keep_go_order_in_one_buffer() {
    let engine = Engine::new();
    let src = "package main\n\nimport \"fmt\"\n\nfunc main() {\n\tfmt.Println(\"out 1\")\n\tprintln(\"err 1\")\n\tfmt.Println(\"out 2\")\n\tpanic(\"boom\")\n}\n";
    let program = engine.compile("order.go", src).unwrap();
    let both = Capture::default();
    let r = engine.run_with_output(&program, &[], &mut both.clone(), &mut both.clone());
    assert!(r.is_err());
    let text = String::from_utf8(both.take()).unwrap();
    assert!(
        text.starts_with("out 1\nerr 1\nout 2\npanic: boom\n"),
        "{text}"
    );
}
