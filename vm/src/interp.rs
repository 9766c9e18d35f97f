//! The interpreter loop.
//!
//! One `match` per instruction over the current frame's code; arms are a
//! few lines, slow paths live in `#[cold]` helpers of other modules. Go
//! calls do not recurse on the Rust stack: `Call` pushes a [`Frame`] and
//! switches `code`, `pc` and `base`. Rust recursion happens only where the
//! runtime itself calls Go code (a deferred call run by a panic, a
//! `String()` method called by `fmt`): each such *activation* runs
//! [`Vm::run`] until the frame it pushed returns.
//!
//! **Invariant (Protect, as in Lua):** before anything that can panic,
//! call out or observe the stack (natives, heap helpers), the loop writes
//! `pc` back to the frame and `sp` to `Vm::sp`.

use crate::errors::RuntimeError;
use crate::goroutine::Frame;
use crate::heap::{ptr_handle, ptr_off};
use crate::layout::{self, Mem};
use crate::op::{Arith, Cmp, Conv, Op};
use crate::types::{FuncId, TypeId};
use crate::vm::{Unwind, Vm, VmResult};

/// `a op b`; `None` only for integer division by zero.
#[inline(always)]
pub(crate) fn arith(op: Arith, a: u64, b: u64) -> Option<u64> {
    Some(match op {
        Arith::Add => a.wrapping_add(b),
        Arith::Sub => a.wrapping_sub(b),
        Arith::Mul => a.wrapping_mul(b),
        Arith::DivS => {
            if b == 0 {
                return None;
            }
            (a as i64).wrapping_div(b as i64) as u64
        }
        Arith::DivU => {
            if b == 0 {
                return None;
            }
            a / b
        }
        Arith::RemS => {
            if b == 0 {
                return None;
            }
            (a as i64).wrapping_rem(b as i64) as u64
        }
        Arith::RemU => {
            if b == 0 {
                return None;
            }
            a % b
        }
        Arith::And => a & b,
        Arith::Or => a | b,
        Arith::Xor => a ^ b,
        Arith::AndNot => a & !b,
        Arith::Shl => {
            if b >= 64 {
                0
            } else {
                a << b
            }
        }
        Arith::ShrS => ((a as i64) >> b.min(63)) as u64,
        Arith::ShrU => {
            if b >= 64 {
                0
            } else {
                a >> b
            }
        }
        Arith::FAdd => (f64::from_bits(a) + f64::from_bits(b)).to_bits(),
        Arith::FSub => (f64::from_bits(a) - f64::from_bits(b)).to_bits(),
        Arith::FMul => (f64::from_bits(a) * f64::from_bits(b)).to_bits(),
        Arith::FDiv => (f64::from_bits(a) / f64::from_bits(b)).to_bits(),
    })
}

#[inline(always)]
pub(crate) fn compare(op: Cmp, a: u64, b: u64) -> bool {
    match op {
        Cmp::Eq => a == b,
        Cmp::Ne => a != b,
        Cmp::LtS => (a as i64) < (b as i64),
        Cmp::LeS => (a as i64) <= (b as i64),
        Cmp::LtU => a < b,
        Cmp::LeU => a <= b,
        Cmp::FEq => f64::from_bits(a) == f64::from_bits(b),
        Cmp::FNe => f64::from_bits(a) != f64::from_bits(b),
        Cmp::FLt => f64::from_bits(a) < f64::from_bits(b),
        Cmp::FLe => f64::from_bits(a) <= f64::from_bits(b),
        Cmp::GtS => (a as i64) > (b as i64),
        Cmp::GeS => (a as i64) >= (b as i64),
        Cmp::GtU => a > b,
        Cmp::GeU => a >= b,
        Cmp::FGt => f64::from_bits(a) > f64::from_bits(b),
        Cmp::FGe => f64::from_bits(a) >= f64::from_bits(b),
    }
}

/// Applies a numeric conversion to one slot.
pub fn convert(c: Conv, a: u64) -> u64 {
    use crate::types::IntKind::*;
    match c {
        Conv::Narrow(k) => match k {
            I8 => a as i8 as i64 as u64,
            I16 => a as i16 as i64 as u64,
            I32 => a as i32 as i64 as u64,
            U8 => a as u8 as u64,
            U16 => a as u16 as u64,
            U32 => a as u32 as u64,
            Int | I64 | Uint | U64 | Uintptr => a,
        },
        Conv::I2F => (a as i64 as f64).to_bits(),
        Conv::U2F => (a as f64).to_bits(),
        // Rust's integer-to-f32 casts round to nearest even once, as
        // CVTSQ2SS (and gc's uint64 sequence) do.
        Conv::I2F32 => (a as i64 as f32 as f64).to_bits(),
        Conv::U2F32 => (a as f32 as f64).to_bits(),
        Conv::F2I => {
            let f = f64::from_bits(a);
            // amd64 CVTTSD2SQ: out-of-range and NaN give MinInt64.
            const TWO63: f64 = (1u64 << 63) as f64;
            if f.is_nan() || !(-TWO63..TWO63).contains(&f) {
                i64::MIN as u64
            } else {
                f as i64 as u64
            }
        }
        Conv::F2U => {
            let f = f64::from_bits(a);
            // Go on amd64: values below 2^63 convert as signed, larger ones
            // by subtracting 2^63 first.
            const TWO63: f64 = (1u64 << 63) as f64;
            const TWO64: f64 = u64::MAX as f64;
            if f.is_nan() {
                i64::MIN as u64
            } else if f < TWO63 {
                convert(Conv::F2I, a)
            } else if f < TWO64 {
                ((f - TWO63) as i64 as u64) ^ (1 << 63)
            } else {
                1 << 63
            }
        }
        Conv::F32 => (f64::from_bits(a) as f32 as f64).to_bits(),
        Conv::F2I32 => {
            let f = f64::from_bits(a);
            const TWO31: f64 = (1u64 << 31) as f64;
            if f.is_nan() || !(-TWO31..TWO31).contains(&f) {
                i32::MIN as i64 as u64
            } else {
                f as i32 as i64 as u64
            }
        }
    }
}

impl Vm {
    /// Runs until the frame at index `stop` returns (it must be the
    /// innermost frame now). Recoveries that resume a frame of this
    /// activation (index ≥ `stop`) are handled here; others propagate.
    pub fn run(&mut self, stop: usize) -> VmResult<()> {
        loop {
            match self.exec(stop) {
                Err(Unwind::Recovered {
                    frame,
                    catch_point: false,
                }) if frame as usize >= stop => self.recovery(frame as usize),
                Err(Unwind::Recovered {
                    frame,
                    catch_point: true,
                }) if frame as usize == stop => {
                    // Back to the native that protected this call.
                    self.g.frames.truncate(stop);
                    return Err(Unwind::Recovered {
                        frame,
                        catch_point: true,
                    });
                }
                r => return r,
            }
        }
    }

    /// The callee of call instruction `op` whose operands end at stack
    /// index `sp`: `(func, argument slots, result slot, closure handle)`.
    /// An interface call drops the type word, moving the arguments down
    /// one slot (and `sp` with them) so the data word becomes the
    /// receiver.
    #[inline(always)]
    pub(crate) fn call_target(
        &mut self,
        op: Op,
        sp_out: &mut usize,
    ) -> Result<(FuncId, u32, usize, u32), RuntimeError> {
        let sp = *sp_out;
        match op {
            Op::Call { func, args, .. } => Ok((func, args, sp - args as usize, 0)),
            Op::CallClosure { args, .. } => {
                let ret = sp - args as usize - 1;
                let c = self.g.stack[ret];
                if c == 0 {
                    return Err(RuntimeError::NilDeref);
                }
                let (func, _) = self.heap.closure(c as u32);
                Ok((func, args, ret, c as u32))
            }
            Op::CallIface { method, args, .. } => {
                let a = args as usize;
                let ret = sp - a - 2;
                let ty = self.g.stack[ret];
                if ty == 0 {
                    return Err(RuntimeError::NilDeref);
                }
                let Some(func) = self
                    .prog
                    .find_method(crate::types::TypeId(ty as u32), method)
                else {
                    unreachable!(
                        "itab lacks method {}",
                        self.prog.method_names[method as usize]
                    )
                };
                self.g.stack.copy_within(sp - a - 1..sp, ret);
                *sp_out -= 1;
                Ok((func, args + 1, ret, 0))
            }
            op @ (interp_ops!()
            | value_ops!()
            | test_ops!()
            | slow_ops!()
            | slow_test_ops!()
            | runtime_ops!()) => unreachable!("{} is not a call", op.name()),
        }
    }

    /// Pushes a frame for `func` whose `args` argument slots end at `sp`.
    /// Results will be written at `ret`.
    #[inline(always)]
    pub(crate) fn push_frame(
        &mut self,
        func: FuncId,
        args: u32,
        ret: usize,
        closure: u32,
        keep_results: bool,
    ) -> VmResult<()> {
        // A call polls for a stop request (`crate::stop`).
        self.poll_stop()?;
        let f = self.prog.func(func);
        let (params, locals) = (f.params as usize, f.locals as usize);
        let live = locals - f.pad as usize;
        let base = self.sp - args as usize;
        let need = base + locals + f.max_stack as usize;
        if need > self.g.stack.len() || self.g.frames.len() >= self.max_frames {
            self.grow_stack(need)?;
        }
        // Zero the non-parameter locals: every zero slot is a zero value.
        if live > params {
            self.g.stack[base + params..base + live].fill(0);
        }
        self.g.frames.push(Frame {
            func,
            pc: 0,
            base: base as u32,
            ret: ret as u32,
            closure,
            keep_results,
        });
        self.sp = base + locals;
        Ok(())
    }

    #[cold]
    fn grow_stack(&mut self, need: usize) -> VmResult<()> {
        if need > self.max_stack_slots || self.g.frames.len() >= self.max_frames {
            return Err(self.stack_overflow());
        }
        let new_len = (need * 2).min(self.max_stack_slots).max(need);
        if !self.g.try_grow_stack(new_len) {
            return Err(self.out_of_memory(new_len as u64 * 8));
        }
        Ok(())
    }

    /// Calls closure `c` with `args` (already evaluated) from Rust and runs
    /// it to completion in a nested activation; returns its result slots.
    pub fn call_closure(&mut self, c: u64, args: &[u64], keep: bool) -> VmResult<Vec<u64>> {
        let (func, _) = self.heap.closure(c as u32);
        let ret = self.sp;
        self.ensure_room(args.len())?;
        self.g.stack[self.sp..self.sp + args.len()].copy_from_slice(args);
        self.sp += args.len();
        self.push_frame(func, args.len() as u32, ret, c as u32, keep)?;
        self.run_pushed(func)?;
        let n = self.prog.func(func).results as usize;
        let out = if keep {
            self.g.stack[ret..ret + n].to_vec()
        } else {
            Vec::new()
        };
        self.sp = ret;
        Ok(out)
    }

    /// Calls function `func` directly (receiver and arguments in `args`).
    pub fn call_func(&mut self, func: FuncId, args: &[u64]) -> VmResult<Vec<u64>> {
        let mut out = Vec::new();
        self.call_func_into(func, args, &mut out)?;
        Ok(out)
    }

    /// [`Vm::call_func`], with the results' slots replacing `out`'s.
    pub fn call_func_into(
        &mut self,
        func: FuncId,
        args: &[u64],
        out: &mut Vec<u64>,
    ) -> VmResult<()> {
        let ret = self.sp;
        self.ensure_room(args.len())?;
        self.g.stack[self.sp..self.sp + args.len()].copy_from_slice(args);
        self.sp += args.len();
        self.push_frame(func, args.len() as u32, ret, 0, true)?;
        self.run_pushed(func)?;
        let n = self.prog.func(func).results as usize;
        out.clear();
        out.extend_from_slice(&self.g.stack[ret..ret + n]);
        self.sp = ret;
        Ok(())
    }

    /// Calls `func` like [`Vm::call_func`], but a panic inside it is
    /// recovered here (Go's `catchPanic`): `Ok(Err(value))` gives the
    /// panic value. Other failures (`os.Exit`, fatal errors) stay `Err`.
    pub fn call_protected(
        &mut self,
        func: FuncId,
        args: &[u64],
    ) -> VmResult<Result<Vec<u64>, [u64; 2]>> {
        let sp = self.sp;
        let frame = self.g.frames.len() as u32;
        self.g
            .catch_points
            .push(crate::goroutine::CatchPoint { frame, value: None });
        let r = self.call_func(func, args);
        let cp = self.g.catch_points.pop().expect("catch point");
        match r {
            Ok(v) => Ok(Ok(v)),
            Err(Unwind::Recovered {
                frame: f,
                catch_point: true,
            }) if f == frame => {
                self.sp = sp;
                Ok(Err(cp.value.expect("caught panic value")))
            }
            Err(e) => Err(e),
        }
    }

    /// Room for `n` slots (and a margin) above `sp`: a stack overflow past
    /// the limit, Go's fatal out of memory when the system refuses.
    pub(crate) fn ensure_room(&mut self, n: usize) -> VmResult<()> {
        if self.sp + n + 64 > self.g.stack.len() {
            self.grow_stack(self.sp + n + 64)?;
        }
        Ok(())
    }

    /// Raises runtime error `e` as a Go panic from the current frame.
    #[cold]
    pub(crate) fn raise(&mut self, e: RuntimeError) -> Unwind {
        let e = match e {
            RuntimeError::Index { index, len } if index < 0 && self.unsigned_index_here() => {
                RuntimeError::SliceBounds(format!(
                    "index out of range [{}] with length {len}",
                    index as u64
                ))
            }
            RuntimeError::OutOfMemory(bytes) => return self.out_of_memory(bytes),
            e => e,
        };
        self.g.sig |= e.is_signal();
        let v = self.runtime_error_value(e);
        self.panic_value(v, false)
    }

    /// Element `i` of a slice of one-slot elements stored as `mem`
    /// (pointer `p`, length `len`), bounds-checked.
    #[inline(always)]
    pub(crate) fn load_elem(
        &self,
        mem: Mem,
        p: u64,
        len: u64,
        i: u64,
    ) -> Result<u64, RuntimeError> {
        if i >= len {
            return Err(RuntimeError::Index {
                index: i as i64,
                len,
            });
        }
        let off = ptr_off(p) as usize + i as usize * mem.size();
        Ok(mem.read(self.heap.mem(ptr_handle(p)), off))
    }

    /// Sets element `i` (stored as `mem`) of a slice of one-slot elements
    /// to `v`, bounds-checked.
    #[inline(always)]
    pub(crate) fn store_elem(
        &mut self,
        mem: Mem,
        p: u64,
        len: u64,
        i: u64,
        v: u64,
    ) -> Result<(), RuntimeError> {
        if i >= len {
            return Err(RuntimeError::Index {
                index: i as i64,
                len,
            });
        }
        let off = ptr_off(p) as usize + i as usize * mem.size();
        mem.write(self.heap.mem_mut(ptr_handle(p)), off, v);
        Ok(())
    }

    /// The interface data word of the `n`-slot value at stack index `at`
    /// (the boxing rule: one slot sits in the word, more go to a box).
    #[inline]
    pub(crate) fn iface_data(&mut self, ty: TypeId, at: usize, n: usize) -> u64 {
        match n {
            0 => 0,
            1 => self.g.stack[at],
            _ => {
                let v = self.g.stack[at..at + n].to_vec();
                self.box_value(ty, &v)
            }
        }
    }

    /// Whether the instruction that just failed (the innermost frame's
    /// saved pc minus one) takes an unsigned 64-bit index.
    pub(crate) fn unsigned_index_here(&self) -> bool {
        self.g.frames.last().is_some_and(|f| {
            let pc = f.pc.wrapping_sub(1);
            self.prog.func(f.func).unsigned_index.contains(&pc)
        })
    }

    /// The dispatch loop proper.
    fn exec(&mut self, stop: usize) -> VmResult<()> {
        let prog = self.prog.clone();
        let mut fi = *self.g.frames.last().expect("a frame to run");
        let mut code: &[Op] = &prog.func(fi.func).code;
        let mut pc = fi.pc as usize;
        let mut base = fi.base as usize;
        let mut sp = self.sp;
        let globals = prog.globals_handle();

        // Stack slot access without bounds checks: the verifier proved
        // every local slot index < `locals` and every operand depth <
        // `max_stack`, and `push_frame` reserved `locals + max_stack`.
        // `stk` caches the stack's base pointer; `refresh!` re-reads it
        // after anything that can grow (reallocate) the stack: calls,
        // natives, slow-path ops.
        let mut stk: *mut u64 = self.g.stack.as_mut_ptr();
        macro_rules! refresh {
            () => {
                stk = self.g.stack.as_mut_ptr();
            };
        }
        macro_rules! st {
            ($i:expr) => {
                *{
                    let i = $i;
                    debug_assert!(i < self.g.stack.len(), "stack index {i} out of range");
                    // SAFETY: see above; `stk` is current (refresh!).
                    unsafe { &mut *stk.add(i) }
                }
            };
        }
        macro_rules! pop {
            () => {{
                sp -= 1;
                st!(sp)
            }};
        }
        macro_rules! push {
            ($v:expr) => {{
                let v = $v;
                st!(sp) = v;
                sp += 1;
            }};
        }
        // Protect: save pc and sp before anything that can panic or call.
        macro_rules! save {
            () => {{
                self.g.frames.last_mut().unwrap().pc = pc as u32;
                self.sp = sp;
            }};
        }
        macro_rules! throw {
            ($e:expr) => {{
                save!();
                return Err(self.raise($e));
            }};
        }
        // Re-reads the innermost frame after a call or return.
        macro_rules! reload {
            () => {{
                refresh!();
                fi = *self.g.frames.last().unwrap();
                code = &prog.func(fi.func).code;
                pc = fi.pc as usize;
                base = fi.base as usize;
                sp = self.sp;
            }};
        }
        macro_rules! tri {
            ($e:expr) => {{
                match $e {
                    Ok(v) => v,
                    Err(e) => return Err(e),
                }
            }};
        }

        // A value instruction (see `value_ops`).
        macro_rules! exec_value {
            ($op:expr) => {
                match self.exec_value($op, base, fi.closure, sp, pc as u32) {
                    Ok(s) => sp = s,
                    Err(e) => throw!(e),
                }
            };
        }
        // After a call pushed `func`'s frame: run it natively if it is
        // compiled (then the frame is already gone at `reload!`).
        macro_rules! enter_native {
            ($func:expr) => {
                if let Some(e) = self.native_entry($func) {
                    tri!(self.run_native(e, 0));
                }
            };
        }
        // After a taken branch to `pc`: a backward one is a loop's back
        // edge, which counts toward tier-up; once the function is
        // compiled, the rest of this activation runs natively from `pc`
        // (on-stack replacement: the frame's slots are already the native
        // frame's).
        // A function with open-coded defers never switches mid-frame: its
        // interpreted part keeps defer records, its native code deferBits.
        macro_rules! back_edge {
            ($from:expr) => {
                // A loop polls for a stop request and spends fuel
                // (`crate::stop`).
                if pc < $from {
                    self.fuel -= 1;
                    if self.stop.is_set() || self.fuel < 0 {
                        self.fuel += 1;
                        save!();
                        tri!(self.poll_stop());
                    }
                }
                if self.tier.is_some() && pc < $from {
                    if let Some(e) = self
                        .native_entry(fi.func)
                        .filter(|_| prog.func(fi.func).open_defers.is_none())
                    {
                        save!();
                        tri!(self.run_native(e, pc as u32));
                        if self.g.frames.len() == stop {
                            return Ok(());
                        }
                        reload!();
                    }
                }
            };
        }

        loop {
            debug_assert!(pc < code.len(), "pc {pc} past the end");
            // SAFETY: the verifier proved control never falls off the end.
            let op = unsafe { *code.get_unchecked(pc) };
            pc += 1;
            match op {
                Op::Nop => {}
                Op::Push { v } => push!(v as u64),
                Op::Pop { n } => sp -= n as usize,
                Op::Dup { n } => {
                    let n = n as usize;
                    self.g.stack.copy_within(sp - n..sp, sp);
                    sp += n;
                }
                Op::LoadLocal { slot } => push!(st!(base + slot as usize)),
                Op::StoreLocal { slot } => {
                    let v = pop!();
                    st!(base + slot as usize) = v;
                }
                Op::LoadLocalN { slot, n } => {
                    let s = base + slot as usize;
                    self.g.stack.copy_within(s..s + n as usize, sp);
                    sp += n as usize;
                }
                Op::StoreLocalN { slot, n } => {
                    sp -= n as usize;
                    let d = base + slot as usize;
                    self.g.stack.copy_within(sp..sp + n as usize, d);
                }
                Op::IncLocal { slot, by } => {
                    let s = &mut st!(base + slot as usize);
                    *s = s.wrapping_add(by as u64);
                }
                Op::LoadGlobal { off, ty, n } => {
                    let n = n as usize;
                    let g = &self.heap.mem(globals)[off as usize..];
                    layout::read(&self.prog.types, ty, g, &mut self.g.stack[sp..sp + n]);
                    sp += n;
                }
                Op::StoreGlobal { off, ty, n } => {
                    let n = n as usize;
                    sp -= n;
                    let g = &mut self.heap.mem_mut(globals)[off as usize..];
                    layout::write(&self.prog.types, ty, g, &self.g.stack[sp..sp + n]);
                }
                Op::Neg => st!(sp - 1) = st!(sp - 1).wrapping_neg(),
                Op::BitNot => st!(sp - 1) = !st!(sp - 1),
                Op::Not => st!(sp - 1) ^= 1,
                Op::Jump { target } => {
                    let from = pc;
                    pc = target as usize;
                    back_edge!(from);
                }
                Op::JumpIfFalse { target } => {
                    if pop!() == 0 {
                        let from = pc;
                        pc = target as usize;
                        back_edge!(from);
                    }
                }
                Op::JumpIfTrue { target } => {
                    if pop!() != 0 {
                        let from = pc;
                        pc = target as usize;
                        back_edge!(from);
                    }
                }
                Op::LocalCmpImmJump {
                    slot,
                    op,
                    v,
                    target,
                } => {
                    if !compare(op, st!(base + slot as usize), v as i64 as u64) {
                        let from = pc;
                        pc = target as usize;
                        back_edge!(from);
                    }
                }
                Op::CmpJump { op, target } => {
                    sp -= 2;
                    if !compare(op, st!(sp), st!(sp + 1)) {
                        let from = pc;
                        pc = target as usize;
                        back_edge!(from);
                    }
                }
                Op::LocalLocalCmpJump { a, b, op, target } => {
                    if !compare(op, st!(base + a as usize), st!(base + b as usize)) {
                        let from = pc;
                        pc = target as usize;
                        back_edge!(from);
                    }
                }
                Op::LocalAddImm { slot, v } => {
                    push!(st!(base + slot as usize).wrapping_add(v as i64 as u64));
                }
                Op::LoadLocal2 { a, b } => {
                    let (x, y) = (st!(base + a as usize), st!(base + b as usize));
                    st!(sp) = x;
                    st!(sp + 1) = y;
                    sp += 2;
                }
                op @ call_ops!() => {
                    let (func, args, ret, closure) = match self.call_target(op, &mut sp) {
                        Ok(t) => t,
                        Err(e) => throw!(e),
                    };
                    save!();
                    tri!(self.push_frame(func, args, ret, closure, true));
                    enter_native!(func);
                    reload!();
                }
                Op::CallNative { id, args, rets } => {
                    save!();
                    tri!(self.call_native(id, args, rets));
                    // A native may have called Go code (and grown the stack).
                    refresh!();
                    sp = self.sp;
                }
                Op::Return { n } => {
                    let n = n as usize;
                    let fr = self.g.frames.pop().unwrap();
                    let ret = fr.ret as usize;
                    if fr.keep_results {
                        if n == 1 {
                            st!(ret) = st!(sp - 1);
                        } else {
                            self.g.stack.copy_within(sp - n..sp, ret);
                        }
                        self.sp = ret + n;
                    } else {
                        self.sp = ret;
                    }
                    self.g.check_no_defers_from(self.g.frames.len());
                    if self.g.frames.len() == stop {
                        return Ok(());
                    }
                    reload!();
                }
                Op::Defer { args } => {
                    save!();
                    self.deferproc(args);
                    sp = self.sp;
                }
                Op::DeferStack { args } => {
                    save!();
                    self.deferproc_stack(args);
                    sp = self.sp;
                }
                Op::DeferReturn => {
                    // One deferred call at a time: it returns to this
                    // DeferReturn, which then looks again.
                    pc -= 1;
                    save!();
                    match tri!(self.deferreturn()) {
                        Some(_) => reload!(),
                        None => pc += 1,
                    }
                }
                Op::Panic { fresh } => {
                    save!();
                    return Err(self.gopanic(fresh));
                }
                Op::Recover => {
                    save!();
                    self.gorecover();
                    sp = self.sp;
                }
                Op::Assert { ty, src, n, ok } => {
                    save!();
                    sp = tri!(self.type_assert(ty, src, n, ok, sp));
                    refresh!();
                }
                op @ (Op::TypeSwitchCase { target, .. } | Op::StrIterNext { target, .. }) => {
                    let taken;
                    (sp, taken) = self.exec_test(op, base, sp);
                    if taken {
                        pc = target as usize;
                    }
                }
                op @ (slow_ops!() | slow_test_ops!()) => {
                    save!();
                    let r = self.exec_slow(op, base);
                    refresh!();
                    match r {
                        Ok(Some(target)) => {
                            pc = target as usize;
                            sp = self.sp;
                        }
                        Ok(None) => sp = self.sp,
                        Err(e) => throw!(e),
                    }
                }
                // Hot value instructions get an arm each, where the inlined
                // `exec_value` specializes to the one variant.
                op @ Op::Arith { .. } => exec_value!(op),
                op @ Op::ArithImm { .. } => exec_value!(op),
                op @ Op::ArithStore { .. } => exec_value!(op),
                op @ Op::Cmp { .. } => exec_value!(op),
                op @ Op::CmpImm { .. } => exec_value!(op),
                op @ Op::LoadLocalElem { .. } => exec_value!(op),
                op @ Op::StoreLocalElem { .. } => exec_value!(op),
                // Every other value instruction (see `value_ops`).
                #[allow(unreachable_patterns)] // the hot ones above
                op @ value_ops!() => exec_value!(op),
            }
        }
    }
}
