//! Value instructions: those that only move values between the operand
//! stack, the frame's locals and the heap, and never branch or call. The
//! interpreter's loop and native code (through `jit_op`) run the same
//! implementation, [`Vm::exec_value`].

use crate::errors::RuntimeError;
use crate::heap::{ptr, ptr_handle, ptr_off};
use crate::interp::{arith, compare, convert};
use crate::layout;
use crate::op::Op;
use crate::vm::Vm;

impl Vm {
    /// Runs value instruction `op` of the frame at `base` (running closure
    /// `closure`) with the operand stack ending at stack index `sp`;
    /// returns the new stack end. `resume` is the pc after `op`: an
    /// instruction that may collect saves it, and `sp`, in the frame
    /// before collecting, for the collector's frame maps.
    ///
    /// **Invariant:** as in the interpreter loop, the verifier proved every
    /// slot index in range, and nothing here grows the goroutine stack.
    #[inline(always)]
    pub(crate) fn exec_value(
        &mut self,
        op: Op,
        base: usize,
        closure: u32,
        mut sp: usize,
        resume: u32,
    ) -> Result<usize, RuntimeError> {
        macro_rules! st {
            ($i:expr) => {
                *{
                    let i = $i;
                    debug_assert!(i < self.g.stack.len(), "stack index {i} out of range");
                    // SAFETY: see the invariant above.
                    unsafe { self.g.stack.get_unchecked_mut(i) }
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
        macro_rules! fail {
            ($e:expr) => {
                return Err($e)
            };
        }
        // Go's bounds check: `i` (unsigned) below `len`.
        macro_rules! index {
            ($i:expr, $len:expr) => {
                let (i, len) = ($i, $len);
                if i >= len {
                    fail!(RuntimeError::Index {
                        index: i as i64,
                        len,
                    });
                }
            };
        }
        match op {
            Op::Swap { a, b } => {
                let (a, b) = (a as usize, b as usize);
                self.g.stack[sp - a - b..sp].rotate_left(b);
            }
            Op::LoadCapture { i } => {
                let (_, env) = self.heap.closure(closure);
                push!(env[i as usize]);
            }
            Op::Load { ty, n } => {
                let p = pop!();
                if ptr_handle(p) == 0 {
                    fail!(RuntimeError::NilDeref);
                }
                let n = n as usize;
                let src = &self.heap.mem(ptr_handle(p))[ptr_off(p) as usize..];
                layout::read(&self.prog.types, ty, src, &mut self.g.stack[sp..sp + n]);
                sp += n;
            }
            Op::Store { ty, n } => {
                let n = n as usize;
                sp -= n;
                let p = st!(sp - 1);
                sp -= 1;
                if ptr_handle(p) == 0 {
                    fail!(RuntimeError::NilDeref);
                }
                let dst = &mut self.heap.mem_mut(ptr_handle(p))[ptr_off(p) as usize..];
                layout::write(&self.prog.types, ty, dst, &self.g.stack[sp + 1..sp + 1 + n]);
            }
            Op::FieldAddr { off } => {
                let p = st!(sp - 1);
                if ptr_handle(p) == 0 {
                    fail!(RuntimeError::NilDeref);
                }
                st!(sp - 1) = p + off as u64;
            }
            Op::NewBox { ty, size } => {
                self.gc_safepoint_at(resume, sp)?;
                let scan = self.scan_of(ty);
                let h = self.heap.alloc_mem(size as usize, scan);
                push!(ptr(h, 0));
            }
            Op::Arith { op } => {
                let b = pop!();
                let a = st!(sp - 1);
                match arith(op, a, b) {
                    Some(v) => st!(sp - 1) = v,
                    None => fail!(RuntimeError::DivideByZero),
                }
            }
            Op::ArithImm { op, v } => {
                let a = st!(sp - 1);
                match arith(op, a, v as u64) {
                    Some(r) => st!(sp - 1) = r,
                    None => fail!(RuntimeError::DivideByZero),
                }
            }
            Op::FNeg => st!(sp - 1) ^= 1 << 63,
            Op::Conv { c } => st!(sp - 1) = convert(c, st!(sp - 1)),
            Op::CheckNilIface => {
                if st!(sp - 2) == 0 {
                    fail!(RuntimeError::NilDeref);
                }
            }
            Op::CheckShift => {
                if (st!(sp - 1) as i64) < 0 {
                    fail!(RuntimeError::NegativeShift);
                }
            }
            Op::MakeClosure { func, n } => {
                let n = n as usize;
                let h = if n == 0 {
                    self.heap.static_closure(func)
                } else {
                    self.gc_safepoint_at(resume, sp)?;
                    sp -= n;
                    self.heap.alloc_closure(func, &self.g.stack[sp..sp + n])
                };
                push!(h as u64);
            }
            Op::ToIface { ty, n } => {
                let n = n as usize;
                if n > 1 {
                    self.gc_safepoint_at(resume, sp)?;
                }
                sp -= n;
                let data = self.iface_data(ty, sp, n);
                push!(ty.0 as u64);
                push!(data);
            }
            Op::BoxFrom { ty } => {
                if ptr_handle(st!(sp - 1)) == 0 {
                    fail!(RuntimeError::NilDeref);
                }
                // (The pointer stays in its operand slot, a root, while the
                // box is allocated.)
                self.gc_safepoint_at(resume, sp)?;
                let size = self.prog.types.layout(ty).size;
                self.reserve_heap(size)?;
                let scan = self.scan_of(ty);
                let Some(b) = self.heap.try_alloc_mem(size, scan) else {
                    fail!(RuntimeError::OutOfMemory(size));
                };
                let p = st!(sp - 1);
                let (from, to) = self.heap.two_mems(ptr_handle(p), b);
                let off = ptr_off(p) as usize;
                to[..size as usize].copy_from_slice(&from[off..off + size as usize]);
                st!(sp - 1) = ty.0 as u64;
                push!(ptr(b, 0));
            }
            Op::ConstIface { ty, s } => {
                let d = self.heap.const_string_box(s);
                push!(ty.0 as u64);
                push!(d);
            }
            Op::Extract { off, n, total } => {
                let start = sp - total as usize;
                let from = start + off as usize;
                self.g.stack.copy_within(from..from + n as usize, start);
                sp = start + n as usize;
            }
            Op::IfaceEq => {
                sp -= 4;
                let a = [st!(sp), st!(sp + 1)];
                let b = [st!(sp + 2), st!(sp + 3)];
                match self.iface_equal(a, b) {
                    Ok(r) => push!(r as u64),
                    Err(e) => fail!(e),
                }
            }
            Op::Equal { ty, n } => {
                let n = n as usize;
                sp -= 2 * n;
                let r = self.values_equal(
                    ty,
                    &self.g.stack[sp..sp + n],
                    &self.g.stack[sp + n..sp + 2 * n],
                );
                match r {
                    Ok(r) => push!(r as u64),
                    Err(e) => fail!(e),
                }
            }
            Op::SliceIndex { ty, n } => {
                let i = pop!();
                sp -= 3;
                let (p, len) = (st!(sp), st!(sp + 1));
                index!(i, len);
                let types = &self.prog.types;
                let off = ptr_off(p) as usize + i as usize * types.layout(ty).size as usize;
                let src = &self.heap.mem(ptr_handle(p))[off..];
                let n = n as usize;
                layout::read(types, ty, src, &mut self.g.stack[sp..sp + n]);
                sp += n;
            }
            Op::SliceIndexAddr { size } => {
                let i = pop!();
                sp -= 3;
                let (p, len) = (st!(sp), st!(sp + 1));
                index!(i, len);
                push!(p + i * size as u64);
            }
            Op::ArrayIndexAddr { size, len } => {
                let i = pop!();
                let p = st!(sp - 1);
                // gc checks the pointer (the dereference) before the index.
                if ptr_handle(p) == 0 {
                    fail!(RuntimeError::NilDeref);
                }
                index!(i, len as u64);
                st!(sp - 1) = p + i * size as u64;
            }
            Op::ArrayIndex { elem, len } => {
                let i = pop!();
                index!(i, len as u64);
                let e = elem as usize;
                let start = sp - e * len as usize;
                self.g
                    .stack
                    .copy_within(start + i as usize * e..start + (i as usize + 1) * e, start);
                sp = start + e;
            }
            Op::LoadLocalIndexed { slot, elem, len } => {
                let i = pop!();
                index!(i, len as u64);
                let e = elem as usize;
                let s = base + slot as usize + i as usize * e;
                self.g.stack.copy_within(s..s + e, sp);
                sp += e;
            }
            Op::StoreLocalIndexed { slot, elem, len } => {
                let e = elem as usize;
                sp -= e;
                let i = st!(sp - 1);
                sp -= 1;
                index!(i, len as u64);
                let d = base + slot as usize + i as usize * e;
                self.g.stack.copy_within(sp + 1..sp + 1 + e, d);
            }
            Op::StrIndex => {
                let i = pop!();
                sp -= 1;
                let s = [st!(sp - 1), st!(sp)];
                index!(i, s[1]);
                st!(sp - 1) = self.heap.string(s)[i as usize] as u64;
            }
            Op::StrLen => {
                sp -= 1;
                st!(sp - 1) = st!(sp);
            }
            Op::SliceLen => {
                sp -= 2;
                st!(sp - 1) = st!(sp);
            }
            Op::SliceCap => {
                sp -= 2;
                st!(sp - 1) = st!(sp + 1);
            }
            Op::MapLen => {
                let m = st!(sp - 1);
                st!(sp - 1) = if m == 0 {
                    0
                } else {
                    self.heap.map(m as u32).len() as u64
                };
            }
            Op::Concat => {
                self.gc_safepoint_at(resume, sp)?;
                let (a, b) = ([st!(sp - 4), st!(sp - 3)], [st!(sp - 2), st!(sp - 1)]);
                let r = self.concat(a, b)?;
                sp -= 2;
                st!(sp - 2) = r[0];
                st!(sp - 1) = r[1];
            }
            Op::StrCmp { op } => {
                let (a, b) = ([st!(sp - 4), st!(sp - 3)], [st!(sp - 2), st!(sp - 1)]);
                sp -= 3;
                st!(sp - 1) = self.str_compare(op, a, b) as u64;
            }
            Op::Cmp { op } => {
                let b = pop!();
                let a = st!(sp - 1);
                st!(sp - 1) = compare(op, a, b) as u64;
            }
            Op::CmpImm { op, v } => {
                let a = st!(sp - 1);
                st!(sp - 1) = compare(op, a, v as u64) as u64;
            }
            Op::ArithStore { op, slot } => {
                sp -= 2;
                match arith(op, st!(sp), st!(sp + 1)) {
                    Some(v) => st!(base + slot as usize) = v,
                    None => fail!(RuntimeError::DivideByZero),
                }
            }
            Op::LoadLocalElem { slot, mem } => {
                let s = base + slot as usize;
                let (p, len, i) = (st!(s), st!(s + 1), st!(sp - 1));
                st!(sp - 1) = self.load_elem(mem, p, len, i)?;
            }
            Op::StoreLocalElem { slot, mem } => {
                let s = base + slot as usize;
                let (p, len, i, v) = (st!(s), st!(s + 1), st!(sp - 2), st!(sp - 1));
                self.store_elem(mem, p, len, i, v)?;
                sp -= 2;
            }
            op @ (interp_ops!()
            | test_ops!()
            | slow_ops!()
            | slow_test_ops!()
            | call_ops!()
            | runtime_ops!()) => unreachable!("{} is not a value instruction", op.name()),
        }
        Ok(sp)
    }

    /// Runs `TypeSwitchCase` or `StrIterNext` (value tests that may
    /// branch, never fail) as [`Vm::exec_value`] does; returns the new
    /// stack end and whether the branch is taken.
    #[inline(always)]
    pub(crate) fn exec_test(&mut self, op: Op, base: usize, mut sp: usize) -> (usize, bool) {
        match op {
            Op::TypeSwitchCase { ty, .. } => {
                sp -= 2;
                (sp, !self.type_matches(self.g.stack[sp], ty))
            }
            Op::StrIterNext { slot, .. } => {
                let st = &mut self.g.stack;
                let s = base + slot as usize;
                let bytes = self.heap.string([st[s], st[s + 1]]);
                let i = st[s + 2] as usize;
                if i >= bytes.len() {
                    return (sp, true);
                }
                let (r, n) = crate::utf8::decode_rune(&bytes[i..]);
                st[s + 2] = (i + n) as u64;
                st[sp] = i as u64;
                st[sp + 1] = r as u64;
                (sp + 2, false)
            }
            op @ (interp_ops!()
            | value_ops!()
            | slow_ops!()
            | slow_test_ops!()
            | call_ops!()
            | runtime_ops!()) => unreachable!("{} is not a value test", op.name()),
        }
    }
}
