//! Runtime natives: `print`/`println`, string conversions, `copy`,
//! `clear`, `min`/`max`.

use crate::heap::{ptr, ptr_handle, ptr_off, Heap, Scan};
use crate::layout::Mem;
use crate::types::TypeId;
use crate::utf8;
use crate::vm::{Vm, VmResult};

impl Vm {
    /// Argument slot `i` of a native called at `at`.
    #[inline]
    pub fn arg(&self, at: usize, i: usize) -> u64 {
        self.g.stack[at + i]
    }

    /// Writes result slot `i` of a native called at `at`. The slot is
    /// within the frame's reservation (the verifier counts `CallNative`'s
    /// results in `max_stack`), so this never grows the stack but as a
    /// safety net, and then by a few slots only (`G::resize_stack`).
    #[inline]
    pub fn ret(&mut self, at: usize, i: usize, v: u64) {
        if at + i >= self.g.stack.len() {
            self.g.resize_stack(at + i + 64);
        }
        self.g.stack[at + i] = v;
    }

    /// A new string value.
    pub fn str_value(&mut self, s: &[u8]) -> [u64; 2] {
        self.heap.new_string(s)
    }

    /// The string argument at slots `i..i+2` of a native called at `at`
    /// (its data pointer and length).
    #[inline]
    pub fn str_val_arg(&self, at: usize, i: usize) -> [u64; 2] {
        [self.arg(at, i), self.arg(at, i + 1)]
    }

    /// The bytes of the string argument at slots `i..i+2`.
    #[inline]
    pub fn str_bytes_arg(&self, at: usize, i: usize) -> &[u8] {
        self.heap.string(self.str_val_arg(at, i))
    }

    /// Writes string value `s` as result slots `i..i+2`.
    #[inline]
    pub fn ret_str_val(&mut self, at: usize, i: usize, s: [u64; 2]) {
        self.ret(at, i, s[0]);
        self.ret(at, i + 1, s[1]);
    }

    /// A new slice of one-slot 8-byte elements holding `vals` (whose
    /// references are as `scan` says).
    pub fn slice_of_words(&mut self, vals: Vec<u64>, scan: Scan) -> [u64; 3] {
        let n = vals.len() as u64;
        let h = self.heap.alloc_words(vals, scan);
        [ptr(h, 0), n, n]
    }
}

/// `print` of one interface-boxed value, as Go's runtime prints it.
pub(crate) fn printany(vm: &mut Vm, at: usize) -> VmResult<()> {
    let (ty, data) = (vm.arg(at, 0), vm.arg(at, 1));
    let s = if ty == 0 {
        b"nil".to_vec()
    } else {
        let t = TypeId(ty as u32);
        match vm.basic_text(t, data) {
            Some(s) => s,
            None => format!("{:#x}", fake_address(data)).into_bytes(),
        }
    };
    vm.write_stderr(&s);
    Ok(())
}

/// An address to print for pointer-like word `w` (Go prints real
/// addresses, which the conformance expectations mask as `0x?`).
fn fake_address(w: u64) -> u64 {
    match ptr_handle(w) {
        0 => 0xc000010000u64 + w * 8,
        _ => crate::heap::address(w),
    }
}

/// `print` of a value of interface type: its two words, as Go's
/// `printeface`/`printiface` (`(0x0,0x0)` for nil).
pub(crate) fn printiface(vm: &mut Vm, at: usize) -> VmResult<()> {
    let (ty, data) = (vm.arg(at, 0), vm.arg(at, 1));
    let s = if ty == 0 {
        "(0x0,0x0)".to_string()
    } else {
        format!("({:#x},{:#x})", 0x4a0000 + ty * 32, fake_address(data))
    };
    vm.write_stderr(s.as_bytes());
    Ok(())
}

/// `println`'s separator.
pub(crate) fn printsp(vm: &mut Vm, _at: usize) -> VmResult<()> {
    vm.write_stderr(b" ");
    Ok(())
}

/// `println`'s newline.
pub(crate) fn printnl(vm: &mut Vm, _at: usize) -> VmResult<()> {
    vm.write_stderr(b"\n");
    Ok(())
}

/// `string(rune)`.
pub(crate) fn intstring(vm: &mut Vm, at: usize) -> VmResult<()> {
    let r = vm.arg(at, 0) as i64;
    let mut b = vec![];
    let r = if (0..=0x10FFFF).contains(&r) {
        r as u32
    } else {
        utf8::RUNE_ERROR
    };
    utf8::encode_rune(&mut b, r);
    let s = vm.str_value(&b);
    vm.ret_str_val(at, 0, s);
    Ok(())
}

/// The capacity gc gives `[]byte(s)` / `[]rune(s)` of `n` elements of
/// `size` bytes, by how it allocates (`buf`: the lowering's `ConvBuf`:
/// 0 exactly `n`, 1 the heap's size class, 2 gc's 32-element stack
/// `tmpBuf` when `n` fits).
fn conv_cap(n: usize, size: u64, buf: u64) -> usize {
    const TMP_BUF: usize = 32;
    match buf {
        0 => n,
        2 if n <= TMP_BUF => TMP_BUF,
        _ => (crate::slow::roundupsize(n as u64 * size, true) / size) as usize,
    }
}

/// Returns the result of `[]byte(s)` / `[]rune(s)` (Go's `rawbyteslice`
/// / `rawruneslice`): `n` elements stored as `mem`, written by `fill`
/// into fresh zeroed memory, with the capacity [`conv_cap`] gives.
fn conv_result(
    vm: &mut Vm,
    at: usize,
    n: usize,
    mem: Mem,
    fill: impl FnOnce(&Vm, &mut [u8]),
) -> VmResult<()> {
    let size = mem.size() as u64;
    let cap = conv_cap(n, size, vm.arg(at, 2));
    let bytes = cap as u64 * size;
    let Some(mut out) = Heap::zeroed_words(bytes).filter(|_| bytes <= vm.heap.limit() as u64)
    else {
        return Err(vm.out_of_memory(bytes));
    };
    // SAFETY: any initialized u64 is 8 initialized bytes; u8 has no
    // alignment requirement.
    let view =
        unsafe { std::slice::from_raw_parts_mut(out.as_mut_ptr().cast::<u8>(), 8 * out.len()) };
    fill(vm, &mut view[..n * size as usize]);
    let h = vm.heap.alloc_words(out, Scan::None);
    for (i, w) in [ptr(h, 0), n as u64, cap as u64].into_iter().enumerate() {
        vm.ret(at, i, w);
    }
    Ok(())
}

/// `[]byte(s)`: args s (2 slots), buf (see [`conv_cap`]).
pub(crate) fn stringtoslicebyte(vm: &mut Vm, at: usize) -> VmResult<()> {
    let n = vm.arg(at, 1) as usize;
    conv_result(vm, at, n, Mem::U8, |vm, out| {
        out.copy_from_slice(vm.str_bytes_arg(at, 0))
    })
}

/// `[]rune(s)`: args s (2 slots), buf (see [`conv_cap`]).
pub(crate) fn stringtoslicerune(vm: &mut Vm, at: usize) -> VmResult<()> {
    let n = utf8::rune_count(vm.str_bytes_arg(at, 0));
    conv_result(vm, at, n, Mem::I32, |vm, out| {
        let mut s: &[u8] = vm.str_bytes_arg(at, 0);
        let mut i = 0;
        while !s.is_empty() {
            let (r, k) = utf8::decode_rune(s);
            Mem::I32.write(out, i, r as u64);
            (i, s) = (i + 4, &s[k..]);
        }
    })
}

/// `string(bytes)`.
pub(crate) fn slicebytetostring(vm: &mut Vm, at: usize) -> VmResult<()> {
    let s = [vm.arg(at, 0), vm.arg(at, 1), vm.arg(at, 2)];
    if s[1] > vm.heap.limit() as u64 {
        return Err(vm.out_of_memory(s[1]));
    }
    // The bytes as a view, copied once into the new string.
    match vm.heap.try_concat(&[[s[0], s[1]]]) {
        Some(v) => vm.ret_str_val(at, 0, v),
        None => return Err(vm.out_of_memory(s[1])),
    }
    Ok(())
}

/// The rune a `[]rune` element converts to (U+FFFD if invalid).
fn valid_rune(w: u64) -> u32 {
    let r = w as i32 as i64;
    if (0..=0x10FFFF).contains(&r) {
        r as u32
    } else {
        utf8::RUNE_ERROR
    }
}

/// `string(runes)`: Go sizes the string first (`slicerunetostring`).
pub(crate) fn slicerunetostring(vm: &mut Vm, at: usize) -> VmResult<()> {
    let s = [vm.arg(at, 0), vm.arg(at, 1), vm.arg(at, 2)];
    let runes = |vm: &Vm| {
        let m = vm.slice_mem(s, 4);
        m.chunks_exact(4)
            .map(|c| Mem::I32.read(c, 0))
            .collect::<Vec<_>>()
    };
    let size: usize = runes(vm)
        .into_iter()
        .map(|w| utf8::rune_len(valid_rune(w)))
        .sum();
    let mut out = super::try_vec(vm, size, size as u64)?;
    for w in runes(vm) {
        utf8::encode_rune(&mut out, valid_rune(w));
    }
    let v = vm.heap.new_string_owned(out);
    vm.ret_str_val(at, 0, v);
    Ok(())
}

/// `copy(dst, src)`: args dst (3), src (3), element size in bytes (1).
pub(crate) fn slicecopy(vm: &mut Vm, at: usize) -> VmResult<()> {
    let d = [vm.arg(at, 0), vm.arg(at, 1), vm.arg(at, 2)];
    let s = [vm.arg(at, 3), vm.arg(at, 4), vm.arg(at, 5)];
    let e = vm.arg(at, 6) as usize;
    let n = d[1].min(s[1]) as usize;
    if n > 0 && e > 0 {
        // In place within one backing array (the ranges may overlap);
        // between two, through a bounded buffer: copy never allocates.
        let (dh, doff) = (ptr_handle(d[0]), ptr_off(d[0]) as usize);
        let (sh, soff) = (ptr_handle(s[0]), ptr_off(s[0]) as usize);
        let total = n * e;
        if dh == sh {
            vm.heap.mem_mut(dh).copy_within(soff..soff + total, doff);
        } else {
            let (from, to) = vm.heap.two_mems(sh, dh);
            to[doff..doff + total].copy_from_slice(&from[soff..soff + total]);
        }
    }
    vm.ret(at, 0, n as u64);
    Ok(())
}

/// `clear(m)` for maps.
pub(crate) fn mapclear(vm: &mut Vm, at: usize) -> VmResult<()> {
    let m = vm.arg(at, 0);
    if m != 0 {
        vm.heap.map_mut(m as u32).clear();
    }
    Ok(())
}

/// `clear(s)` for slices: args slice (3), element size in bytes (1).
pub(crate) fn sliceclear(vm: &mut Vm, at: usize) -> VmResult<()> {
    let s = [vm.arg(at, 0), vm.arg(at, 1), vm.arg(at, 2)];
    let e = vm.arg(at, 3) as usize;
    if s[1] > 0 {
        let off = ptr_off(s[0]) as usize;
        vm.heap.mem_mut(ptr_handle(s[0]))[off..off + s[1] as usize * e].fill(0);
    }
    Ok(())
}

/// x86's MINSD on float64 bits: the first operand if it is less, else the
/// second (so the second when either is NaN or both are zeros).
fn minsd(a: u64, b: u64) -> u64 {
    if f64::from_bits(a) < f64::from_bits(b) {
        a
    } else {
        b
    }
}

/// The builtin `min` of two floats as gc compiles it on amd64
/// (`POR (MINSD x y) (MINSD y x)`): the lesser, -0 for min(0, -0), and a
/// NaN operand's payload ORed with the other operand's bits (its sign
/// too). float32 values, held as float64, come out the same.
fn go_fmin(a: u64, b: u64) -> u64 {
    minsd(a, b) | minsd(b, a)
}

/// The builtin `max` of two floats: gc's `-min(-x, -y)`.
fn go_fmax(a: u64, b: u64) -> u64 {
    const SIGN: u64 = 1 << 63;
    go_fmin(a ^ SIGN, b ^ SIGN) ^ SIGN
}

fn minmax(vm: &mut Vm, at: usize, want_min: bool) -> VmResult<()> {
    // Args: the values, their count, their kind (0 signed, 1 unsigned,
    // 2 float, 3 string).
    // The interpreter leaves `vm.sp` just above the arguments.
    let count_at = vm.sp - 2;
    let n = vm.arg(count_at, 0) as usize;
    let kind = vm.arg(count_at, 1);
    if kind == 3 {
        // Strings: two slots each.
        let mut best = vm.str_val_arg(at, 0);
        for i in 1..n {
            let v = vm.str_val_arg(at, 2 * i);
            let (a, b) = (vm.heap.string(v), vm.heap.string(best));
            if (want_min && a < b) || (!want_min && a > b) {
                best = v;
            }
        }
        vm.ret_str_val(at, 0, best);
        return Ok(());
    }
    let mut best = vm.arg(at, 0);
    for i in 1..n {
        let v = vm.arg(at, i);
        let better = match kind {
            0 => {
                if want_min {
                    (v as i64) < best as i64
                } else {
                    (v as i64) > best as i64
                }
            }
            1 => {
                if want_min {
                    v < best
                } else {
                    v > best
                }
            }
            2 => {
                best = if want_min {
                    go_fmin(best, v)
                } else {
                    go_fmax(best, v)
                };
                continue;
            }
            _ => unreachable!("min/max kind {kind}"),
        };
        if better {
            best = v;
        }
    }
    vm.ret(at, 0, best);
    Ok(())
}

/// `min(...)`.
pub(crate) fn min(vm: &mut Vm, at: usize) -> VmResult<()> {
    minmax(vm, at, true)
}

/// `max(...)`.
pub(crate) fn max(vm: &mut Vm, at: usize) -> VmResult<()> {
    minmax(vm, at, false)
}

/// `(*[N]T)(s)`: args slice (3), N; panics if `len(s) < N`.
pub(crate) fn slicetoarrayptr(vm: &mut Vm, at: usize) -> VmResult<()> {
    let (p, len, n) = (vm.arg(at, 0), vm.arg(at, 1), vm.arg(at, 3));
    if len < n {
        let msg = format!(
            "cannot convert slice with length {len} to array or pointer to array with length {n}"
        );
        // A boundsError (boundsConvert) in Go.
        return Err(vm.raise(crate::errors::RuntimeError::SliceBounds(msg)));
    }
    vm.ret(at, 0, p);
    Ok(())
}

/// Go's `panicwrap`: the value-method wrapper of `*T` called with a nil
/// pointer. Args: the message (a string).
pub(crate) fn panicwrap(vm: &mut Vm, at: usize) -> VmResult<()> {
    let msg = String::from_utf8_lossy(vm.str_bytes_arg(at, 0)).into_owned();
    Err(vm.raise(crate::errors::RuntimeError::Plain(msg)))
}

/// The address of `runtime.zerobase`, which every zero-size heap object
/// and zero-size global shares (no args, one result).
pub(crate) fn zerobase(vm: &mut Vm, at: usize) -> VmResult<()> {
    let p = vm.heap.zerobase();
    vm.ret(at, 0, p);
    Ok(())
}

/// `runtime.Goexit()`.
pub(crate) fn goexit(vm: &mut Vm, _at: usize) -> VmResult<()> {
    Err(vm.goexit())
}

/// `runtime.GC()`: a full collection, now (the native's call is a
/// safepoint: its caller's frame is exact).
pub(crate) fn gc(vm: &mut Vm, _at: usize) -> VmResult<()> {
    vm.collect();
    Ok(())
}
