//! `strconv`: natives over [`crate::fmtcore::strconv`], which is Go-exact.
//!
//! Parsers return an error code that the prelude turns into a
//! `*strconv.NumError` (so errors are ordinary Go values): 0 = ok,
//! 1 = `ErrSyntax`, 2 = `ErrRange`, 3 = invalid base `arg`, 4 = invalid
//! bit size `arg`.

use super::strings::{ret_str, ret_string, str_arg};
use super::{try_vec, MAX_ALLOC};
use crate::errors::RuntimeError;
use crate::fmtcore::strconv as sc;
use crate::fmtcore::strconv::NumErr;
use crate::vm::{Vm, VmResult};

/// The (code, arg) pair of an error.
fn code(e: NumErr) -> (u64, u64) {
    match e {
        NumErr::Syntax => (1, 0),
        NumErr::Range => (2, 0),
        NumErr::Base(b) => (3, b as u64),
        NumErr::BitSize(b) => (4, b as u64),
    }
}

fn ret_parse(vm: &mut Vm, at: usize, r: Result<u64, (NumErr, u64)>) {
    let (v, (c, a)) = match r {
        Ok(v) => (v, (0, 0)),
        Err((e, v)) => (v, code(e)),
    };
    vm.ret(at, 0, v);
    vm.ret(at, 1, c);
    vm.ret(at, 2, a);
}

/// `strconv.parseInt(s string, base, bitSize int) (int64, int, int)`
pub(crate) fn n_parse_int(vm: &mut Vm, at: usize) -> VmResult<()> {
    let s = str_arg(vm, at, 0);
    let (base, bits) = (vm.arg(at, 2) as i64, vm.arg(at, 3) as i64);
    let r = sc::parse_int(&s, base, bits)
        .map(|v| v as u64)
        .map_err(|(e, v)| (e, v as u64));
    ret_parse(vm, at, r);
    Ok(())
}

/// `strconv.parseUint(s string, base, bitSize int) (uint64, int, int)`
pub(crate) fn n_parse_uint(vm: &mut Vm, at: usize) -> VmResult<()> {
    let s = str_arg(vm, at, 0);
    let (base, bits) = (vm.arg(at, 2) as i64, vm.arg(at, 3) as i64);
    let r = sc::parse_uint(&s, base, bits);
    ret_parse(vm, at, r);
    Ok(())
}

/// `strconv.atoi(s string) (int, int, int)`
pub(crate) fn n_atoi(vm: &mut Vm, at: usize) -> VmResult<()> {
    let s = str_arg(vm, at, 0);
    let r = sc::atoi(&s)
        .map(|v| v as u64)
        .map_err(|(e, v)| (e, v as u64));
    ret_parse(vm, at, r);
    Ok(())
}

/// `strconv.parseFloat(s string, bitSize int) (float64, int)`
pub(crate) fn n_parse_float(vm: &mut Vm, at: usize) -> VmResult<()> {
    let s = str_arg(vm, at, 0);
    let bits = if vm.arg(at, 2) as i64 == 32 { 32 } else { 64 };
    let (v, c) = match sc::parse_float(&s, bits) {
        Ok(v) => (v, 0),
        Err((e, v)) => (v, code(e).0),
    };
    vm.ret(at, 0, v.to_bits());
    vm.ret(at, 1, c);
    Ok(())
}

/// `strconv.FormatInt(i int64, base int) string`
pub(crate) fn n_format_int(vm: &mut Vm, at: usize) -> VmResult<()> {
    let (i, base) = (vm.arg(at, 0) as i64, vm.arg(at, 1) as i64);
    if !(2..=36).contains(&base) {
        return Err(vm.panic_with_string("strconv: illegal AppendInt/FormatInt base"));
    }
    let s = sc::format_int(i, base as u32);
    ret_str(vm, at, 0, s.as_bytes());
    Ok(())
}

/// `strconv.FormatUint(i uint64, base int) string`
pub(crate) fn n_format_uint(vm: &mut Vm, at: usize) -> VmResult<()> {
    let (i, base) = (vm.arg(at, 0), vm.arg(at, 1) as i64);
    if !(2..=36).contains(&base) {
        return Err(vm.panic_with_string("strconv: illegal AppendInt/FormatInt base"));
    }
    let s = sc::format_uint(i, base as u32);
    ret_str(vm, at, 0, s.as_bytes());
    Ok(())
}

/// `strconv.Itoa(i int) string`
pub(crate) fn n_itoa(vm: &mut Vm, at: usize) -> VmResult<()> {
    let s = sc::itoa(vm.arg(at, 0) as i64);
    ret_str(vm, at, 0, s.as_bytes());
    Ok(())
}

/// `strconv.FormatFloat(f float64, fmt byte, prec, bitSize int) string`
pub(crate) fn n_format_float(vm: &mut Vm, at: usize) -> VmResult<()> {
    let f = f64::from_bits(vm.arg(at, 0));
    let fmt = vm.arg(at, 1) as u8;
    let prec = vm.arg(at, 2) as i64;
    let bits = vm.arg(at, 3) as i64;
    if bits != 32 && bits != 64 {
        return Err(vm.panic_with_string("strconv: illegal FormatFloat bitSize"));
    }
    // Go formats into make([]byte, 0, max(prec+4, 24)).
    let cap = prec.wrapping_add(4).max(24);
    if cap as u64 > MAX_ALLOC {
        return Err(vm.raise(RuntimeError::MakeSlice("makeslice: cap out of range")));
    }
    // Past the float's exact digits, %e, %f and %x only add zeros (before
    // the exponent): format with a precision that shows every digit, then
    // insert the rest.
    const EXACT: i64 = 1 << 12;
    let pads = matches!(fmt, b'e' | b'E' | b'f' | b'x' | b'X');
    let (p, zeros) = match prec > EXACT && pads {
        true => (EXACT, (prec - EXACT) as u64),
        false => (prec.max(i32::MIN as i64), 0),
    };
    let mut out = Vec::with_capacity(24);
    sc::append_float(&mut out, f, fmt, p as i32, bits as u32);
    let at_exp = match fmt {
        b'f' => None,
        b'x' | b'X' => out.iter().rposition(|&c| c == b'p' || c == b'P'),
        _ => out.iter().rposition(|&c| c == b'e' || c == b'E'),
    };
    if zeros == 0 || !out.contains(&b'.') {
        ret_str(vm, at, 0, &out);
        return Ok(());
    }
    // When prec+4 wraps, Go's buffer grows by append until the system
    // has no more: the report of an allocation it could map.
    let total = zeros.saturating_add(out.len() as u64);
    let go_bytes = if cap < prec {
        total.min((1 << 47) - 1)
    } else {
        cap as u64
    };
    let Ok(n) = usize::try_from(total) else {
        return Err(vm.out_of_memory(go_bytes));
    };
    let mut b = try_vec(vm, n, go_bytes)?;
    let split = at_exp.unwrap_or(out.len());
    b.extend_from_slice(&out[..split]);
    b.resize(b.len() + zeros as usize, b'0');
    b.extend_from_slice(&out[split..]);
    ret_string(vm, at, 0, b);
    Ok(())
}

macro_rules! quote_native {
    ($($native:ident => $f:path,)*) => {$(
        pub(crate) fn $native(vm: &mut Vm, at: usize) -> VmResult<()> {
            let s = $f(vm.str_bytes_arg(at, 0));
            ret_str(vm, at, 0, s.as_bytes());
            Ok(())
        }
    )*};
}

quote_native! {
    n_quote => sc::quote,
    n_quote_to_ascii => sc::quote_to_ascii,
    n_quote_to_graphic => sc::quote_to_graphic,
}

macro_rules! quote_rune_native {
    ($($native:ident => $f:path,)*) => {$(
        pub(crate) fn $native(vm: &mut Vm, at: usize) -> VmResult<()> {
            let s = $f(vm.arg(at, 0) as i32);
            ret_str(vm, at, 0, s.as_bytes());
            Ok(())
        }
    )*};
}

quote_rune_native! {
    n_quote_rune => sc::quote_rune,
    n_quote_rune_to_ascii => sc::quote_rune_to_ascii,
    n_quote_rune_to_graphic => sc::quote_rune_to_graphic,
}

/// `strconv.CanBackquote(s string) bool`
pub(crate) fn n_can_backquote(vm: &mut Vm, at: usize) -> VmResult<()> {
    let r = sc::can_backquote(vm.str_bytes_arg(at, 0));
    vm.ret(at, 0, r as u64);
    Ok(())
}

/// `strconv.IsPrint(r rune) bool`
pub(crate) fn n_is_print(vm: &mut Vm, at: usize) -> VmResult<()> {
    let r = sc::is_print(vm.arg(at, 0) as i32);
    vm.ret(at, 0, r as u64);
    Ok(())
}

/// `strconv.IsGraphic(r rune) bool`
pub(crate) fn n_is_graphic(vm: &mut Vm, at: usize) -> VmResult<()> {
    let r = sc::is_graphic(vm.arg(at, 0) as i32);
    vm.ret(at, 0, r as u64);
    Ok(())
}

/// `strconv.unquote(s string) (string, bool)`
pub(crate) fn n_unquote(vm: &mut Vm, at: usize) -> VmResult<()> {
    let s = str_arg(vm, at, 0);
    match sc::unquote(&s) {
        Ok(v) => {
            ret_str(vm, at, 0, &v);
            vm.ret(at, 2, 1);
        }
        Err(_) => {
            vm.ret(at, 0, 0);
            vm.ret(at, 1, 0);
            vm.ret(at, 2, 0);
        }
    }
    Ok(())
}

/// `strconv.quotedPrefix(s string) (string, bool)`
pub(crate) fn n_quoted_prefix(vm: &mut Vm, at: usize) -> VmResult<()> {
    let s = str_arg(vm, at, 0);
    match sc::quoted_prefix(&s) {
        Ok(v) => {
            ret_str(vm, at, 0, &v);
            vm.ret(at, 2, 1);
        }
        Err(_) => {
            vm.ret(at, 0, 0);
            vm.ret(at, 1, 0);
            vm.ret(at, 2, 0);
        }
    }
    Ok(())
}

/// `strconv.unquoteChar(s string, quote byte) (rune, bool, string, bool)`
pub(crate) fn n_unquote_char(vm: &mut Vm, at: usize) -> VmResult<()> {
    let s = str_arg(vm, at, 0);
    let q = vm.arg(at, 2) as u8;
    match sc::unquote_char(&s, q) {
        Ok((v, mb, tail)) => {
            let tail = tail.to_vec();
            vm.ret(at, 0, v as i64 as u64);
            vm.ret(at, 1, mb as u64);
            ret_str(vm, at, 2, &tail);
            vm.ret(at, 4, 1);
        }
        Err(_) => {
            for i in 0..5 {
                vm.ret(at, i, 0);
            }
        }
    }
    Ok(())
}
