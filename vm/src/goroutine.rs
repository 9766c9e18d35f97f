//! Goroutine state (`G`): the slot stack, the frame stack and the defer and
//! panic chains. Nothing here is global, so more goroutines can be added
//! without redesign.
//!
//! **Invariant (one stack):** a frame's parameters, locals and operand stack
//! are contiguous slots of `G::stack` starting at `Frame::base`; the
//! caller's pushed arguments *are* the callee's first locals. Frames of
//! every tier use this layout, so one walker serves panics and tracebacks.

use crate::frames::Frames;
use crate::program::FRAME_OVERHEAD_SLOTS;
use crate::types::FuncId;
use smallvec::SmallVec;

/// A frame header. Native code writes these fields itself (at the
/// offsets of `tier::native_layout`).
#[derive(Clone, Copy, Debug)]
#[repr(C)]
pub struct Frame {
    /// The running function.
    pub func: FuncId,
    /// Next instruction (saved when the frame calls out).
    pub pc: u32,
    /// First slot of the frame's locals in `G::stack`.
    pub base: u32,
    /// Where `Return` copies the results (the caller's stack top at the
    /// call, minus the callee value for closure calls).
    pub ret: u32,
    /// `false` when the caller discards the results (deferred calls).
    /// (Before `closure`: native code writes both with one 8-byte store.)
    pub keep_results: bool,
    /// The running closure's handle (0 for direct calls).
    pub closure: u32,
}

/// The kind of a `_defer` record (Go's three defer kinds, as records).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum DeferRecordKind {
    /// `deferproc`: a record from the goroutine's pool (defers in loops).
    Heap,
    /// `deferprocStack`: a record in the frame.
    Stack,
    /// An open-coded frame (`_defer.openDefer`): added by a panic's frame
    /// scan for a native frame whose deferBits are set; running it runs
    /// that frame's pending defers from its funcdata.
    Open,
}

/// A deferred call (`_defer`).
#[derive(Clone, Debug)]
pub struct Defer {
    /// Index in `G::frames` of the frame that deferred it.
    pub frame: u32,
    /// The closure to call.
    pub closure: u64,
    /// Its evaluated arguments.
    pub args: SmallVec<[u64; 4]>,
    /// Set when a panic has started running it.
    pub started: bool,
    /// The panic that started it (index in `G::panics`).
    pub panic: Option<u32>,
    /// Which kind of record.
    pub kind: DeferRecordKind,
}

/// A panic in progress (`_panic`).
#[derive(Clone, Debug)]
pub struct Panic {
    /// The panic value (an interface: dynamic type, data).
    pub value: [u64; 2],
    /// Go allocated the value's data word at the `panic` call, so it is
    /// not the very value of an earlier panic even when equal.
    pub fresh: bool,
    /// Set by `recover`.
    pub recovered: bool,
    /// Set when a later panic took over while this one ran a defer.
    pub aborted: bool,
    /// Frame index of the deferred call the panic is running; `recover`
    /// only works in that frame (the argp rule).
    pub argp: Option<u32>,
    /// `true` if this is a Goexit rather than a panic.
    pub goexit: bool,
    /// Index of the frame that panicked (called `panic` or `Goexit`, or
    /// raised the runtime error): Go's `startSP`. A recovery into frame
    /// `F` unwinds every panic that started at `F` or deeper.
    pub start: u32,
}

/// A native's recovery point (Go's `catchPanic` deferred by `fmt`'s
/// `handleMethods`): a panic that reaches it is recovered and handed to
/// the native instead of unwinding further.
#[derive(Clone, Debug)]
pub struct CatchPoint {
    /// Index of the frame of the protected call: the point sits between
    /// the defer records of that frame and deeper ones, and older ones.
    pub frame: u32,
    /// The recovered panic value, once caught.
    pub value: Option<[u64; 2]>,
}

/// Goroutine state.
#[derive(Debug)]
pub struct G {
    /// Value slots of all frames. Resized only by [`G::resize_stack`].
    pub stack: Vec<u64>,
    /// `stack`'s buffer and its end, for native code.
    ///
    /// **Invariant:** equal to `stack.as_mut_ptr()` and that plus
    /// `stack.len()` (kept by [`G::resize_stack`]).
    pub stack_bounds: [*mut u64; 2],
    /// Frame headers, innermost last.
    pub frames: Frames,
    /// The `_defer` chain, innermost last.
    ///
    /// **Invariants** (checked in debug builds by [`G::check_defer`] where
    /// a record is added or started, and [`G::check_no_defers_from`]
    /// where frames go):
    /// * *ordered*: records are ordered by frame, innermost last (a
    ///   frame's records are together, in the order its defers ran; an
    ///   open-coded frame's record is inserted at its frame's place);
    /// * *live*: a record's frame exists: a frame's records are run by its
    ///   deferreturn before it returns, or by the panic that unwinds it;
    /// * *started*: `started` exactly when `panic` names a panic in the
    ///   chain, the one running the record; a newer panic that reaches a
    ///   started record aborts that panic and drops the record (an
    ///   open-coded one it takes over and goes on with);
    /// * *open*: an open-coded record has no closure and no arguments
    ///   (they are in its frame's funcdata slots).
    pub defers: Vec<Defer>,
    /// The `_panic` chain, innermost last.
    ///
    /// **Invariants** (checked in debug builds by
    /// [`G::check_running_panic`] before each deferred call a panic
    /// starts, and [`G::check_argp`] at `recover`):
    /// * *innermost runs*: only the innermost panic runs deferred calls;
    ///   a newer panic ends (recovered, or fatal) before an older one goes
    ///   on with its walk;
    /// * *aborted*: a panic is aborted when a newer one reaches a record
    ///   it started; its walk never resumes (it returns the newer panic's
    ///   status), except a Goexit's, which is un-aborted first;
    /// * *argp*: `argp` is set only while the panic's deferred call runs,
    ///   and is that call's frame index (where `recover` works).
    pub panics: Vec<Panic>,
    /// Native recovery points, innermost last.
    pub catch_points: Vec<CatchPoint>,
    /// Go's `gp.sig`: a nil dereference (Go's SIGSEGV) started a panic
    /// since the chain was last emptied by a recovery; the fatal report
    /// then ends its panic chain with the `[signal ...]` line, whatever
    /// panic is printed last.
    pub sig: bool,
    /// Recycled argument buffers for heap defer records (newdefer/freedefer).
    pub defer_pool: Vec<SmallVec<[u64; 4]>>,
}

impl G {
    /// A goroutine whose stack has room for `slots` slots and at most
    /// `max_frames` frames.
    pub fn new(slots: usize, max_frames: usize) -> Self {
        let mut g = G {
            stack: Vec::new(),
            stack_bounds: [std::ptr::null_mut(); 2],
            frames: Frames::new(max_frames),
            defers: Vec::new(),
            panics: Vec::new(),
            catch_points: Vec::new(),
            sig: false,
            defer_pool: Vec::new(),
        };
        g.resize_stack(slots);
        g
    }

    /// Checks the `_defer` chain's invariants (see [`G::defers`]) at
    /// record `i` and its neighbours (debug builds).
    pub fn check_defer(&self, i: usize) {
        if !cfg!(debug_assertions) {
            return;
        }
        let d = &self.defers[i];
        let ordered = |a: &Defer, b: &Defer| {
            debug_assert!(
                a.frame <= b.frame,
                "defer record of frame {} above frame {}: records must be ordered by frame, \
                 innermost last",
                a.frame,
                b.frame
            );
        };
        if i > 0 {
            ordered(&self.defers[i - 1], d);
        }
        if i + 1 < self.defers.len() {
            ordered(d, &self.defers[i + 1]);
        }
        debug_assert!(
            (d.frame as usize) < self.frames.len(),
            "defer record of frame {} with {} frames: a record's frame must exist",
            d.frame,
            self.frames.len()
        );
        debug_assert!(
            d.started == d.panic.is_some_and(|p| (p as usize) < self.panics.len()),
            "defer record of frame {} started: {}, by panic {:?} of {}: a record is started \
             exactly by a panic in the chain",
            d.frame,
            d.started,
            d.panic,
            self.panics.len()
        );
        debug_assert!(
            d.kind != DeferRecordKind::Open || (d.closure == 0 && d.args.is_empty()),
            "open-coded record of frame {} with a closure or arguments: they live in the \
             frame's funcdata slots",
            d.frame
        );
    }

    /// Checks that no defer record belongs to frame `n` or deeper, once
    /// those frames are gone or going (debug builds).
    pub fn check_no_defers_from(&self, n: usize) {
        if let Some(d) = self.defers.last() {
            debug_assert!(
                (d.frame as usize) < n,
                "defer record of frame {} outlives its frame ({n} frames left): a frame's \
                 records must be run before it returns or unwinds",
                d.frame
            );
        }
    }

    /// Checks the `_panic` chain's invariants (see [`G::panics`]) for
    /// panic `me` about to start its next deferred call (debug builds).
    pub fn check_running_panic(&self, me: usize) {
        debug_assert!(
            me + 1 == self.panics.len(),
            "panic {me} runs deferred calls below {} newer panics: only the innermost panic \
             runs deferred calls",
            self.panics.len() - me - 1
        );
        debug_assert!(
            !self.panics[me].aborted,
            "panic {me} resumes its walk after it was aborted: an aborted panic never does"
        );
        debug_assert!(
            self.panics[me].argp.is_none(),
            "panic {me} starts a deferred call with argp {:?} still set: argp is set only \
             while its deferred call runs",
            self.panics[me].argp
        );
    }

    /// Checks the innermost panic's `argp` (see [`G::panics`]) where
    /// `recover` reads it (debug builds).
    pub fn check_argp(&self) {
        if let Some(a) = self.panics.last().and_then(|p| p.argp) {
            debug_assert!(
                (a as usize) < self.frames.len(),
                "argp {a} with {} frames: argp is the frame of the running deferred call",
                self.frames.len()
            );
        }
    }

    /// Grows the slot stack to `slots` slots as [`G::resize_stack`], with
    /// room for as many frame headers as such a stack can hold (each frame
    /// takes at least [`FRAME_OVERHEAD_SLOTS`]), so that pushing a header
    /// never needs more memory; `false`, changing nothing, when the system
    /// refuses the memory (Go's fatal `out of memory`).
    pub fn try_grow_stack(&mut self, slots: usize) -> bool {
        let more = slots.saturating_sub(self.stack.len());
        if self.stack.try_reserve_exact(more).is_err()
            || !self
                .frames
                .try_reserve_total(slots / FRAME_OVERHEAD_SLOTS as usize)
        {
            return false;
        }
        self.resize_stack(slots);
        true
    }

    /// Resizes the slot stack to `slots` (new slots are zero), growing the
    /// buffer to exactly that (never doubling it, so a caller asking for a
    /// few slots more gets no more than that). Growth the program controls
    /// goes through [`G::try_grow_stack`].
    pub fn resize_stack(&mut self, slots: usize) {
        self.stack
            .reserve_exact(slots.saturating_sub(self.stack.len()));
        self.stack.resize(slots, 0);
        let p = self.stack.as_mut_ptr();
        // SAFETY: one past the end of the buffer.
        self.stack_bounds = [p, unsafe { p.add(slots) }];
    }
}
