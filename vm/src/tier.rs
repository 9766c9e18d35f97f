//! The interface between the interpreter and a native tier (the JIT).
//!
//! A compiled function is a [`NativeEntry`]. The interpreter enters it
//! right after pushing the callee's frame, exactly where it would start
//! interpreting pc 0, so native frames have the same [`Frame`] header and
//! slot layout as interpreted ones (one stack, one walker). Native code
//! keeps its locals and operand stack in the frame's slots and calls other
//! functions through [`jit_call`], which returns a status instead of
//! unwinding: recovery never long-jumps over native frames.
//!
//! **Invariant (status, not jumps):** a native function returns
//! [`NATIVE_UNWIND`] when anything it called failed; the failure waits in
//! `Vm::pending_unwind` and the interpreter re-raises it after truncating
//! nothing: frames are cleaned up by whoever recovers, as for interpreted
//! frames.
//!
//! **Invariant (bounded native recursion):** native code recurses on the
//! machine stack, directly (a native call of a native callee) and through
//! Rust (`jit_call`). A direct call needs the machine stack above
//! `Vm::native_stack_limit` (at most [`NATIVE_STACK_BUDGET`] below the
//! outermost native entry), a Rust entry fewer than [`MAX_NATIVE_DEPTH`]
//! nested activations and the same limit; otherwise the call is
//! interpreted (the interpreter's own calls do not recurse), so Go
//! recursion depth is bounded only by the goroutine stack limit, never by
//! the machine stack.
//!
//! [`Frame`]: crate::goroutine::Frame

use crate::op::Op;
use crate::program::Program;
use crate::types::FuncId;
use crate::vm::{Unwind, Vm, VmResult};

/// Compiled code of one function. `base` points at the frame's slot 0 in
/// `G::stack`; execution starts at bytecode instruction `pc` (0 for a
/// call, a loop header for on-stack replacement: the operand stack is
/// already in the frame's slots at the depth the verifier gives `pc`).
/// `frame` is the frame's index in `G::frames` (the innermost). Returns
/// [`NATIVE_UNWIND`], or `(n << 32) | (1 + at)`: the function returned
/// its `n` result slots, found at slots `at..at + n` of its frame (the
/// JIT's code always puts them at slot 0, where a native caller that
/// pushed the frame finds them without copying).
pub type NativeEntry =
    unsafe extern "sysv64" fn(vm: *mut Vm, base: *mut u64, pc: u32, frame: usize) -> u64;

/// A compiled function's two entry points.
#[derive(Clone, Copy, Debug)]
pub struct NativeCode {
    /// Where Rust enters it ([`NativeEntry`]).
    pub entry: NativeEntry,
    /// Where native code calls it directly ([`NativeEnv::entries`]), with
    /// the JIT's own convention: the caller has pushed the frame header
    /// (unless the callee is lazy: see [`jit_materialize`]) and set the
    /// callee's frame registers; the callee returns the
    /// `NativeEntry` status and keeps only the VM register (the JIT
    /// documents the registers).
    pub direct: usize,
}

/// What a native function returns when a callee failed (the `Unwind` is in
/// `Vm::pending_unwind`).
pub const NATIVE_UNWIND: u64 = 0;

/// Native activations entered from Rust, nested on the machine stack,
/// before calls fall back to the interpreter.
pub const MAX_NATIVE_DEPTH: u32 = 200;

/// Machine stack bytes native code may use below its outermost entry
/// (a direct native call takes 16 bytes, 8 for a lazy callee): embedders' threads need this
/// plus what `MAX_NATIVE_DEPTH` Rust activations take.
pub const NATIVE_STACK_BUDGET: usize = 256 << 10;

/// Machine stack bytes kept free below every Rust re-entry into Go code
/// (`Vm::run_pushed`): what the interpreter, a native and native code's
/// budget may take before the next re-entry checks again.
pub const HOST_STACK_RESERVE: usize = 384 << 10;

/// The lowest address of the current thread's machine stack, where the
/// system says (Linux); 0 where it does not.
pub(crate) fn thread_stack_low() -> usize {
    #[cfg(target_os = "linux")]
    {
        let mut attr = std::mem::MaybeUninit::<libc::pthread_attr_t>::uninit();
        let (mut addr, mut size) = (std::ptr::null_mut(), 0usize);
        // SAFETY: `attr` is initialized by `pthread_getattr_np` before it
        // is read, and destroyed once.
        unsafe {
            if libc::pthread_getattr_np(libc::pthread_self(), attr.as_mut_ptr()) != 0 {
                return 0;
            }
            let r = libc::pthread_attr_getstack(attr.as_ptr(), &mut addr, &mut size);
            libc::pthread_attr_destroy(attr.as_mut_ptr());
            if r != 0 {
                return 0;
            }
        }
        addr as usize
    }
    #[cfg(not(target_os = "linux"))]
    0
}

/// The current machine stack address, roughly.
#[inline(always)]
fn stack_address() -> usize {
    let marker = 0u8;
    std::ptr::addr_of!(marker) as usize
}

/// Addresses of the running VM that compiled code may embed.
///
/// **Invariant:** they stay valid for the VM's life: the globals object
/// is allocated once with its final size and never resized.
#[derive(Clone, Copy, Debug)]
pub struct NativeEnv {
    /// Global slot 0 (`Program::globals_handle`'s slots).
    pub globals: *mut u64,
    /// Per function, its direct entry ([`NativeCode::direct`]) once
    /// compiled, else 0 (allocated once per VM, never moved).
    pub entries: *const usize,
    /// Per function, its static closure handle (`Heap::static_closure`);
    /// made for every capture-free `MakeClosure` of a function before it
    /// is compiled (never moved).
    pub static_closures: *const u32,
    /// Whether the code polls for a stop request at function entries and
    /// loop headers (`crate::stop`; `Config::interruptible`).
    pub polls: bool,
    /// Whether those polls also spend fuel (`Config::fuel`).
    pub fuel: bool,
}

impl NativeEnv {
    /// An environment for code that is only listed, never run.
    pub fn detached() -> Self {
        NativeEnv {
            globals: std::ptr::null_mut(),
            entries: std::ptr::null(),
            static_closures: std::ptr::null(),
            polls: false,
            fuel: false,
        }
    }
}

/// Byte offsets of the VM state native code reads and writes itself:
/// from the `Vm` (in `r12`) to the frame stack's fields, the slot stack's
/// bounds and the native stack limit; within a `Frame`, its fields.
#[derive(Clone, Copy, Debug)]
pub struct NativeLayout {
    /// `Frames::ptr`.
    pub frames_ptr: i32,
    /// `Frames::len`.
    pub frames_len: i32,
    /// `Frames::limit` (pushes below it need no growth).
    pub frames_limit: i32,
    /// `G::stack_bounds[0]`, the slot stack's buffer.
    pub stack_ptr: i32,
    /// `G::stack_bounds[1]`, its end.
    pub stack_end: i32,
    /// `Vm::native_stack_limit`.
    pub stack_limit: i32,
    /// `Vm::stop_word`: native code stops when the word it points at is
    /// nonzero (`crate::stop`).
    pub stop_word: i32,
    /// `Vm::fuel`.
    pub fuel: i32,
    /// The heap's object table pointer (`Heap::OBJS_OFFSET`; an object's
    /// storage address is at `OBJ_ENTRY_SIZE * h + OBJ_ADDR_OFFSET` in
    /// it).
    pub objs: i32,
    /// Size of a `Frame`.
    pub frame_size: i32,
    /// `Frame::func`.
    pub frame_func: i32,
    /// `Frame::pc`.
    pub frame_pc: i32,
    /// `Frame::base`.
    pub frame_base: i32,
    /// `Frame::ret`.
    pub frame_ret: i32,
    /// `Frame::closure`.
    pub frame_closure: i32,
    /// `Frame::keep_results`.
    pub frame_keep: i32,
}

/// The layout native code is compiled against.
pub fn native_layout() -> NativeLayout {
    use crate::frames::Frames;
    use crate::goroutine::{Frame, G};
    use std::mem::{offset_of, size_of};
    let g = offset_of!(Vm, g);
    let frames = g + offset_of!(G, frames);
    let bounds = g + offset_of!(G, stack_bounds);
    let i = |x: usize| x as i32;
    NativeLayout {
        frames_ptr: i(frames + Frames::PTR_OFFSET),
        frames_len: i(frames + Frames::LEN_OFFSET),
        frames_limit: i(frames + Frames::LIMIT_OFFSET),
        stack_ptr: i(bounds),
        stack_end: i(bounds + size_of::<*mut u64>()),
        stack_limit: i(offset_of!(Vm, native_stack_limit)),
        objs: i(offset_of!(Vm, heap) + crate::heap::Heap::OBJS_OFFSET),
        stop_word: i(offset_of!(Vm, stop_word)),
        fuel: i(offset_of!(Vm, fuel)),
        frame_size: i(size_of::<Frame>()),
        frame_func: i(offset_of!(Frame, func)),
        frame_pc: i(offset_of!(Frame, pc)),
        frame_base: i(offset_of!(Frame, base)),
        frame_ret: i(offset_of!(Frame, ret)),
        frame_closure: i(offset_of!(Frame, closure)),
        frame_keep: i(offset_of!(Frame, keep_results)),
    }
}

/// A compiler the interpreter asks for native code when a function gets
/// hot (the JIT, or a test double).
pub trait Tier {
    /// Compiles `func` for the VM described by `env`, or `None` when it
    /// cannot (the function then stays interpreted for good).
    fn compile(&mut self, prog: &Program, func: FuncId, env: &NativeEnv) -> Option<NativeCode>;

    /// The lazy call site whose native call returns to address `ret` (see
    /// [`jit_materialize`]); `None` for any other address.
    fn call_site(&self, ret: usize) -> Option<CallSite> {
        let _ = ret;
        None
    }
}

/// A native call that pushes no frame header (a *lazy* call site): what
/// [`jit_materialize`] needs to write the header later.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct CallSite {
    /// The bytecode pc of the call in the caller.
    pub pc: u32,
    /// The callee (a direct call: always the same function).
    pub callee: FuncId,
    /// The caller's slot where the callee's frame starts.
    pub first: u32,
    /// Code address to return through once the header exists: it drops
    /// the header (truncates `G::frames` to the callee's index) and goes
    /// on where the call returns to.
    pub tramp: usize,
}

/// Per-function tier-up state.
#[derive(Clone, Copy, Debug, Default)]
pub(crate) enum Tiering {
    /// Interpreted; counts calls until the threshold.
    #[default]
    Cold,
    /// Compiled.
    Native(NativeEntry),
    /// The tier declined it.
    Never,
}

/// The native tier attached to a VM.
pub(crate) struct TierState {
    pub(crate) tier: Box<dyn Tier>,
    /// Calls before a function is compiled (0: on its first call).
    pub(crate) threshold: u32,
    pub(crate) state: Vec<Tiering>,
    pub(crate) counts: Vec<u32>,
    /// Entry addresses by function ([`NativeEnv::entries`]).
    pub(crate) entries: Box<[usize]>,
}

impl Vm {
    /// Attaches a native tier: a function is compiled on its
    /// `threshold`-th call (0 compiles on the first call).
    pub fn set_tier(&mut self, tier: Box<dyn Tier>, threshold: u32) {
        let n = self.prog.funcs.len();
        self.tier = Some(Box::new(TierState {
            tier,
            threshold,
            state: vec![Tiering::Cold; n],
            counts: vec![0; n],
            entries: vec![0; n].into_boxed_slice(),
        }));
    }

    /// The native code to run for a call of `func`, counting the call and
    /// compiling at the threshold.
    #[inline]
    pub(crate) fn native_entry(&mut self, func: FuncId) -> Option<NativeEntry> {
        let room = self.native_room();
        let t = self.tier.as_deref_mut()?;
        let i = func.0 as usize;
        match t.state[i] {
            Tiering::Native(e) if room => Some(e),
            Tiering::Cold => {
                t.counts[i] += 1;
                if t.counts[i] <= t.threshold {
                    return None;
                }
                let prog = self.prog.clone();
                let globals = self.heap.words_mut(prog.globals_handle()).as_mut_ptr();
                let static_closures = self.heap.static_closure_table(prog.funcs.len());
                for op in &prog.func(func).code {
                    if let Op::MakeClosure { func, n: 0 } = *op {
                        self.heap.static_closure(func);
                    }
                }
                let t = self.tier.as_deref_mut()?;
                let env = NativeEnv {
                    globals,
                    entries: t.entries.as_ptr(),
                    static_closures,
                    polls: self.interruptible || self.fuel_on,
                    fuel: self.fuel_on,
                };
                match t.tier.compile(&prog, func, &env) {
                    Some(NativeCode { entry: e, direct }) => {
                        t.state[i] = Tiering::Native(e);
                        t.entries[i] = direct;
                        // This very call runs the new code.
                        room.then_some(e)
                    }
                    None => {
                        t.state[i] = Tiering::Never;
                        None
                    }
                }
            }
            _ => None,
        }
    }

    /// Whether native code may be entered from Rust here (see the
    /// bounded-recursion invariant).
    #[inline]
    fn native_room(&self) -> bool {
        self.native_depth == 0
            || (self.native_depth < MAX_NATIVE_DEPTH && stack_address() > self.native_stack_limit)
    }

    /// Runs the innermost frame (`entry`'s function) in native code from
    /// instruction `pc` and returns from it as `Return` does. (A function
    /// with defers resumes itself at its deferreturn exit when a deferred
    /// call recovers for it: see [`jit_resume`].)
    pub(crate) fn run_native(&mut self, entry: NativeEntry, pc: u32) -> VmResult<()> {
        let me = self.g.frames.len() - 1;
        let fr = self.g.frames[me];
        let base = fr.base as usize;
        // SAFETY: `push_frame` reserved `locals + max_stack` slots from
        // `base`; the compiled code stays within them (the verifier's
        // bounds) and re-reads the stack address after every call.
        if self.native_depth == 0 {
            self.native_stack_limit = stack_address()
                .saturating_sub(NATIVE_STACK_BUDGET)
                .max(self.host_stack_floor);
        }
        let status = unsafe {
            let p = self.g.stack.as_mut_ptr().add(base);
            self.native_depth += 1;
            let s = entry(self, p, pc, me);
            self.native_depth -= 1;
            s
        };
        if status == NATIVE_UNWIND {
            return match self.pending_unwind.take() {
                Some(
                    u @ Unwind::Recovered {
                        frame,
                        catch_point: true,
                    },
                ) if frame as usize == me => {
                    // Back to the native that protected this call.
                    self.g.frames.truncate(me);
                    Err(u)
                }
                Some(u) => Err(u),
                None => unreachable!("native code unwound without a pending failure"),
            };
        }
        let n = (status >> 32) as usize;
        let at = base + (status as u32 - 1) as usize;
        self.g.frames.pop();
        self.g.check_no_defers_from(me);
        let ret = fr.ret as usize;
        if fr.keep_results {
            if n == 1 {
                self.g.stack[ret] = self.g.stack[at];
            } else {
                self.g.stack.copy_within(at..at + n, ret);
            }
            self.sp = ret + n;
        } else {
            self.sp = ret;
        }
        Ok(())
    }

    /// Runs the frame just pushed for `func` to its return: natively when
    /// it is compiled, else in a nested interpreter activation.
    ///
    /// **Invariant (bounded host stack):** every re-entry from Rust into
    /// Go code (a native calling Go, a deferred call run by a panic, an
    /// embedder's call) passes here, and fails with Go's stack overflow
    /// when less than [`HOST_STACK_RESERVE`] of the thread's machine
    /// stack is left, so deep callbacks never overflow the host's stack.
    pub(crate) fn run_pushed(&mut self, func: FuncId) -> VmResult<()> {
        if stack_address() < self.host_stack_floor {
            return Err(self.stack_overflow());
        }
        match self.native_entry(func) {
            Some(e) => self.run_native(e, 0),
            None => {
                let depth = self.g.frames.len() - 1;
                self.run(depth)
            }
        }
    }
}

/// The caller's (possibly moved) slot 0 after a runtime call from native
/// code, or null with the failure parked in `Vm::pending_unwind`.
fn native_status(vm: &mut Vm, r: VmResult<()>) -> *mut u64 {
    match r {
        Ok(()) => {
            let base = vm.g.frames.last().expect("caller frame").base as usize;
            // SAFETY: `base` is within the stack.
            unsafe { vm.g.stack.as_mut_ptr().add(base) }
        }
        Err(u) => {
            vm.pending_unwind = Some(u);
            std::ptr::null_mut()
        }
    }
}

/// Called by native code for the call instruction at bytecode `pc`
/// (`Call`, `CallClosure` or `CallIface`) whose operands end at slot `top`
/// of the caller's frame. Runs the callee (natively or interpreted) and
/// returns the caller's (possibly moved) slot 0, or null when the callee
/// failed (the failure is in `Vm::pending_unwind`).
///
/// # Safety
/// `vm` must be the running VM, called from native code of its innermost
/// frame.
pub unsafe extern "sysv64" fn jit_call(vm: *mut Vm, pc: u32, top: u32) -> *mut u64 {
    // SAFETY: the caller passes the VM that entered it; no other
    // reference to it is live while native code runs.
    let vm = unsafe { &mut *vm };
    let r = vm.jit_call(pc, top as usize);
    native_status(vm, r)
}

/// Called by native code for an instruction it leaves to the runtime (a
/// value, slow-path or runtime instruction: `value_ops`, `slow_ops`,
/// `runtime_ops` in `op.rs`): the instruction at bytecode `pc` of the running
/// function, with the operand stack ending at frame slot `top`. Returns
/// the frame's (possibly moved) slot 0, or null when it raised (the
/// failure is in `Vm::pending_unwind`).
///
/// # Safety
/// As [`jit_call`].
pub unsafe extern "sysv64" fn jit_op(vm: *mut Vm, pc: u32, top: u32) -> *mut u64 {
    // SAFETY: as in `jit_call`.
    let vm = unsafe { &mut *vm };
    let r = vm.jit_op(pc, top as usize);
    native_status(vm, r)
}

/// Called by native code at a loop header or function entry (bytecode
/// `pc`) when a stop was requested (`crate::stop`). Returns as
/// [`jit_op`]: the frame's slot 0, or null to unwind.
///
/// # Safety
/// As [`jit_call`].
pub unsafe extern "sysv64" fn jit_poll(vm: *mut Vm, pc: u32, _: u32) -> *mut u64 {
    // SAFETY: as in `jit_call`.
    let vm = unsafe { &mut *vm };
    if let Some(fr) = vm.g.frames.last_mut() {
        fr.pc = pc + 1;
    }
    let r = vm.poll_stop();
    native_status(vm, r)
}

/// Called by native code for a test instruction that may branch
/// (`TypeSwitchCase`, `StrIterNext`, `MapIterNext`) at bytecode `pc`,
/// the operand stack ending at frame slot `top`. Returns the frame's
/// (possibly moved) slot 0 with bit 0 set when the branch is taken; these
/// instructions never fail.
///
/// # Safety
/// As [`jit_call`].
pub unsafe extern "sysv64" fn jit_branch(vm: *mut Vm, pc: u32, top: u32) -> *mut u64 {
    // SAFETY: as in `jit_call`.
    let vm = unsafe { &mut *vm };
    let fr = vm.g.frames.last_mut().expect("frame");
    fr.pc = pc + 1;
    let base = fr.base as usize;
    let op = vm.prog.func(fr.func).code[pc as usize];
    let sp = base + top as usize;
    let taken = match op {
        op @ slow_test_ops!() => {
            vm.sp = sp;
            let r = vm.exec_slow(op, base);
            matches!(r, Ok(Some(_)))
        }
        op @ test_ops!() => vm.exec_test(op, base, sp).1,
        op @ (interp_ops!() | value_ops!() | slow_ops!() | call_ops!() | runtime_ops!()) => {
            unreachable!("{} does not branch through jit_branch", op.name())
        }
    };
    // SAFETY: `base` is within the stack; slots are 8-byte aligned, so
    // bit 0 is free.
    unsafe { vm.g.stack.as_mut_ptr().add(base).byte_add(taken as usize) }
}

/// Called by the unwind exit of native code with defers, running frame
/// `frame`: if the pending failure is a recovery for this very frame, the
/// frame resumes (deeper frames are dropped) and the result is its slot 0,
/// where the code continues at its deferreturn exit; otherwise null (the
/// failure stays pending and the code returns [`NATIVE_UNWIND`]).
///
/// # Safety
/// As [`jit_call`].
pub unsafe extern "sysv64" fn jit_resume(vm: *mut Vm, frame: usize) -> *mut u64 {
    // SAFETY: as in `jit_call`.
    let vm = unsafe { &mut *vm };
    match vm.pending_unwind {
        Some(Unwind::Recovered {
            frame: f,
            catch_point: false,
        }) if f as usize == frame => {
            vm.pending_unwind = None;
            vm.recovery(frame);
            let base = vm.g.frames[frame].base as usize;
            // SAFETY: `base` is within the stack.
            unsafe { vm.g.stack.as_mut_ptr().add(base) }
        }
        _ => std::ptr::null_mut(),
    }
}

/// Called by native code at the deferreturn exit of a function with
/// open-coded defers (bytecode `pc`), for defer `i` whose bit the code
/// just cleared: calls its closure with its arguments from the frame's
/// funcdata slots. Returns as [`jit_op`].
///
/// # Safety
/// As [`jit_call`].
pub unsafe extern "sysv64" fn jit_open_defer(vm: *mut Vm, pc: u32, i: u32) -> *mut u64 {
    // SAFETY: as in `jit_call`.
    let vm = unsafe { &mut *vm };
    let r = vm.jit_open_defer(pc, i as usize);
    native_status(vm, r)
}

/// Called by the cold paths of native code whose own frame header may
/// not exist yet (*lazy* frames, see the invariant below) before any
/// other helper: writes the headers of the innermost frames, up to index
/// `top` (the caller's own), that do not exist yet.
///
/// **Invariant (lazy headers):** `G::frames[..len]` are exact headers.
/// Frames `len..=top` are native frames whose callers made lazy calls
/// (no header: see [`CallSite`]): lazy code's frames on the machine stack
/// are just their return addresses, the innermost at `sp`, so the return
/// address into frame `i - 1` is at `sp + 8 * (top - i)`. Each header is rebuilt from its call site
/// and its parent's base, the parent's pc from the same site; the return
/// address is then redirected through the site's trampoline, which drops
/// the header when the frame returns (normally or by status). Code that
/// reads a frame header (closures' captures, defers, recovery) always has
/// one pushed eagerly, so only these cold paths need to call this.
///
/// # Safety
/// As [`jit_call`]; `sp` and `top` as above.
pub unsafe extern "sysv64" fn jit_materialize(vm: *mut Vm, sp: *mut usize, top: usize) {
    // SAFETY: as in `jit_call`.
    let vm = unsafe { &mut *vm };
    let len = vm.g.frames.len();
    let Some(t) = vm.tier.as_deref() else { return };
    for i in len..=top {
        // SAFETY: the invariant: frame `i`'s return address lives here,
        // on the machine stack below our caller's frame.
        let at = unsafe { sp.add(top - i) };
        let ret = unsafe { at.read() };
        let site = t
            .tier
            .call_site(ret)
            .expect("a lazy frame returns to a lazy call site");
        let parent = vm.g.frames.last_mut().expect("the lazy chain's caller");
        parent.pc = site.pc + 1;
        let base = parent.base + site.first;
        vm.g.frames.push(crate::goroutine::Frame {
            func: site.callee,
            // Set by the helper the innermost frame calls next, and by
            // the next header pushed for the others.
            pc: 0,
            base,
            ret: base,
            // Lazy code reads no captures and returns natively, so these
            // never matter (a deferred call's would be false and its
            // closure).
            keep_results: true,
            closure: 0,
        });
        // SAFETY: as above.
        unsafe { at.write(site.tramp) };
    }
}

impl Vm {
    fn jit_op(&mut self, pc: u32, top: usize) -> Result<(), Unwind> {
        let fr = self.g.frames.last_mut().expect("frame");
        // Protect: the pc of the instruction, for tracebacks and errors.
        fr.pc = pc + 1;
        let (base, func, closure) = (fr.base as usize, fr.func, fr.closure);
        self.sp = base + top;
        let op = self.prog.func(func).code[pc as usize];
        match op {
            op @ value_ops!() => match self.exec_value(op, base, closure, self.sp, pc + 1) {
                Ok(sp) => self.sp = sp,
                Err(e) => return Err(self.raise(e)),
            },
            op @ slow_ops!() => match self.exec_slow(op, base) {
                Ok(None) => {}
                Ok(Some(_)) => unreachable!("{} branched in native code", op.name()),
                Err(e) => return Err(self.raise(e)),
            },
            Op::Defer { args } => self.deferproc(args),
            Op::DeferStack { args } => self.deferproc_stack(args),
            Op::DeferReturn => {
                while let Some(func) = self.deferreturn()? {
                    self.run_pushed(func)?;
                }
            }
            Op::Panic { fresh } => return Err(self.gopanic(fresh)),
            Op::Recover => self.gorecover(),
            Op::CallNative { id, args, rets } => self.call_native(id, args, rets)?,
            Op::Assert { ty, src, n, ok } => {
                self.sp = self.type_assert(ty, src, n, ok, self.sp)?;
            }
            op @ (interp_ops!() | test_ops!() | slow_test_ops!() | call_ops!()) => {
                unreachable!("{} is not a runtime instruction", op.name())
            }
        }
        Ok(())
    }

    fn jit_call(&mut self, pc: u32, top: usize) -> Result<(), Unwind> {
        let caller = self.g.frames.last_mut().expect("caller frame");
        // Protect: the caller's pc, for tracebacks and recovery.
        caller.pc = pc + 1;
        let mut sp = caller.base as usize + top;
        let op = self.prog.func(caller.func).code[pc as usize];
        let (func, args, ret, closure) = match self.call_target(op, &mut sp) {
            Ok(t) => t,
            Err(e) => return Err(self.raise(e)),
        };
        self.sp = sp;
        self.push_frame(func, args, ret, closure, true)?;
        self.run_pushed(func)
    }

    fn jit_open_defer(&mut self, pc: u32, i: usize) -> Result<(), Unwind> {
        let frame = self.g.frames.len() - 1;
        let fr = &mut self.g.frames[frame];
        fr.pc = pc + 1;
        // The operand stack is empty at the deferreturn exit: the
        // deferred call's frame goes right above the locals.
        self.sp = (fr.base + self.prog.func(fr.func).locals) as usize;
        self.call_open_defer(frame, i)
    }
}

#[cfg(test)]
mod tests;
