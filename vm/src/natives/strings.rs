//! `strings`: the byte-crunching functions of Go's strings package.
//!
//! Each function follows Go's source (strings.go) closely, including its
//! treatment of invalid UTF-8 (decoded as U+FFFD, one byte at a time) and
//! the lengths and capacities of the slices it returns. Functions taking
//! callbacks (`Map`, `FieldsFunc`, `TrimFunc`, ...) and the `Builder`,
//! `Reader` and `Replacer` types are Go code in the prelude.

use super::unicode::{self as uni, decode_last_rune, decode_rune, RUNE_ERROR};
use crate::heap::{ptr, Scan};
use crate::vm::{Vm, VmResult};

// ---------------------------------------------------------------------------
// Argument and result helpers shared by the string-handling natives.

/// A copy of the bytes of the string argument at slots `i..i+2`.
pub(crate) fn str_arg(vm: &Vm, at: usize, i: usize) -> Vec<u8> {
    vm.str_bytes_arg(at, i).to_vec()
}

/// Writes a new string result at slots `i..i+2`.
pub(crate) fn ret_str(vm: &mut Vm, at: usize, i: usize, b: &[u8]) {
    let s = vm.str_value(b);
    vm.ret_str_val(at, i, s);
}

/// Writes a new string result at slots `i..i+2`, taking ownership of `b`.
pub(crate) fn ret_string(vm: &mut Vm, at: usize, i: usize, b: Vec<u8>) {
    let s = vm.heap.new_string_owned(b);
    vm.ret_str_val(at, i, s);
}

/// Writes at slots `i..i+2` the view of string `orig` (whose bytes were
/// copied into `base`) that `sub`, a part of `base`, covers: no copy, as
/// Go's substrings share their bytes.
fn ret_view(vm: &mut Vm, at: usize, i: usize, orig: [u64; 2], base: &[u8], sub: &[u8]) {
    vm.ret_str_val(at, i, view(orig, base, sub));
}

/// The string value of `sub`, a part of `base`, which holds the bytes of
/// string `orig`: a view of `orig`'s bytes ("" points nowhere).
fn view(orig: [u64; 2], base: &[u8], sub: &[u8]) -> [u64; 2] {
    let off = sub.as_ptr() as usize - base.as_ptr() as usize;
    debug_assert!(off + sub.len() <= base.len(), "a view outside its string");
    if sub.is_empty() {
        [0, 0]
    } else {
        [orig[0] + off as u64, sub.len() as u64]
    }
}

/// Writes a `[]string` result (slots 0..3) of `pieces`, views of string
/// `orig` (whose bytes were copied into `base`), with capacity `cap`;
/// `None` is a nil slice. Only the slice is allocated, as in Go.
fn ret_views(
    vm: &mut Vm,
    at: usize,
    orig: [u64; 2],
    base: &[u8],
    pieces: Option<Vec<&[u8]>>,
    cap: usize,
) {
    let Some(pieces) = pieces else {
        for k in 0..3 {
            vm.ret(at, k, 0);
        }
        return;
    };
    let len = pieces.len();
    let cap = cap.max(len);
    let mut words = Vec::with_capacity(2 * cap);
    for p in pieces {
        words.extend(view(orig, base, p));
    }
    words.resize(2 * cap, 0);
    let h = vm
        .heap
        .alloc_words(words, Scan::Elems(crate::types::builtin::STRING));
    vm.ret(at, 0, ptr(h, 0));
    vm.ret(at, 1, len as u64);
    vm.ret(at, 2, cap as u64);
}

/// The strings of a `[]string` argument at slots `i..i+3`.
pub(crate) fn strs_arg(vm: &Vm, at: usize, i: usize) -> Vec<Vec<u8>> {
    let s = [vm.arg(at, i), vm.arg(at, i + 1), vm.arg(at, i + 2)];
    vm.slice_words(s, 2)
        .chunks_exact(2)
        .map(|c| vm.heap.string([c[0], c[1]]).to_vec())
        .collect()
}

// ---------------------------------------------------------------------------
// The algorithms, on byte strings.

/// `strings.Index`.
pub fn index(s: &[u8], sep: &[u8]) -> Option<usize> {
    let n = sep.len();
    if n == 0 {
        return Some(0);
    }
    if n > s.len() {
        return None;
    }
    let first = sep[0];
    let last = s.len() - n;
    let mut i = 0;
    while i <= last {
        match s[i..=last].iter().position(|&c| c == first) {
            None => return None,
            Some(o) => i += o,
        }
        if &s[i..i + n] == sep {
            return Some(i);
        }
        i += 1;
    }
    None
}

/// `strings.LastIndex`.
pub fn last_index(s: &[u8], sep: &[u8]) -> Option<usize> {
    let n = sep.len();
    if n == 0 {
        return Some(s.len());
    }
    if n > s.len() {
        return None;
    }
    (0..=s.len() - n).rev().find(|&i| &s[i..i + n] == sep)
}

/// `strings.Count`.
pub fn count(s: &[u8], sep: &[u8]) -> usize {
    if sep.is_empty() {
        return uni::rune_count(s) + 1;
    }
    let mut n = 0;
    let mut s = s;
    while let Some(i) = index(s, sep) {
        n += 1;
        s = &s[i + sep.len()..];
    }
    n
}

/// Decodes `s` into `(offset, rune)` pairs as Go's `for i, r := range s`.
fn runes(s: &[u8]) -> impl Iterator<Item = (usize, i32, usize)> + '_ {
    let mut i = 0;
    std::iter::from_fn(move || {
        if i >= s.len() {
            return None;
        }
        let (r, n) = if s[i] < 0x80 {
            (s[i] as i32, 1)
        } else {
            decode_rune(&s[i..])
        };
        let at = i;
        i += n;
        Some((at, r, n))
    })
}

/// `strings.IndexRune`.
pub fn index_rune(s: &[u8], r: i32) -> Option<usize> {
    if (0..0x80).contains(&r) {
        return s.iter().position(|&c| c as i32 == r);
    }
    if r == RUNE_ERROR {
        return runes(s)
            .find(|&(_, c, _)| c == RUNE_ERROR)
            .map(|(i, _, _)| i);
    }
    if !crate::fmtcore::utf8::valid_rune(r) {
        return None;
    }
    index(s, &uni::encode_rune(r))
}

fn ascii_set(chars: &[u8]) -> Option<[bool; 256]> {
    let mut set = [false; 256];
    for &c in chars {
        if c >= 0x80 {
            return None;
        }
        set[c as usize] = true;
    }
    Some(set)
}

/// `strings.IndexAny`.
pub fn index_any(s: &[u8], chars: &[u8]) -> Option<usize> {
    if chars.is_empty() {
        return None;
    }
    if chars.len() == 1 {
        let r = if chars[0] >= 0x80 {
            RUNE_ERROR
        } else {
            chars[0] as i32
        };
        return index_rune(s, r);
    }
    if s.len() > 8 {
        if let Some(set) = ascii_set(chars) {
            return s.iter().position(|&c| set[c as usize]);
        }
    }
    runes(s)
        .find(|&(_, c, _)| index_rune(chars, c).is_some())
        .map(|(i, _, _)| i)
}

/// `strings.LastIndexAny`.
pub fn last_index_any(s: &[u8], chars: &[u8]) -> Option<usize> {
    if chars.is_empty() {
        return None;
    }
    if s.len() == 1 {
        let rc = if s[0] >= 0x80 {
            RUNE_ERROR
        } else {
            s[0] as i32
        };
        return index_rune(chars, rc).map(|_| 0);
    }
    if s.len() > 8 {
        if let Some(set) = ascii_set(chars) {
            return s.iter().rposition(|&c| set[c as usize]);
        }
    }
    let single = if chars.len() == 1 {
        Some(if chars[0] >= 0x80 {
            RUNE_ERROR
        } else {
            chars[0] as i32
        })
    } else {
        None
    };
    let mut i = s.len();
    while i > 0 {
        let (r, size) = decode_last_rune(&s[..i]);
        i -= size;
        let hit = match single {
            Some(rc) => rc == r,
            None => index_rune(chars, r).is_some(),
        };
        if hit {
            return Some(i);
        }
    }
    None
}

/// Go's `explode`: `s` split into at most `n` UTF-8 sequences (`n < 0`:
/// all).
fn explode(s: &[u8], n: i64) -> Vec<&[u8]> {
    let l = uni::rune_count(s) as i64;
    let n = if n < 0 || n > l { l } else { n } as usize;
    let mut a = Vec::with_capacity(n);
    let mut s = s;
    for _ in 0..n.saturating_sub(1) {
        let (_, size) = decode_rune(s);
        a.push(&s[..size]);
        s = &s[size..];
    }
    if n > 0 {
        a.push(s);
    }
    a
}

/// Go's `genSplit`: the pieces (parts of `s`) and the capacity of the
/// returned slice (`None`: a nil slice).
pub fn gen_split<'a>(
    s: &'a [u8],
    sep: &[u8],
    sep_save: usize,
    n: i64,
) -> (Option<Vec<&'a [u8]>>, usize) {
    if n == 0 {
        return (None, 0);
    }
    if sep.is_empty() {
        let a = explode(s, n);
        let c = a.len();
        return (Some(a), c);
    }
    let n = if n < 0 { count(s, sep) as i64 + 1 } else { n };
    let n = n.min(s.len() as i64 + 1) as usize;
    let cap = n;
    let mut a = Vec::new();
    let mut s = s;
    while a.len() < n - 1 {
        let Some(m) = index(s, sep) else { break };
        a.push(&s[..m + sep_save]);
        s = &s[m + sep.len()..];
    }
    a.push(s);
    (Some(a), cap)
}

fn is_ascii_space(c: u8) -> bool {
    matches!(c, b'\t' | b'\n' | 0x0B | 0x0C | b'\r' | b' ')
}

/// `strings.Fields`: the fields, parts of `s`.
pub fn fields(s: &[u8]) -> Vec<&[u8]> {
    if s.iter().any(|&c| c >= 0x80) {
        return fields_func(s, uni::is_space);
    }
    s.split(|&c| is_ascii_space(c))
        .filter(|f| !f.is_empty())
        .collect()
}

/// `strings.FieldsFunc` with a Rust predicate.
pub fn fields_func(s: &[u8], f: impl Fn(i32) -> bool) -> Vec<&[u8]> {
    let mut out = vec![];
    let mut start: Option<usize> = None;
    for (i, r, _) in runes(s) {
        if f(r) {
            if let Some(st) = start.take() {
                out.push(&s[st..i]);
            }
        } else if start.is_none() {
            start = Some(i);
        }
    }
    if let Some(st) = start {
        out.push(&s[st..]);
    }
    out
}

/// `strings.Map` with a Rust mapping (negative results drop the rune);
/// `None` when the string is unchanged (Go returns it as is).
pub fn map_runes(s: &[u8], mut f: impl FnMut(i32) -> i32) -> Option<Vec<u8>> {
    let mut out: Option<Vec<u8>> = None;
    for (i, c, n) in runes(s) {
        let r = f(c);
        if let Some(b) = out.as_mut() {
            if r >= 0 {
                crate::fmtcore::utf8::append_rune(b, r);
            }
            continue;
        }
        if r == c && c != RUNE_ERROR {
            continue;
        }
        if c == RUNE_ERROR && n != 1 && r == c {
            continue;
        }
        let mut b = Vec::with_capacity(s.len() + 4);
        b.extend_from_slice(&s[..i]);
        if r >= 0 {
            crate::fmtcore::utf8::append_rune(&mut b, r);
        }
        out = Some(b);
    }
    out
}

/// `strings.ToUpper`.
pub fn to_upper(s: &[u8]) -> Option<Vec<u8>> {
    if s.is_ascii() {
        if !s.iter().any(u8::is_ascii_lowercase) {
            return None;
        }
        return Some(s.to_ascii_uppercase());
    }
    map_runes(s, uni::to_upper)
}

/// `strings.ToLower`.
pub fn to_lower(s: &[u8]) -> Option<Vec<u8>> {
    if s.is_ascii() {
        if !s.iter().any(u8::is_ascii_uppercase) {
            return None;
        }
        return Some(s.to_ascii_lowercase());
    }
    map_runes(s, uni::to_lower)
}

fn is_separator(r: i32) -> bool {
    if r <= 0x7F {
        let c = r as u8;
        return !(c.is_ascii_alphanumeric() || c == b'_');
    }
    if uni::is_letter(r) || uni::is_digit(r) {
        return false;
    }
    uni::is_space(r)
}

/// `strings.Title`.
pub fn title(s: &[u8]) -> Option<Vec<u8>> {
    let mut prev = ' ' as i32;
    map_runes(s, |r| {
        let out = if is_separator(prev) {
            uni::to_title(r)
        } else {
            r
        };
        prev = r;
        out
    })
}

/// `strings.ToValidUTF8`.
pub fn to_valid_utf8(s: &[u8], rep: &[u8]) -> Option<Vec<u8>> {
    let start = runes(s).find(|&(_, c, n)| c == RUNE_ERROR && n == 1)?.0;
    let mut b = Vec::with_capacity(s.len() + rep.len());
    b.extend_from_slice(&s[..start]);
    let s = &s[start..];
    let mut invalid = false;
    let mut i = 0;
    while i < s.len() {
        let c = s[i];
        if c < 0x80 {
            i += 1;
            invalid = false;
            b.push(c);
            continue;
        }
        let (_, wid) = decode_rune(&s[i..]);
        if wid == 1 {
            i += 1;
            if !invalid {
                invalid = true;
                b.extend_from_slice(rep);
            }
            continue;
        }
        invalid = false;
        b.extend_from_slice(&s[i..i + wid]);
        i += wid;
    }
    Some(b)
}

/// `strings.Replace`: the number of replacements it makes (`None`: it
/// returns `s` itself).
pub fn replace_count(s: &[u8], old: &[u8], new: &[u8], n: i64) -> Option<usize> {
    if old == new || n == 0 {
        return None;
    }
    let m = count(s, old) as i64;
    if m == 0 {
        return None;
    }
    Some(if n < 0 || m < n { m } else { n } as usize)
}

/// `strings.Replace`'s result, making `n` replacements
/// ([`replace_count`]), appended to `b`.
pub fn replace_into(b: &mut Vec<u8>, s: &[u8], old: &[u8], new: &[u8], n: usize) {
    let mut start = 0;
    if !old.is_empty() {
        for _ in 0..n {
            let j = start + index(&s[start..], old).unwrap_or(0);
            b.extend_from_slice(&s[start..j]);
            b.extend_from_slice(new);
            start = j + old.len();
        }
    } else {
        b.extend_from_slice(new);
        for _ in 0..n - 1 {
            let (_, wid) = decode_rune(&s[start..]);
            let j = start + wid;
            b.extend_from_slice(&s[start..j]);
            b.extend_from_slice(new);
            start = j;
        }
    }
    b.extend_from_slice(&s[start..]);
}

/// `strings.EqualFold`.
pub fn equal_fold(s: &[u8], t: &[u8]) -> bool {
    let mut i = 0;
    let n = s.len().min(t.len());
    while i < n {
        let (mut sr, mut tr) = (s[i], t[i]);
        if (sr | tr) >= 0x80 {
            break;
        }
        i += 1;
        if tr == sr {
            continue;
        }
        if tr < sr {
            std::mem::swap(&mut tr, &mut sr);
        }
        if sr.is_ascii_uppercase() && tr == sr + 32 {
            continue;
        }
        return false;
    }
    if i == n {
        return s.len() == t.len();
    }
    let mut t = &t[i..];
    for (_, sr0, _) in runes(&s[i..]) {
        if t.is_empty() {
            return false;
        }
        let (tr0, size) = decode_rune(t);
        t = &t[size..];
        let (mut sr, mut tr) = (sr0, tr0);
        if tr == sr {
            continue;
        }
        if tr < sr {
            std::mem::swap(&mut tr, &mut sr);
        }
        if tr < 0x80 {
            if (b'A' as i32..=b'Z' as i32).contains(&sr) && tr == sr + 32 {
                continue;
            }
            return false;
        }
        let mut r = uni::simple_fold(sr);
        while r != sr && r < tr {
            r = uni::simple_fold(r);
        }
        if r == tr {
            continue;
        }
        return false;
    }
    t.is_empty()
}

fn contains_rune(s: &[u8], r: i32) -> bool {
    index_rune(s, r).is_some()
}

/// `strings.TrimLeft`.
pub fn trim_left<'a>(s: &'a [u8], cutset: &[u8]) -> &'a [u8] {
    if s.is_empty() || cutset.is_empty() {
        return s;
    }
    if cutset.len() == 1 && cutset[0] < 0x80 {
        let n = s.iter().take_while(|&&c| c == cutset[0]).count();
        return &s[n..];
    }
    if let Some(set) = ascii_set(cutset) {
        let n = s.iter().take_while(|&&c| set[c as usize]).count();
        return &s[n..];
    }
    let mut s = s;
    while !s.is_empty() {
        let (r, n) = decode_rune(s);
        if !contains_rune(cutset, r) {
            break;
        }
        s = &s[n..];
    }
    s
}

/// `strings.TrimRight`.
pub fn trim_right<'a>(s: &'a [u8], cutset: &[u8]) -> &'a [u8] {
    if s.is_empty() || cutset.is_empty() {
        return s;
    }
    if cutset.len() == 1 && cutset[0] < 0x80 {
        let n = s.iter().rev().take_while(|&&c| c == cutset[0]).count();
        return &s[..s.len() - n];
    }
    if let Some(set) = ascii_set(cutset) {
        let n = s.iter().rev().take_while(|&&c| set[c as usize]).count();
        return &s[..s.len() - n];
    }
    let mut s = s;
    while !s.is_empty() {
        let (mut r, mut n) = (s[s.len() - 1] as i32, 1);
        if r >= 0x80 {
            (r, n) = decode_last_rune(s);
        }
        if !contains_rune(cutset, r) {
            break;
        }
        s = &s[..s.len() - n];
    }
    s
}

/// `strings.Trim`.
pub fn trim<'a>(s: &'a [u8], cutset: &[u8]) -> &'a [u8] {
    if s.is_empty() || cutset.is_empty() {
        return s;
    }
    trim_left(trim_right(s, cutset), cutset)
}

/// `strings.TrimLeftFunc` with a Rust predicate.
pub fn trim_left_func(s: &[u8], f: impl Fn(i32) -> bool) -> &[u8] {
    match runes(s).find(|&(_, r, _)| !f(r)) {
        Some((i, _, _)) => &s[i..],
        None => &[],
    }
}

/// `strings.TrimRightFunc` with a Rust predicate.
pub fn trim_right_func(s: &[u8], f: impl Fn(i32) -> bool) -> &[u8] {
    let mut i = s.len();
    let mut found = None;
    while i > 0 {
        let (r, size) = decode_last_rune(&s[..i]);
        i -= size;
        if !f(r) {
            found = Some(i);
            break;
        }
    }
    let end = match found {
        Some(i) => i + decode_rune(&s[i..]).1,
        None => 0,
    };
    &s[..end]
}

/// `strings.TrimSpace`.
pub fn trim_space(s: &[u8]) -> &[u8] {
    trim_right_func(trim_left_func(s, uni::is_space), uni::is_space)
}

/// The generic `strings.Replacer` algorithm: at each position the
/// earliest-listed old string that matches is replaced (an empty old string
/// matches everywhere, but not twice in a row at one position).
/// `Err(bytes)`: the output outgrew what the system gives (Go's `append`
/// runs out of memory there).
pub fn replacer_replace(oldnew: &[Vec<u8>], s: &[u8]) -> Result<Option<Vec<u8>>, usize> {
    let pairs: Vec<(&[u8], &[u8])> = oldnew.chunks(2).map(|p| (&p[0][..], &p[1][..])).collect();
    // Go's byteReplacer (all olds and news single bytes) returns s itself
    // when nothing changes; the output is the same either way.
    let mut out = Vec::with_capacity(s.len());
    let push = |out: &mut Vec<u8>, b: &[u8]| match out.try_reserve(b.len()) {
        Ok(()) => {
            out.extend_from_slice(b);
            Ok(())
        }
        Err(_) => Err(out.len().saturating_add(b.len())),
    };
    let mut last = 0;
    let mut prev_match_empty = false;
    let mut changed = false;
    let mut i = 0;
    while i <= s.len() {
        let hit = pairs
            .iter()
            .find(|(o, _)| s[i..].starts_with(o) && !(o.is_empty() && prev_match_empty));
        match hit {
            Some((o, n)) => {
                prev_match_empty = o.is_empty();
                push(&mut out, &s[last..i])?;
                push(&mut out, n)?;
                changed = true;
                i += o.len();
                last = i;
            }
            None => {
                prev_match_empty = false;
                i += 1;
            }
        }
    }
    if !changed {
        return Ok(None);
    }
    if last < s.len() {
        push(&mut out, &s[last..])?;
    }
    Ok(Some(out))
}

// ---------------------------------------------------------------------------
// Natives.

fn ret_int(vm: &mut Vm, at: usize, i: usize, v: Option<usize>) {
    vm.ret(at, i, v.map_or(-1i64, |v| v as i64) as u64);
}

/// Returns `new` as a string result, or the argument string at slots
/// `orig..orig+2` when unchanged.
fn ret_changed(vm: &mut Vm, at: usize, orig: usize, new: Option<Vec<u8>>) {
    match new {
        Some(b) => ret_string(vm, at, 0, b),
        None => {
            let s = vm.str_val_arg(at, orig);
            vm.ret_str_val(at, 0, s);
        }
    }
}

/// The first two string arguments (slots 0..2 and 2..4), copied.
macro_rules! two_str {
    ($vm:ident, $at:ident) => {
        (str_arg($vm, $at, 0), str_arg($vm, $at, 2))
    };
}

pub(crate) fn n_contains(vm: &mut Vm, at: usize) -> VmResult<()> {
    let r = index(vm.str_bytes_arg(at, 0), vm.str_bytes_arg(at, 2)).is_some();
    vm.ret(at, 0, r as u64);
    Ok(())
}

pub(crate) fn n_contains_any(vm: &mut Vm, at: usize) -> VmResult<()> {
    let r = index_any(vm.str_bytes_arg(at, 0), vm.str_bytes_arg(at, 2)).is_some();
    vm.ret(at, 0, r as u64);
    Ok(())
}

pub(crate) fn n_contains_rune(vm: &mut Vm, at: usize) -> VmResult<()> {
    let r = index_rune(vm.str_bytes_arg(at, 0), vm.arg(at, 2) as i32).is_some();
    vm.ret(at, 0, r as u64);
    Ok(())
}

pub(crate) fn n_count(vm: &mut Vm, at: usize) -> VmResult<()> {
    let n = count(vm.str_bytes_arg(at, 0), vm.str_bytes_arg(at, 2));
    vm.ret(at, 0, n as u64);
    Ok(())
}

pub(crate) fn n_has_prefix(vm: &mut Vm, at: usize) -> VmResult<()> {
    let r = vm.str_bytes_arg(at, 0).starts_with(vm.str_bytes_arg(at, 2));
    vm.ret(at, 0, r as u64);
    Ok(())
}

pub(crate) fn n_has_suffix(vm: &mut Vm, at: usize) -> VmResult<()> {
    let r = vm.str_bytes_arg(at, 0).ends_with(vm.str_bytes_arg(at, 2));
    vm.ret(at, 0, r as u64);
    Ok(())
}

pub(crate) fn n_index(vm: &mut Vm, at: usize) -> VmResult<()> {
    let r = index(vm.str_bytes_arg(at, 0), vm.str_bytes_arg(at, 2));
    ret_int(vm, at, 0, r);
    Ok(())
}

pub(crate) fn n_index_byte(vm: &mut Vm, at: usize) -> VmResult<()> {
    let c = vm.arg(at, 2) as u8;
    let r = vm.str_bytes_arg(at, 0).iter().position(|&b| b == c);
    ret_int(vm, at, 0, r);
    Ok(())
}

pub(crate) fn n_index_rune(vm: &mut Vm, at: usize) -> VmResult<()> {
    let r = index_rune(vm.str_bytes_arg(at, 0), vm.arg(at, 2) as i32);
    ret_int(vm, at, 0, r);
    Ok(())
}

pub(crate) fn n_index_any(vm: &mut Vm, at: usize) -> VmResult<()> {
    let r = index_any(vm.str_bytes_arg(at, 0), vm.str_bytes_arg(at, 2));
    ret_int(vm, at, 0, r);
    Ok(())
}

pub(crate) fn n_last_index(vm: &mut Vm, at: usize) -> VmResult<()> {
    let r = last_index(vm.str_bytes_arg(at, 0), vm.str_bytes_arg(at, 2));
    ret_int(vm, at, 0, r);
    Ok(())
}

pub(crate) fn n_last_index_byte(vm: &mut Vm, at: usize) -> VmResult<()> {
    let c = vm.arg(at, 2) as u8;
    let r = vm.str_bytes_arg(at, 0).iter().rposition(|&b| b == c);
    ret_int(vm, at, 0, r);
    Ok(())
}

pub(crate) fn n_last_index_any(vm: &mut Vm, at: usize) -> VmResult<()> {
    let r = last_index_any(vm.str_bytes_arg(at, 0), vm.str_bytes_arg(at, 2));
    ret_int(vm, at, 0, r);
    Ok(())
}

/// `strings.bytesView(b []byte) string`: a string viewing `b`'s bytes,
/// without a copy (Go's `unsafe.String` in `Builder.String`: the builder
/// only appends, so the viewed bytes never change).
pub(crate) fn n_bytes_view(vm: &mut Vm, at: usize) -> VmResult<()> {
    let (p, len) = (vm.arg(at, 0), vm.arg(at, 1));
    vm.ret_str_val(at, 0, if len == 0 { [0, 0] } else { [p, len] });
    Ok(())
}

/// `strings.Join(elems []string, sep string) string`
pub(crate) fn n_join(vm: &mut Vm, at: usize) -> VmResult<()> {
    let s = [vm.arg(at, 0), vm.arg(at, 1), vm.arg(at, 2)];
    let hs: Vec<[u64; 2]> = vm
        .slice_words(s, 2)
        .chunks_exact(2)
        .map(|c| [c[0], c[1]])
        .collect();
    match hs.len() {
        0 => vm.ret_str_val(at, 0, [0, 0]),
        1 => vm.ret_str_val(at, 0, hs[0]),
        _ => {
            let sep = vm.str_bytes_arg(at, 3).to_vec();
            // Go's length, with its overflow checks, then Builder.Grow.
            const OVERFLOW: &str = "strings: Join output length overflow";
            let mut n = 0i64;
            if !sep.is_empty() {
                if sep.len() as i64 >= i64::MAX / (hs.len() as i64 - 1) {
                    return Err(vm.panic_with_string(OVERFLOW));
                }
                n = sep.len() as i64 * (hs.len() as i64 - 1);
            }
            for &h in &hs {
                let l = h[1] as i64;
                if l > i64::MAX - n {
                    return Err(vm.panic_with_string(OVERFLOW));
                }
                n += l;
            }
            let mut b = super::make_no_zero(vm, n)?;
            for (i, &h) in hs.iter().enumerate() {
                if i > 0 {
                    b.extend_from_slice(&sep);
                }
                b.extend_from_slice(vm.heap.string(h));
            }
            ret_string(vm, at, 0, b);
        }
    }
    Ok(())
}

/// `strings.Repeat(s string, count int) string`
pub(crate) fn n_repeat(vm: &mut Vm, at: usize) -> VmResult<()> {
    let count = vm.arg(at, 2) as i64;
    match count {
        0 => {
            vm.ret_str_val(at, 0, [0, 0]);
            return Ok(());
        }
        1 => {
            let s = vm.str_val_arg(at, 0);
            vm.ret_str_val(at, 0, s);
            return Ok(());
        }
        _ => {}
    }
    if count < 0 {
        return Err(vm.panic_with_string("strings: negative Repeat count"));
    }
    let len = vm.str_bytes_arg(at, 0).len();
    let total = (len as u128) * (count as u128);
    if total > i64::MAX as u128 {
        return Err(vm.panic_with_string("strings: Repeat output length overflow"));
    }
    if len == 0 {
        vm.ret_str_val(at, 0, [0, 0]);
        return Ok(());
    }
    let mut b = super::make_no_zero(vm, total as i64)?;
    b.extend_from_slice(vm.str_bytes_arg(at, 0));
    while b.len() < total as usize {
        let chunk = (total as usize - b.len()).min(b.len());
        b.extend_from_within(..chunk);
    }
    ret_string(vm, at, 0, b);
    Ok(())
}

/// `strings.Replace(s, old, new string, n int) string`
pub(crate) fn n_replace(vm: &mut Vm, at: usize) -> VmResult<()> {
    let (s, old) = two_str!(vm, at);
    let new = str_arg(vm, at, 4);
    let Some(n) = replace_count(&s, &old, &new, vm.arg(at, 6) as i64) else {
        let orig = vm.str_val_arg(at, 0);
        vm.ret_str_val(at, 0, orig);
        return Ok(());
    };
    // Go's b.Grow(len(s) + n*(len(new)-len(old))), in Go's int arithmetic.
    let grow =
        (s.len() as i64).wrapping_add((n as i64).wrapping_mul(new.len() as i64 - old.len() as i64));
    if grow < 0 {
        return Err(vm.panic_with_string("strings.Builder.Grow: negative count"));
    }
    let mut b = super::make_no_zero(vm, grow)?;
    replace_into(&mut b, &s, &old, &new, n);
    ret_string(vm, at, 0, b);
    Ok(())
}

/// `strings.genSplit(s, sep string, sepSave, n int) []string`
pub(crate) fn n_gen_split(vm: &mut Vm, at: usize) -> VmResult<()> {
    let (s, sep) = two_str!(vm, at);
    let save = vm.arg(at, 4) as usize;
    let n = vm.arg(at, 5) as i64;
    let orig = vm.str_val_arg(at, 0);
    let (a, cap) = gen_split(&s, &sep, save, n);
    ret_views(vm, at, orig, &s, a, cap);
    Ok(())
}

/// `strings.Fields(s string) []string`
pub(crate) fn n_fields(vm: &mut Vm, at: usize) -> VmResult<()> {
    let s = str_arg(vm, at, 0);
    let orig = vm.str_val_arg(at, 0);
    let f = fields(&s);
    let c = f.len();
    ret_views(vm, at, orig, &s, Some(f), c);
    Ok(())
}

macro_rules! map_native {
    ($($native:ident => $f:path,)*) => {$(
        pub(crate) fn $native(vm: &mut Vm, at: usize) -> VmResult<()> {
            let r = $f(vm.str_bytes_arg(at, 0));
            ret_changed(vm, at, 0, r);
            Ok(())
        }
    )*};
}

fn to_title_str(s: &[u8]) -> Option<Vec<u8>> {
    map_runes(s, uni::to_title)
}

map_native! {
    n_to_upper => to_upper,
    n_to_lower => to_lower,
    n_to_title => to_title_str,
    n_title => title,
}

/// `strings.ToValidUTF8(s, replacement string) string`
pub(crate) fn n_to_valid_utf8(vm: &mut Vm, at: usize) -> VmResult<()> {
    let (s, rep) = two_str!(vm, at);
    let r = to_valid_utf8(&s, &rep);
    ret_changed(vm, at, 0, r);
    Ok(())
}

macro_rules! trim_native {
    ($($native:ident => $f:path,)*) => {$(
        pub(crate) fn $native(vm: &mut Vm, at: usize) -> VmResult<()> {
            let orig = vm.str_val_arg(at, 0);
            let (s, cut) = two_str!(vm, at);
            let sub = $f(&s, &cut);
            ret_view(vm, at, 0, orig, &s, sub);
            Ok(())
        }
    )*};
}

fn trim_prefix<'a>(s: &'a [u8], p: &[u8]) -> &'a [u8] {
    s.strip_prefix(p).unwrap_or(s)
}

fn trim_suffix<'a>(s: &'a [u8], p: &[u8]) -> &'a [u8] {
    s.strip_suffix(p).unwrap_or(s)
}

trim_native! {
    n_trim => trim,
    n_trim_left => trim_left,
    n_trim_right => trim_right,
    n_trim_prefix => trim_prefix,
    n_trim_suffix => trim_suffix,
}

/// `strings.TrimSpace(s string) string`
pub(crate) fn n_trim_space(vm: &mut Vm, at: usize) -> VmResult<()> {
    let orig = vm.str_val_arg(at, 0);
    let s = str_arg(vm, at, 0);
    let sub = trim_space(&s);
    ret_view(vm, at, 0, orig, &s, sub);
    Ok(())
}

/// `strings.EqualFold(s, t string) bool`
pub(crate) fn n_equal_fold(vm: &mut Vm, at: usize) -> VmResult<()> {
    let r = equal_fold(vm.str_bytes_arg(at, 0), vm.str_bytes_arg(at, 2));
    vm.ret(at, 0, r as u64);
    Ok(())
}

/// `strings.Compare(a, b string) int`
pub(crate) fn n_compare(vm: &mut Vm, at: usize) -> VmResult<()> {
    let c = vm.str_bytes_arg(at, 0).cmp(vm.str_bytes_arg(at, 2));
    vm.ret(at, 0, c as i64 as u64);
    Ok(())
}

/// `strings.Cut(s, sep string) (before, after string, found bool)`
pub(crate) fn n_cut(vm: &mut Vm, at: usize) -> VmResult<()> {
    cut_at(vm, at, index)
}

/// `strings.CutLast(s, sep string) (before, after string, found bool)`
pub(crate) fn n_cut_last(vm: &mut Vm, at: usize) -> VmResult<()> {
    cut_at(vm, at, last_index)
}

/// Cut and CutLast: split `s` around the `sep` that `find` locates.
fn cut_at(vm: &mut Vm, at: usize, find: fn(&[u8], &[u8]) -> Option<usize>) -> VmResult<()> {
    let orig = vm.str_val_arg(at, 0);
    let (s, sep) = two_str!(vm, at);
    match find(&s, &sep) {
        Some(i) => {
            ret_view(vm, at, 0, orig, &s, &s[..i]);
            ret_view(vm, at, 2, orig, &s, &s[i + sep.len()..]);
            vm.ret(at, 4, 1);
        }
        None => {
            vm.ret_str_val(at, 0, orig);
            vm.ret_str_val(at, 2, [0, 0]);
            vm.ret(at, 4, 0);
        }
    }
    Ok(())
}

/// `strings.CutPrefix(s, prefix string) (after string, found bool)`
pub(crate) fn n_cut_prefix(vm: &mut Vm, at: usize) -> VmResult<()> {
    let orig = vm.str_val_arg(at, 0);
    let (s, p) = two_str!(vm, at);
    match s.strip_prefix(&p[..]) {
        Some(rest) => {
            ret_view(vm, at, 0, orig, &s, rest);
            vm.ret(at, 2, 1);
        }
        None => {
            vm.ret_str_val(at, 0, orig);
            vm.ret(at, 2, 0);
        }
    }
    Ok(())
}

/// `strings.CutSuffix(s, suffix string) (before string, found bool)`
pub(crate) fn n_cut_suffix(vm: &mut Vm, at: usize) -> VmResult<()> {
    let orig = vm.str_val_arg(at, 0);
    let (s, p) = two_str!(vm, at);
    match s.strip_suffix(&p[..]) {
        Some(rest) => {
            ret_view(vm, at, 0, orig, &s, rest);
            vm.ret(at, 2, 1);
        }
        None => {
            vm.ret_str_val(at, 0, orig);
            vm.ret(at, 2, 0);
        }
    }
    Ok(())
}

/// `strings.replace(oldnew []string, s string) string`: `Replacer.Replace`.
pub(crate) fn n_replacer_replace(vm: &mut Vm, at: usize) -> VmResult<()> {
    let oldnew = strs_arg(vm, at, 0);
    let s = str_arg(vm, at, 3);
    match replacer_replace(&oldnew, &s) {
        Ok(Some(b)) => ret_string(vm, at, 0, b),
        Ok(None) => {
            let orig = vm.str_val_arg(at, 3);
            vm.ret_str_val(at, 0, orig);
        }
        Err(bytes) => return Err(vm.out_of_memory(bytes as u64)),
    }
    Ok(())
}

/// `strings.roundupsize(n int) int`: the capacity Go's allocator gives a
/// byte buffer of `n` bytes (`bytealg.MakeNoZero`).
pub(crate) fn n_roundupsize(vm: &mut Vm, at: usize) -> VmResult<()> {
    let n = vm.arg(at, 0);
    vm.ret(at, 0, roundupsize(n));
    Ok(())
}

/// Go's malloc size classes (bytes).
const SIZE_CLASSES: [u64; 68] = [
    0, 8, 16, 24, 32, 48, 64, 80, 96, 112, 128, 144, 160, 176, 192, 208, 224, 240, 256, 288, 320,
    352, 384, 416, 448, 480, 512, 576, 640, 704, 768, 896, 1024, 1152, 1280, 1408, 1536, 1792,
    2048, 2304, 2688, 3072, 3200, 3456, 4096, 4864, 5376, 6144, 6528, 6784, 6912, 8192, 9472, 9728,
    10240, 10880, 12288, 13568, 14336, 16384, 18432, 19072, 20480, 21760, 24576, 27264, 28672,
    32768,
];

/// Go's `roundupsize(size, noscan=true)`.
pub fn roundupsize(size: u64) -> u64 {
    if size <= 32768 {
        return SIZE_CLASSES
            .iter()
            .copied()
            .find(|&c| c >= size)
            .unwrap_or(32768);
    }
    size.div_ceil(8192) * 8192
}

#[cfg(test)]
mod tests {
    use super::*;

    fn strs<'a>(v: &[&'a str]) -> Vec<&'a [u8]> {
        v.iter().map(|s| s.as_bytes()).collect()
    }

    #[test]
    fn split_edges() {
        assert_eq!(
            gen_split(b"a,b,c", b",", 0, -1),
            (Some(strs(&["a", "b", "c"])), 3)
        );
        assert_eq!(
            gen_split(b"a,b,c,", b",", 0, -1),
            (Some(strs(&["a", "b", "c", ""])), 4)
        );
        assert_eq!(gen_split(b"", b",", 0, -1), (Some(strs(&[""])), 1));
        assert_eq!(gen_split(b"", b"", 0, -1), (Some(vec![]), 0));
        assert_eq!(gen_split(b"abc", b"", 0, 2), (Some(strs(&["a", "bc"])), 2));
        assert_eq!(gen_split(b"a,b", b",", 0, 0), (None, 0));
        // SplitN with n beyond the pieces keeps Go's capacity.
        assert_eq!(gen_split(b"a,b", b",", 0, 5), (Some(strs(&["a", "b"])), 4));
        assert_eq!(
            gen_split(b"a,b,c", b",", 1, -1),
            (Some(strs(&["a,", "b,", "c"])), 3)
        );
        assert_eq!(
            gen_split("é\u{ff}".as_bytes(), b"", 0, -1).0.unwrap().len(),
            2
        );
        assert_eq!(
            gen_split(b"\xff\xfe", b"", 0, -1),
            (Some(vec![&b"\xff"[..], &b"\xfe"[..]]), 2)
        );
    }

    #[test]
    fn fields_edges() {
        assert_eq!(
            fields(b"  foo bar\tbaz\n\nqux  "),
            strs(&["foo", "bar", "baz", "qux"])
        );
        assert!(fields(b"").is_empty());
        assert!(fields(b" \t ").is_empty());
        assert_eq!(
            fields("a\u{a0}b\u{2003}c\u{b}d".as_bytes()),
            strs(&["a", "b", "c", "d"])
        );
        assert_eq!(fields(b"a\x85b"), vec![&b"a\x85b"[..]]);
        assert_eq!(fields("a\u{85}b".as_bytes()), strs(&["a", "b"]));
    }

    #[test]
    fn index_family() {
        assert_eq!(index(b"chicken", b"ken"), Some(4));
        assert_eq!(index(b"x", b""), Some(0));
        assert_eq!(last_index(b"go gopher", b"go"), Some(3));
        assert_eq!(last_index(b"abc", b""), Some(3));
        assert_eq!(index_rune(b"a\xffb", RUNE_ERROR), Some(1));
        assert_eq!(index_rune("a\u{fffd}".as_bytes(), RUNE_ERROR), Some(1));
        assert_eq!(index_rune(b"abc", 0xD800), None);
        assert_eq!(index_any(b"golang", b"xyzn"), Some(4));
        assert_eq!(index_any(b"a\xffb", b"\xfe"), Some(1));
        assert_eq!(last_index_any(b"go gopher", b"ordent"), Some(8));
        assert_eq!(last_index_any(b"\xff", b"\xfe"), Some(0));
        assert_eq!(count(b"cheese", b"e"), 3);
        assert_eq!(count("five世".as_bytes(), b""), 6);
    }

    #[test]
    fn replace_and_case() {
        let replace = |s: &[u8], old: &[u8], new: &[u8], n| {
            replace_count(s, old, new, n).map(|n| {
                let mut b = Vec::new();
                replace_into(&mut b, s, old, new, n);
                b
            })
        };
        assert_eq!(replace(b"abc", b"", b"-", -1).unwrap(), b"-a-b-c-");
        assert_eq!(replace(b"abc", b"", b"-", 2).unwrap(), b"-a-bc");
        assert_eq!(replace(b"aaaa", b"aa", b"b", -1).unwrap(), b"bb");
        assert!(replace(b"abc", b"x", b"y", -1).is_none());
        assert_eq!(
            to_upper("hello, ß ü 世".as_bytes()).unwrap(),
            "HELLO, ß Ü 世".as_bytes()
        );
        assert_eq!(to_lower(b"A\xffB").unwrap(), "a\u{fffd}b".as_bytes());
        assert!(to_lower(b"abc").is_none());
        assert!(!equal_fold("Straße".as_bytes(), "STRASSE".as_bytes()));
        assert!(equal_fold("ǅ".as_bytes(), "ǆ".as_bytes()));
        assert!(equal_fold(b"Go", b"GO"));
        assert!(equal_fold("k".as_bytes(), "\u{212a}".as_bytes()));
        assert_eq!(title(b"hello wor_ld").unwrap(), b"Hello Wor_ld");
        assert_eq!(to_valid_utf8(b"a\xff\xfeb", b"?").unwrap(), b"a?b");
    }

    #[test]
    fn trims() {
        assert_eq!(trim(b"xxhixyx", b"xy"), b"hi");
        assert_eq!(trim(b"\xffa\xff", b"\xff"), b"a");
        assert_eq!(trim_left("¡¡Hola".as_bytes(), "!¡".as_bytes()), b"Hola");
        assert_eq!(
            trim_right("世界世界!".as_bytes(), "界!".as_bytes()),
            "世界世".as_bytes()
        );
        assert_eq!(trim_space(" \t\u{a0}x y\u{3000}\n".as_bytes()), b"x y");
        assert_eq!(trim_space(b"  "), b"");
    }

    #[test]
    fn replacer() {
        let r = |v: &[&str], s: &str| {
            let owned: Vec<Vec<u8>> = strs(v).into_iter().map(<[u8]>::to_vec).collect();
            String::from_utf8(
                replacer_replace(&owned, s.as_bytes())
                    .unwrap()
                    .unwrap_or(s.as_bytes().to_vec()),
            )
            .unwrap()
        };
        assert_eq!(r(&["a", "1", "aa", "2"], "aaa"), "111");
        assert_eq!(r(&["aa", "2", "a", "1"], "aaa"), "21");
        assert_eq!(r(&["", "X"], "ab"), "XaXbX");
        assert_eq!(r(&["a", "1", "", "X"], "ab"), "1XbX");
        assert_eq!(r(&["<", "&lt;", ">", "&gt;"], "<a>"), "&lt;a&gt;");
    }

    #[test]
    fn sizes() {
        assert_eq!(roundupsize(0), 0);
        assert_eq!(roundupsize(5), 8);
        assert_eq!(roundupsize(33), 48);
        assert_eq!(roundupsize(40000), 40960);
    }
}
