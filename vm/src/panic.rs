//! defer, panic and recover, after Go's `runtime/panic.go`.
//!
//! The `_defer` chain (`G::defers`, innermost last) holds deferred calls
//! with their evaluated arguments and the index of the frame that
//! deferred them. The `_panic` chain (`G::panics`) holds the panics in
//! progress. Their invariants are written (and checked, in debug builds)
//! with the data, in `goroutine.rs`.
//!
//! The runtime instructions of defer, panic and recover are one function
//! each, called by both tiers (the interpreter loop and, for native code,
//! `jit_op`), with their operands at the top of the goroutine stack
//! (`Vm::sp`), as Go's compiler calls its runtime: [`Vm::deferproc`],
//! [`Vm::deferproc_stack`], [`Vm::deferreturn`], [`Vm::gopanic`],
//! [`Vm::gorecover`]; [`Vm::recovery`] resumes the recovering frame for
//! both tiers.
//!
//! **Invariant (no long jumps):** `gopanic` runs each deferred call in a
//! nested activation on top of the stack. When one recovers, `gopanic`
//! returns [`Unwind::Recovered`] naming the frame that deferred it; every
//! activation in between returns that status at once, and the activation
//! owning the frame resumes it at its deferreturn epilogue (`recovery`).

use crate::errors::RuntimeError;
use crate::goroutine::{Defer, DeferRecordKind, Panic};
use crate::heap::{ptr, ptr_handle, Scan};
use crate::op::Fresh;
use crate::types::FuncId;
use crate::types::{Type, TypeId};
use crate::vm::{Unwind, Vm, VmResult};
use smallvec::SmallVec;
use std::io::Write;

impl Vm {
    /// `deferproc` (`Op::Defer`, a defer in a loop): pops the closure and
    /// its `args` evaluated argument slots from the top of the stack into
    /// a heap record (its buffer from the goroutine's pool) of the current
    /// frame.
    pub(crate) fn deferproc(&mut self, args: u32) {
        self.new_defer_record(args, DeferRecordKind::Heap);
    }

    /// `deferprocStack` (`Op::DeferStack`): as [`Vm::deferproc`], for a
    /// record whose lifetime is the frame's (a defer not in a loop, or one
    /// of an open-coded function while it is interpreted).
    pub(crate) fn deferproc_stack(&mut self, args: u32) {
        self.new_defer_record(args, DeferRecordKind::Stack);
    }

    fn new_defer_record(&mut self, args: u32, kind: DeferRecordKind) {
        let at = self.sp - args as usize - 1;
        let frame = self.g.frames.len() as u32 - 1;
        self.push_defer(frame, at, args as usize, kind);
        self.sp = at;
        self.g.check_defer(self.g.defers.len() - 1);
    }

    /// Records a deferred call of the closure at stack index `at` with the
    /// `args` slots above it, for frame `frame` (`newdefer`: the argument
    /// buffer comes from the pool).
    pub(crate) fn push_defer(&mut self, frame: u32, at: usize, args: usize, kind: DeferRecordKind) {
        let closure = self.g.stack[at];
        let mut a = self.g.defer_pool.pop().unwrap_or_default();
        a.clear();
        a.extend_from_slice(&self.g.stack[at + 1..at + 1 + args]);
        self.g.defers.push(Defer {
            frame,
            closure,
            args: a,
            started: false,
            panic: None,
            kind,
        });
    }

    /// Returns a record's argument buffer to the pool (`freedefer`).
    fn free_defer(&mut self, d: Defer) {
        let mut a = d.args;
        if a.spilled() && self.g.defer_pool.len() < 64 {
            a.clear();
            self.g.defer_pool.push(a);
        }
    }

    /// `deferreturn` (`Op::DeferReturn`, at every exit of a function with
    /// defers), one call at a time: if the current frame has a record left
    /// (the innermost one), pops it and pushes its call's frame, which
    /// returns (discarding results) into the current frame, and returns
    /// the callee; `None` once the frame has none left. The interpreter
    /// runs the `DeferReturn` instruction again after each call; native
    /// code runs each call to completion and asks again.
    pub(crate) fn deferreturn(&mut self) -> VmResult<Option<FuncId>> {
        let frame = self.g.frames.len() as u32 - 1;
        if self.g.defers.last().is_none_or(|d| d.frame != frame) {
            return Ok(None);
        }
        let d = self.g.defers.pop().expect("a record of this frame");
        debug_assert!(
            d.kind != DeferRecordKind::Open,
            "deferreturn of frame {frame} found an open-coded record: \
             open-coded frames run their defers from deferBits"
        );
        if d.closure == 0 {
            self.free_defer(d);
            return Err(self.raise(RuntimeError::NilDeref));
        }
        let (func, _) = self.heap.closure(d.closure as u32);
        let ret = self.sp;
        let n = d.args.len();
        // The arguments may be more than the frame's operand stack holds.
        self.ensure_room(n)?;
        self.g.stack[self.sp..self.sp + n].copy_from_slice(&d.args);
        self.sp += n;
        let closure = d.closure as u32;
        self.free_defer(d);
        self.push_frame(func, n as u32, ret, closure, false)?;
        Ok(Some(func))
    }

    /// `gopanic` (`Op::Panic`): pops the panic value (an interface) from
    /// the top of the stack and panics with it; `fresh` says whether Go
    /// allocated its data word at the `panic` call (see [`Fresh`]).
    pub(crate) fn gopanic(&mut self, fresh: Fresh) -> Unwind {
        self.sp -= 2;
        let v = [self.g.stack[self.sp], self.g.stack[self.sp + 1]];
        self.panic_value(v, fresh.is_fresh(v[1]))
    }

    /// `gopanic` with value `v` (an interface; a runtime error's, a
    /// native's): runs the deferred calls until one recovers or the chain
    /// is empty (then the report, `fatalpanic`). `fresh`: as for
    /// [`Vm::gopanic`].
    pub(crate) fn panic_value(&mut self, v: [u64; 2], fresh: bool) -> Unwind {
        let v = if v[0] == 0 {
            // panic(nil) panics with *runtime.PanicNilError (Go 1.21+).
            self.runtime_error_value(RuntimeError::PanicNil)
        } else {
            v
        };
        self.g.panics.push(Panic {
            value: v,
            fresh,
            recovered: false,
            aborted: false,
            argp: None,
            goexit: false,
            start: self.g.frames.len().saturating_sub(1) as u32,
        });
        match self.run_deferred() {
            Some(u) => u,
            None => self.fatal_panic(),
        }
    }

    /// Go's `recovery`: resumes frame `frame`, whose deferred call
    /// recovered, at its deferreturn epilogue, which runs its remaining
    /// defers and returns its (named) results. Deeper frames are dropped
    /// and its operand stack is empty. An interpreted frame continues in
    /// `Vm::run`; a native one jumps to its deferreturn code
    /// (`jit_resume`).
    pub(crate) fn recovery(&mut self, frame: usize) {
        self.g.frames.truncate(frame + 1);
        self.g.check_no_defers_from(frame + 1);
        let f = self.g.frames[frame];
        let func = self.prog.func(f.func);
        let dr = func
            .deferreturn
            .expect("recovering frame has a deferreturn point");
        self.g.frames[frame].pc = dr;
        self.sp = (f.base + func.locals) as usize;
    }

    /// `runtime.Goexit`: runs every pending deferred call, then ends the
    /// goroutine. For the main goroutine that is Go's deadlock report.
    pub(crate) fn goexit(&mut self) -> Unwind {
        self.g.panics.push(Panic {
            value: [0, 0],
            fresh: false,
            recovered: false,
            aborted: false,
            argp: None,
            goexit: true,
            start: self.g.frames.len().saturating_sub(1) as u32,
        });
        let me = self.g.panics.len() - 1;
        loop {
            let (frames, sp) = (self.g.frames.len(), self.sp);
            match self.run_deferred() {
                // A panic recovered during the Goexit returns here: the
                // Goexit goes on (Go 1.21's "bypassed recovery").
                Some(Unwind::ResumeGoexit) => {
                    self.g.frames.truncate(frames);
                    self.g.check_no_defers_from(frames);
                    self.sp = sp;
                    self.g.panics.truncate(me + 1);
                    // The call it was running is gone.
                    self.g.panics[me].argp = None;
                }
                Some(u) => return u,
                None => break,
            }
        }
        let _ = self.stdout.flush();
        let _ = writeln!(
            self.stderr,
            "fatal error: no goroutines (main called runtime.Goexit) - deadlock!"
        );
        let _ = self.stderr.flush();
        Unwind::Exit(2)
    }

    /// The loop gopanic and Goexit share: runs the `_defer` chain for the
    /// innermost `_panic` until a call recovers (returns the status to
    /// propagate) or the chain is empty (`None`).
    fn run_deferred(&mut self) -> Option<Unwind> {
        let me = self.g.panics.len() - 1;
        let goexit = self.g.panics[me].goexit;
        self.add_one_open_defer_frame(self.g.frames.len());
        loop {
            self.g.check_running_panic(me);
            // A native's recovery point above the remaining defers catches
            // a panic (fmt's catchPanic).
            if let Some(cp) = self.g.catch_points.last_mut() {
                let above = self.g.defers.last().is_none_or(|d| d.frame < cp.frame);
                if !goexit && cp.value.is_none() && above {
                    cp.value = Some(self.g.panics[me].value);
                    let frame = cp.frame;
                    self.g.check_no_defers_from(frame as usize);
                    self.g.panics.pop();
                    while self.g.panics.last().is_some_and(|p| p.aborted) {
                        self.g.panics.pop();
                    }
                    self.g.sig &= !self.g.panics.is_empty();
                    self.remove_stale_open_records();
                    return Some(Unwind::Recovered {
                        frame,
                        catch_point: true,
                    });
                }
            }
            let d = self.g.defers.last_mut()?;
            if d.started {
                // An earlier panic (or Goexit) started this record: it is
                // aborted. A call record is dropped; an open-coded frame
                // goes on with its remaining defers.
                if let Some(p) = d.panic.take() {
                    if let Some(p) = self.g.panics.get_mut(p as usize) {
                        p.aborted = true;
                    }
                }
                if d.kind != DeferRecordKind::Open {
                    let d = self.g.defers.pop().unwrap();
                    self.free_defer(d);
                    continue;
                }
            }
            d.started = true;
            d.panic = Some(me as u32);
            let (frame, open) = (d.frame, d.kind == DeferRecordKind::Open);
            let (closure, args) = (d.closure, d.args.clone());
            self.g.check_defer(self.g.defers.len() - 1);
            let r = if open {
                self.run_open_defer_frame(frame as usize, me)
            } else {
                // argp: the frame the deferred call runs in.
                self.g.panics[me].argp = Some(self.g.frames.len() as u32);
                self.call_deferred(closure, &args).map(|()| true)
            };
            let done = match r {
                Ok(done) => done,
                Err(u) => return Some(u),
            };
            self.g.panics[me].argp = None;
            let recovered = self.g.panics[me].recovered;
            // After a recover, the native frame's deferreturn exit runs an
            // open-coded frame's remaining defers from its deferBits.
            if done || recovered {
                let d = self.g.defers.pop().expect("bad defer entry in panic");
                debug_assert!(
                    d.frame == frame && d.started,
                    "panic {me} finished the record of frame {frame} but the innermost is \
                     frame {}'s: the records its call made must be gone",
                    d.frame
                );
                self.free_defer(d);
            }
            if recovered {
                self.remove_stale_open_records();
                self.g.panics.pop();
                // Go 1.22+ `recovery`: unwind the panics that started in
                // the recovering frame or deeper; recovery may not jump
                // past a pending Goexit, which resumes instead.
                while let Some(p) = self.g.panics.last_mut() {
                    if p.start < frame {
                        break;
                    }
                    if p.goexit {
                        p.aborted = false;
                        return Some(Unwind::ResumeGoexit);
                    }
                    self.g.panics.pop();
                }
                // recovery: "if p == nil { gp.sig = 0 }".
                self.g.sig &= !self.g.panics.is_empty();
                return Some(Unwind::Recovered {
                    frame,
                    catch_point: false,
                });
            }
            if open {
                self.add_one_open_defer_frame(frame as usize);
            }
        }
    }

    /// Runs the deferred call of `closure` with `args`, discarding its
    /// results; a nil closure panics here, at the call, as in Go.
    pub(crate) fn call_deferred(&mut self, closure: u64, args: &[u64]) -> VmResult<()> {
        if closure == 0 {
            return Err(self.raise(RuntimeError::NilDeref));
        }
        self.call_closure(closure, args, false).map(|_| ())
    }

    /// `addOneOpenDeferFrame`: scans the frames below index `below`,
    /// innermost first, for the first one with open-coded defers pending
    /// (a native frame whose deferBits are set) and adds one
    /// [`DeferRecordKind::Open`] record for it, ordered by frame against the
    /// other records. The scan stops at a frame whose open record is
    /// already there; at an in-progress one it adds nothing, as Go 1.21.
    fn add_one_open_defer_frame(&mut self, below: usize) {
        let prog = self.prog.clone();
        // `at`: where a record for frame `fi` would go (after every record
        // of a shallower frame). It only moves down as `fi` does, so the
        // scan visits each record at most twice.
        let mut at = self.g.defers.len();
        for fi in (0..below).rev() {
            let mut own = None;
            while at > 0 && self.g.defers[at - 1].frame >= fi as u32 {
                let d = &self.g.defers[at - 1];
                if d.frame == fi as u32 {
                    own = Some(d.kind);
                    break;
                }
                at -= 1;
            }
            let f = self.g.frames[fi];
            let Some(od) = &prog.func(f.func).open_defers else {
                continue;
            };
            match own {
                Some(DeferRecordKind::Open) => return,
                // An interpreted activation: its defers are records.
                Some(_) => continue,
                None => {}
            }
            if self.g.stack[(f.base + od.bits_slot) as usize] == 0 {
                continue;
            }
            self.g.defers.insert(
                at,
                Defer {
                    frame: fi as u32,
                    closure: 0,
                    args: SmallVec::new(),
                    started: false,
                    panic: None,
                    kind: DeferRecordKind::Open,
                },
            );
            self.g.check_defer(at);
            return;
        }
    }

    /// `runOpenDeferFrame` for panic `me`: runs the pending open-coded
    /// defers of frame `frame`, highest bit first, clearing each bit
    /// before its call. Returns whether none is left (`done`); it stops
    /// early when a call recovers.
    fn run_open_defer_frame(&mut self, frame: usize, me: usize) -> VmResult<bool> {
        let prog = self.prog.clone();
        let f = self.g.frames[frame];
        let od = prog
            .func(f.func)
            .open_defers
            .as_ref()
            .expect("open-coded frame");
        let base = f.base as usize;
        let bits_at = base + od.bits_slot as usize;
        for i in (0..od.defers.len()).rev() {
            let bits = self.g.stack[bits_at];
            if bits & (1 << i) == 0 {
                continue;
            }
            self.g.stack[bits_at] = bits & !(1 << i);
            self.g.panics[me].argp = Some(self.g.frames.len() as u32);
            self.call_open_defer(frame, i)?;
            if self.g.panics[me].recovered {
                return Ok(self.g.stack[bits_at] == 0);
            }
        }
        Ok(true)
    }

    /// Calls open-coded defer `i` of frame `frame` (its bit already
    /// cleared): its closure and arguments from the funcdata slots.
    pub(crate) fn call_open_defer(&mut self, frame: usize, i: usize) -> VmResult<()> {
        let f = self.g.frames[frame];
        let od = self
            .prog
            .func(f.func)
            .open_defers
            .as_ref()
            .expect("funcdata");
        let (closure, first, n) = od.defers[i];
        let base = f.base as usize;
        let closure = self.g.stack[base + closure as usize];
        let at = base + first as usize;
        let args: SmallVec<[u64; 4]> = self.g.stack[at..at + n as usize].into();
        self.call_deferred(closure, &args)
    }

    /// After a recover: drops the open-coded records not yet started,
    /// innermost first, up to the first started record. Their frames run
    /// those defers at their own deferreturn exits.
    fn remove_stale_open_records(&mut self) {
        let mut i = self.g.defers.len();
        while i > 0 {
            i -= 1;
            let d = &self.g.defers[i];
            if d.started {
                break;
            }
            if d.kind == DeferRecordKind::Open {
                self.g.defers.remove(i);
            }
        }
    }

    /// `gorecover` (`Op::Recover`): pushes the current panic's value if
    /// called directly by the deferred call that the panic is running,
    /// once; nil otherwise.
    pub(crate) fn gorecover(&mut self) {
        let v = self.recover_value();
        self.g.stack[self.sp..self.sp + 2].copy_from_slice(&v);
        self.sp += 2;
    }

    /// The value `recover()` returns here (marking the panic recovered).
    fn recover_value(&mut self) -> [u64; 2] {
        // The deferred function is the first frame from argp on that is
        // not a wrapper (method value, interface adapter, promotion):
        // wrappers are transparent, as Go's WRAPPER functions adjust argp.
        let is_wrapper = |i: usize| self.prog.func(self.g.frames[i].func).wrapper;
        let mut caller = self.g.frames.len() - 1;
        // The only wrapper that calls recover itself is `defer recover()`'s
        // (`runtime.deferwrap.recover`): it recovers for the frame whose
        // deferreturn runs it, as gc's does (Go's test/recover.go test4);
        // run by the panic itself, it is the deferred call and not direct.
        if is_wrapper(caller) && caller > 0 {
            caller -= 1;
        }
        let direct = |argp: u32| {
            let base = argp as usize;
            base <= caller && (base..caller).all(is_wrapper) && !is_wrapper(caller)
        };
        self.g.check_argp();
        let allowed = match self.g.panics.last() {
            Some(p) => !p.goexit && !p.recovered && p.argp.is_some_and(direct),
            None => false,
        };
        match self.g.panics.last_mut() {
            Some(p) if allowed => {
                p.recovered = true;
                p.value
            }
            _ => [0, 0],
        }
    }

    /// Panics with a plain string value (as `panic("...")` in Go code).
    pub fn panic_with_string(&mut self, s: &str) -> Unwind {
        let d = self.string_iface_data(s.as_bytes());
        self.panic_value([crate::types::builtin::STRING.0 as u64, d], false)
    }

    /// The interface data word of a new string holding `s`: a box of its
    /// two slots (the boxing rule).
    pub fn string_iface_data(&mut self, s: &[u8]) -> u64 {
        let v = self.heap.new_string(s);
        self.box_iface_data(crate::types::builtin::STRING, &v)
    }

    /// The bytes of the string boxed at interface data word `data`.
    pub fn iface_string(&self, data: u64) -> &[u8] {
        let b = self.load_value(crate::types::builtin::STRING, data);
        self.heap.string([b[0], b[1]])
    }

    /// The interface value of runtime error `e` (a `runtime.Error`).
    pub fn runtime_error_value(&mut self, e: RuntimeError) -> [u64; 2] {
        match &e {
            RuntimeError::PanicNil => {
                let b = self.heap.alloc_mem(8, Scan::None);
                [self.prog.panic_nil_error_type.0 as u64, ptr(b, 0)]
            }
            RuntimeError::TypeAssertion(s) => {
                // A *TypeAssertionError: a box of its one string field.
                let d = self.string_iface_data(s.as_bytes());
                [self.prog.type_assertion_error_type.0 as u64, d]
            }
            e => {
                let ty = if e.is_plain() {
                    self.prog.plain_error_type
                } else if matches!(e, RuntimeError::Index { .. } | RuntimeError::SliceBounds(_)) {
                    self.prog.bounds_error_type
                } else {
                    self.prog.runtime_error_type
                };
                let msg = e.message();
                // Go raises fixed-text errors from static values, so two
                // such panics carry the identical interface (which the
                // `[recovered, repanicked]` report notices).
                let h = if e.is_static() {
                    match self.static_errors.iter().find(|(m, _)| *m == msg) {
                        Some(&(_, h)) => h,
                        None => {
                            let h = self.string_iface_data(msg.as_bytes());
                            self.static_errors.push((msg, h));
                            h
                        }
                    }
                } else {
                    self.string_iface_data(msg.as_bytes())
                };
                [ty.0 as u64, h]
            }
        }
    }

    /// A fatal runtime error (`throw`): Go's `fatal error: msg` report,
    /// exit 2; deferred calls do not run.
    #[cold]
    pub(crate) fn fatal_error(&mut self, msg: &str) -> Unwind {
        let _ = self.stdout.flush();
        let trace = self.traceback();
        let _ = write!(self.stderr, "fatal error: {msg}\n\n{trace}");
        let _ = self.stderr.flush();
        Unwind::Exit(2)
    }

    /// An allocation of `bytes` failed: Go's fatal out-of-memory report
    /// (deferred calls do not run, exit status 2), as
    /// [`Unwind::OutOfMemory`] so that embedders can tell it apart.
    #[cold]
    pub fn out_of_memory(&mut self, bytes: u64) -> Unwind {
        // Go's heap reserves address space first (47 bits): a block beyond
        // it fails there (mheap.grow's report, then mcache's throw), a
        // smaller one when mapped (sysMap's throw).
        let msg = if bytes >= 1 << 47 {
            let _ = self.stdout.flush();
            let _ = writeln!(
                self.stderr,
                "runtime: out of memory: cannot allocate {bytes}-byte block"
            );
            "out of memory"
        } else {
            "runtime: out of memory"
        };
        self.fatal_error(msg);
        Unwind::OutOfMemory
    }

    /// Runtime error for a stack overflow: Go's fatal report, exit 2.
    #[cold]
    pub(crate) fn stack_overflow(&mut self) -> Unwind {
        let _ = self.stdout.flush();
        let trace = self.traceback();
        let _ = write!(
            self.stderr,
            "runtime: goroutine stack exceeds 1000000000-byte limit\nfatal error: stack overflow\n\n{trace}"
        );
        let _ = self.stderr.flush();
        Unwind::Exit(2)
    }

    /// Prints the panic chain and the traceback, as Go's `fatalpanic`.
    fn fatal_panic(&mut self) -> Unwind {
        let _ = self.stdout.flush();
        // Bytes, not text: Go prints a string's bytes as they are, even
        // when they are not UTF-8.
        let mut report: Vec<u8> = Vec::new();
        let panics = self.g.panics.clone();
        // preprintpanics: call Error()/String() first; a panic inside one
        // is fatal ("panic while printing panic value").
        let mut texts = Vec::with_capacity(panics.len());
        for p in &panics {
            if p.goexit {
                texts.push(Vec::new());
                continue;
            }
            match self.panic_value_text(p.value) {
                Ok(t) => texts.push(t),
                Err(PrintFail::Exit(u)) => return u,
                Err(PrintFail::Panicked(pv)) => {
                    let what = if pv[0] == crate::types::builtin::STRING.0 as u64 {
                        self.iface_string(pv[1]).to_vec()
                    } else {
                        format!("type {}", self.prog.types.name(TypeId(pv[0] as u32))).into_bytes()
                    };
                    let trace = self.traceback();
                    let _ = self
                        .stderr
                        .write_all(b"fatal error: panic while printing panic value: ");
                    let _ = self.stderr.write_all(&what);
                    let _ = write!(self.stderr, "\n{}\n{trace}", self.signal_line());
                    let _ = self.stderr.flush();
                    return Unwind::Exit(2);
                }
            }
        }
        // preprintpanics: a panic re-raising the very value of the panic
        // below it marks that one "repanicked", and is not printed itself.
        let repanicked: Vec<bool> = (0..panics.len())
            .map(|i| {
                panics
                    .get(i + 1)
                    .is_some_and(|next| next.value == panics[i].value && !next.fresh)
            })
            .collect();
        // printpanics, oldest first.
        for (i, p) in panics.iter().enumerate() {
            if i > 0 && repanicked[i - 1] {
                continue;
            }
            if i > 0 && !panics[i - 1].goexit {
                report.push(b'\t');
            }
            if p.goexit {
                continue;
            }
            report.extend_from_slice(b"panic: ");
            report.extend_from_slice(&texts[i]);
            if p.recovered && repanicked[i] {
                report.extend_from_slice(b" [recovered, repanicked]");
            } else if p.recovered {
                report.extend_from_slice(b" [recovered]");
            }
            report.push(b'\n');
        }
        report.extend_from_slice(self.signal_line().as_bytes());
        let trace = self.traceback();
        let _ = self.stderr.write_all(&report);
        let _ = write!(self.stderr, "\n{trace}");
        let _ = self.stderr.flush();
        let newest = panics.iter().rposition(|p| !p.goexit);
        let (value, message) = match newest {
            Some(i) => (self.embedder_value(panics[i].value), texts[i].clone()),
            None => (PanicValue::Other(String::new()), Vec::new()),
        };
        Unwind::Panicked(Box::new(PanicReport {
            report: String::from_utf8_lossy(&report).into_owned(),
            value,
            message: String::from_utf8_lossy(&message).into_owned(),
            frames: self.frames(),
        }))
    }

    /// Panic value `v` (an interface) for the embedder.
    fn embedder_value(&self, v: [u64; 2]) -> PanicValue {
        let ty = TypeId(v[0] as u32);
        let types = &self.prog.types;
        if self
            .prog
            .find_method(ty, self.prog.method_id("Error").unwrap_or(u32::MAX))
            .is_some()
        {
            return PanicValue::Error;
        }
        match types.under(ty) {
            Type::Int(k) if k.signed() => PanicValue::Int(v[1] as i64),
            Type::Int(_) => PanicValue::Uint(v[1]),
            Type::Float64 | Type::Float32 => PanicValue::Float(f64::from_bits(v[1])),
            Type::Bool => PanicValue::Bool(v[1] != 0),
            Type::String => {
                PanicValue::String(String::from_utf8_lossy(self.iface_string(v[1])).into_owned())
            }
            _ => PanicValue::Other(types.name(ty)),
        }
    }

    /// The goroutine's frames, innermost first: function, file, line.
    pub fn frames(&self) -> Vec<(String, String, u32)> {
        self.g
            .frames
            .iter()
            .rev()
            .map(|f| {
                let func = self.prog.func(f.func);
                let pc = (f.pc as usize).saturating_sub(1);
                let line = func.lines.get(pc).copied().unwrap_or(func.line);
                let file = self.prog.files.get(func.file as usize);
                let file = file.map_or("?", String::as_str).to_string();
                (func.name.clone(), file, line)
            })
            .collect()
    }

    /// The `[signal ...]` line `dopanic_m` prints while `gp.sig` is set
    /// (the fault address and pc are not modelled), else "".
    fn signal_line(&self) -> &'static str {
        if self.g.sig {
            "[signal SIGSEGV: segmentation violation]\n"
        } else {
            ""
        }
    }

    /// `printpanicval`: how an unrecovered panic shows its value.
    pub fn panic_value_text(&mut self, v: [u64; 2]) -> Result<Vec<u8>, PrintFail> {
        let ty = TypeId(v[0] as u32);
        if v[0] == 0 {
            return Ok(b"nil".to_vec());
        }
        // preprintpanics: errors and Stringers become their text, which
        // then prints as a string. The call is protected: a panic in it
        // is reported, not recursed into.
        for m in ["Error", "String"] {
            if let Some(f) = self.prog.string_method(ty, m) {
                return match self.call_protected(f, &[v[1]]) {
                    Ok(Ok(r)) => Ok(indented(self.heap.string([r[0], r[1]]))),
                    Ok(Err(pv)) => Err(PrintFail::Panicked(pv)),
                    Err(u) => Err(PrintFail::Exit(u)),
                };
            }
        }
        // printpanicval: the predeclared types print as `print` does;
        // printanycustomtype: named ones as `T(v)`, others `(T) 0xaddr`.
        let named = self.prog.types.named(ty).is_some();
        let name = self.prog.types.name(ty);
        let is_string = matches!(self.prog.types.under(ty), Type::String);
        Ok(match (self.basic_text(ty, v[1]), named) {
            (Some(s), false) if is_string => indented(&s),
            (Some(s), false) => s,
            (Some(s), true) if is_string => {
                [format!("{name}(\"").as_bytes(), &indented(&s), b"\")"].concat()
            }
            (Some(s), true) => [format!("{name}(").as_bytes(), &s, b")"].concat(),
            (None, _) => format!(
                "({name}) {:#x}",
                ptr_handle(v[1]) as u64 * 16 + 0xc000010000
            )
            .into_bytes(),
        })
    }

    /// Go's `print` rendering of a basic-kind value, if `ty` is basic
    /// (strings as their bytes, valid UTF-8 or not).
    pub fn basic_text(&self, ty: TypeId, w: u64) -> Option<Vec<u8>> {
        Some(match self.prog.types.under(ty) {
            Type::Bool => (w != 0).to_string().into_bytes(),
            Type::Int(k) if k.signed() => (w as i64).to_string().into_bytes(),
            Type::Int(_) => w.to_string().into_bytes(),
            Type::Float64 => print_float(f64::from_bits(w), 64).into_bytes(),
            Type::Float32 => print_float(f64::from_bits(w), 32).into_bytes(),
            Type::String => self.iface_string(w).to_vec(),
            _ => return None,
        })
    }

    /// A Go-style traceback of the current goroutine (not compared by the
    /// conformance harness, but useful to read).
    pub fn traceback(&self) -> String {
        let mut s = String::from("goroutine 1 [running]:\n");
        // Like Go: at most 50 innermost and 50 outermost frames.
        let frames = self.frames();
        let n = frames.len();
        for (i, (name, file, line)) in frames.iter().enumerate() {
            if n > 100 && i >= 50 && i < n - 50 {
                if i == 50 {
                    s.push_str("...additional frames elided...\n");
                }
                continue;
            }
            s.push_str(&format!("{name}(...)\n\t{file}:{line}\n"));
        }
        s
    }
}

/// An unrecovered panic, as an embedder gets it.
#[derive(Clone, Debug, PartialEq)]
pub struct PanicReport {
    /// What Go prints before the goroutine trace (`panic: ...` lines).
    pub report: String,
    /// The panic value (the newest panic's), as a Rust value where it
    /// converts.
    pub value: PanicValue,
    /// Go's text of the value, as printed after `panic: ` (an error's
    /// `Error()`, a `Stringer`'s `String()`, `fmt.Print`'s text of the
    /// rest).
    pub message: String,
    /// The goroutine's frames, innermost first: function, file, line.
    pub frames: Vec<(String, String, u32)>,
}

/// A panic value converted for the embedder.
#[derive(Clone, Debug, PartialEq)]
pub enum PanicValue {
    /// A value of a signed integer type.
    Int(i64),
    /// A value of an unsigned integer type.
    Uint(u64),
    /// A `float64` or `float32`.
    Float(f64),
    /// A `bool`.
    Bool(bool),
    /// A value of a string type (not UTF-8: lossily).
    String(String),
    /// An `error` (its `Error()` text is the message), a runtime error
    /// included.
    Error,
    /// Anything else (its type as Go names it); the message has its text.
    Other(String),
}

/// Why a panic value could not be turned into text.
#[derive(Debug)]
pub enum PrintFail {
    /// Its `Error`/`String` method panicked with this value.
    Panicked([u64; 2]),
    /// Its method ended the program (`os.Exit`, Goexit).
    Exit(Unwind),
}

/// Go's `printindented`: every newline is followed by a tab.
fn indented(s: &[u8]) -> Vec<u8> {
    let mut out = Vec::with_capacity(s.len());
    for &b in s {
        out.push(b);
        if b == b'\n' {
            out.push(b'\t');
        }
    }
    out
}

/// Go's `print`/`println` float format (since Go 1.25: `%g` with the
/// shortest digits, e.g. `3.5`, `1e+100`).
pub fn print_float(v: f64, bits: u32) -> String {
    crate::fmtcore::strconv::format_float(v, b'g', -1, bits)
}

#[cfg(test)]
mod tests;
