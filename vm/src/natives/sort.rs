//! `sort`: Go's pattern-defeating quicksort and stable insertion/symMerge
//! sort, ported from `sort/zsortinterface.go` (identical to
//! `zsortfunc.go` and `slices/zsortordered.go` up to how elements are
//! compared and swapped), so that the order of equal elements, and the
//! sequence of `Less`/`Swap` calls, are exactly Go's.
//!
//! Three kinds of data share the algorithm ([`Data`]):
//! - [`Ordered`]: `[]int`, `[]float64`, `[]string` for `sort.Ints` etc.
//!   (Go 1.22+ sorts these with `slices.Sort`, i.e. `cmp.Less`);
//! - [`FuncData`]: `sort.Slice`'s less closure over any slice;
//! - [`IfaceData`]: a `sort.Interface`'s `Less`/`Swap` methods.

use crate::errors::RuntimeError;
use crate::heap::{ptr_handle, ptr_off};
use crate::types::{FuncId, IntKind, Type, TypeId};
use crate::vm::{Vm, VmResult};

/// The operations the algorithms need.
pub trait Data {
    /// `data.Less(i, j)`.
    fn less(&mut self, vm: &mut Vm, i: usize, j: usize) -> VmResult<bool>;
    /// `data.Swap(i, j)`.
    fn swap(&mut self, vm: &mut Vm, i: usize, j: usize) -> VmResult<()>;
}

fn insertion_sort<D: Data>(d: &mut D, vm: &mut Vm, a: usize, b: usize) -> VmResult<()> {
    for i in a + 1..b {
        let mut j = i;
        while j > a && d.less(vm, j, j - 1)? {
            d.swap(vm, j, j - 1)?;
            j -= 1;
        }
    }
    Ok(())
}

fn sift_down<D: Data>(d: &mut D, vm: &mut Vm, lo: usize, hi: usize, first: usize) -> VmResult<()> {
    let mut root = lo;
    loop {
        let mut child = 2 * root + 1;
        if child >= hi {
            return Ok(());
        }
        if child + 1 < hi && d.less(vm, first + child, first + child + 1)? {
            child += 1;
        }
        if !d.less(vm, first + root, first + child)? {
            return Ok(());
        }
        d.swap(vm, first + root, first + child)?;
        root = child;
    }
}

fn heap_sort<D: Data>(d: &mut D, vm: &mut Vm, a: usize, b: usize) -> VmResult<()> {
    let first = a;
    let lo = 0;
    let hi = b - a;
    let mut i = (hi as isize - 1) / 2;
    while i >= 0 {
        sift_down(d, vm, i as usize, hi, first)?;
        i -= 1;
    }
    let mut i = hi as isize - 1;
    while i >= 0 {
        d.swap(vm, first, first + i as usize)?;
        sift_down(d, vm, lo, i as usize, first)?;
        i -= 1;
    }
    Ok(())
}

#[derive(PartialEq, Eq, Clone, Copy)]
enum Hint {
    Unknown,
    Increasing,
    Decreasing,
}

/// `bits.Len(uint(n))`.
pub fn bits_len(n: usize) -> usize {
    (usize::BITS - n.leading_zeros()) as usize
}

/// Go's `pdqsort(data, a, b, limit)`.
pub fn pdqsort<D: Data>(
    d: &mut D,
    vm: &mut Vm,
    mut a: usize,
    mut b: usize,
    mut limit: usize,
) -> VmResult<()> {
    const MAX_INSERTION: usize = 12;
    let mut was_balanced = true;
    let mut was_partitioned = true;
    loop {
        let length = b - a;
        if length <= MAX_INSERTION {
            return insertion_sort(d, vm, a, b);
        }
        if limit == 0 {
            return heap_sort(d, vm, a, b);
        }
        if !was_balanced {
            break_patterns(d, vm, a, b)?;
            limit -= 1;
        }
        let (mut pivot, mut hint) = choose_pivot(d, vm, a, b)?;
        if hint == Hint::Decreasing {
            reverse_range(d, vm, a, b)?;
            pivot = (b - 1) - (pivot - a);
            hint = Hint::Increasing;
        }
        if was_balanced
            && was_partitioned
            && hint == Hint::Increasing
            && partial_insertion_sort(d, vm, a, b)?
        {
            return Ok(());
        }
        if a > 0 && !d.less(vm, a - 1, pivot)? {
            let mid = partition_equal(d, vm, a, b, pivot)?;
            a = mid;
            continue;
        }
        let (mid, already) = partition(d, vm, a, b, pivot)?;
        was_partitioned = already;
        let (left_len, right_len) = (mid - a, b - mid);
        let balance_threshold = length / 8;
        if left_len < right_len {
            was_balanced = left_len >= balance_threshold;
            pdqsort(d, vm, a, mid, limit)?;
            a = mid + 1;
        } else {
            was_balanced = right_len >= balance_threshold;
            pdqsort(d, vm, mid + 1, b, limit)?;
            b = mid;
        }
    }
}

fn partition<D: Data>(
    d: &mut D,
    vm: &mut Vm,
    a: usize,
    b: usize,
    pivot: usize,
) -> VmResult<(usize, bool)> {
    d.swap(vm, a, pivot)?;
    // i and j are inclusive bounds; j may go below a+1 (to a).
    let (mut i, mut j) = (a as isize + 1, b as isize - 1);
    while i <= j && d.less(vm, i as usize, a)? {
        i += 1;
    }
    while i <= j && !d.less(vm, j as usize, a)? {
        j -= 1;
    }
    if i > j {
        d.swap(vm, j as usize, a)?;
        return Ok((j as usize, true));
    }
    d.swap(vm, i as usize, j as usize)?;
    i += 1;
    j -= 1;
    loop {
        while i <= j && d.less(vm, i as usize, a)? {
            i += 1;
        }
        while i <= j && !d.less(vm, j as usize, a)? {
            j -= 1;
        }
        if i > j {
            break;
        }
        d.swap(vm, i as usize, j as usize)?;
        i += 1;
        j -= 1;
    }
    d.swap(vm, j as usize, a)?;
    Ok((j as usize, false))
}

fn partition_equal<D: Data>(
    d: &mut D,
    vm: &mut Vm,
    a: usize,
    b: usize,
    pivot: usize,
) -> VmResult<usize> {
    d.swap(vm, a, pivot)?;
    let (mut i, mut j) = (a as isize + 1, b as isize - 1);
    loop {
        while i <= j && !d.less(vm, a, i as usize)? {
            i += 1;
        }
        while i <= j && d.less(vm, a, j as usize)? {
            j -= 1;
        }
        if i > j {
            break;
        }
        d.swap(vm, i as usize, j as usize)?;
        i += 1;
        j -= 1;
    }
    Ok(i as usize)
}

fn partial_insertion_sort<D: Data>(d: &mut D, vm: &mut Vm, a: usize, b: usize) -> VmResult<bool> {
    const MAX_STEPS: usize = 5;
    const SHORTEST_SHIFTING: usize = 50;
    let mut i = a + 1;
    for _ in 0..MAX_STEPS {
        while i < b && !d.less(vm, i, i - 1)? {
            i += 1;
        }
        if i == b {
            return Ok(true);
        }
        if b - a < SHORTEST_SHIFTING {
            return Ok(false);
        }
        d.swap(vm, i, i - 1)?;
        if i - a >= 2 {
            let mut j = i - 1;
            while j >= 1 {
                if !d.less(vm, j, j - 1)? {
                    break;
                }
                d.swap(vm, j, j - 1)?;
                j -= 1;
            }
        }
        if b - i >= 2 {
            let mut j = i + 1;
            while j < b {
                if !d.less(vm, j, j - 1)? {
                    break;
                }
                d.swap(vm, j, j - 1)?;
                j += 1;
            }
        }
    }
    Ok(false)
}

fn break_patterns<D: Data>(d: &mut D, vm: &mut Vm, a: usize, b: usize) -> VmResult<()> {
    let length = b - a;
    if length >= 8 {
        let mut random = length as u64;
        let modulus = 1u64 << bits_len(length);
        let mut idx = a + (length / 4) * 2 - 1;
        while idx <= a + (length / 4) * 2 + 1 {
            random ^= random << 13;
            random ^= random >> 7;
            random ^= random << 17;
            let mut other = (random & (modulus - 1)) as usize;
            if other >= length {
                other -= length;
            }
            d.swap(vm, idx, a + other)?;
            idx += 1;
        }
    }
    Ok(())
}

fn choose_pivot<D: Data>(d: &mut D, vm: &mut Vm, a: usize, b: usize) -> VmResult<(usize, Hint)> {
    const SHORTEST_NINTHER: usize = 50;
    const MAX_SWAPS: usize = 4 * 3;
    let l = b - a;
    let mut swaps = 0;
    let mut i = a + l / 4;
    let mut j = a + l / 4 * 2;
    let mut k = a + l / 4 * 3;
    if l >= 8 {
        if l >= SHORTEST_NINTHER {
            i = median_adjacent(d, vm, i, &mut swaps)?;
            j = median_adjacent(d, vm, j, &mut swaps)?;
            k = median_adjacent(d, vm, k, &mut swaps)?;
        }
        j = median(d, vm, i, j, k, &mut swaps)?;
    }
    Ok(match swaps {
        0 => (j, Hint::Increasing),
        MAX_SWAPS => (j, Hint::Decreasing),
        _ => (j, Hint::Unknown),
    })
}

fn order2<D: Data>(
    d: &mut D,
    vm: &mut Vm,
    a: usize,
    b: usize,
    swaps: &mut usize,
) -> VmResult<(usize, usize)> {
    if d.less(vm, b, a)? {
        *swaps += 1;
        return Ok((b, a));
    }
    Ok((a, b))
}

fn median<D: Data>(
    d: &mut D,
    vm: &mut Vm,
    a: usize,
    b: usize,
    c: usize,
    swaps: &mut usize,
) -> VmResult<usize> {
    let (a, b) = order2(d, vm, a, b, swaps)?;
    let (b, c) = order2(d, vm, b, c, swaps)?;
    let _ = c;
    let (_a, b) = order2(d, vm, a, b, swaps)?;
    Ok(b)
}

fn median_adjacent<D: Data>(
    d: &mut D,
    vm: &mut Vm,
    a: usize,
    swaps: &mut usize,
) -> VmResult<usize> {
    median(d, vm, a - 1, a, a + 1, swaps)
}

fn reverse_range<D: Data>(d: &mut D, vm: &mut Vm, a: usize, b: usize) -> VmResult<()> {
    let (mut i, mut j) = (a, b - 1);
    while i < j {
        d.swap(vm, i, j)?;
        i += 1;
        j -= 1;
    }
    Ok(())
}

fn swap_range<D: Data>(d: &mut D, vm: &mut Vm, a: usize, b: usize, n: usize) -> VmResult<()> {
    for i in 0..n {
        d.swap(vm, a + i, b + i)?;
    }
    Ok(())
}

/// Go's `stable(data, n)`.
pub fn stable<D: Data>(d: &mut D, vm: &mut Vm, n: usize) -> VmResult<()> {
    let mut block_size = 20;
    let (mut a, mut b) = (0, block_size);
    while b <= n {
        insertion_sort(d, vm, a, b)?;
        a = b;
        b += block_size;
    }
    insertion_sort(d, vm, a, n)?;
    while block_size < n {
        a = 0;
        b = 2 * block_size;
        while b <= n {
            sym_merge(d, vm, a, a + block_size, b)?;
            a = b;
            b += 2 * block_size;
        }
        let m = a + block_size;
        if m < n {
            sym_merge(d, vm, a, m, n)?;
        }
        block_size *= 2;
    }
    Ok(())
}

fn sym_merge<D: Data>(d: &mut D, vm: &mut Vm, a: usize, m: usize, b: usize) -> VmResult<()> {
    if m - a == 1 {
        let (mut i, mut j) = (m, b);
        while i < j {
            let h = (i + j) / 2;
            if d.less(vm, h, a)? {
                i = h + 1;
            } else {
                j = h;
            }
        }
        let mut k = a;
        while k + 1 < i {
            d.swap(vm, k, k + 1)?;
            k += 1;
        }
        return Ok(());
    }
    if b - m == 1 {
        let (mut i, mut j) = (a, m);
        while i < j {
            let h = (i + j) / 2;
            if !d.less(vm, m, h)? {
                i = h + 1;
            } else {
                j = h;
            }
        }
        let mut k = m;
        while k > i {
            d.swap(vm, k, k - 1)?;
            k -= 1;
        }
        return Ok(());
    }
    let mid = (a + b) / 2;
    let n = mid + m;
    let (mut start, mut r) = if m > mid { (n - b, mid) } else { (a, m) };
    let p = n - 1;
    while start < r {
        let c = (start + r) / 2;
        if !d.less(vm, p - c, c)? {
            start = c + 1;
        } else {
            r = c;
        }
    }
    let end = n - start;
    if start < m && m < end {
        rotate(d, vm, start, m, end)?;
    }
    if a < start && start < mid {
        sym_merge(d, vm, a, start, mid)?;
    }
    if mid < end && end < b {
        sym_merge(d, vm, mid, end, b)?;
    }
    Ok(())
}

fn rotate<D: Data>(d: &mut D, vm: &mut Vm, a: usize, m: usize, b: usize) -> VmResult<()> {
    let mut i = m - a;
    let mut j = b - m;
    while i != j {
        if i > j {
            swap_range(d, vm, m - i, m, j)?;
            i -= j;
        } else {
            swap_range(d, vm, m - i, m + j - i, i)?;
            j -= i;
        }
    }
    swap_range(d, vm, m - i, m, i)
}

// ---------------------------------------------------------------------------
// The three kinds of data.

/// How ordered elements compare (`cmp.Less`).
#[derive(Clone, Copy)]
pub enum Kind {
    /// Signed integers.
    Int,
    /// Floats: NaNs sort first.
    Float,
    /// Strings, by bytes.
    Str,
}

/// A local copy of an ordered slice's elements.
pub struct Ordered {
    /// The elements (a string's two slots; a number in the first).
    pub v: Vec<[u64; 2]>,
    /// How they compare.
    pub kind: Kind,
}

fn ordered_less(vm: &Vm, kind: Kind, x: [u64; 2], y: [u64; 2]) -> bool {
    match kind {
        Kind::Int => (x[0] as i64) < (y[0] as i64),
        Kind::Float => {
            let (x, y) = (f64::from_bits(x[0]), f64::from_bits(y[0]));
            (x.is_nan() && !y.is_nan()) || x < y
        }
        Kind::Str => vm.heap.string(x) < vm.heap.string(y),
    }
}

impl Kind {
    /// Slots per element.
    fn slots(self) -> usize {
        match self {
            Kind::Str => 2,
            Kind::Int | Kind::Float => 1,
        }
    }
}

/// The elements of ordered slice `s` of `kind`.
fn ordered_elems(vm: &Vm, s: [u64; 3], kind: Kind) -> Vec<[u64; 2]> {
    let k = kind.slots();
    vm.slice_words(s, k as u32)
        .chunks_exact(k)
        .map(|c| [c[0], c.get(1).copied().unwrap_or(0)])
        .collect()
}

impl Data for Ordered {
    fn less(&mut self, vm: &mut Vm, i: usize, j: usize) -> VmResult<bool> {
        Ok(ordered_less(vm, self.kind, self.v[i], self.v[j]))
    }
    fn swap(&mut self, _vm: &mut Vm, i: usize, j: usize) -> VmResult<()> {
        self.v.swap(i, j);
        Ok(())
    }
}

/// A less closure over a slice in the heap (`sort.Slice`).
pub struct FuncData {
    less: u64,
    ptr: u64,
    elem_size: usize,
}

impl Data for FuncData {
    fn less(&mut self, vm: &mut Vm, i: usize, j: usize) -> VmResult<bool> {
        if self.less == 0 {
            return Err(vm.raise(RuntimeError::NilDeref));
        }
        let r = vm.call_closure(self.less, &[i as u64, j as u64], true)?;
        Ok(r.first().copied().unwrap_or(0) != 0)
    }
    fn swap(&mut self, vm: &mut Vm, i: usize, j: usize) -> VmResult<()> {
        let es = self.elem_size;
        if es == 0 || i == j {
            return Ok(());
        }
        let off = ptr_off(self.ptr) as usize;
        let s = vm.heap.mem_mut(ptr_handle(self.ptr));
        let (lo, hi) = (i.min(j), i.max(j));
        let (x, y) = s.split_at_mut(off + hi * es);
        x[off + lo * es..off + lo * es + es].swap_with_slice(&mut y[..es]);
        Ok(())
    }
}

/// A `sort.Interface` value: its data word and methods.
pub struct IfaceData {
    data: u64,
    less: FuncId,
    swap: FuncId,
}

impl Data for IfaceData {
    fn less(&mut self, vm: &mut Vm, i: usize, j: usize) -> VmResult<bool> {
        let r = vm.call_func(self.less, &[self.data, i as u64, j as u64])?;
        Ok(r.first().copied().unwrap_or(0) != 0)
    }
    fn swap(&mut self, vm: &mut Vm, i: usize, j: usize) -> VmResult<()> {
        vm.call_func(self.swap, &[self.data, i as u64, j as u64])?;
        Ok(())
    }
}

// ---------------------------------------------------------------------------
// Natives.

fn slice_arg(vm: &Vm, at: usize) -> [u64; 3] {
    [vm.arg(at, 0), vm.arg(at, 1), vm.arg(at, 2)]
}

fn sort_ordered(vm: &mut Vm, at: usize, kind: Kind) -> VmResult<()> {
    let s = slice_arg(vm, at);
    let n = s[1] as usize;
    if n < 2 {
        return Ok(());
    }
    let mut d = Ordered {
        v: ordered_elems(vm, s, kind),
        kind,
    };
    pdqsort(&mut d, vm, 0, n, bits_len(n))?;
    let (off, k) = (ptr_off(s[0]) as usize, kind.slots());
    let dst = &mut vm.heap.words_mut(ptr_handle(s[0]))[off / 8..off / 8 + n * k];
    for (c, v) in dst.chunks_exact_mut(k).zip(&d.v) {
        c.copy_from_slice(&v[..k]);
    }
    Ok(())
}

/// `sort.Ints(x []int)`
pub(crate) fn n_ints(vm: &mut Vm, at: usize) -> VmResult<()> {
    sort_ordered(vm, at, Kind::Int)
}

/// `sort.Float64s(x []float64)`
pub(crate) fn n_float64s(vm: &mut Vm, at: usize) -> VmResult<()> {
    sort_ordered(vm, at, Kind::Float)
}

/// `sort.Strings(x []string)`
pub(crate) fn n_strings(vm: &mut Vm, at: usize) -> VmResult<()> {
    sort_ordered(vm, at, Kind::Str)
}

fn is_sorted_ordered(vm: &mut Vm, at: usize, kind: Kind) -> VmResult<()> {
    let s = slice_arg(vm, at);
    let v = ordered_elems(vm, s, kind);
    let ok = (1..v.len())
        .rev()
        .all(|i| !ordered_less(vm, kind, v[i], v[i - 1]));
    vm.ret(at, 0, ok as u64);
    Ok(())
}

/// `sort.IntsAreSorted(x []int) bool`
pub(crate) fn n_ints_are_sorted(vm: &mut Vm, at: usize) -> VmResult<()> {
    is_sorted_ordered(vm, at, Kind::Int)
}

/// `sort.Float64sAreSorted(x []float64) bool`
pub(crate) fn n_float64s_are_sorted(vm: &mut Vm, at: usize) -> VmResult<()> {
    is_sorted_ordered(vm, at, Kind::Float)
}

/// `sort.StringsAreSorted(x []string) bool`
pub(crate) fn n_strings_are_sorted(vm: &mut Vm, at: usize) -> VmResult<()> {
    is_sorted_ordered(vm, at, Kind::Str)
}

/// Go's `reflect.Kind` number of type `t` (abi.Kind).
fn kind_of(vm: &Vm, t: TypeId) -> u64 {
    match vm.prog.types.under(t) {
        Type::Bool => 1,
        Type::Int(k) => match k {
            IntKind::Int => 2,
            IntKind::I8 => 3,
            IntKind::I16 => 4,
            IntKind::I32 => 5,
            IntKind::I64 => 6,
            IntKind::Uint => 7,
            IntKind::U8 => 8,
            IntKind::U16 => 9,
            IntKind::U32 => 10,
            IntKind::U64 => 11,
            IntKind::Uintptr => 12,
        },
        Type::Float32 => 13,
        Type::Float64 => 14,
        Type::Array(..) => 17,
        Type::Func(_) => 19,
        Type::Interface(_) => 20,
        Type::Map(..) => 21,
        Type::Pointer(_) => 22,
        Type::Slice(_) => 23,
        Type::String => 24,
        Type::Struct(_) => 25,
        _ => 0,
    }
}

/// `reflectlite.KindOf(x any) Kind`: `ValueOf(x).Kind()`, `Invalid` for nil.
pub(crate) fn n_kind_of(vm: &mut Vm, at: usize) -> VmResult<()> {
    let t = vm.arg(at, 0);
    let k = if t == 0 {
        0
    } else {
        kind_of(vm, TypeId(t as u32))
    };
    vm.ret(at, 0, k);
    Ok(())
}

/// The slice held by interface `x` (slots at `at`, `at+1`, a slice: the
/// prelude's `swapper` checked) and its element size.
fn slice_of_any(vm: &mut Vm, at: usize) -> ([u64; 3], usize) {
    let (t, data) = (vm.arg(at, 0), vm.arg(at, 1));
    let ty = TypeId(t as u32);
    let es = match vm.prog.types.under(ty) {
        Type::Slice(el) => vm.prog.types.layout(*el).size as usize,
        _ => 0,
    };
    let v = vm.unbox_iface_data(ty, data);
    (
        [
            v[0],
            v.get(1).copied().unwrap_or(0),
            v.get(2).copied().unwrap_or(0),
        ],
        es,
    )
}

/// `sort.slice(x any, less func(i, j int) bool)`
pub(crate) fn n_slice(vm: &mut Vm, at: usize) -> VmResult<()> {
    let (s, es) = slice_of_any(vm, at);
    let less = vm.arg(at, 2);
    let n = s[1] as usize;
    let mut d = FuncData {
        less,
        ptr: s[0],
        elem_size: es,
    };
    pdqsort(&mut d, vm, 0, n, bits_len(n))
}

/// `sort.sliceStable(x any, less func(i, j int) bool)`
pub(crate) fn n_slice_stable(vm: &mut Vm, at: usize) -> VmResult<()> {
    let (s, es) = slice_of_any(vm, at);
    let less = vm.arg(at, 2);
    let n = s[1] as usize;
    let mut d = FuncData {
        less,
        ptr: s[0],
        elem_size: es,
    };
    stable(&mut d, vm, n)
}

/// `sort.lenOf(x any) int`: `reflectlite.ValueOf(x).Len()` for
/// `SliceIsSorted`.
pub(crate) fn n_len_of(vm: &mut Vm, at: usize) -> VmResult<()> {
    let (t, data) = (vm.arg(at, 0), vm.arg(at, 1));
    let ty = TypeId(t as u32);
    let n = if t == 0 {
        None
    } else {
        match vm.prog.types.under(ty).clone() {
            Type::Slice(_) => Some(vm.unbox_iface_data(ty, data)[1]),
            Type::Array(_, n) => Some(n),
            Type::String => Some(vm.iface_string(data).len() as u64),
            Type::Map(..) => Some(if data == 0 {
                0
            } else {
                vm.heap.map(data as u32).len() as u64
            }),
            _ => None,
        }
    };
    match n {
        Some(n) => {
            vm.ret(at, 0, n);
            Ok(())
        }
        None => {
            vm.ret(at, 0, u64::MAX); // -1: the prelude panics
            Ok(())
        }
    }
}

/// The `Less` and `Swap` methods of interface value `data` (slots at `at`).
fn iface_data(vm: &mut Vm, at: usize) -> VmResult<IfaceData> {
    let (t, data) = (vm.arg(at, 0), vm.arg(at, 1));
    let ty = TypeId(t as u32);
    let find = |vm: &Vm, name: &str| {
        vm.prog
            .method_id(name)
            .and_then(|m| vm.prog.find_method(ty, m))
    };
    match (find(vm, "Less"), find(vm, "Swap")) {
        (Some(less), Some(swap)) if t != 0 => Ok(IfaceData { data, less, swap }),
        _ => Err(vm.raise(RuntimeError::NilDeref)),
    }
}

/// `sort.pdqsortIface(data Interface, n int)`: `Sort`'s sorting after its
/// `Len` call.
pub(crate) fn n_pdqsort_iface(vm: &mut Vm, at: usize) -> VmResult<()> {
    let n = vm.arg(at, 2) as usize;
    let mut d = iface_data(vm, at)?;
    pdqsort(&mut d, vm, 0, n, bits_len(n))
}

/// `sort.stableIface(data Interface, n int)`
pub(crate) fn n_stable_iface(vm: &mut Vm, at: usize) -> VmResult<()> {
    let n = vm.arg(at, 2) as i64;
    let mut d = iface_data(vm, at)?;
    stable(&mut d, vm, n.max(0) as usize)
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Sorting that records the comparisons, without a VM.
    struct Rec {
        v: Vec<(i32, usize)>,
    }

    fn run(v: &[i32], stable_: bool) -> Vec<(i32, usize)> {
        // The algorithms need a Vm only to pass to Data; a pure Data
        // never touches it, so build a minimal one.
        let prog = std::sync::Arc::new(crate::program::Program::default());
        let mut vm = Vm::new(
            prog,
            Default::default(),
            Box::new(std::io::sink()),
            Box::new(std::io::sink()),
        );
        let mut d = Rec {
            v: v.iter().copied().zip(0..).collect(),
        };
        let n = v.len();
        if stable_ {
            stable(&mut d, &mut vm, n).unwrap();
        } else {
            pdqsort(&mut d, &mut vm, 0, n, bits_len(n)).unwrap();
        }
        d.v
    }

    impl Data for Rec {
        fn less(&mut self, _: &mut Vm, i: usize, j: usize) -> VmResult<bool> {
            Ok(self.v[i].0 < self.v[j].0)
        }
        fn swap(&mut self, _: &mut Vm, i: usize, j: usize) -> VmResult<()> {
            self.v.swap(i, j);
            Ok(())
        }
    }

    #[test]
    fn sorts() {
        let v: Vec<i32> = (0..1000).map(|i| (i * 7919 % 1009) % 50).collect();
        for st in [false, true] {
            let out = run(&v, st);
            assert!(out.windows(2).all(|w| w[0].0 <= w[1].0));
            if st {
                assert!(out.windows(2).all(|w| w[0].0 < w[1].0 || w[0].1 < w[1].1));
            }
        }
        let desc: Vec<i32> = (0..200).rev().collect();
        assert!(run(&desc, false).windows(2).all(|w| w[0].0 <= w[1].0));
    }

    #[test]
    fn equal_elements_order_like_go() {
        // Go 1.27: sort.Slice over keys 1,0,1,0,... (n=20) by key puts the
        // original indexes in this order.
        let v: Vec<i32> = (0..20).map(|i| (i % 2 == 0) as i32).collect();
        let idx: Vec<usize> = run(&v, false).iter().map(|p| p.1).collect();
        assert_eq!(
            idx,
            vec![15, 1, 19, 3, 17, 5, 13, 7, 9, 11, 12, 8, 10, 6, 14, 0, 16, 4, 18, 2]
        );
    }
}
