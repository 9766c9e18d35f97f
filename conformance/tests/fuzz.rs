//! Differential properties: every generated defer/panic/recover/heap
//! program behaves identically with the interpreter and the JIT, and
//! with the collector's stress mode on (a collection at every safepoint)
//! as without. Run with `cargo test -p gust-conformance --test fuzz`
//! (`PROPTEST_CASES=N` for more cases); a failure prints the shrunk Go
//! program and the diff.

use gust_conformance::fuzz::{check_equivalent, check_gc_stress, program_strategy};
use proptest::prelude::*;

/// `PROPTEST_CASES`, or `default`.
fn cases(default: u32) -> u32 {
    std::env::var("PROPTEST_CASES")
        .ok()
        .and_then(|s| s.parse().ok())
        .unwrap_or(default)
}

proptest! {
    #![proptest_config(ProptestConfig {
        cases: cases(200),
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

proptest! {
    #![proptest_config(ProptestConfig {
        cases: cases(200) / 8,
        failure_persistence: None,
        ..ProptestConfig::default()
    })]

    #[test]
    fn gc_stress_changes_nothing(p in program_strategy()) {
        let src = p.source();
        if let Err(d) = check_gc_stress(&src, 1) {
            prop_assert!(false, "GC stress: interpreter vs {d}");
        }
    }
}
