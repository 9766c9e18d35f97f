//! Every corpus program is a named test per JIT mode:
//! `category/name::off`, `::always`, `::auto`.

use std::path::Path;

use gust::JitMode;
use gust_conformance::{check, discover};
use libtest_mimic::{Arguments, Trial};

fn main() {
    let args = Arguments::from_args();
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("programs");
    let mut trials = vec![];
    for case in discover(&root) {
        for (tag, mode) in [
            ("off", JitMode::Off),
            ("always", JitMode::Always),
            ("auto", JitMode::Auto),
        ] {
            let c = case.clone();
            trials.push(Trial::test(format!("{}::{tag}", case.name), move || {
                check(&c, mode).map_err(Into::into)
            }));
        }
    }
    libtest_mimic::run(&args, trials).exit();
}
