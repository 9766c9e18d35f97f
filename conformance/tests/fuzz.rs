//! Differential property: every generated defer/panic/recover program
//! behaves identically with the interpreter and the JIT. Run with
//! `cargo test -p gust-conformance --test fuzz` (`PROPTEST_CASES=N` for
//! more cases); a failure prints the shrunk Go program and the diff.

use gust_conformance::fuzz::{check_equivalent, program_strategy};
use proptest::prelude::*;

proptest! {
    #![proptest_config(ProptestConfig {
        cases: std::env::var("PROPTEST_CASES").ok().and_then(|s| s.parse().ok()).unwrap_or(200),
        failure_persistence: None,
        ..ProptestConfig::default()
    })]

    #[test]
    fn interpreter_and_jit_agree(p in program_strategy()) {
        let src = p.source();
        if let Err(d) = check_equivalent(&src) {
            prop_assert!(false, "interpreter and JIT differ:\n{d}");
        }
    }
}
