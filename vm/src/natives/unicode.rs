//! `unicode` and `unicode/utf8`: character classes, case mapping and
//! UTF-8 coding with Go's exact semantics.
//!
//! The class tables ([`super::unicode_tables`]) are generated from Go 1.27
//! itself, so every predicate agrees with Go for every rune (Go's Latin-1
//! special cases included: they were dumped through Go's own predicates).

use super::unicode_tables as t;
use crate::fmtcore::utf8 as u8x;
use crate::vm::{Vm, VmResult};

/// `unicode.MaxRune`.
pub const MAX_RUNE: i32 = 0x10FFFF;
/// `unicode.ReplacementChar` / `utf8.RuneError`.
pub const RUNE_ERROR: i32 = 0xFFFD;
/// `unicode.UpperCase`.
pub const UPPER_CASE: usize = 0;
/// `unicode.LowerCase`.
pub const LOWER_CASE: usize = 1;
/// `unicode.TitleCase`.
pub const TITLE_CASE: usize = 2;
/// `unicode.UpperLower`: the delta marking alternating upper/lower runs.
const UPPER_LOWER: i32 = MAX_RUNE + 1;

/// Whether `r` is in the runs `runs` (flat `lo, hi, stride` triples).
#[allow(unknown_lints, clippy::manual_is_multiple_of)] // MSRV 1.80
pub fn in_runs(runs: &[u32], r: i32) -> bool {
    if r < 0 {
        return false;
    }
    let r = r as u32;
    let n = runs.len() / 3;
    // The last run whose lo <= r.
    let (mut lo, mut hi) = (0, n);
    while lo < hi {
        let m = (lo + hi) / 2;
        if runs[3 * m] <= r {
            lo = m + 1;
        } else {
            hi = m;
        }
    }
    if lo == 0 {
        return false;
    }
    let i = 3 * (lo - 1);
    let (l, h, s) = (runs[i], runs[i + 1], runs[i + 2]);
    r <= h && (r - l) % s == 0
}

/// `unicode.IsUpper`.
pub fn is_upper(r: i32) -> bool {
    if (0..0x80).contains(&r) {
        return (b'A' as i32..=b'Z' as i32).contains(&r);
    }
    in_runs(t::UPPER, r)
}

/// `unicode.IsLower`.
pub fn is_lower(r: i32) -> bool {
    if (0..0x80).contains(&r) {
        return (b'a' as i32..=b'z' as i32).contains(&r);
    }
    in_runs(t::LOWER, r)
}

/// `unicode.IsTitle`.
pub fn is_title(r: i32) -> bool {
    in_runs(t::TITLE, r)
}

/// `unicode.IsLetter`.
pub fn is_letter(r: i32) -> bool {
    if (0..0x80).contains(&r) {
        return (r as u8).is_ascii_alphabetic();
    }
    in_runs(t::LETTER, r)
}

/// `unicode.IsDigit`.
pub fn is_digit(r: i32) -> bool {
    if (0..0x80).contains(&r) {
        return (r as u8).is_ascii_digit();
    }
    in_runs(t::DIGIT, r)
}

/// `unicode.IsNumber`.
pub fn is_number(r: i32) -> bool {
    in_runs(t::NUMBER, r)
}

/// `unicode.IsPunct`.
pub fn is_punct(r: i32) -> bool {
    in_runs(t::PUNCT, r)
}

/// `unicode.IsSpace`.
pub fn is_space(r: i32) -> bool {
    match r {
        0x09..=0x0D | 0x20 | 0x85 | 0xA0 => true,
        _ if r < 0x100 => false,
        _ => in_runs(t::SPACE, r),
    }
}

/// `unicode.IsSymbol`.
pub fn is_symbol(r: i32) -> bool {
    in_runs(t::SYMBOL, r)
}

/// `unicode.IsMark`.
pub fn is_mark(r: i32) -> bool {
    in_runs(t::MARK, r)
}

/// `unicode.IsControl`.
pub fn is_control(r: i32) -> bool {
    in_runs(t::CONTROL, r)
}

/// `unicode.IsGraphic`.
pub fn is_graphic(r: i32) -> bool {
    in_runs(t::GRAPHIC, r)
}

/// `unicode.IsPrint`.
pub fn is_print(r: i32) -> bool {
    in_runs(t::PRINT, r)
}

/// `unicode.To(_case, r)`: the mapping and whether `r` had a case range.
pub fn to_case(case: usize, r: i32) -> (i32, bool) {
    if case > TITLE_CASE {
        return (RUNE_ERROR, false);
    }
    let ranges = t::CASE_RANGES;
    let (mut lo, mut hi) = (0, ranges.len());
    while lo < hi {
        let m = (lo + hi) / 2;
        let (clo, chi, delta) = ranges[m];
        let (clo, chi) = (clo as i32, chi as i32);
        if clo <= r && r <= chi {
            let d = delta[case];
            if d == UPPER_LOWER || d > MAX_RUNE {
                // An alternating Upper/Lower run: even offsets are upper
                // case, odd ones lower; UpperCase and TitleCase are even.
                return (clo + (((r - clo) & !1) | (case as i32 & 1)), true);
            }
            return (r + d, true);
        }
        if r < clo {
            hi = m;
        } else {
            lo = m + 1;
        }
    }
    (r, false)
}

/// `unicode.ToUpper`.
pub fn to_upper(r: i32) -> i32 {
    if r <= 0x7F {
        if (b'a' as i32..=b'z' as i32).contains(&r) {
            return r - 32;
        }
        return r;
    }
    to_case(UPPER_CASE, r).0
}

/// `unicode.ToLower`.
pub fn to_lower(r: i32) -> i32 {
    if r <= 0x7F {
        if (b'A' as i32..=b'Z' as i32).contains(&r) {
            return r + 32;
        }
        return r;
    }
    to_case(LOWER_CASE, r).0
}

/// `unicode.ToTitle`.
pub fn to_title(r: i32) -> i32 {
    if r <= 0x7F {
        if (b'a' as i32..=b'z' as i32).contains(&r) {
            return r - 32;
        }
        return r;
    }
    to_case(TITLE_CASE, r).0
}

/// `unicode.SimpleFold`.
pub fn simple_fold(r: i32) -> i32 {
    if !(0..=MAX_RUNE).contains(&r) {
        return r;
    }
    if let Ok(i) = t::FOLD.binary_search_by_key(&(r as u32), |&(from, _)| from) {
        return t::FOLD[i].1 as i32;
    }
    let l = to_lower(r);
    if l != r {
        return l;
    }
    to_upper(r)
}

/// Whether `r` is in named table `id` (1-based index into
/// [`t::TABLE_NAMES`]), for `unicode.Is` on the package's tables.
pub fn in_table(id: usize, r: i32) -> bool {
    match t::TABLES.get(id.wrapping_sub(1)) {
        Some(runs) => in_runs(runs, r),
        None => false,
    }
}

/// The 1-based id of named table `name`, if there is one.
#[cfg(test)]
pub fn table_id(name: &str) -> Option<usize> {
    t::TABLE_NAMES.binary_search(&name).ok().map(|i| i + 1)
}

// ---------------------------------------------------------------------------
// UTF-8 helpers with Go's exact semantics.

/// `utf8.DecodeRune`.
pub fn decode_rune(s: &[u8]) -> (i32, usize) {
    u8x::decode_rune(s)
}

/// `utf8.DecodeLastRune`, exactly as Go scans backwards.
pub fn decode_last_rune(s: &[u8]) -> (i32, usize) {
    let end = s.len();
    if end == 0 {
        return (RUNE_ERROR, 0);
    }
    let mut start = end as isize - 1;
    let r = s[start as usize];
    if r < 0x80 {
        return (r as i32, 1);
    }
    let lim = (end as isize - 4).max(0);
    start -= 1;
    while start >= lim {
        if s[start as usize] & 0xC0 != 0x80 {
            break;
        }
        start -= 1;
    }
    let start = start.max(0) as usize;
    let (r, size) = u8x::decode_rune(&s[start..end]);
    if start + size != end {
        return (RUNE_ERROR, 1);
    }
    (r, size)
}

/// `utf8.FullRune`.
pub fn full_rune(p: &[u8]) -> bool {
    let n = p.len();
    if n == 0 {
        return false;
    }
    let (need, lo, hi) = match p[0] {
        0x00..=0x7F => return true,
        0xC2..=0xDF => (2, 0x80, 0xBF),
        0xE0 => (3, 0xA0, 0xBF),
        0xE1..=0xEC | 0xEE..=0xEF => (3, 0x80, 0xBF),
        0xED => (3, 0x80, 0x9F),
        0xF0 => (4, 0x90, 0xBF),
        0xF1..=0xF3 => (4, 0x80, 0xBF),
        0xF4 => (4, 0x80, 0x8F),
        _ => return true, // invalid: decodes as RuneError, 1
    };
    if n >= need {
        return true;
    }
    // Must be short or invalid.
    if n > 1 && (p[1] < lo || hi < p[1]) {
        return true;
    }
    if n > 2 && (p[2] < 0x80 || 0xBF < p[2]) {
        return true;
    }
    false
}

/// `utf8.AppendRune` / `EncodeRune`: the encoding of `r` (U+FFFD for
/// invalid runes).
pub fn encode_rune(r: i32) -> Vec<u8> {
    let mut v = Vec::with_capacity(4);
    u8x::append_rune(&mut v, r);
    v
}

/// `utf8.RuneCount`.
pub fn rune_count(s: &[u8]) -> usize {
    u8x::rune_count(s)
}

/// `utf8.Valid`.
pub fn valid(s: &[u8]) -> bool {
    u8x::valid(s)
}

/// `utf8.RuneLen`: -1 for invalid runes.
#[cfg(test)]
pub fn rune_len(r: i32) -> i64 {
    u8x::rune_len(r).map_or(-1, |n| n as i64)
}

// ---------------------------------------------------------------------------
// Natives.

fn rune_arg(vm: &Vm, at: usize, i: usize) -> i32 {
    vm.arg(at, i) as i32
}

fn ret_rune(vm: &mut Vm, at: usize, i: usize, r: i32) {
    vm.ret(at, i, r as i64 as u64);
}

macro_rules! rune_pred {
    ($($native:ident => $f:path,)*) => {$(
        pub(crate) fn $native(vm: &mut Vm, at: usize) -> VmResult<()> {
            let r = rune_arg(vm, at, 0);
            vm.ret(at, 0, $f(r) as u64);
            Ok(())
        }
    )*};
}

rune_pred! {
    n_is_upper => is_upper,
    n_is_lower => is_lower,
    n_is_title => is_title,
    n_is_letter => is_letter,
    n_is_digit => is_digit,
    n_is_number => is_number,
    n_is_punct => is_punct,
    n_is_space => is_space,
    n_is_symbol => is_symbol,
    n_is_mark => is_mark,
    n_is_control => is_control,
    n_is_graphic => is_graphic,
    n_is_print => is_print,
}

macro_rules! rune_map {
    ($($native:ident => $f:path,)*) => {$(
        pub(crate) fn $native(vm: &mut Vm, at: usize) -> VmResult<()> {
            let r = rune_arg(vm, at, 0);
            ret_rune(vm, at, 0, $f(r));
            Ok(())
        }
    )*};
}

rune_map! {
    n_to_upper => to_upper,
    n_to_lower => to_lower,
    n_to_title => to_title,
    n_simple_fold => simple_fold,
}

/// `unicode.To(_case int, r rune) rune`
pub(crate) fn n_to(vm: &mut Vm, at: usize) -> VmResult<()> {
    let case = vm.arg(at, 0) as i64;
    let r = rune_arg(vm, at, 1);
    let out = if (0..=2).contains(&case) {
        to_case(case as usize, r).0
    } else {
        RUNE_ERROR
    };
    ret_rune(vm, at, 0, out);
    Ok(())
}

/// `unicode.isTable(id int, r rune) bool`
pub(crate) fn n_is_table(vm: &mut Vm, at: usize) -> VmResult<()> {
    let id = vm.arg(at, 0) as usize;
    let r = rune_arg(vm, at, 1);
    vm.ret(at, 0, in_table(id, r) as u64);
    Ok(())
}

fn bytes_arg(vm: &Vm, at: usize, i: usize) -> Vec<u8> {
    let s = [vm.arg(at, i), vm.arg(at, i + 1), vm.arg(at, i + 2)];
    vm.slice_bytes(s).to_vec()
}

/// `utf8.RuneCountInString(s string) int`
pub(crate) fn n_rune_count_in_string(vm: &mut Vm, at: usize) -> VmResult<()> {
    let n = rune_count(vm.str_bytes_arg(at, 0));
    vm.ret(at, 0, n as u64);
    Ok(())
}

/// `utf8.RuneCount(p []byte) int`
pub(crate) fn n_rune_count(vm: &mut Vm, at: usize) -> VmResult<()> {
    let n = rune_count(&bytes_arg(vm, at, 0));
    vm.ret(at, 0, n as u64);
    Ok(())
}

/// `utf8.DecodeRuneInString(s string) (rune, int)`
pub(crate) fn n_decode_rune_in_string(vm: &mut Vm, at: usize) -> VmResult<()> {
    let (r, n) = decode_rune(vm.str_bytes_arg(at, 0));
    ret_rune(vm, at, 0, r);
    vm.ret(at, 1, n as u64);
    Ok(())
}

/// `utf8.DecodeRune(p []byte) (rune, int)`
pub(crate) fn n_decode_rune(vm: &mut Vm, at: usize) -> VmResult<()> {
    let s = [vm.arg(at, 0), vm.arg(at, 1), vm.arg(at, 2)];
    let head: Vec<u8> = {
        let w = vm.slice_bytes(s);
        w[..w.len().min(4)].to_vec()
    };
    let (r, n) = decode_rune(&head);
    ret_rune(vm, at, 0, r);
    vm.ret(at, 1, n as u64);
    Ok(())
}

/// `utf8.DecodeLastRuneInString(s string) (rune, int)`
pub(crate) fn n_decode_last_rune_in_string(vm: &mut Vm, at: usize) -> VmResult<()> {
    let (r, n) = decode_last_rune(vm.str_bytes_arg(at, 0));
    ret_rune(vm, at, 0, r);
    vm.ret(at, 1, n as u64);
    Ok(())
}

/// `utf8.DecodeLastRune(p []byte) (rune, int)`
pub(crate) fn n_decode_last_rune(vm: &mut Vm, at: usize) -> VmResult<()> {
    let s = [vm.arg(at, 0), vm.arg(at, 1), vm.arg(at, 2)];
    let tail: Vec<u8> = {
        let w = vm.slice_bytes(s);
        w[w.len().saturating_sub(4)..].to_vec()
    };
    let (r, n) = decode_last_rune(&tail);
    ret_rune(vm, at, 0, r);
    vm.ret(at, 1, n as u64);
    Ok(())
}

/// `utf8.FullRune(p []byte) bool`
pub(crate) fn n_full_rune(vm: &mut Vm, at: usize) -> VmResult<()> {
    let b = bytes_arg(vm, at, 0);
    vm.ret(at, 0, full_rune(&b) as u64);
    Ok(())
}

/// `utf8.FullRuneInString(s string) bool`
pub(crate) fn n_full_rune_in_string(vm: &mut Vm, at: usize) -> VmResult<()> {
    let b = full_rune(vm.str_bytes_arg(at, 0));
    vm.ret(at, 0, b as u64);
    Ok(())
}

/// `utf8.ValidString(s string) bool`
pub(crate) fn n_valid_string(vm: &mut Vm, at: usize) -> VmResult<()> {
    let b = valid(vm.str_bytes_arg(at, 0));
    vm.ret(at, 0, b as u64);
    Ok(())
}

/// `utf8.Valid(p []byte) bool`
pub(crate) fn n_valid(vm: &mut Vm, at: usize) -> VmResult<()> {
    let b = valid(&bytes_arg(vm, at, 0));
    vm.ret(at, 0, b as u64);
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn classes_spot_checks() {
        assert!(is_upper('A' as i32) && is_upper('À' as i32) && is_upper('Σ' as i32));
        assert!(!is_upper('a' as i32) && is_lower('ß' as i32) && is_lower('σ' as i32));
        assert!(is_title('ǅ' as i32) && !is_upper('ǅ' as i32));
        assert!(is_letter('世' as i32) && !is_letter('5' as i32) && !is_letter(-1));
        assert!(is_digit('٣' as i32) && !is_digit('²' as i32) && is_number('²' as i32));
        assert!(
            is_punct('_' as i32)
                && is_punct('!' as i32)
                && !is_punct('$' as i32)
                && !is_punct('+' as i32)
        );
        assert!(is_symbol('$' as i32) && is_symbol('+' as i32));
        assert!(
            is_space(0x85)
                && is_space(0xA0)
                && is_space(0x2028)
                && is_space(0x3000)
                && !is_space(0x200B)
        );
        assert!(is_control(0x7F) && is_control(0x9F) && !is_control(0x2028));
        assert!(is_mark(0x301) && !is_mark('a' as i32));
        assert!(is_print(' ' as i32) && !is_print(0xA0) && is_graphic(0xA0) && is_graphic(0x3000));
        assert!(!is_print(0x10FFFF + 1) && !is_graphic(-5));
    }

    #[test]
    fn case_mapping() {
        assert_eq!(to_upper('ß' as i32), 'ß' as i32);
        assert_eq!(to_upper('ÿ' as i32), 'Ÿ' as i32);
        assert_eq!(to_lower('İ' as i32), 'i' as i32);
        assert_eq!(to_upper('ǆ' as i32), 'Ǆ' as i32);
        assert_eq!(to_title('ǆ' as i32), 'ǅ' as i32);
        assert_eq!(to_lower('Ā' as i32), 'ā' as i32);
        assert_eq!(to_upper('ā' as i32), 'Ā' as i32);
        assert_eq!(to_upper(-1), -1);
        assert_eq!(simple_fold('A' as i32), 'a' as i32);
        assert_eq!(simple_fold('a' as i32), 'A' as i32);
        assert_eq!(simple_fold('K' as i32), 'k' as i32);
        assert_eq!(simple_fold('k' as i32), 0x212A);
        assert_eq!(simple_fold(0x212A), 'K' as i32);
        assert_eq!(simple_fold('1' as i32), '1' as i32);
        assert_eq!(simple_fold(-2), -2);
    }

    #[test]
    fn named_tables() {
        let han = table_id("Han").unwrap();
        assert!(in_table(han, '世' as i32) && !in_table(han, 'a' as i32));
        let lu = table_id("Lu").unwrap();
        assert!(in_table(lu, 'A' as i32));
        assert!(table_id("Nope").is_none());
    }

    #[test]
    fn utf8_edges() {
        assert_eq!(decode_last_rune(b"ab\x80"), (RUNE_ERROR, 1));
        assert_eq!(decode_last_rune("a世".as_bytes()), ('世' as i32, 3));
        assert_eq!(decode_last_rune(b""), (RUNE_ERROR, 0));
        assert_eq!(decode_last_rune(b"\x80\x80\x80\x80\x80"), (RUNE_ERROR, 1));
        assert!(
            full_rune(b"a")
                && !full_rune(b"\xe4\xb8")
                && full_rune(b"\xe4\x41")
                && full_rune(b"\xff")
        );
        assert!(!full_rune(b""));
        assert_eq!(rune_len(0xD800), -1);
    }
}
