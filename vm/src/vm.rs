//! The virtual machine: one program, its heap and globals, the main
//! goroutine, and the output streams.

use std::io::Write;
use std::sync::Arc;

use crate::goroutine::G;
use crate::heap::Heap;
use crate::program::Program;
use crate::types::FuncId;

pub use crate::panic::{PanicReport, PanicValue};

/// Why execution stopped early. Runtime helpers return it as a status
/// instead of unwinding the Rust stack: recovery never long-jumps.
#[derive(Debug)]
pub enum Unwind {
    /// A deferred call recovered a panic; frame `frame` resumes at its
    /// deferreturn point. Every activation above it returns this at once.
    Recovered {
        /// Index in `G::frames` of the frame to resume.
        frame: u32,
        /// The recovery point is a catch point (`G::catch_points`: a Rust
        /// native's protected call, [`Vm::call_protected`]) of frame
        /// `frame`, not the deferreturn epilogue of frame `frame`.
        catch_point: bool,
    },
    /// The program ended: `os.Exit(code)`, or a fatal report already
    /// written to stderr (status 2).
    Exit(i32),
    /// The program ended with Go's fatal out-of-memory report, already
    /// written to stderr (status 2): an allocation the system could not
    /// back or past [`Config::max_heap_bytes`].
    OutOfMemory,
    /// An unrecovered panic; the report (up to the traceback) was written
    /// to stderr and is kept here for embedders, with the panic value
    /// and the frames.
    Panicked(Box<PanicReport>),
    /// A panic recovered while `runtime.Goexit` ran deferred calls: back
    /// to the Goexit loop, which goes on running defers.
    ResumeGoexit,
    /// The run was stopped from outside (`crate::stop`): no deferred
    /// call runs.
    Stopped(crate::stop::Stop),
}

/// Result of VM operations.
pub type VmResult<T> = Result<T, Unwind>;

/// Limits and switches for one VM.
#[derive(Clone, Debug)]
pub struct Config {
    /// Maximum slots of the goroutine stack (Go's 1 GB limit, in 8-byte
    /// slots, by default).
    pub max_stack_slots: usize,
    /// Maximum number of frames.
    pub max_frames: usize,
    /// The collector's stress mode: collect at every `gc_stress`-th
    /// safepoint (0: off; 1: at every one). Defaults to the environment
    /// variable `GUST_GCSTRESS`.
    pub gc_stress: u32,
    /// Print a line per collection to stderr, as Go's `GODEBUG=gctrace=1`
    /// (heap before, after, goal, pause, objects freed). Defaults to the
    /// environment variable `GUST_GCTRACE` being `1`.
    pub gc_trace: bool,
    /// The hard cap on heap bytes ([`Heap::set_limit`]); `usize::MAX`, the
    /// default, is none. Unlike Go's soft `GOMEMLIMIT` (which only makes
    /// the collector work harder), an allocation past it ends the run with
    /// Go's fatal `runtime: out of memory` report.
    pub max_heap_bytes: usize,
    /// Whether native code polls for stop requests (`crate::stop`) at
    /// function entries and loop headers: a load and a compare each, up
    /// to a fifth of the time of the tightest loops. The interpreter
    /// always polls (at taken backward branches and calls).
    pub interruptible: bool,
    /// Whether native code spends fuel at its polls (`crate::stop`;
    /// implies `interruptible`).
    pub fuel: bool,
}

impl Default for Config {
    fn default() -> Self {
        Config {
            max_stack_slots: 1_000_000_000 / 8,
            // A backstop: every frame takes at least FRAME_OVERHEAD_SLOTS.
            max_frames: 1_000_000_000 / 8 / crate::program::FRAME_OVERHEAD_SLOTS as usize,
            gc_stress: std::env::var("GUST_GCSTRESS")
                .ok()
                .and_then(|v| v.parse().ok())
                .unwrap_or(0),
            gc_trace: std::env::var("GUST_GCTRACE").is_ok_and(|v| v == "1"),
            max_heap_bytes: usize::MAX,
            interruptible: false,
            fuel: false,
        }
    }
}

/// An output stream of the program: flushing it does nothing unless it
/// was written since the last flush (a call from the host flushes both
/// streams when it returns).
pub struct Output {
    w: Box<dyn Write>,
    dirty: bool,
}

impl Output {
    fn new(w: Box<dyn Write>) -> Self {
        Output { w, dirty: false }
    }
}

impl Write for Output {
    fn write(&mut self, b: &[u8]) -> std::io::Result<usize> {
        self.dirty = true;
        self.w.write(b)
    }
    fn write_all(&mut self, b: &[u8]) -> std::io::Result<()> {
        self.dirty = true;
        self.w.write_all(b)
    }
    fn flush(&mut self) -> std::io::Result<()> {
        if !self.dirty {
            return Ok(());
        }
        self.dirty = false;
        self.w.flush()
    }
}

/// A running program.
pub struct Vm {
    /// The program (shared: natives and nested activations hold it too).
    pub prog: Arc<Program>,
    /// All heap objects.
    pub heap: Heap,
    /// The main goroutine.
    pub g: G,
    /// Top of the operand stack of the innermost frame (index into
    /// `g.stack`), valid whenever the interpreter loop is not running.
    pub sp: usize,
    /// Standard output.
    pub stdout: Output,
    /// Standard error.
    pub stderr: Output,
    /// Command-line arguments (`os.Args`).
    pub args: Vec<String>,
    /// A failure (panic, exit) raised inside Go code that a native called
    /// where it could not return it at once (e.g. a `String()` method
    /// called by `fmt`); the native returns it when it finishes.
    pub pending_unwind: Option<Unwind>,
    /// Heap strings of the fixed-text runtime errors raised so far.
    pub(crate) static_errors: Vec<(String, u64)>,
    pub(crate) max_stack_slots: usize,
    pub(crate) max_frames: usize,
    /// The native tier, when one is attached ([`Vm::set_tier`]).
    pub(crate) tier: Option<Box<crate::tier::TierState>>,
    /// Native activations entered from Rust currently on the machine
    /// stack (see `tier::MAX_NATIVE_DEPTH`).
    pub(crate) native_depth: u32,
    /// The lowest machine stack address native code may use (see
    /// `tier::NATIVE_STACK_BUDGET`); set when native code is entered
    /// with no native activation below.
    pub(crate) native_stack_limit: usize,
    /// The machine stack address below which Rust does not re-enter Go
    /// code (`tier::HOST_STACK_RESERVE` above the stack's low end, on
    /// the thread that made the VM; 0 where unknown).
    pub(crate) host_stack_floor: usize,
    /// The collector's per-type pointer maps.
    pub(crate) pointer_maps: crate::gc::PointerMaps,
    /// The stress mode (`Config::gc_stress`) and its countdown.
    pub(crate) gc_stress: u32,
    pub(crate) gc_countdown: u32,
    pub(crate) gc_trace: bool,
    /// The stop request this VM polls (`crate::stop`), shared with the
    /// threads that may stop it.
    pub stop: std::sync::Arc<crate::stop::StopFlag>,
    /// `stop`'s word, for native code (`NativeLayout::stop_word`).
    pub(crate) stop_word: *const std::sync::atomic::AtomicU32,
    /// `Config::interruptible`.
    pub(crate) interruptible: bool,
    /// Fuel left (`crate::stop`): `i64::MAX` unless the embedder set a
    /// budget. Native code decrements it at its polls when
    /// `Config::fuel` is on.
    pub(crate) fuel: i64,
    /// `Config::fuel`.
    pub(crate) fuel_on: bool,
    /// The embedder's host functions (`crate::natives::HostFn`), in the
    /// order the program was compiled against.
    pub host_funcs: std::sync::Arc<Vec<crate::natives::HostFn>>,
}

impl Vm {
    /// A VM for `prog` writing to the given streams.
    pub fn new(
        prog: Arc<Program>,
        config: Config,
        stdout: Box<dyn Write>,
        stderr: Box<dyn Write>,
    ) -> Self {
        let mut heap = Heap::with_program(prog.globals as usize, &prog.strings);
        if config.gc_stress > 0 {
            heap.request_collection();
        }
        heap.set_limit(config.max_heap_bytes);
        Vm {
            heap,
            g: G::new(1 << 16, config.max_frames),
            sp: 0,
            stdout: Output::new(stdout),
            stderr: Output::new(stderr),
            args: vec![],
            pending_unwind: None,
            static_errors: Vec::new(),
            max_stack_slots: config.max_stack_slots,
            max_frames: config.max_frames,
            tier: None,
            native_depth: 0,
            native_stack_limit: 0,
            host_stack_floor: match crate::tier::thread_stack_low() {
                0 => 0,
                low => low + crate::tier::HOST_STACK_RESERVE,
            },
            pointer_maps: Default::default(),
            gc_stress: config.gc_stress,
            gc_countdown: config.gc_stress,
            gc_trace: config.gc_trace,
            prog,
            stop: Default::default(),
            stop_word: std::ptr::null(),
            interruptible: config.interruptible,
            fuel: i64::MAX,
            fuel_on: config.fuel,
            host_funcs: Default::default(),
        }
        .with_stop_flag(Default::default())
    }

    /// Makes native code compiled from now on poll for stop requests
    /// (`Config::interruptible`).
    pub fn set_interruptible(&mut self) {
        self.interruptible = true;
    }

    /// Makes the VM poll `flag` (shared with the threads that may stop
    /// it) instead of its own.
    pub fn with_stop_flag(mut self, flag: std::sync::Arc<crate::stop::StopFlag>) -> Self {
        self.stop_word = flag.word();
        self.stop = flag;
        self
    }

    /// Writes to stderr, flushing stdout first so that a terminal shows
    /// both streams in program order (Go's streams are unbuffered).
    pub fn write_stderr(&mut self, b: &[u8]) {
        let _ = self.stdout.flush();
        let _ = self.stderr.write_all(b);
    }

    /// Calls `func` with `args` from Rust (an embedder's call), then
    /// flushes the program's output. After a failure (a panic, an exit)
    /// the goroutine is reset: no frames, defers or panics remain, so
    /// the VM takes the next call with its globals and heap as they are.
    /// The results' slots replace `results`' contents.
    pub fn call_from_host(
        &mut self,
        func: FuncId,
        args: &[u64],
        results: &mut Vec<u64>,
    ) -> VmResult<()> {
        let r = self.call_func_into(func, args, results);
        let _ = self.stdout.flush();
        let _ = self.stderr.flush();
        if r.is_err() {
            self.g.frames.truncate(0);
            self.g.defers.clear();
            self.g.panics.clear();
            self.g.catch_points.clear();
            self.pending_unwind = None;
            self.sp = 0;
        }
        r
    }

    /// Runs the program's entry (package initialization, then `main.main`).
    /// Output is flushed whatever happens.
    pub fn run_main(&mut self) -> VmResult<()> {
        let entry = self.prog.entry;
        let r = self.call_func(entry, &[]).map(|_| ());
        let _ = self.stdout.flush();
        let _ = self.stderr.flush();
        r
    }
}
