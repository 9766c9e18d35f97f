//! Go's `strconv` package: number formatting and parsing, quoting.
//!
//! Everything here is byte-exact with Go 1.27. Decimal digit generation for
//! floats is delegated to Rust's formatter (`{:e}` gives the shortest
//! round-trip digits, `{:.*e}` / `{:.*}` give correctly rounded digits with
//! round-half-even ties, the same as Go); Go's layouts are built on top.

use super::isprint::{IS_GRAPHIC, IS_NOT_PRINT16, IS_NOT_PRINT32, IS_PRINT16, IS_PRINT32};
use super::utf8::{self, MAX_RUNE, RUNE_ERROR, RUNE_SELF};

/// Lower-case hexadecimal digits.
const LOWERHEX: &[u8; 16] = b"0123456789abcdef";
/// Upper-case hexadecimal digits.
const UPPERHEX: &[u8; 16] = b"0123456789ABCDEF";
/// Digits for bases up to 36.
const DIGITS: &[u8; 36] = b"0123456789abcdefghijklmnopqrstuvwxyz";

/// The reason a `strconv` parse failed (Go's `NumError.Err`).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum NumErr {
    /// `strconv.ErrSyntax`: "invalid syntax".
    Syntax,
    /// `strconv.ErrRange`: "value out of range".
    Range,
    /// An invalid base argument: "invalid base N".
    Base(i64),
    /// An invalid bit size argument: "invalid bit size N".
    BitSize(i64),
}

impl NumErr {
    /// The text of the underlying error, e.g. `invalid syntax`.
    pub fn text(&self) -> String {
        match self {
            NumErr::Syntax => "invalid syntax".to_string(),
            NumErr::Range => "value out of range".to_string(),
            NumErr::Base(b) => format!("invalid base {b}"),
            NumErr::BitSize(b) => format!("invalid bit size {b}"),
        }
    }
}

/// Go's `(*strconv.NumError).Error()` text, e.g.
/// `strconv.Atoi: parsing "12a": invalid syntax`.
///
/// `func` is the Go function name without package (`Atoi`, `ParseInt`,
/// `ParseUint`, `ParseFloat`, `ParseBool`).
pub fn num_error_text(func: &str, input: &[u8], err: &NumErr) -> String {
    format!("strconv.{}: parsing {}: {}", func, quote(input), err.text())
}

// ---------------------------------------------------------------------------
// Integers: formatting.

/// `strconv.AppendUint`: appends `u` in `base` (2..=36, lower-case letters).
///
/// # Panics
/// Panics if `base` is outside 2..=36 (Go panics too).
pub fn append_uint(dst: &mut Vec<u8>, u: u64, base: u32) {
    append_bits(dst, u, base, false);
}

/// `strconv.AppendInt`: appends `i` in `base` (2..=36, lower-case letters).
///
/// # Panics
/// Panics if `base` is outside 2..=36 (Go panics too).
pub fn append_int(dst: &mut Vec<u8>, i: i64, base: u32) {
    append_bits(dst, i as u64, base, i < 0);
}

fn append_bits(dst: &mut Vec<u8>, mut u: u64, base: u32, neg: bool) {
    assert!(
        (2..=36).contains(&base),
        "strconv: illegal AppendInt/FormatInt base"
    );
    if neg {
        u = u.wrapping_neg();
    }
    let mut tmp = [0u8; 65];
    let mut i = tmp.len();
    let b = base as u64;
    loop {
        i -= 1;
        tmp[i] = DIGITS[(u % b) as usize];
        u /= b;
        if u == 0 {
            break;
        }
    }
    if neg {
        i -= 1;
        tmp[i] = b'-';
    }
    dst.extend_from_slice(&tmp[i..]);
}

/// `strconv.FormatUint`.
///
/// # Panics
/// Panics if `base` is outside 2..=36.
pub fn format_uint(u: u64, base: u32) -> String {
    let mut v = Vec::new();
    append_uint(&mut v, u, base);
    String::from_utf8(v).unwrap_or_default()
}

/// `strconv.FormatInt`.
///
/// # Panics
/// Panics if `base` is outside 2..=36.
pub fn format_int(i: i64, base: u32) -> String {
    let mut v = Vec::new();
    append_int(&mut v, i, base);
    String::from_utf8(v).unwrap_or_default()
}

/// `strconv.Itoa`.
pub fn itoa(i: i64) -> String {
    format_int(i, 10)
}

/// `strconv.FormatBool`.
pub fn format_bool(b: bool) -> &'static str {
    if b {
        "true"
    } else {
        "false"
    }
}

// ---------------------------------------------------------------------------
// Integers: parsing.

fn lower(c: u8) -> u8 {
    c | (b'x' - b'X')
}

/// Reports whether the underscores in `s` are allowed by Go's literal syntax
/// (internal `underscoreOK`).
fn underscore_ok(s: &[u8]) -> bool {
    let mut saw = b'^';
    let mut i = 0;
    let mut s = s;
    if !s.is_empty() && (s[0] == b'-' || s[0] == b'+') {
        s = &s[1..];
    }
    let mut hex = false;
    if s.len() >= 2
        && s[0] == b'0'
        && (lower(s[1]) == b'b' || lower(s[1]) == b'o' || lower(s[1]) == b'x')
    {
        i = 2;
        saw = b'0';
        hex = lower(s[1]) == b'x';
    }
    while i < s.len() {
        let c = s[i];
        if c.is_ascii_digit() || hex && (b'a'..=b'f').contains(&lower(c)) {
            saw = b'0';
            i += 1;
            continue;
        }
        if c == b'_' {
            if saw != b'0' {
                return false;
            }
            saw = b'_';
            i += 1;
            continue;
        }
        if saw == b'_' {
            return false;
        }
        saw = b'!';
        i += 1;
    }
    saw != b'_'
}

/// Go's internal ParseUint, returning the value Go returns alongside an error.
fn parse_uint_raw(s: &[u8], base: i64, bit_size: i64) -> Result<u64, (NumErr, u64)> {
    if s.is_empty() {
        return Err((NumErr::Syntax, 0));
    }
    let base0 = base == 0;
    let s0 = s;
    let mut s = s;
    let base: u64 = match base {
        2..=36 => base as u64,
        0 => {
            let mut b = 10;
            if s[0] == b'0' {
                if s.len() >= 3 && lower(s[1]) == b'b' {
                    b = 2;
                    s = &s[2..];
                } else if s.len() >= 3 && lower(s[1]) == b'o' {
                    b = 8;
                    s = &s[2..];
                } else if s.len() >= 3 && lower(s[1]) == b'x' {
                    b = 16;
                    s = &s[2..];
                } else {
                    b = 8;
                    s = &s[1..];
                }
            }
            b
        }
        _ => return Err((NumErr::Base(base), 0)),
    };
    let bit_size = if bit_size == 0 {
        64
    } else if !(0..=64).contains(&bit_size) {
        return Err((NumErr::BitSize(bit_size), 0));
    } else {
        bit_size
    };
    let cutoff = u64::MAX / base + 1;
    let max_val: u64 = if bit_size == 64 {
        u64::MAX
    } else {
        (1u64 << bit_size) - 1
    };
    let mut underscores = false;
    let mut n: u64 = 0;
    for &c in s {
        let d = if c == b'_' && base0 {
            underscores = true;
            continue;
        } else if c.is_ascii_digit() {
            c - b'0'
        } else if lower(c).is_ascii_lowercase() {
            lower(c) - b'a' + 10
        } else {
            return Err((NumErr::Syntax, 0));
        };
        if d as u64 >= base {
            return Err((NumErr::Syntax, 0));
        }
        if n >= cutoff {
            return Err((NumErr::Range, max_val));
        }
        n *= base;
        let (n1, ov) = n.overflowing_add(d as u64);
        if ov || n1 > max_val {
            return Err((NumErr::Range, max_val));
        }
        n = n1;
    }
    if underscores && !underscore_ok(s0) {
        return Err((NumErr::Syntax, 0));
    }
    Ok(n)
}

/// `strconv.ParseUint(s, base, bitSize)`.
///
/// On error returns the error kind and the value Go returns with it
/// (0 for syntax/base/bit-size errors, the maximum value for range errors).
/// Use [`num_error_text`] with `"ParseUint"` for the message.
pub fn parse_uint(s: &[u8], base: i64, bit_size: i64) -> Result<u64, (NumErr, u64)> {
    parse_uint_raw(s, base, bit_size)
}

/// `strconv.ParseInt(s, base, bitSize)`.
///
/// On error returns the error kind and the value Go returns with it
/// (0, or the clamped value for [`NumErr::Range`]).
/// Use [`num_error_text`] with `"ParseInt"` for the message.
pub fn parse_int(s: &[u8], base: i64, bit_size: i64) -> Result<i64, (NumErr, i64)> {
    if s.is_empty() {
        return Err((NumErr::Syntax, 0));
    }
    let mut neg = false;
    let mut t = s;
    match s[0] {
        b'+' => t = &s[1..],
        b'-' => {
            t = &s[1..];
            neg = true;
        }
        _ => {}
    }
    let un = match parse_uint_raw(t, base, bit_size) {
        Ok(u) => u,
        Err((NumErr::Range, u)) => u,
        Err((e, _)) => return Err((e, 0)),
    };
    let bit_size = if bit_size == 0 { 64 } else { bit_size };
    let cutoff = 1u64 << (bit_size - 1);
    if !neg && un >= cutoff {
        return Err((NumErr::Range, (cutoff - 1) as i64));
    }
    if neg && un > cutoff {
        return Err((NumErr::Range, (cutoff as i64).wrapping_neg()));
    }
    // A range error from ParseUint that fits after all cannot happen (the
    // clamp above catches it), so the value is exact here.
    let n = un as i64;
    Ok(if neg { n.wrapping_neg() } else { n })
}

/// `strconv.Atoi(s)` (`int` is 64 bits). Use [`num_error_text`] with
/// `"Atoi"` for the message.
pub fn atoi(s: &[u8]) -> Result<i64, (NumErr, i64)> {
    if !s.is_empty() && s.len() < 19 {
        let mut t = s;
        if s[0] == b'-' || s[0] == b'+' {
            t = &s[1..];
            if t.is_empty() {
                return Err((NumErr::Syntax, 0));
            }
        }
        let mut n: i64 = 0;
        for &ch in t {
            let d = ch.wrapping_sub(b'0');
            if d > 9 {
                return Err((NumErr::Syntax, 0));
            }
            n = n * 10 + d as i64;
        }
        if s[0] == b'-' {
            n = -n;
        }
        return Ok(n);
    }
    parse_int(s, 10, 0)
}

/// `strconv.ParseBool`: accepts 1, t, T, TRUE, true, True, 0, f, F, FALSE,
/// false, False. Use [`num_error_text`] with `"ParseBool"` for the message.
pub fn parse_bool(s: &[u8]) -> Result<bool, NumErr> {
    match s {
        b"1" | b"t" | b"T" | b"true" | b"TRUE" | b"True" => Ok(true),
        b"0" | b"f" | b"F" | b"false" | b"FALSE" | b"False" => Ok(false),
        _ => Err(NumErr::Syntax),
    }
}

// ---------------------------------------------------------------------------
// Floats: parsing.

fn common_prefix_len_ignore_case(s: &[u8], prefix: &[u8]) -> usize {
    let n = s.len().min(prefix.len());
    for i in 0..n {
        if s[i].to_ascii_lowercase() != prefix[i] {
            return i;
        }
    }
    n
}

/// Go's `special`: "inf", "infinity" (signed, any case) and "nan".
fn special(s: &[u8]) -> Option<(f64, usize)> {
    if s.is_empty() {
        return None;
    }
    let mut sign = 1.0;
    let mut nsign = 0;
    let mut t = s;
    match s[0] {
        b'+' | b'-' | b'i' | b'I' => {
            if s[0] == b'-' {
                sign = -1.0;
            }
            if s[0] == b'+' || s[0] == b'-' {
                nsign = 1;
                t = &s[1..];
            }
            let mut n = common_prefix_len_ignore_case(t, b"infinity");
            if 3 < n && n < 8 {
                n = 3;
            }
            if n == 3 || n == 8 {
                return Some((sign * f64::INFINITY, nsign + n));
            }
        }
        b'n' | b'N' if common_prefix_len_ignore_case(s, b"nan") == 3 => {
            // math.NaN(): Go's NaN has the low mantissa bit set.
            return Some((f64::from_bits(0x7FF8_0000_0000_0001), 3));
        }
        _ => {}
    }
    None
}

/// Result of Go's `readFloat`.
struct ReadFloat {
    mantissa: u64,
    exp: i64,
    neg: bool,
    trunc: bool,
    hex: bool,
    /// Bytes consumed.
    n: usize,
    ok: bool,
    /// Significant decimal digits (decimal input only), leading zeros removed.
    digits: Vec<u8>,
    /// Decimal point position relative to `digits` (decimal input only).
    dp: i64,
}

fn read_float(s: &[u8]) -> ReadFloat {
    let mut r = ReadFloat {
        mantissa: 0,
        exp: 0,
        neg: false,
        trunc: false,
        hex: false,
        n: 0,
        ok: false,
        digits: Vec::new(),
        dp: 0,
    };
    let mut underscores = false;
    let mut i = 0;
    if i >= s.len() {
        return r;
    }
    match s[i] {
        b'+' => i += 1,
        b'-' => {
            i += 1;
            r.neg = true;
        }
        _ => {}
    }
    let mut base: u64 = 10;
    let mut max_mant_digits = 19;
    let mut exp_char = b'e';
    if i + 2 < s.len() && s[i] == b'0' && lower(s[i + 1]) == b'x' {
        base = 16;
        max_mant_digits = 16;
        i += 2;
        exp_char = b'p';
        r.hex = true;
    }
    let mut sawdot = false;
    let mut sawdigits = false;
    let mut nd: i64 = 0;
    let mut nd_mant: i64 = 0;
    let mut dp: i64 = 0;
    while i < s.len() {
        let c = s[i];
        if c == b'_' {
            underscores = true;
        } else if c == b'.' {
            if sawdot {
                break;
            }
            sawdot = true;
            dp = nd;
        } else if c.is_ascii_digit() {
            sawdigits = true;
            if c == b'0' && nd == 0 {
                dp -= 1;
                i += 1;
                continue;
            }
            nd += 1;
            if base == 10 {
                r.digits.push(c);
            }
            if nd_mant < max_mant_digits {
                r.mantissa = r.mantissa * base + (c - b'0') as u64;
                nd_mant += 1;
            } else if c != b'0' {
                r.trunc = true;
            }
        } else if base == 16 && (b'a'..=b'f').contains(&lower(c)) {
            sawdigits = true;
            nd += 1;
            if nd_mant < max_mant_digits {
                r.mantissa = r.mantissa * 16 + (lower(c) - b'a' + 10) as u64;
                nd_mant += 1;
            } else {
                r.trunc = true;
            }
        } else {
            break;
        }
        i += 1;
    }
    r.n = i;
    if !sawdigits {
        return r;
    }
    if !sawdot {
        dp = nd;
    }
    if base == 16 {
        dp *= 4;
        nd_mant *= 4;
    }
    if i < s.len() && lower(s[i]) == exp_char {
        i += 1;
        r.n = i;
        if i >= s.len() {
            return r;
        }
        let mut esign = 1;
        if s[i] == b'+' {
            i += 1;
        } else if s[i] == b'-' {
            i += 1;
            esign = -1;
        }
        r.n = i;
        if i >= s.len() || !s[i].is_ascii_digit() {
            return r;
        }
        let mut e: i64 = 0;
        while i < s.len() && (s[i].is_ascii_digit() || s[i] == b'_') {
            if s[i] == b'_' {
                underscores = true;
            } else if e < 10000 {
                e = e * 10 + (s[i] - b'0') as i64;
            }
            i += 1;
        }
        r.n = i;
        dp += e * esign;
    } else if base == 16 {
        return r;
    }
    if r.mantissa != 0 {
        r.exp = dp - nd_mant;
    }
    if underscores && !underscore_ok(&s[..i]) {
        return r;
    }
    r.dp = dp;
    r.ok = true;
    r
}

struct FloatInfo {
    mantbits: u32,
    expbits: u32,
    bias: i64,
}

const FLOAT32_INFO: FloatInfo = FloatInfo {
    mantbits: 23,
    expbits: 8,
    bias: -127,
};
const FLOAT64_INFO: FloatInfo = FloatInfo {
    mantbits: 52,
    expbits: 11,
    bias: -1023,
};

/// Go's `atofHex`: rounds `mantissa * 2^exp` to the float format.
fn atof_hex(
    flt: &FloatInfo,
    mut mantissa: u64,
    mut exp: i64,
    neg: bool,
    trunc: bool,
) -> (f64, bool) {
    let max_exp = (1i64 << flt.expbits) + flt.bias - 2;
    let min_exp = flt.bias + 1;
    exp += flt.mantbits as i64;
    while mantissa != 0 && mantissa >> (flt.mantbits + 2) == 0 {
        mantissa <<= 1;
        exp -= 1;
    }
    if trunc {
        mantissa |= 1;
    }
    while mantissa >> (1 + flt.mantbits + 2) != 0 {
        mantissa = (mantissa >> 1) | (mantissa & 1);
        exp += 1;
    }
    while mantissa > 1 && exp < min_exp - 2 {
        mantissa = (mantissa >> 1) | (mantissa & 1);
        exp += 1;
    }
    let mut round = mantissa & 3;
    mantissa >>= 2;
    round |= mantissa & 1;
    exp += 2;
    if round == 3 {
        mantissa += 1;
        if mantissa == 1 << (1 + flt.mantbits) {
            mantissa >>= 1;
            exp += 1;
        }
    }
    if mantissa >> flt.mantbits == 0 {
        exp = flt.bias;
    }
    let mut range = false;
    if exp > max_exp {
        mantissa = 1 << flt.mantbits;
        exp = max_exp + 1;
        range = true;
    }
    let mut bits = mantissa & ((1u64 << flt.mantbits) - 1);
    bits |= (((exp - flt.bias) as u64) & ((1u64 << flt.expbits) - 1)) << flt.mantbits;
    if neg {
        bits |= 1u64 << flt.mantbits << flt.expbits;
    }
    if flt.mantbits == 23 {
        (f32::from_bits(bits as u32) as f64, range)
    } else {
        (f64::from_bits(bits), range)
    }
}

/// `strconv.ParseFloat(s, bitSize)`: `bit_size` 32 rounds to float32 (the
/// result is still returned as f64), anything else means 64 (as in Go).
///
/// Accepts Go's syntax: decimal and hexadecimal (`0x1.8p3`) literals,
/// underscores between digits, `inf`/`infinity` (any case, optional sign) and
/// `nan`. On [`NumErr::Range`] the value is ±Inf; on [`NumErr::Syntax`] 0.
/// Use [`num_error_text`] with `"ParseFloat"` for the message.
pub fn parse_float(s: &[u8], bit_size: u32) -> Result<f64, (NumErr, f64)> {
    let is32 = bit_size == 32;
    let (val, n, range) = if let Some((v, n)) = special(s) {
        (v, n, false)
    } else {
        let r = read_float(s);
        if !r.ok {
            return Err((NumErr::Syntax, 0.0));
        }
        if r.hex {
            let info = if is32 { &FLOAT32_INFO } else { &FLOAT64_INFO };
            let (v, range) = atof_hex(info, r.mantissa, r.exp, r.neg, r.trunc);
            (v, r.n, range)
        } else {
            // Decimal: the digits are validated; let Rust round correctly.
            let mut text = String::with_capacity(r.digits.len() + 24);
            if r.neg {
                text.push('-');
            }
            if r.digits.is_empty() {
                text.push('0');
            } else {
                text.push_str(std::str::from_utf8(&r.digits).unwrap_or("0"));
                text.push('e');
                text.push_str(&(r.dp - r.digits.len() as i64).to_string());
            }
            let v = if is32 {
                text.parse::<f32>().map(|v| v as f64).unwrap_or(0.0)
            } else {
                text.parse::<f64>().unwrap_or(0.0)
            };
            (v, r.n, v.is_infinite())
        }
    };
    if n != s.len() {
        return Err((NumErr::Syntax, 0.0));
    }
    let val = if is32 { val as f32 as f64 } else { val };
    if range {
        Err((NumErr::Range, val))
    } else {
        Ok(val)
    }
}

// ---------------------------------------------------------------------------
// Floats: formatting.

/// `strconv.FormatFloat(f, fmt, prec, bitSize)`.
///
/// `fmt` is one of `b'b' b'e' b'E' b'f' b'g' b'G' b'x' b'X'` (others produce
/// `%c` like Go); `prec < 0` means the shortest representation that
/// round-trips (for `bit_size` 32: as a float32).
///
/// # Panics
/// Panics if `bit_size` is not 32 or 64 (Go panics too).
pub fn format_float(f: f64, fmt: u8, prec: i32, bit_size: u32) -> String {
    let mut v = Vec::with_capacity(24);
    append_float(&mut v, f, fmt, prec, bit_size);
    match String::from_utf8(v) {
        Ok(s) => s,
        Err(e) => String::from_utf8_lossy(e.as_bytes()).into_owned(),
    }
}

/// `strconv.FormatComplex(c, fmt, prec, bitSize)` with `bit_size` 64
/// (complex64) or 128 (complex128): `(re±imi)`.
///
/// # Panics
/// Panics if `bit_size` is not 64 or 128.
pub fn format_complex(re: f64, im: f64, fmt: u8, prec: i32, bit_size: u32) -> String {
    assert!(
        bit_size == 64 || bit_size == 128,
        "strconv: illegal FormatComplex bitSize"
    );
    let size = bit_size / 2;
    let mut v = vec![b'('];
    append_float(&mut v, re, fmt, prec, size);
    let mark = v.len();
    append_float(&mut v, im, fmt, prec, size);
    if v[mark] != b'+' && v[mark] != b'-' {
        v.insert(mark, b'+');
    }
    v.extend_from_slice(b"i)");
    String::from_utf8_lossy(&v).into_owned()
}

/// `strconv.AppendFloat`: appends the [`format_float`] text to `dst`.
///
/// # Panics
/// Panics if `bit_size` is not 32 or 64.
pub fn append_float(dst: &mut Vec<u8>, f: f64, fmt: u8, prec: i32, bit_size: u32) {
    let (bits, exp_bits, mant_bits, bias): (u64, u32, u32, i32) = match bit_size {
        32 => ((f as f32).to_bits() as u64, 8, 23, -127),
        64 => (f.to_bits(), 11, 52, -1023),
        _ => panic!("strconv: illegal AppendFloat/FormatFloat bitSize"),
    };
    let neg = bits >> (exp_bits + mant_bits) != 0;
    let mut exp = ((bits >> mant_bits) & ((1u64 << exp_bits) - 1)) as i32;
    let mut mant = bits & ((1u64 << mant_bits) - 1);
    if exp == (1 << exp_bits) - 1 {
        dst.extend_from_slice(if mant != 0 {
            b"NaN"
        } else if neg {
            b"-Inf"
        } else {
            b"+Inf"
        });
        return;
    }
    if exp == 0 {
        exp += 1;
    } else {
        mant |= 1u64 << mant_bits;
    }
    exp += bias;

    if fmt == b'b' {
        fmt_b(dst, neg, mant, exp - mant_bits as i32);
        return;
    }
    if fmt == b'x' || fmt == b'X' {
        fmt_x(dst, prec, fmt, neg, mant, exp, mant_bits);
        return;
    }
    if mant == 0 {
        fmt_efg(dst, neg, &[], 0, 0, prec, fmt, prec < 0);
        return;
    }
    if !matches!(fmt, b'e' | b'E' | b'f' | b'g' | b'G') {
        dst.push(b'%');
        dst.push(fmt);
        return;
    }
    // The magnitude, exactly representable in the target size (so exact
    // formatting of the f64 gives the same digits as of the f32).
    let abs = if bit_size == 32 {
        (f as f32).abs() as f64
    } else {
        f.abs()
    };
    if prec < 0 {
        // Shortest digits that round-trip.
        let (digits, dp) = shortest_digits(abs, bit_size == 32, mant, exp - mant_bits as i32);
        let nd = digits.len() as i32;
        let prec = match fmt {
            b'e' | b'E' => (nd - 1).max(0),
            b'f' => (nd - dp).max(0),
            _ => nd,
        };
        fmt_efg(dst, neg, &digits, dp, nd, prec, fmt, true);
        return;
    }
    // Any float is exact with 767 significant digits or 1074 fractional
    // digits; beyond that Go just pads zeros (and Rust limits precision).
    const CAP: usize = 1100;
    let mut prec = prec;
    let (digits, dp) = match fmt {
        b'e' | b'E' => parse_sci(&format!("{:.*e}", (prec as usize).min(CAP), abs)),
        b'f' => parse_fixed(&format!("{:.*}", (prec as usize).min(CAP), abs)),
        _ => {
            if prec == 0 {
                prec = 1;
            }
            parse_sci(&format!("{:.*e}", ((prec - 1) as usize).min(CAP), abs))
        }
    };
    let nd = digits.len() as i32;
    fmt_efg(dst, neg, &digits, dp, nd, prec, fmt, false);
}

/// Shortest round-trip digits of `abs` (= `mant` × 2^`exp2`) as Go picks
/// them: Rust's shortest digits, except that when two candidates of the
/// shortest length are equally close, Go takes the even one (Rust rounds
/// half up).
#[allow(unknown_lints, clippy::manual_is_multiple_of)] // MSRV 1.80
fn shortest_digits(abs: f64, is32: bool, mant: u64, exp2: i32) -> (Vec<u8>, i32) {
    let text = if is32 {
        format!("{:e}", abs as f32)
    } else {
        format!("{:e}", abs)
    };
    let (digits, dp) = parse_sci(&text);
    let nd = digits.len() as i32;
    // Is the exact value halfway between two nd-digit decimals, i.e. is
    // 2 × value × 10^s an odd integer for s = nd - dp?
    let s = nd - dp;
    let tz = mant.trailing_zeros() as i32;
    let tie = tz + exp2 + s + 1 == 0 && (s >= 0 || (-s <= 27 && mant % 5u64.pow((-s) as u32) == 0));
    if !tie {
        return (digits, dp);
    }
    // Exact digits: the lower candidate followed by a 5.
    let exact = format!("{:.*e}", nd as usize, abs);
    let (mut lower, ldp) = parse_sci(&exact);
    if lower.len() != nd as usize + 1 || ldp != dp || lower.last() != Some(&b'5') {
        return (digits, dp);
    }
    lower.pop();
    let lower_even = lower[lower.len() - 1] % 2 == 0;
    let rust_is_lower = digits == lower;
    if lower_even == rust_is_lower {
        return (digits, dp);
    }
    // Go prefers the other (even) candidate if it round-trips.
    let (cand, cdp) = if lower_even {
        (lower, dp)
    } else {
        let mut up = lower;
        let mut i = up.len();
        loop {
            if i == 0 {
                up.insert(0, b'1');
                break;
            }
            i -= 1;
            if up[i] == b'9' {
                up[i] = b'0';
            } else {
                up[i] += 1;
                break;
            }
        }
        let cdp = if up.len() > nd as usize {
            up.pop();
            dp + 1
        } else {
            dp
        };
        while up.last() == Some(&b'0') {
            up.pop();
        }
        (up, cdp)
    };
    let text = format!("0.{}e{}", std::str::from_utf8(&cand).unwrap_or("0"), cdp);
    let round_trips = if is32 {
        text.parse::<f32>().ok() == Some(abs as f32)
    } else {
        text.parse::<f64>().ok() == Some(abs)
    };
    if round_trips {
        (cand, cdp)
    } else {
        (digits, dp)
    }
}

/// Parses Rust's `d.ddde±x` output into trimmed digits and Go's decimal
/// point position (value = 0.digits × 10^dp).
fn parse_sci(s: &str) -> (Vec<u8>, i32) {
    let (mant, exp) = s.split_once('e').unwrap_or((s, "0"));
    let exp: i32 = exp.parse().unwrap_or(0);
    let mut digits: Vec<u8> = mant.bytes().filter(|c| c.is_ascii_digit()).collect();
    while digits.last() == Some(&b'0') {
        digits.pop();
    }
    if digits.is_empty() {
        return (digits, 0);
    }
    (digits, exp + 1)
}

/// Parses Rust's fixed `ddd.ddd` output into trimmed digits and the decimal
/// point position.
fn parse_fixed(s: &str) -> (Vec<u8>, i32) {
    let (int, frac) = s.split_once('.').unwrap_or((s, ""));
    let mut dp = int.len() as i32;
    let mut digits: Vec<u8> = Vec::with_capacity(int.len() + frac.len());
    for c in int.bytes().chain(frac.bytes()) {
        if digits.is_empty() && c == b'0' {
            dp -= 1;
            continue;
        }
        digits.push(c);
    }
    while digits.last() == Some(&b'0') {
        digits.pop();
    }
    if digits.is_empty() {
        return (digits, 0);
    }
    (digits, dp)
}

/// Go's `fmtEFG`: lays out decimal digits `s[..nd]` with decimal point `dp`.
#[allow(clippy::too_many_arguments)]
fn fmt_efg(
    dst: &mut Vec<u8>,
    neg: bool,
    s: &[u8],
    dp: i32,
    nd: i32,
    mut prec: i32,
    mut fmt: u8,
    shortest: bool,
) {
    if fmt == b'g' || fmt == b'G' {
        let mut eprec = prec;
        if eprec > nd && nd >= dp {
            eprec = nd;
        }
        if shortest {
            eprec = 6;
        }
        let exp = dp - 1;
        if exp < -4 || exp >= eprec {
            if prec > nd {
                prec = nd;
            }
            prec -= 1;
            fmt = fmt + b'e' - b'g';
        } else {
            if prec > dp {
                prec = nd;
            }
            prec = (prec - dp).max(0);
            fmt = b'f';
        }
    }
    match fmt {
        b'e' | b'E' => {
            if neg {
                dst.push(b'-');
            }
            dst.push(if nd != 0 { s[0] } else { b'0' });
            if prec > 0 {
                dst.push(b'.');
                let mut i = 1;
                let m = nd.min(prec + 1);
                if i < m {
                    dst.extend_from_slice(&s[i as usize..m as usize]);
                    i = m;
                }
                for _ in 0..(prec + 1 - i) {
                    dst.push(b'0');
                }
            }
            dst.push(fmt);
            let mut exp = dp - 1;
            if nd == 0 {
                exp = 0;
            }
            if exp < 0 {
                dst.push(b'-');
                exp = -exp;
            } else {
                dst.push(b'+');
            }
            if exp < 10 {
                dst.extend_from_slice(&[b'0', exp as u8 + b'0']);
            } else if exp < 100 {
                dst.extend_from_slice(&[(exp / 10) as u8 + b'0', (exp % 10) as u8 + b'0']);
            } else {
                dst.extend_from_slice(&[
                    (exp / 100) as u8 + b'0',
                    (exp / 10 % 10) as u8 + b'0',
                    (exp % 10) as u8 + b'0',
                ]);
            }
        }
        b'f' => {
            if neg {
                dst.push(b'-');
            }
            if dp > 0 {
                let m = nd.min(dp);
                dst.extend_from_slice(&s[..m as usize]);
                for _ in 0..(dp - m) {
                    dst.push(b'0');
                }
            } else {
                dst.push(b'0');
            }
            if prec > 0 {
                dst.push(b'.');
                let lz = prec.min((-dp).max(0));
                let off = dp + lz;
                let m = (prec - lz).min((nd - off).max(0));
                let tz = (prec - lz - m).max(0);
                for _ in 0..lz {
                    dst.push(b'0');
                }
                for i in 0..m {
                    dst.push(s[(off + i) as usize]);
                }
                for _ in 0..tz {
                    dst.push(b'0');
                }
            }
        }
        _ => {
            dst.push(b'%');
            dst.push(fmt);
        }
    }
}

/// `%b`: -ddddddddp±ddd
fn fmt_b(dst: &mut Vec<u8>, neg: bool, mant: u64, exp: i32) {
    if neg {
        dst.push(b'-');
    }
    append_uint(dst, mant, 10);
    dst.push(b'p');
    if exp >= 0 {
        dst.push(b'+');
    }
    append_int(dst, exp as i64, 10);
}

/// `%x`: -0x1.yyyyyyyyp±ddd or -0x0p+00.
fn fmt_x(
    dst: &mut Vec<u8>,
    prec: i32,
    fmt: u8,
    neg: bool,
    mut mant: u64,
    mut exp: i32,
    mant_bits: u32,
) {
    if mant == 0 {
        exp = 0;
    }
    mant <<= 60 - mant_bits;
    while mant != 0 && mant & (1 << 60) == 0 {
        mant <<= 1;
        exp -= 1;
    }
    if (0..15).contains(&prec) {
        let shift = (prec * 4) as u32;
        let extra = (mant << shift) & ((1u64 << 60) - 1);
        mant >>= 60 - shift;
        if extra | (mant & 1) > 1 << 59 {
            mant += 1;
        }
        mant <<= 60 - shift;
        if mant & (1 << 61) != 0 {
            mant >>= 1;
            exp += 1;
        }
    }
    let hex = if fmt == b'X' { UPPERHEX } else { LOWERHEX };
    if neg {
        dst.push(b'-');
    }
    dst.extend_from_slice(&[b'0', fmt, b'0' + ((mant >> 60) & 1) as u8]);
    mant <<= 4;
    if prec < 0 && mant != 0 {
        dst.push(b'.');
        while mant != 0 {
            dst.push(hex[((mant >> 60) & 15) as usize]);
            mant <<= 4;
        }
    } else if prec > 0 {
        dst.push(b'.');
        for _ in 0..prec {
            dst.push(hex[((mant >> 60) & 15) as usize]);
            mant <<= 4;
        }
    }
    dst.push(if fmt == lower(fmt) { b'p' } else { b'P' });
    if exp < 0 {
        dst.push(b'-');
        exp = -exp;
    } else {
        dst.push(b'+');
    }
    let e = exp as u32;
    if e < 100 {
        dst.extend_from_slice(&[(e / 10) as u8 + b'0', (e % 10) as u8 + b'0']);
    } else if e < 1000 {
        dst.extend_from_slice(&[
            (e / 100) as u8 + b'0',
            (e / 10 % 10) as u8 + b'0',
            (e % 10) as u8 + b'0',
        ]);
    } else {
        dst.extend_from_slice(&[
            (e / 1000) as u8 + b'0',
            (e / 100 % 10) as u8 + b'0',
            (e / 10 % 10) as u8 + b'0',
            (e % 10) as u8 + b'0',
        ]);
    }
}

// ---------------------------------------------------------------------------
// Quoting.

fn bsearch<T: Ord + Copy>(s: &[T], v: T) -> (usize, bool) {
    let i = s.partition_point(|&x| x < v);
    (i, i < s.len() && s[i] == v)
}

/// `strconv.IsPrint`: letters, marks, numbers, punctuation, symbols and the
/// ASCII space.
pub fn is_print(r: i32) -> bool {
    if r <= 0xFF {
        if (0x20..=0x7E).contains(&r) {
            return true;
        }
        if (0xA1..=0xFF).contains(&r) {
            return r != 0xAD;
        }
        return false;
    }
    if (0..1 << 16).contains(&r) {
        let rr = r as u16;
        let (i, _) = bsearch(&IS_PRINT16, rr);
        if i >= IS_PRINT16.len() || rr < IS_PRINT16[i & !1] || IS_PRINT16[i | 1] < rr {
            return false;
        }
        return !bsearch(&IS_NOT_PRINT16, rr).1;
    }
    let rr = r as u32;
    let (i, _) = bsearch(&IS_PRINT32, rr);
    if i >= IS_PRINT32.len() || rr < IS_PRINT32[i & !1] || IS_PRINT32[i | 1] < rr {
        return false;
    }
    if r >= 0x20000 {
        return true;
    }
    !bsearch(&IS_NOT_PRINT32, (r - 0x10000) as u16).1
}

fn is_in_graphic_list(r: i32) -> bool {
    if !(0..=0xFFFF).contains(&r) {
        return false;
    }
    bsearch(&IS_GRAPHIC, r as u16).1
}

/// `strconv.IsGraphic`: like [`is_print`] plus other Unicode spaces.
pub fn is_graphic(r: i32) -> bool {
    is_print(r) || is_in_graphic_list(r)
}

fn append_escaped_rune(buf: &mut Vec<u8>, r: i32, quote: u8, ascii_only: bool, graphic_only: bool) {
    if r == quote as i32 || r == '\\' as i32 {
        buf.push(b'\\');
        buf.push(r as u8);
        return;
    }
    if ascii_only {
        if r < RUNE_SELF && is_print(r) {
            buf.push(r as u8);
            return;
        }
    } else if is_print(r) || graphic_only && is_in_graphic_list(r) {
        utf8::append_rune(buf, r);
        return;
    }
    match r {
        0x07 => buf.extend_from_slice(b"\\a"),
        0x08 => buf.extend_from_slice(b"\\b"),
        0x0C => buf.extend_from_slice(b"\\f"),
        0x0A => buf.extend_from_slice(b"\\n"),
        0x0D => buf.extend_from_slice(b"\\r"),
        0x09 => buf.extend_from_slice(b"\\t"),
        0x0B => buf.extend_from_slice(b"\\v"),
        _ => {
            if r < ' ' as i32 || r == 0x7f {
                buf.extend_from_slice(b"\\x");
                buf.push(LOWERHEX[(r as u8 >> 4) as usize]);
                buf.push(LOWERHEX[(r as u8 & 0xF) as usize]);
            } else {
                let r = if utf8::valid_rune(r) { r } else { 0xFFFD };
                if r < 0x10000 {
                    buf.extend_from_slice(b"\\u");
                    for s in (0..=12).rev().step_by(4) {
                        buf.push(LOWERHEX[((r >> s) & 0xF) as usize]);
                    }
                } else {
                    buf.extend_from_slice(b"\\U");
                    for s in (0..=28).rev().step_by(4) {
                        buf.push(LOWERHEX[((r >> s) & 0xF) as usize]);
                    }
                }
            }
        }
    }
}

fn append_quoted_with(
    buf: &mut Vec<u8>,
    s: &[u8],
    quote: u8,
    ascii_only: bool,
    graphic_only: bool,
) {
    buf.push(quote);
    let mut s = s;
    while !s.is_empty() {
        let (r, width) = utf8::decode_rune(s);
        if width == 1 && r == RUNE_ERROR {
            buf.extend_from_slice(b"\\x");
            buf.push(LOWERHEX[(s[0] >> 4) as usize]);
            buf.push(LOWERHEX[(s[0] & 0xF) as usize]);
        } else {
            append_escaped_rune(buf, r, quote, ascii_only, graphic_only);
        }
        s = &s[width..];
    }
    buf.push(quote);
}

fn append_quoted_rune_with(
    buf: &mut Vec<u8>,
    r: i32,
    quote: u8,
    ascii_only: bool,
    graphic_only: bool,
) {
    buf.push(quote);
    let r = if utf8::valid_rune(r) { r } else { RUNE_ERROR };
    append_escaped_rune(buf, r, quote, ascii_only, graphic_only);
    buf.push(quote);
}

fn into_string(v: Vec<u8>) -> String {
    // Quoted output is always valid UTF-8 (invalid input bytes are escaped).
    String::from_utf8(v).unwrap_or_else(|e| String::from_utf8_lossy(e.as_bytes()).into_owned())
}

/// `strconv.AppendQuote`.
pub fn append_quote(dst: &mut Vec<u8>, s: &[u8]) {
    append_quoted_with(dst, s, b'"', false, false);
}

/// `strconv.AppendQuoteToASCII`.
pub fn append_quote_to_ascii(dst: &mut Vec<u8>, s: &[u8]) {
    append_quoted_with(dst, s, b'"', true, false);
}

/// `strconv.AppendQuoteRune`.
pub fn append_quote_rune(dst: &mut Vec<u8>, r: i32) {
    append_quoted_rune_with(dst, r, b'\'', false, false);
}

/// `strconv.AppendQuoteRuneToASCII`.
pub fn append_quote_rune_to_ascii(dst: &mut Vec<u8>, r: i32) {
    append_quoted_rune_with(dst, r, b'\'', true, false);
}

/// `strconv.Quote`: a double-quoted Go string literal; non-printable runes
/// are escaped and invalid UTF-8 bytes become `\xNN`.
pub fn quote(s: &[u8]) -> String {
    let mut v = Vec::with_capacity(s.len() + 2);
    append_quote(&mut v, s);
    into_string(v)
}

/// `strconv.QuoteToASCII`: like [`quote`] but escapes all non-ASCII runes.
pub fn quote_to_ascii(s: &[u8]) -> String {
    let mut v = Vec::with_capacity(s.len() + 2);
    append_quote_to_ascii(&mut v, s);
    into_string(v)
}

/// `strconv.QuoteToGraphic`: like [`quote`] but leaves Unicode graphic
/// characters (incl. spaces such as U+00A0) unescaped.
pub fn quote_to_graphic(s: &[u8]) -> String {
    let mut v = Vec::with_capacity(s.len() + 2);
    append_quoted_with(&mut v, s, b'"', false, true);
    into_string(v)
}

/// `strconv.QuoteRune`: a single-quoted Go character literal (invalid runes
/// become U+FFFD).
pub fn quote_rune(r: i32) -> String {
    let mut v = Vec::new();
    append_quote_rune(&mut v, r);
    into_string(v)
}

/// `strconv.QuoteRuneToASCII`.
pub fn quote_rune_to_ascii(r: i32) -> String {
    let mut v = Vec::new();
    append_quote_rune_to_ascii(&mut v, r);
    into_string(v)
}

/// `strconv.QuoteRuneToGraphic`.
pub fn quote_rune_to_graphic(r: i32) -> String {
    let mut v = Vec::new();
    append_quoted_rune_with(&mut v, r, b'\'', false, true);
    into_string(v)
}

/// `strconv.CanBackquote`: whether `s` can be a raw string literal unchanged.
pub fn can_backquote(s: &[u8]) -> bool {
    let mut s = s;
    while !s.is_empty() {
        let (r, wid) = utf8::decode_rune(s);
        s = &s[wid..];
        if wid > 1 {
            if r == 0xFEFF {
                return false;
            }
            continue;
        }
        if r == RUNE_ERROR {
            return false;
        }
        if (r < ' ' as i32 && r != '\t' as i32) || r == '`' as i32 || r == 0x7F {
            return false;
        }
    }
    true
}

fn unhex(b: u8) -> Option<i32> {
    match b {
        b'0'..=b'9' => Some((b - b'0') as i32),
        b'a'..=b'f' => Some((b - b'a' + 10) as i32),
        b'A'..=b'F' => Some((b - b'A' + 10) as i32),
        _ => None,
    }
}

/// `strconv.UnquoteChar`: decodes the first character or escape sequence of
/// `s`; returns `(value, multibyte, tail)`.
pub fn unquote_char(s: &[u8], quote: u8) -> Result<(i32, bool, &[u8]), NumErr> {
    let Some(&c) = s.first() else {
        return Err(NumErr::Syntax);
    };
    if c == quote && (quote == b'\'' || quote == b'"') {
        return Err(NumErr::Syntax);
    }
    if c as i32 >= RUNE_SELF {
        let (r, size) = utf8::decode_rune(s);
        return Ok((r, true, &s[size..]));
    }
    if c != b'\\' {
        return Ok((c as i32, false, &s[1..]));
    }
    if s.len() <= 1 {
        return Err(NumErr::Syntax);
    }
    let c = s[1];
    let mut s = &s[2..];
    let mut multibyte = false;
    let value = match c {
        b'a' => 7,
        b'b' => 8,
        b'f' => 12,
        b'n' => 10,
        b'r' => 13,
        b't' => 9,
        b'v' => 11,
        b'x' | b'u' | b'U' => {
            let n = match c {
                b'x' => 2,
                b'u' => 4,
                _ => 8,
            };
            if s.len() < n {
                return Err(NumErr::Syntax);
            }
            let mut v: i32 = 0;
            for &b in &s[..n] {
                let x = unhex(b).ok_or(NumErr::Syntax)?;
                v = (v << 4) | x;
            }
            s = &s[n..];
            if c != b'x' {
                if !utf8::valid_rune(v) {
                    return Err(NumErr::Syntax);
                }
                multibyte = true;
            }
            v
        }
        b'0'..=b'7' => {
            let mut v = (c - b'0') as i32;
            if s.len() < 2 {
                return Err(NumErr::Syntax);
            }
            for &b in &s[..2] {
                let x = b as i32 - '0' as i32;
                if !(0..=7).contains(&x) {
                    return Err(NumErr::Syntax);
                }
                v = (v << 3) | x;
            }
            s = &s[2..];
            if v > 255 {
                return Err(NumErr::Syntax);
            }
            v
        }
        b'\\' => '\\' as i32,
        b'\'' | b'"' => {
            if c != quote {
                return Err(NumErr::Syntax);
            }
            c as i32
        }
        _ => return Err(NumErr::Syntax),
    };
    Ok((value, multibyte, s))
}

/// Go's internal `unquote`: returns `(out, rest)`.
fn unquote_impl(input: &[u8], unescape: bool) -> Result<(Vec<u8>, &[u8]), NumErr> {
    if input.len() < 2 {
        return Err(NumErr::Syntax);
    }
    let quote = input[0];
    let Some(end) = input[1..].iter().position(|&c| c == quote) else {
        return Err(NumErr::Syntax);
    };
    let end = end + 2;
    match quote {
        b'`' => {
            let out = if !unescape {
                input[..end].to_vec()
            } else {
                input[1..end - 1]
                    .iter()
                    .copied()
                    .filter(|&c| c != b'\r')
                    .collect()
            };
            Ok((out, &input[end..]))
        }
        b'"' | b'\'' => {
            let head = &input[..end];
            if !head.contains(&b'\\') && !head.contains(&b'\n') {
                let body = &input[1..end - 1];
                let valid = if quote == b'"' {
                    utf8::valid(body)
                } else {
                    let (r, n) = utf8::decode_rune(body);
                    1 + n + 1 == end && (r != RUNE_ERROR || n != 1)
                };
                if valid {
                    let out = if unescape {
                        body.to_vec()
                    } else {
                        head.to_vec()
                    };
                    return Ok((out, &input[end..]));
                }
            }
            let mut buf = Vec::new();
            let mut rest = &input[1..];
            while !rest.is_empty() && rest[0] != quote {
                if rest[0] == b'\n' {
                    return Err(NumErr::Syntax);
                }
                let (r, multibyte, tail) = unquote_char(rest, quote)?;
                rest = tail;
                if unescape {
                    if r < RUNE_SELF || !multibyte {
                        buf.push(r as u8);
                    } else {
                        utf8::append_rune(&mut buf, r);
                    }
                }
                if quote == b'\'' {
                    break;
                }
            }
            if rest.first() != Some(&quote) {
                return Err(NumErr::Syntax);
            }
            rest = &rest[1..];
            if unescape {
                Ok((buf, rest))
            } else {
                Ok((input[..input.len() - rest.len()].to_vec(), rest))
            }
        }
        _ => Err(NumErr::Syntax),
    }
}

/// `strconv.Unquote`: interprets `s` as a single-quoted, double-quoted or
/// backquoted Go literal and returns its value. The only error is
/// [`NumErr::Syntax`] (Go's `strconv.ErrSyntax`, text "invalid syntax").
pub fn unquote(s: &[u8]) -> Result<Vec<u8>, NumErr> {
    let (out, rem) = unquote_impl(s, true)?;
    if !rem.is_empty() {
        return Err(NumErr::Syntax);
    }
    Ok(out)
}

/// `strconv.QuotedPrefix`: the quoted string (with quotes) at the start of `s`.
pub fn quoted_prefix(s: &[u8]) -> Result<Vec<u8>, NumErr> {
    unquote_impl(s, false).map(|(out, _)| out)
}

/// Converts an integer to a rune for `%c`/`%q`: values above [`MAX_RUNE`]
/// become U+FFFD, like Go's `fmtC`/`fmtQc`.
pub(crate) fn clamp_rune(c: u64) -> i32 {
    if c > MAX_RUNE as u64 {
        RUNE_ERROR
    } else {
        c as i32
    }
}
