//! The compile driver: parse the program and the built-in packages it
//! imports, check, lower.
//!
//! Built-in packages are Go source embedded in the binary (`prelude/`);
//! their bodiless functions are natives implemented in `gust_vm`.

use std::collections::{HashMap, HashSet};
use std::rc::Rc;

use gust_vm::program::Program;

use crate::ast::File;
use crate::check::Checker;
use crate::parser::parse_file;
use crate::pos::SourceFile;

/// The built-in packages: import path and source.
const PRELUDE: &[(&str, &str)] = &[
    ("runtime", include_str!("../prelude/runtime.go")),
    ("errors", include_str!("../prelude/errors.go")),
    ("io", include_str!("../prelude/io.go")),
    ("os", include_str!("../prelude/os.go")),
    ("fmt", include_str!("../prelude/fmt.go")),
    ("unicode/utf8", include_str!("../prelude/utf8.go")),
    ("unicode", include_str!("../prelude/unicode.go")),
    ("strings", include_str!("../prelude/strings.go")),
    ("strconv", include_str!("../prelude/strconv.go")),
    ("math", include_str!("../prelude/math.go")),
    (
        "internal/reflectlite",
        include_str!("../prelude/reflectlite.go"),
    ),
    ("sort", include_str!("../prelude/sort.go")),
];

/// A compile failure: diagnostics rendered `file:line:col: message`, in
/// source order.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CompileError {
    /// One line per diagnostic.
    pub lines: Vec<String>,
}

impl std::fmt::Display for CompileError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.lines.join("\n"))
    }
}

impl std::error::Error for CompileError {}

fn render(src: &SourceFile, diags: &[crate::pos::Diagnostic]) -> CompileError {
    CompileError {
        lines: diags
            .iter()
            .map(|d| {
                let (l, c) = src.line_col(d.pos);
                format!("{}:{l}:{c}: {}", src.name, d.msg)
            })
            .collect(),
    }
}

/// Packages an embedder adds to the built-in ones: Go source each, whose
/// body-less functions are host functions (`Program::host_funcs`).
#[derive(Clone, Debug, Default)]
pub struct HostPackages {
    /// Import path and Go source of each package.
    pub packages: Vec<(String, String)>,
    /// The host functions, by qualified name (`host.Add`): a body-less
    /// function so named is native `NATIVES.len() + its index here`.
    pub funcs: Vec<String>,
}

/// Compiles the single-file program `text` (named `name` in messages),
/// on the frontend's own stack ([`crate::stack`]).
pub fn compile(name: &str, text: &str) -> Result<Program, CompileError> {
    compile_with(name, text, &HostPackages::default())
}

/// [`compile`] with an embedder's packages besides the built-in ones.
pub fn compile_with(name: &str, text: &str, host: &HostPackages) -> Result<Program, CompileError> {
    crate::stack::with_frontend_stack(|| compile_here(name, text, host))
}

fn compile_here(name: &str, text: &str, host: &HostPackages) -> Result<Program, CompileError> {
    let sources: Vec<(&str, &str)> = PRELUDE
        .iter()
        .copied()
        .chain(host.packages.iter().map(|(p, s)| (p.as_str(), s.as_str())))
        .collect();
    let src = Rc::new(SourceFile::new(name, text));
    let file = parse_file(&src).map_err(|d| render(&src, &d))?;
    if file.package.name != "main" {
        return Err(CompileError {
            lines: vec![format!(
                "package {} is not a main package",
                file.package.name
            )],
        });
    }
    // Built-in packages needed, with their own imports, dependencies first.
    let mut parsed: HashMap<&str, (Rc<SourceFile>, File)> = HashMap::new();
    let mut order: Vec<&str> = vec![];
    let mut visiting = HashSet::new();
    fn visit<'a>(
        path: &'a str,
        sources: &[(&'a str, &'a str)],
        parsed: &mut HashMap<&'a str, (Rc<SourceFile>, File)>,
        order: &mut Vec<&'a str>,
        visiting: &mut HashSet<&'a str>,
    ) -> Result<(), CompileError> {
        if parsed.contains_key(path) || !visiting.insert(path) {
            return Ok(());
        }
        let Some(&(p, text)) = sources.iter().find(|(p, _)| *p == path) else {
            return Ok(()); // reported by the checker as unsupported
        };
        let src = Rc::new(SourceFile::new(format!("$GUSTROOT/{p}.go"), text));
        let f = parse_file(&src).map_err(|d| render(&src, &d))?;
        let deps: Vec<String> = f.imports.iter().map(|i| i.path.clone()).collect();
        for d in deps {
            if let Some(&(dp, _)) = sources.iter().find(|(p, _)| *p == d) {
                visit(dp, sources, parsed, order, visiting)?;
            }
        }
        parsed.insert(p, (src, f));
        order.push(p);
        Ok(())
    }
    visit("runtime", &sources, &mut parsed, &mut order, &mut visiting)?;
    for imp in &file.imports {
        if let Some(&(p, _)) = sources.iter().find(|(p, _)| *p == imp.path) {
            visit(p, &sources, &mut parsed, &mut order, &mut visiting)?;
        }
    }
    let mut c = Checker::new();
    for p in order {
        let (s, f) = parsed.remove(p).unwrap();
        c.add_package(p, vec![(s, f)]);
    }
    c.add_package("main", vec![(src, file)]);
    c.check().map_err(|lines| CompileError { lines })?;
    crate::lower::lower(&c, &host.funcs).map_err(|lines| CompileError { lines })
}
