//! Instances: a program's package variables and heap, kept between calls
//! from Rust.

use std::io::Write;

use gust_vm::heap::ptr;
use gust_vm::program::GLOBALS_HANDLE;
use gust_vm::stop::Stop;
use gust_vm::types::{FuncId, Type, TypeId};
use gust_vm::vm::{Unwind, Vm};
use std::sync::Arc;

use crate::convert::{Cx, FromGo, FromGoResults, ToGo, ToGoArgs};
use crate::limits::Flags;
use crate::{Engine, Error, InterruptHandle, Panic, Program};

/// A running copy of a [`Program`]: its own package variables and heap,
/// which persist from one call to the next, and its own native code.
///
/// Made by [`Engine::instantiate`], which runs the package's
/// initialization (variable initializers, then the `init` functions) as
/// Go does before `main`. Then call any top-level function of package
/// main with [`Instance::call`], read and write its package variables
/// ([`Instance::get`], [`Instance::set`]), or run `main`
/// ([`Instance::run_main`]) as many times as you like.
///
/// A call that panics returns [`Error::Panic`]; `os.Exit` returns
/// [`Error::Exit`]; running out of memory [`Error::OutOfMemory`]. After
/// any of them the instance takes the next call, with its variables as
/// the failed call left them.
///
/// ```
/// let engine = gust::Engine::new();
/// let program = engine.compile("counter.go", r#"
/// package main
///
/// var count int
///
/// func Add(n int) int {
///     count += n
///     return count
/// }
///
/// func main() {}
/// "#).unwrap();
/// let mut counter = engine.instantiate(&program).unwrap();
/// assert_eq!(counter.call::<_, i64>("Add", (2,)).unwrap(), 2);
/// assert_eq!(counter.call::<_, i64>("Add", (3,)).unwrap(), 5);
/// assert_eq!(counter.get::<i64>("count").unwrap(), 5);
/// ```
pub struct Instance {
    vm: Vm,
    /// The engine, for its limits.
    engine: Engine,
    /// This instance's stop flag alone (`Instance::interrupt_handle`).
    flags: Arc<Flags>,
    /// Buffers of a call's argument and result slots.
    bufs: (Vec<u64>, Vec<u64>),
}

impl Engine {
    /// Makes an instance of `program` writing to the process's stdout
    /// and stderr, and runs its package initialization.
    pub fn instantiate(&self, program: &Program) -> Result<Instance, Error> {
        let out = std::io::LineWriter::new(std::io::stdout());
        self.instantiate_with_output(program, out, std::io::stderr())
    }

    /// Makes an instance of `program` writing to `stdout` and `stderr`
    /// (a [`crate::Capture`] keeps what it writes), and runs its package
    /// initialization.
    pub fn instantiate_with_output(
        &self,
        program: &Program,
        stdout: impl Write + 'static,
        stderr: impl Write + 'static,
    ) -> Result<Instance, Error> {
        let vm = self.vm(program, Box::new(stdout), Box::new(stderr));
        let flags = Arc::new(Flags::default());
        flags.add(&vm.stop);
        let mut instance = Instance {
            vm,
            engine: self.clone(),
            flags,
            bufs: Default::default(),
        };
        let init = instance.vm.prog.init;
        instance.call_func(init, &[], &mut Vec::new())?;
        Ok(instance)
    }
}

impl Instance {
    /// Runs `main.main`; returns its exit status as [`Engine::run`] does
    /// (0, or `os.Exit`'s code).
    pub fn run_main(&mut self) -> Result<i32, Error> {
        let Some(main) = self.func("main") else {
            return Err(Error::Call("the program has no function main".into()));
        };
        match self.call_func(main.0, &[], &mut Vec::new()) {
            Ok(()) => Ok(0),
            Err(Error::Exit(code)) => Ok(code),
            Err(e) => Err(e),
        }
    }

    /// Calls top-level function `name` of package main with `args` (a
    /// tuple: `()`, `(x,)`, `(x, y)`, ...) and converts its results to
    /// `R` (`()`, one value, or a tuple). See [`crate::convert`] for
    /// which Rust types convert to which Go types; a wrong name, count
    /// or type is [`Error::Call`].
    pub fn call<A: ToGoArgs, R: FromGoResults>(&mut self, name: &str, args: A) -> Result<R, Error> {
        let Some((func, ty)) = self.func(name) else {
            return Err(Error::Call(format!("no function {name} in package main")));
        };
        let prog = self.vm.prog.clone();
        let Type::Func(sig) = prog.types.under(ty) else {
            unreachable!("function {name} has a function type");
        };
        let call_error = |m: String| Error::Call(format!("{name}: {m}"));
        // The argument and result buffers are the instance's, reused.
        let (mut slots, mut results) = std::mem::take(&mut self.bufs);
        slots.clear();
        let mut cx = Cx { vm: &mut self.vm };
        let r = args
            .to_go_args(&mut cx, &sig.params, &mut slots)
            .and_then(|()| R::check_results(&mut cx, &sig.results))
            .map_err(call_error)
            .and_then(|()| self.call_func(func, &slots, &mut results))
            // Results are read before anything can collect again.
            .and_then(|()| {
                let mut cx = Cx { vm: &mut self.vm };
                R::from_go_results(&mut cx, &sig.results, &results).map_err(call_error)
            });
        self.bufs = (slots, results);
        r
    }

    /// The value of package variable `name` of package main.
    pub fn get<T: FromGo>(&mut self, name: &str) -> Result<T, Error> {
        let (off, ty) = self.var(name)?;
        let slots = self.vm.load_value(ty, ptr(GLOBALS_HANDLE, off));
        let mut cx = Cx { vm: &mut self.vm };
        T::check(&mut cx, ty)
            .and_then(|_| T::from_go(&mut cx, ty, &slots))
            .map_err(|m| Error::Call(format!("{name}: {m}")))
    }

    /// Sets package variable `name` of package main to `value`.
    pub fn set(&mut self, name: &str, value: impl ToGo) -> Result<(), Error> {
        let (off, ty) = self.var(name)?;
        let mut slots = Vec::new();
        let mut cx = Cx { vm: &mut self.vm };
        value
            .to_go(&mut cx, ty, &mut slots)
            .map_err(|m| Error::Call(format!("{name}: {m}")))?;
        self.vm.store_value(ty, ptr(GLOBALS_HANDLE, off), &slots);
        Ok(())
    }

    /// A handle that stops this instance's call in progress from another
    /// thread ([`crate::InterruptHandle::interrupt`]); the instance takes
    /// the next call. Take it before the calls it should stop: native
    /// code compiled before (in an engine that is not
    /// [`Engine::interruptible`]) does not poll.
    pub fn interrupt_handle(&mut self) -> InterruptHandle {
        self.vm.set_interruptible();
        self.flags.handle()
    }

    /// Calls `func` under the engine's limits (fuel, deadline).
    fn call_func(
        &mut self,
        func: FuncId,
        args: &[u64],
        results: &mut Vec<u64>,
    ) -> Result<(), Error> {
        let _deadline = self.engine.start_limits(&mut self.vm);
        self.vm
            .call_from_host(func, args, results)
            .map_err(unwind_error)
    }

    /// Function `name` of package main: its id and type.
    fn func(&self, name: &str) -> Option<(FuncId, TypeId)> {
        let funcs = &self.vm.prog.exported_funcs;
        let i = funcs.binary_search_by(|e| e.0.as_str().cmp(name)).ok()?;
        Some((funcs[i].1, funcs[i].2))
    }

    /// Package variable `name` of package main: its offset and type.
    fn var(&self, name: &str) -> Result<(u32, TypeId), Error> {
        let vars = &self.vm.prog.exported_vars;
        match vars.binary_search_by(|e| e.0.as_str().cmp(name)) {
            Ok(i) => Ok((vars[i].1, vars[i].2)),
            Err(_) => Err(Error::Call(format!("no variable {name} in package main"))),
        }
    }
}

/// The error of a call that did not return.
pub(crate) fn unwind_error(u: Unwind) -> Error {
    match u {
        Unwind::Exit(code) => Error::Exit(code),
        Unwind::OutOfMemory => Error::OutOfMemory,
        Unwind::Panicked(report) => Error::Panic(Box::new(Panic::from(*report))),
        Unwind::Stopped(Stop::Interrupted) => Error::Interrupted,
        Unwind::Stopped(Stop::Deadline) => Error::Timeout,
        Unwind::Stopped(Stop::Fuel) => Error::OutOfFuel,
        Unwind::Recovered { .. } | Unwind::ResumeGoexit => {
            Error::Exit(2) // (no recovery escapes a call: a bug if it did)
        }
    }
}
