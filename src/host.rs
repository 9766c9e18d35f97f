//! Host packages: Go packages whose functions are Rust closures.

use std::panic::{catch_unwind, AssertUnwindSafe};
use std::sync::Arc;

use smallvec::SmallVec;

use gust_vm::natives::HostFn;
use gust_vm::types::{Type, TypeId};
use gust_vm::vm::Vm;

use crate::convert::{Cx, FromGo, ToGoResults};

/// A Go package an embedder provides: functions declared with Go
/// signatures, which the type checker sees (a call with the wrong
/// arguments is a gc-style compile error), implemented by Rust closures.
/// Programs import it by its path; add it with [`crate::Engine::package`].
///
/// ```
/// use gust::{Capture, Engine, HostPackage};
///
/// let host = HostPackage::new("host")
///     .func("Add", "(a, b int) int", |a: i64, b: i64| a + b)
///     .func("Greet", "(name string) string", |n: String| format!("hello, {n}"));
/// let engine = Engine::new().package(host);
/// let program = engine.compile("main.go", r#"
/// package main
///
/// import "host"
///
/// func main() { println(host.Add(2, 3), host.Greet("gopher")) }
/// "#).unwrap();
/// let err = Capture::default();
/// engine.run_with_output(&program, &[], &mut std::io::sink(), &mut err.clone()).unwrap();
/// assert_eq!(err.take(), b"5 hello, gopher\n");
/// ```
///
/// A closure takes [`FromGo`] arguments and returns `()`, a
/// [`crate::ToGo`] value or a tuple of them, converted by the Go
/// signature. A value that does not convert, or a Rust panic in the
/// closure, is a Go panic in the calling goroutine (the Rust panic is
/// caught at the boundary). A host function cannot yet call back into Go.
#[derive(Clone)]
pub struct HostPackage {
    pub(crate) path: String,
    pub(crate) source: String,
    pub(crate) funcs: Vec<(String, HostFn)>,
}

impl std::fmt::Debug for HostPackage {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let names: Vec<&str> = self.funcs.iter().map(|(n, _)| n.as_str()).collect();
        f.debug_struct("HostPackage")
            .field("path", &self.path)
            .field("funcs", &names)
            .finish()
    }
}

impl HostPackage {
    /// An empty package with import path `path` (its name is the last
    /// element of the path).
    pub fn new(path: &str) -> Self {
        let name = path.rsplit('/').next().unwrap_or(path);
        HostPackage {
            path: path.to_string(),
            source: format!("package {name}\n"),
            funcs: Vec::new(),
        }
    }

    /// Declares `func name signature` (`signature` as Go writes it after
    /// the name: `"(a, b int) (int, error)"`) implemented by `f`.
    pub fn func<Args, F: HostFunc<Args>>(mut self, name: &str, signature: &str, f: F) -> Self {
        self.source.push_str(&format!("\nfunc {name}{signature}\n"));
        let qual = format!("{}.{name}", self.path);
        self.funcs.push((qual.clone(), f.into_host_fn(qual)));
        self
    }

    /// Adds Go source to the package (types, constants, functions written
    /// in Go, imports of built-in packages at the top of the first call).
    pub fn go(mut self, source: &str) -> Self {
        self.source.push('\n');
        self.source.push_str(source);
        self
    }
}

/// A Rust closure that implements a host function (see [`HostPackage`]):
/// `Fn(A, B, ...) -> R` for up to six [`FromGo`] arguments and
/// [`ToGoResults`] results.
pub trait HostFunc<Args>: Send + Sync + 'static {
    /// The native the VM calls.
    #[doc(hidden)]
    fn into_host_fn(self, name: String) -> HostFn;
}

/// The Go panic of host function `name` failing with `m`.
fn fail(vm: &mut Vm, name: &str, m: &str) -> gust_vm::vm::Unwind {
    vm.panic_with_string(&format!("host function {name}: {m}"))
}

/// The text of a Rust panic's payload.
fn panic_text(p: &(dyn std::any::Any + Send)) -> String {
    p.downcast_ref::<&str>()
        .map(|s| s.to_string())
        .or_else(|| p.downcast_ref::<String>().cloned())
        .unwrap_or_else(|| "a Rust panic".into())
}

/// Reads the argument of type `ty` at slot `off` of `slots`, moving `off`
/// past it.
fn read_arg<T: FromGo>(
    cx: &mut Cx<'_>,
    ty: TypeId,
    slots: &[u64],
    off: &mut usize,
) -> Result<T, String> {
    let k = cx.vm.prog.types.slots(ty) as usize;
    T::check(cx, ty)?;
    let v = T::from_go(cx, ty, &slots[*off..*off + k])?;
    *off += k;
    Ok(v)
}

macro_rules! host_funcs {
    ($( ($($a:ident $i:tt),*) )*) => {$(
        impl<Func, R, $($a,)*> HostFunc<($($a,)*)> for Func
        where
            Func: Fn($($a),*) -> R + Send + Sync + 'static,
            R: ToGoResults,
            $($a: FromGo,)*
        {
            #[allow(unused_variables, unused_mut, unused_assignments, unused_labels, non_snake_case)]
            fn into_host_fn(self, name: String) -> HostFn {
                Arc::new(move |vm: &mut Vm, at: usize, index: usize| {
                    let prog = vm.prog.clone();
                    let Type::Func(sig) = prog.types.under(prog.host_sigs[index]) else {
                        unreachable!("a host function has a function type");
                    };
                    let n = <[usize]>::len(&[$($i),*]);
                    if sig.params.len() != n {
                        let m = format!("{n} Rust parameters, the Go signature has {}", sig.params.len());
                        return Err(fail(vm, &name, &m));
                    }
                    let total: usize = sig.params.iter().map(|&t| prog.types.slots(t) as usize).sum();
                    let slots = SmallVec::<[u64; 8]>::from_slice(&vm.g.stack[at..at + total]);
                    let mut cx = Cx { vm: &mut *vm };
                    let mut off = 0;
                    let args: Result<($($a,)*), String> = 'read: {
                        Ok(($(
                            match read_arg::<$a>(&mut cx, sig.params[$i], &slots, &mut off) {
                                Ok(v) => v,
                                Err(m) => break 'read Err(format!("argument {}: {m}", $i + 1)),
                            },
                        )*))
                    };
                    let ($($a,)*) = match args {
                        Ok(a) => a,
                        Err(m) => return Err(fail(vm, &name, &m)),
                    };
                    let r = match catch_unwind(AssertUnwindSafe(|| (self)($($a),*))) {
                        Ok(r) => r,
                        Err(p) => {
                            let m = format!("panicked: {}", panic_text(&*p));
                            return Err(fail(vm, &name, &m));
                        }
                    };
                    let mut out = Vec::new();
                    let mut cx = Cx { vm: &mut *vm };
                    if let Err(m) = r.to_go_results(&mut cx, &sig.results, &mut out) {
                        return Err(fail(vm, &name, &m));
                    }
                    vm.g.stack[at..at + out.len()].copy_from_slice(&out);
                    Ok(())
                })
            }
        }
    )*};
}

crate::convert::with_tuples!(host_funcs);
