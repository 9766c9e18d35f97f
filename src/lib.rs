//! gust: a Go-subset virtual machine with a bytecode interpreter and an
//! x86-64 JIT tier, built around Go's defer / panic / recover machinery.
//!
//! Embed it with [`Engine`]:
//!
//! ```
//! let mut out = Vec::new();
//! let engine = gust::Engine::new();
//! let program = engine
//!     .compile("hello.go", "package main\n\nimport \"fmt\"\n\nfunc main() { fmt.Println(\"hi\") }\n")
//!     .unwrap();
//! let status = engine.run_with_output(&program, &[], &mut out, &mut std::io::sink()).unwrap();
//! assert_eq!(status, 0);
//! assert_eq!(out, b"hi\n");
//! ```
//!
//! Or keep a program's state between calls from Rust with an
//! [`Instance`]: call its functions with typed arguments and results,
//! read and write its package variables.
//!
//! **API boundary:** `Engine`, [`Program`], [`Instance`], [`Capture`],
//! [`InterruptHandle`], [`HostPackage`], [`Error`], [`Panic`],
//! [`Frame`], [`JitMode`] and the conversion traits of [`convert`] are
//! the public surface; of the vm only [`PanicValue`], plain data, is
//! re-exported, and nothing of the frontend.

use std::io::Write;
use std::path::Path;
use std::sync::{Arc, Mutex};

use gust_vm::vm::{Config, Unwind, Vm};

pub mod convert;
mod host;
mod instance;
mod limits;

pub use convert::{FromGo, FromGoResults, ToGo, ToGoArgs, ToGoResults};
/// A panic value converted for the host ([`Panic::value`]; defined by
/// the VM, which makes it).
pub use gust_vm::vm::PanicValue;
pub use host::{HostFunc, HostPackage};
pub use instance::Instance;
pub use limits::InterruptHandle;

/// When functions are compiled to native code.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum JitMode {
    /// Interpret everything.
    Off,
    /// Compile a function once its calls plus loop iterations pass
    /// [`HOT_CALLS`] (the default); running loops switch to the native code.
    #[default]
    Auto,
    /// Compile every function that the JIT supports at its first call or
    /// loop iteration.
    Always,
}

impl std::str::FromStr for JitMode {
    type Err = String;
    fn from_str(s: &str) -> Result<Self, String> {
        match s {
            "off" => Ok(JitMode::Off),
            "auto" => Ok(JitMode::Auto),
            "always" => Ok(JitMode::Always),
            _ => Err(format!("invalid JIT mode {s:?} (want off, auto or always)")),
        }
    }
}

/// Calls plus loop back edges after which `JitMode::Auto` compiles a
/// function.
pub const HOT_CALLS: u32 = 1000;

/// A compiled program, ready to run any number of times: `Send` and
/// `Sync`, so one compilation serves instances on many threads (each
/// [`Instance`] stays on the thread that made it). Cloning is cheap.
/// (Native code is still compiled per instance, not once per program.)
#[derive(Clone)]
pub struct Program {
    inner: Arc<gust_vm::program::Program>,
    /// The host functions it was compiled against, in native order.
    host: Arc<Vec<gust_vm::natives::HostFn>>,
}

impl std::fmt::Debug for Program {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Program")
            .field("functions", &self.inner.funcs.len())
            .field("host_functions", &self.host.len())
            .finish()
    }
}

impl Program {
    /// The bytecode of every function, as `gust disasm` prints it.
    pub fn disassemble(&self) -> String {
        self.inner.disassemble()
    }

    /// What the JIT makes of every function with bytecode, as
    /// `gust disasm --asm` prints it: its x86-64 code (Intel syntax, under
    /// comments naming each bytecode instruction), or why it stays
    /// interpreted.
    pub fn disassemble_native(&self) -> String {
        let p = &self.inner;
        let mut out = String::new();
        for (i, f) in p.funcs.iter().enumerate() {
            if f.code.is_empty() {
                continue;
            }
            match gust_jit::disassemble(p, gust_vm::types::FuncId(i as u32)) {
                Ok(asm) => out.push_str(&format!("native {} #{i}:\n{asm}", f.name)),
                Err(why) => out.push_str(&format!("interpreted {} #{i}: {why}\n", f.name)),
            }
        }
        out
    }

    /// The kind of every defer statement of the program's own files, as
    /// `go build -gcflags=-d=defer` reports them: `file:line:col:
    /// open-coded defer` (or `stack-allocated`, `heap-allocated`), in
    /// source order, files named `./x.go` as gc names them.
    pub fn defer_report(&self) -> Vec<String> {
        let p = &self.inner;
        let mut sites: Vec<_> = p
            .defer_sites
            .iter()
            .filter(|s| !p.files[s.0 as usize].starts_with("$GUSTROOT"))
            .collect();
        sites.sort();
        sites
            .iter()
            .map(|&&(f, l, c, k)| {
                // gc runs in the package directory and names files `./x.go`.
                let path = Path::new(&p.files[f as usize]);
                let name = path.file_name().map_or(path.as_os_str(), |n| n);
                format!("./{}:{l}:{c}: {k}", name.to_string_lossy())
            })
            .collect()
    }
}

/// Everything that can go wrong, as typed errors.
#[derive(Debug)]
pub enum Error {
    /// The source could not be read (missing file, not UTF-8, ...).
    Io(String),
    /// The program does not compile; one `file:line:col: message` per
    /// line, as gc reports them.
    Compile(Vec<String>),
    /// The program panicked and did not recover: the value, Go's report
    /// (written to stderr too) and the frames.
    Panic(Box<Panic>),
    /// The program ran out of memory: an allocation past
    /// [`Engine::max_heap_bytes`] or one the system could not back. Go's
    /// fatal report (`fatal error: runtime: out of memory`) was written to
    /// stderr; `go run` exits with status 2. The engine stays usable.
    OutOfMemory,
    /// A call from Rust the program cannot take ([`Instance::call`],
    /// [`Instance::get`], [`Instance::set`]): no such function or
    /// variable, or arguments or results of the wrong count or types.
    Call(String),
    /// The program ended during a call from Rust: `os.Exit(code)`, or a
    /// fatal error whose report was written to stderr (status 2).
    Exit(i32),
    /// The run was stopped by an [`InterruptHandle`]; no deferred call
    /// ran. The engine (and the instance) stays usable.
    Interrupted,
    /// The run passed its deadline ([`Engine::timeout`]) and was
    /// stopped; no deferred call ran. The engine (and the instance) stays
    /// usable.
    Timeout,
    /// The run spent its fuel ([`Engine::fuel`]) and was stopped; no
    /// deferred call ran. The engine (and the instance) stays usable.
    OutOfFuel,
}

impl std::fmt::Display for Error {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Error::Io(m) => f.write_str(m),
            Error::Compile(lines) => f.write_str(&lines.join("\n")),
            Error::Panic(p) => f.write_str(p.report.trim_end()),
            Error::OutOfMemory => f.write_str("fatal error: runtime: out of memory"),
            Error::Call(m) => f.write_str(m),
            Error::Exit(code) => write!(f, "exit status {code}"),
            Error::Interrupted => f.write_str("interrupted"),
            Error::Timeout => f.write_str("deadline exceeded"),
            Error::OutOfFuel => f.write_str("out of fuel"),
        }
    }
}

impl std::error::Error for Error {}

/// A Go panic that no deferred call recovered ([`Error::Panic`]).
#[derive(Clone, Debug, PartialEq)]
pub struct Panic {
    /// The panic value, as a Rust value where it converts.
    pub value: PanicValue,
    /// Go's text of the value, as printed after `panic: ` (an error's
    /// `Error()`, a `Stringer`'s `String()`, `fmt.Print`'s text of the
    /// rest).
    pub message: String,
    /// What Go prints before the goroutine trace: the `panic: ...` lines
    /// of the panic and those it interrupted.
    pub report: String,
    /// The goroutine's frames when it panicked, innermost first.
    pub frames: Vec<Frame>,
}

/// A frame of a Go stack.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Frame {
    /// Go's name of the function: `main.f`, `main.(*T).M`,
    /// `main.main.func1`.
    pub function: String,
    /// Its source file.
    pub file: String,
    /// The line it was running.
    pub line: u32,
}

impl From<gust_vm::vm::PanicReport> for Panic {
    fn from(r: gust_vm::vm::PanicReport) -> Panic {
        let frames = r.frames.into_iter();
        Panic {
            value: r.value,
            message: r.message,
            report: r.report,
            frames: frames
                .map(|(function, file, line)| Frame {
                    function,
                    file,
                    line,
                })
                .collect(),
        }
    }
}

/// The gust engine: compiles Go source and runs it.
#[derive(Clone, Debug, Default)]
pub struct Engine {
    jit: JitMode,
    hot_calls: Option<u32>,
    max_stack_bytes: Option<usize>,
    max_heap_bytes: Option<usize>,
    gc_stress: Option<u32>,
    dump_asm: bool,
    timeout: Option<std::time::Duration>,
    fuel: Option<u64>,
    interruptible: bool,
    /// The stop flags of the VMs this engine (and its clones) made.
    flags: std::sync::Arc<limits::Flags>,
    /// The embedder's packages (`Engine::package`).
    packages: Arc<Vec<HostPackage>>,
}

impl Engine {
    /// An engine with default settings (JIT auto, Go's 1 GB stack limit,
    /// no heap limit).
    pub fn new() -> Self {
        Self::default()
    }

    /// Sets the JIT mode.
    pub fn jit(mut self, mode: JitMode) -> Self {
        self.jit = mode;
        self
    }

    /// Sets how many calls plus loop back edges make a function hot under
    /// `JitMode::Auto` (default [`HOT_CALLS`]). Small values mix
    /// interpreted and native frames of the same function, which the
    /// differential fuzzer uses.
    pub fn hot_calls(mut self, n: u32) -> Self {
        self.hot_calls = Some(n);
        self
    }

    /// The JIT mode.
    pub fn jit_mode(&self) -> JitMode {
        self.jit
    }

    /// Makes the JIT write each function's native code (with its
    /// funcdata), or why it stays interpreted, to the process's stderr as
    /// the function is compiled.
    pub fn dump_asm(mut self, on: bool) -> Self {
        self.dump_asm = on;
        self
    }

    /// Limits the goroutine stack (Go's default is 1 GB).
    pub fn max_stack_bytes(mut self, bytes: usize) -> Self {
        self.max_stack_bytes = Some(bytes);
        self
    }

    /// Caps the heap at `bytes`: an allocation that would take the heap
    /// past it ends the run with Go's fatal `runtime: out of memory`
    /// report ([`Error::OutOfMemory`], status 2 for the CLI). A hard cap,
    /// unlike Go's `GOMEMLIMIT`, which is a soft goal for the collector
    /// that a program may exceed. The heap is accounted as the
    /// collector sees it (objects plus a per-object overhead); the cap is
    /// checked after collecting.
    pub fn max_heap_bytes(mut self, bytes: usize) -> Self {
        self.max_heap_bytes = Some(bytes);
        self
    }

    /// The collector's stress mode, for testing: collect at every `n`-th
    /// safepoint (allocating instruction or native call; 1 = every one,
    /// 0 = off). It never changes a program's output, only its speed.
    /// Defaults to the environment variable `GUST_GCSTRESS`.
    pub fn gc_stress(mut self, n: u32) -> Self {
        self.gc_stress = Some(n);
        self
    }

    /// Gives every run a deadline: a run ([`Engine::run`]) or a call
    /// ([`Instance::call`], [`Instance::run_main`]) still going `d` after
    /// it started is stopped with [`Error::Timeout`], in interpreted and
    /// native code alike (polls at loop back edges and calls). Each run
    /// with a deadline starts a small watchdog thread.
    pub fn timeout(mut self, d: std::time::Duration) -> Self {
        self.timeout = Some(d);
        self
    }

    /// Gives every run (an [`Engine::run`], an [`Instance::call`]) `units`
    /// of fuel: a loop iteration or a call spends one (interpreted and
    /// native code poll at slightly different points, so counts agree
    /// only roughly), and a run that has none left stops with
    /// [`Error::OutOfFuel`]. Deterministic for a given program and tier,
    /// unlike a deadline. Native code counts with a memory decrement at
    /// each loop header and function entry.
    pub fn fuel(mut self, units: u64) -> Self {
        self.fuel = Some(units);
        self
    }

    /// A handle that stops every run of this engine and its clones that
    /// is in progress when it is used ([`InterruptHandle::interrupt`]),
    /// from any thread.
    pub fn interrupt_handle(&self) -> InterruptHandle {
        self.flags.handle()
    }

    /// Makes native code poll for stop requests at function entries and
    /// loop headers, so that an [`InterruptHandle`] or a deadline stops a
    /// loop in compiled code too (the interpreter always polls). Implied
    /// by [`Engine::timeout`] and by taking an interrupt handle before
    /// the run starts. The poll is a load and a compare: on the tightest
    /// integer loops it costs up to a fifth of their time, on calls
    /// nothing measurable (`benches/`).
    pub fn interruptible(mut self, on: bool) -> Self {
        self.interruptible = on;
        self
    }

    /// Adds a host package (Rust functions with Go signatures) that the
    /// programs this engine compiles may import.
    pub fn package(mut self, p: HostPackage) -> Self {
        Arc::make_mut(&mut self.packages).push(p);
        self
    }

    /// Compiles a single-file `package main` program.
    pub fn compile(&self, name: &str, source: &str) -> Result<Program, Error> {
        let mut host = gust_frontend::compile::HostPackages::default();
        let mut funcs = Vec::new();
        for p in self.packages.iter() {
            host.packages.push((p.path.clone(), p.source.clone()));
            for (name, f) in &p.funcs {
                host.funcs.push(name.clone());
                funcs.push(f.clone());
            }
        }
        gust_frontend::compile::compile_with(name, source, &host)
            .map(|p| Program {
                inner: Arc::new(p),
                host: Arc::new(funcs),
            })
            .map_err(|e| Error::Compile(e.lines))
    }

    /// Reads and compiles a file. Messages name it as `go build` does: the
    /// path as given, with `./` before a bare file name.
    pub fn compile_file(&self, path: &Path) -> Result<Program, Error> {
        let given = path.display().to_string();
        let bare = path.parent().is_none_or(|p| p.as_os_str().is_empty());
        // Positions name the file as gc does: `./x.go` for a bare name.
        let shown = if bare {
            format!("./{given}")
        } else {
            given.clone()
        };
        let bytes =
            std::fs::read(path).map_err(|e| Error::Io(format!("{given}: {}", io_reason(&e))))?;
        let text = String::from_utf8(bytes).map_err(|e| {
            // gc's scanner error, at the first bad byte (columns count bytes).
            let good = &e.as_bytes()[..e.utf8_error().valid_up_to()];
            let line = 1 + good.iter().filter(|&&b| b == b'\n').count();
            let col = 1 + good.len() - good.iter().rposition(|&b| b == b'\n').map_or(0, |i| i + 1);
            Error::Compile(vec![format!(
                "{shown}:{line}:{col}: invalid UTF-8 encoding"
            )])
        })?;
        self.compile(&shown, &text)
    }

    /// Runs `main` with the process's stdout and stderr; returns the exit
    /// status (0, or `os.Exit`'s code, or 2 after a fatal error other than
    /// running out of memory, which is `Err(Error::OutOfMemory)`).
    pub fn run(&self, program: &Program, args: &[String]) -> Result<i32, Error> {
        let out = Box::new(std::io::BufWriter::with_capacity(
            1 << 16,
            std::io::stdout(),
        ));
        self.run_boxed(program, args, out, Box::new(std::io::stderr()))
    }

    /// Runs `main` writing to the given streams as the program writes
    /// (stdout through an 8 KiB buffer, flushed before anything goes to
    /// stderr and at the end; stderr unbuffered, as Go's). An unrecovered
    /// panic is `Err(Error::Panic)`, running out of memory
    /// `Err(Error::OutOfMemory)` (their reports were written to
    /// `stderr`). Write errors are ignored, as Go's `fmt.Println` does.
    pub fn run_with_output(
        &self,
        program: &Program,
        args: &[String],
        stdout: &mut dyn Write,
        stderr: &mut dyn Write,
    ) -> Result<i32, Error> {
        let (out, err) = (Lent::new(stdout), Lent::new(stderr));
        // The VM holding them is made and dropped inside `run_boxed`.
        let out = std::io::BufWriter::with_capacity(8 << 10, out);
        self.run_boxed(program, args, Box::new(out), Box::new(err))
    }

    fn run_boxed(
        &self,
        program: &Program,
        args: &[String],
        stdout: Box<dyn Write>,
        stderr: Box<dyn Write>,
    ) -> Result<i32, Error> {
        let mut vm = self.vm(program, stdout, stderr);
        vm.args = args.to_vec();
        let _deadline = self.start_limits(&mut vm);
        match vm.run_main() {
            Ok(()) => Ok(0),
            Err(Unwind::Exit(code)) => Ok(code),
            Err(u) => Err(instance::unwind_error(u)),
        }
    }

    /// Starts a run of `vm` under this engine's limits: fills its fuel
    /// and arms the deadline, if any (until the guard is dropped).
    fn start_limits(&self, vm: &mut Vm) -> Option<limits::Watchdog> {
        vm.set_fuel(
            self.fuel
                .map_or(i64::MAX, |f| f.min(i64::MAX as u64) as i64),
        );
        limits::Watchdog::arm(&vm.stop, self.timeout?)
    }

    /// A VM for `program` with this engine's limits and JIT.
    fn vm(&self, program: &Program, stdout: Box<dyn Write>, stderr: Box<dyn Write>) -> Vm {
        let mut config = Config::default();
        if let Some(n) = self.gc_stress {
            config.gc_stress = n;
        }
        if let Some(b) = self.max_stack_bytes {
            config.max_stack_slots = b / 8;
        }
        if let Some(b) = self.max_heap_bytes {
            config.max_heap_bytes = b;
        }
        config.interruptible = self.interruptible || self.timeout.is_some() || self.flags.wanted();
        config.fuel = self.fuel.is_some();
        let mut vm = Vm::new(program.inner.clone(), config, stdout, stderr)
            .with_stop_flag(self.flags.new_flag());
        vm.host_funcs = program.host.clone();
        let jit = || match self.dump_asm {
            true => gust_jit::Jit::with_dump(Box::new(std::io::stderr())),
            false => gust_jit::Jit::new(),
        };
        match self.jit {
            JitMode::Off => {}
            JitMode::Auto => vm.set_tier(Box::new(jit()), self.hot_calls.unwrap_or(HOT_CALLS)),
            JitMode::Always => vm.set_tier(Box::new(jit()), 0),
        }
        vm
    }
}

fn io_reason(e: &std::io::Error) -> String {
    match e.kind() {
        std::io::ErrorKind::NotFound => "no such file or directory".into(),
        std::io::ErrorKind::PermissionDenied => "permission denied".into(),
        _ => {
            let s = e.to_string();
            s.split(" (os error").next().unwrap_or(&s).to_lowercase()
        }
    }
}

/// A writer the caller lends for one run: its lifetime is erased so the
/// VM can hold it in a `Box<dyn Write>`.
///
/// **Invariant:** a `Lent` is dropped before the borrow it was made from
/// ends (`run_with_output` passes it to a VM that `run_boxed` drops
/// before returning, and nothing else keeps it).
struct Lent(*mut (dyn Write + 'static));

impl Lent {
    fn new(w: &mut dyn Write) -> Lent {
        let p: *mut (dyn Write + '_) = w;
        // SAFETY: only the trait object's lifetime bound changes (same
        // layout); the invariant keeps every use within the borrow.
        Lent(unsafe { std::mem::transmute::<*mut (dyn Write + '_), *mut (dyn Write + 'static)>(p) })
    }
}

impl Write for Lent {
    fn write(&mut self, b: &[u8]) -> std::io::Result<usize> {
        // SAFETY: the writer outlives this `Lent` (the invariant) and is
        // used by nothing else meanwhile (the caller lent it mutably).
        unsafe { (*self.0).write(b) }
    }
    fn flush(&mut self) -> std::io::Result<()> {
        // SAFETY: as in `write`.
        unsafe { (*self.0).flush() }
    }
}

/// An in-memory output stream: what a program writes to it, kept for the
/// host (clones share the buffer).
///
/// ```
/// let out = gust::Capture::default();
/// let engine = gust::Engine::new();
/// let program = engine
///     .compile("hi.go", "package main\n\nfunc Hi() { println(\"hi\") }\n\nfunc main() {}\n")
///     .unwrap();
/// let mut hi = engine
///     .instantiate_with_output(&program, std::io::sink(), out.clone())
///     .unwrap();
/// hi.call::<_, ()>("Hi", ()).unwrap();
/// assert_eq!(out.take(), b"hi\n");
/// ```
#[derive(Clone, Debug, Default)]
pub struct Capture(Arc<Mutex<Vec<u8>>>);

impl Capture {
    /// Takes what was written so far, leaving the buffer empty.
    pub fn take(&self) -> Vec<u8> {
        std::mem::take(&mut self.0.lock().unwrap_or_else(|e| e.into_inner()))
    }
}

impl Write for Capture {
    fn write(&mut self, b: &[u8]) -> std::io::Result<usize> {
        self.0
            .lock()
            .unwrap_or_else(|e| e.into_inner())
            .extend_from_slice(b);
        Ok(b.len())
    }
    fn flush(&mut self) -> std::io::Result<()> {
        Ok(())
    }
}

// A compiled program is shared by threads; an engine is used from any.
const _: () = {
    const fn send_sync<T: Send + Sync>() {}
    send_sync::<Program>();
    send_sync::<Engine>();
    send_sync::<InterruptHandle>();
    send_sync::<Capture>();
};
