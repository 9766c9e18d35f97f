//! Go's `fmt` formatter state (`fmt.fmt`) and the per-kind printing
//! primitives of `fmt.pp` (`fmtBool`, `fmtInteger`, `fmtFloat`, ...).
//!
//! The VM walks its own values and calls these primitives; composite values
//! (structs, maps, slices, pointers) are laid out by the VM using
//! [`Printer::write_str`] and friends, exactly as Go's `printValue` does.
//!
//! Every `pp`-level primitive takes the Go type name of the operand (`ty`),
//! used only for the bad-verb form `%!d(string=hi)`.

use super::strconv;
use super::utf8;

/// Lower-case digits, with `x` at index 16 (Go's `ldigits`).
const LDIGITS: &[u8; 17] = b"0123456789abcdefx";
/// Upper-case digits, with `X` at index 16 (Go's `udigits`).
const UDIGITS: &[u8; 17] = b"0123456789ABCDEFX";

/// Formatting flags of the current directive (Go's `fmtFlags` plus width and
/// precision).
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Flags {
    /// `+` flag (cleared and moved to `plus_v` for `%+v`).
    pub plus: bool,
    /// `-` flag: pad on the right.
    pub minus: bool,
    /// `#` flag (cleared and moved to `sharp_v` for `%#v`).
    pub sharp: bool,
    /// ` ` (space) flag.
    pub space: bool,
    /// `0` flag: pad with leading zeros.
    pub zero: bool,
    /// `%+v`: print struct field names.
    pub plus_v: bool,
    /// `%#v`: print Go syntax.
    pub sharp_v: bool,
    /// Width, if present.
    pub wid: Option<usize>,
    /// Precision, if present.
    pub prec: Option<usize>,
}

/// A Go `fmt` printer: output buffer, current flags and `pp` state.
#[derive(Clone, Debug, Default)]
pub struct Printer {
    /// The output produced so far.
    pub buf: Vec<u8>,
    /// Flags of the directive being printed.
    pub flags: Flags,
    /// Set while printing the operand of a bad verb (`%!d(T=...)`); while it
    /// is set the VM must not call `Error()`/`String()`/`Format` methods
    /// (Go's `pp.erroring`).
    pub erroring: bool,
    /// Set by `Errorf`-style callers: `%w` is then accepted for error
    /// operands (Go's `pp.wrapErrs`). The VM's `print` checks it for `'w'`.
    pub wrap_errs: bool,
    /// Argument indexes seen with `%w` (Go's `pp.wrappedErrs`).
    pub wrapped_errs: Vec<usize>,
    /// Whether the format used explicit argument indexes (`%[n]d`).
    pub reordered: bool,
    /// Whether the most recent argument index was valid.
    pub good_arg_num: bool,
}

impl Printer {
    /// A fresh printer with an empty buffer.
    pub fn new() -> Self {
        Self::default()
    }

    /// Clears all flags, width and precision (Go's `fmt.clearflags`).
    pub fn clear_flags(&mut self) {
        self.flags = Flags::default();
    }

    /// Takes the output, leaving the buffer empty.
    pub fn take(&mut self) -> Vec<u8> {
        std::mem::take(&mut self.buf)
    }

    /// Go's `fmt.State.Flag(c)` for a `Format` method: reports whether flag
    /// `c` (one of `- + # space 0`) is set; `+`/`#` include `%+v`/`%#v`.
    pub fn flag(&self, c: char) -> bool {
        let f = &self.flags;
        match c {
            '-' => f.minus,
            '+' => f.plus || f.plus_v,
            '#' => f.sharp || f.sharp_v,
            ' ' => f.space,
            '0' => f.zero,
            _ => false,
        }
    }

    /// Go's `fmt.FormatString(state, verb)`: the directive that invoked a
    /// `Format` method, e.g. `%-+10.3v`.
    pub fn format_string(&self, verb: char) -> String {
        let mut s = String::from("%");
        for c in [' ', '+', '-', '#', '0'] {
            if self.flag(c) {
                s.push(c);
            }
        }
        if let Some(w) = self.flags.wid {
            s.push_str(&w.to_string());
        }
        if let Some(p) = self.flags.prec {
            s.push('.');
            s.push_str(&p.to_string());
        }
        s.push(verb);
        s
    }

    /// Writes Go's report of a panic inside an `Error`/`String`/`Format`/
    /// `GoString` method (`pp.catchPanic`): `%!v(PANIC=String method: msg)`.
    /// `value` prints the panic value with `%v` (flags are cleared meanwhile
    /// and restored afterwards). For a nil pointer receiver Go prints just
    /// `<nil>` instead; the VM checks that case itself.
    pub fn method_panic(&mut self, verb: char, method: &str, value: impl FnOnce(&mut Printer)) {
        let old = self.flags;
        self.clear_flags();
        self.write_str("%!");
        self.write_char(verb);
        self.write_str("(PANIC=");
        self.write_str(method);
        self.write_str(" method: ");
        value(self);
        self.write_byte(b')');
        self.flags = old;
    }

    // -- raw output -----------------------------------------------------

    /// Appends `s` without padding.
    pub fn write_str(&mut self, s: &str) {
        self.buf.extend_from_slice(s.as_bytes());
    }

    /// Appends raw bytes without padding.
    pub fn write_bytes(&mut self, b: &[u8]) {
        self.buf.extend_from_slice(b);
    }

    /// Appends one byte without padding.
    pub fn write_byte(&mut self, b: u8) {
        self.buf.push(b);
    }

    /// Appends the UTF-8 encoding of `c` without padding.
    pub fn write_char(&mut self, c: char) {
        let mut tmp = [0u8; 4];
        self.buf
            .extend_from_slice(c.encode_utf8(&mut tmp).as_bytes());
    }

    // -- fmt.fmt level: padding ------------------------------------------

    /// Appends `n` bytes of padding: `0` if the zero flag is set without
    /// minus, else spaces (Go's `fmt.writePadding`).
    pub fn write_padding(&mut self, n: usize) {
        let pad = if self.flags.zero && !self.flags.minus {
            b'0'
        } else {
            b' '
        };
        self.buf.resize(self.buf.len() + n, pad);
    }

    /// Appends `b` padded to the width (in runes) on the left, or on the
    /// right with the minus flag (Go's `fmt.pad`).
    pub fn pad(&mut self, b: &[u8]) {
        let wid = match self.flags.wid {
            Some(w) if w != 0 => w,
            _ => {
                self.buf.extend_from_slice(b);
                return;
            }
        };
        let width = wid.saturating_sub(utf8::rune_count(b));
        if !self.flags.minus {
            self.write_padding(width);
            self.buf.extend_from_slice(b);
        } else {
            self.buf.extend_from_slice(b);
            self.write_padding(width);
        }
    }

    /// [`Printer::pad`] for a `&str` (Go's `fmt.padString`).
    pub fn pad_str(&mut self, s: &str) {
        self.pad(s.as_bytes());
    }

    /// Pads `b` with the zero flag temporarily cleared.
    fn pad_no_zero(&mut self, b: &[u8]) {
        let old = self.flags.zero;
        self.flags.zero = false;
        self.pad(b);
        self.flags.zero = old;
    }

    // -- fmt.fmt level: formatting -------------------------------------

    /// `true`/`false`, padded (Go's `fmt.fmtBoolean`).
    pub fn fmt_boolean(&mut self, v: bool) {
        self.pad_str(if v { "true" } else { "false" });
    }

    /// `U+0078`, or `U+0078 'x'` with the sharp flag (Go's `fmt.fmtUnicode`).
    pub fn fmt_unicode(&mut self, u: u64) {
        let mut prec = 4usize;
        if let Some(p) = self.flags.prec {
            if p > 4 {
                prec = p;
            }
        }
        let mut hex = Vec::with_capacity(16);
        let mut v = u;
        loop {
            hex.push(UDIGITS[(v & 0xF) as usize]);
            v >>= 4;
            if v == 0 {
                break;
            }
        }
        let mut out = Vec::with_capacity(prec + 10);
        out.extend_from_slice(b"U+");
        out.resize(2 + prec.saturating_sub(hex.len()), b'0');
        out.extend(hex.iter().rev());
        if self.flags.sharp && u <= utf8::MAX_RUNE as u64 && strconv::is_print(u as i32) {
            out.extend_from_slice(b" '");
            utf8::append_rune(&mut out, u as i32);
            out.push(b'\'');
        }
        self.pad_no_zero(&out);
    }

    /// Formats an integer in `base` (2, 8, 10 or 16) honouring all flags
    /// (Go's `fmt.fmtInteger`). `u` holds the two's-complement bits when
    /// `signed`; `verb` matters only for `'O'` (adds `0o`); `upper` selects
    /// upper-case hex digits.
    pub fn fmt_integer(&mut self, u: u64, base: u32, signed: bool, verb: char, upper: bool) {
        let digits = if upper { UDIGITS } else { LDIGITS };
        let negative = signed && (u as i64) < 0;
        let mut u = if negative { u.wrapping_neg() } else { u };
        let f = self.flags;
        let mut prec = 0usize;
        if let Some(p) = f.prec {
            prec = p;
            if prec == 0 && u == 0 {
                let old = self.flags.zero;
                self.flags.zero = false;
                self.write_padding(f.wid.unwrap_or(0));
                self.flags.zero = old;
                return;
            }
        } else if f.zero && !f.minus {
            if let Some(w) = f.wid {
                prec = w;
                if negative || f.plus || f.space {
                    prec = prec.saturating_sub(1);
                }
            }
        }
        // Digits, least significant first.
        let mut rev: Vec<u8> = Vec::with_capacity(prec.max(24) + 4);
        let b = base as u64;
        loop {
            rev.push(digits[(u % b) as usize]);
            u /= b;
            if u == 0 {
                break;
            }
        }
        while rev.len() < prec {
            rev.push(b'0');
        }
        if f.sharp {
            match base {
                2 => rev.extend_from_slice(b"b0"),
                8 if rev.last() != Some(&b'0') => rev.push(b'0'),
                16 => {
                    rev.push(digits[16]);
                    rev.push(b'0');
                }
                _ => {}
            }
        }
        if verb == 'O' {
            rev.extend_from_slice(b"o0");
        }
        if negative {
            rev.push(b'-');
        } else if f.plus {
            rev.push(b'+');
        } else if f.space {
            rev.push(b' ');
        }
        rev.reverse();
        self.pad_no_zero(&rev);
    }

    /// Truncates `s` to the precision in runes, if present.
    fn truncate<'a>(&self, s: &'a [u8]) -> &'a [u8] {
        if let Some(p) = self.flags.prec {
            let mut n = p;
            let mut i = 0;
            while i < s.len() {
                if n == 0 {
                    return &s[..i];
                }
                n -= 1;
                i += if s[i] < 0x80 {
                    1
                } else {
                    utf8::decode_rune(&s[i..]).1
                };
            }
        }
        s
    }

    /// A string, truncated to the precision and padded (Go's `fmt.fmtS` /
    /// `fmt.fmtBs`).
    pub fn fmt_s(&mut self, s: &[u8]) {
        let s = self.truncate(s);
        self.pad(s);
    }

    /// Hexadecimal encoding of the bytes of a string or byte slice, with the
    /// sharp (`0x`) and space (separate bytes) flags (Go's `fmt.fmtSbx`).
    pub fn fmt_sbx(&mut self, s: &[u8], upper: bool) {
        let digits = if upper { UDIGITS } else { LDIGITS };
        let f = self.flags;
        let mut length = s.len();
        if let Some(p) = f.prec {
            if p < length {
                length = p;
            }
        }
        let mut width = 2 * length;
        if width > 0 {
            if f.space {
                if f.sharp {
                    width *= 2;
                }
                width += length - 1;
            } else if f.sharp {
                width += 2;
            }
        } else {
            if let Some(w) = f.wid {
                self.write_padding(w);
            }
            return;
        }
        let wid = f.wid.unwrap_or(0);
        if f.wid.is_some() && wid > width && !f.minus {
            self.write_padding(wid - width);
        }
        if f.sharp {
            self.buf.push(b'0');
            self.buf.push(digits[16]);
        }
        for (i, &c) in s[..length].iter().enumerate() {
            if f.space && i > 0 {
                self.buf.push(b' ');
                if f.sharp {
                    self.buf.push(b'0');
                    self.buf.push(digits[16]);
                }
            }
            self.buf.push(digits[(c >> 4) as usize]);
            self.buf.push(digits[(c & 0xF) as usize]);
        }
        if f.wid.is_some() && wid > width && f.minus {
            self.write_padding(wid - width);
        }
    }

    /// A double-quoted, escaped Go string literal; with the sharp flag a raw
    /// backquoted string when possible; with plus ASCII-only (Go's
    /// `fmt.fmtQ`).
    pub fn fmt_q(&mut self, s: &[u8]) {
        let s = self.truncate(s);
        if self.flags.sharp && strconv::can_backquote(s) {
            let mut v = Vec::with_capacity(s.len() + 2);
            v.push(b'`');
            v.extend_from_slice(s);
            v.push(b'`');
            self.pad(&v);
            return;
        }
        let mut v = Vec::with_capacity(s.len() + 2);
        if self.flags.plus {
            strconv::append_quote_to_ascii(&mut v, s);
        } else {
            strconv::append_quote(&mut v, s);
        }
        self.pad(&v);
    }

    /// An integer as a character; invalid code points print U+FFFD (Go's
    /// `fmt.fmtC`).
    pub fn fmt_c(&mut self, c: u64) {
        let mut v = Vec::with_capacity(4);
        utf8::append_rune(&mut v, strconv::clamp_rune(c));
        self.pad(&v);
    }

    /// An integer as a single-quoted Go character literal (Go's `fmt.fmtQc`).
    pub fn fmt_qc(&mut self, c: u64) {
        let r = strconv::clamp_rune(c);
        let mut v = Vec::with_capacity(8);
        if self.flags.plus {
            strconv::append_quote_rune_to_ascii(&mut v, r);
        } else {
            strconv::append_quote_rune(&mut v, r);
        }
        self.pad(&v);
    }

    /// Formats a float with `strconv` verb `verb` (`b e E f g G x X`) and
    /// default precision `prec` (overridden by an explicit precision),
    /// applying sign, space, sharp and zero-padding rules (Go's
    /// `fmt.fmtFloat`). `size` is 32 or 64.
    pub fn fmt_float_verb(&mut self, v: f64, size: u32, verb: u8, prec: i32) {
        let f = self.flags;
        let prec = match f.prec {
            Some(p) => p.min(i32::MAX as usize) as i32,
            None => prec,
        };
        let mut num: Vec<u8> = Vec::with_capacity(32);
        num.push(b'+');
        strconv::append_float(&mut num, v, verb, prec, size);
        if num[1] == b'-' || num[1] == b'+' {
            num.remove(0);
        } else {
            num[0] = b'+';
        }
        if f.space && num[0] == b'+' && !f.plus {
            num[0] = b' ';
        }
        if num[1] == b'I' || num[1] == b'N' {
            let mut start = 0;
            if num[1] == b'N' && !f.space && !f.plus {
                start = 1;
            }
            self.pad_no_zero(&num[start..]);
            return;
        }
        if f.sharp && verb != b'b' {
            let mut digits: i64 = 0;
            if matches!(verb, b'v' | b'g' | b'G' | b'x') {
                digits = prec as i64;
                if digits == -1 {
                    digits = 6;
                }
            }
            let mut tail: Vec<u8> = Vec::new();
            let mut has_decimal_point = false;
            let mut saw_nonzero_digit = false;
            let mut i = 1;
            while i < num.len() {
                let c = num[i];
                match c {
                    b'.' => has_decimal_point = true,
                    b'p' | b'P' => {
                        tail.extend_from_slice(&num[i..]);
                        num.truncate(i);
                    }
                    b'e' | b'E' if verb != b'x' && verb != b'X' => {
                        tail.extend_from_slice(&num[i..]);
                        num.truncate(i);
                    }
                    _ => {
                        if c != b'0' {
                            saw_nonzero_digit = true;
                        }
                        if saw_nonzero_digit {
                            digits -= 1;
                        }
                    }
                }
                i += 1;
            }
            if !has_decimal_point {
                if num.len() == 2 && num[1] == b'0' {
                    digits -= 1;
                }
                num.push(b'.');
            }
            while digits > 0 {
                num.push(b'0');
                digits -= 1;
            }
            num.extend_from_slice(&tail);
        }
        if f.plus || num[0] != b'+' {
            if f.zero && !f.minus {
                if let Some(w) = f.wid {
                    if w > num.len() {
                        self.buf.push(num[0]);
                        self.write_padding(w - num.len());
                        self.buf.extend_from_slice(&num[1..]);
                        return;
                    }
                }
            }
            self.pad(&num);
            return;
        }
        self.pad(&num[1..]);
    }

    // -- pp level -------------------------------------------------------

    /// Writes Go's bad-verb form `%!verb(type=value)`, or `%!verb(<nil>)`
    /// when `ty` is `None`. `value` prints the operand with verb `'v'`
    /// using the current flags (Go does not clear them); `erroring` is set
    /// meanwhile so `Error()`/`String()` methods must not be used.
    pub fn bad_verb(&mut self, verb: char, ty: Option<&str>, value: impl FnOnce(&mut Printer)) {
        let old = self.erroring;
        self.erroring = true;
        self.write_str("%!");
        self.write_char(verb);
        self.write_byte(b'(');
        match ty {
            Some(t) => {
                self.write_str(t);
                self.write_byte(b'=');
                value(self);
            }
            None => self.write_str("<nil>"),
        }
        self.write_byte(b')');
        self.erroring = old;
    }

    /// A bool: `%t %v`, bad verb otherwise (Go's `pp.fmtBool`).
    pub fn fmt_bool(&mut self, v: bool, verb: char, ty: &str) {
        match verb {
            't' | 'v' => self.fmt_boolean(v),
            _ => self.bad_verb(verb, Some(ty), |p| p.fmt_bool(v, 'v', ty)),
        }
    }

    /// Hexadecimal with or without a `0x` prefix regardless of the sharp
    /// flag (Go's `pp.fmt0x64`); used for `%#v` of unsigned ints and
    /// pointers.
    pub fn fmt_0x64(&mut self, v: u64, leading0x: bool) {
        let sharp = self.flags.sharp;
        self.flags.sharp = leading0x;
        self.fmt_integer(v, 16, false, 'v', false);
        self.flags.sharp = sharp;
    }

    /// Shared integer dispatch (Go's `pp.fmtInteger`).
    fn fmt_integer_verb(&mut self, u: u64, signed: bool, verb: char, ty: &str) {
        match verb {
            'v' => {
                if self.flags.sharp_v && !signed {
                    self.fmt_0x64(u, true);
                } else {
                    self.fmt_integer(u, 10, signed, verb, false);
                }
            }
            'd' => self.fmt_integer(u, 10, signed, verb, false),
            'b' => self.fmt_integer(u, 2, signed, verb, false),
            'o' | 'O' => self.fmt_integer(u, 8, signed, verb, false),
            'x' => self.fmt_integer(u, 16, signed, verb, false),
            'X' => self.fmt_integer(u, 16, signed, verb, true),
            'c' => self.fmt_c(u),
            'q' => self.fmt_qc(u),
            'U' => self.fmt_unicode(u),
            _ => self.bad_verb(verb, Some(ty), |p| p.fmt_integer_verb(u, signed, 'v', ty)),
        }
    }

    /// A signed integer (int, int8..int64, rune): `%v %d %b %o %O %x %X %c
    /// %q %U`, bad verb otherwise. `%#v` prints plain decimal.
    pub fn fmt_int(&mut self, v: i64, verb: char, ty: &str) {
        self.fmt_integer_verb(v as u64, true, verb, ty);
    }

    /// An unsigned integer (uint, uint8..uint64, uintptr, byte): as
    /// [`Printer::fmt_int`]; `%#v` prints `0x..`.
    pub fn fmt_uint(&mut self, v: u64, verb: char, ty: &str) {
        self.fmt_integer_verb(v, false, verb, ty);
    }

    /// A float (`bit_size` 32 or 64): `%v %b %g %G %x %X %f %F %e %E`, bad
    /// verb otherwise (Go's `pp.fmtFloat`). `%v` and `%#v` use the shortest
    /// `%g` form.
    pub fn fmt_float(&mut self, v: f64, bit_size: u32, verb: char, ty: &str) {
        match verb {
            'v' => self.fmt_float_verb(v, bit_size, b'g', -1),
            'b' | 'g' | 'G' | 'x' | 'X' => self.fmt_float_verb(v, bit_size, verb as u8, -1),
            'f' | 'e' | 'E' => self.fmt_float_verb(v, bit_size, verb as u8, 6),
            'F' => self.fmt_float_verb(v, bit_size, b'f', 6),
            _ => self.bad_verb(verb, Some(ty), |p| p.fmt_float(v, bit_size, 'v', ty)),
        }
    }

    /// A complex number `(re+imi)`; `bit_size` is 64 (complex64) or 128
    /// (Go's `pp.fmtComplex`).
    pub fn fmt_complex(&mut self, re: f64, im: f64, bit_size: u32, verb: char, ty: &str) {
        match verb {
            'v' | 'b' | 'g' | 'G' | 'x' | 'X' | 'f' | 'F' | 'e' | 'E' => {
                let old_plus = self.flags.plus;
                self.write_byte(b'(');
                self.fmt_float(re, bit_size / 2, verb, ty);
                self.flags.plus = true;
                self.fmt_float(im, bit_size / 2, verb, ty);
                self.write_str("i)");
                self.flags.plus = old_plus;
            }
            _ => self.bad_verb(verb, Some(ty), |p| p.fmt_complex(re, im, bit_size, 'v', ty)),
        }
    }

    /// A string: `%v %s %x %X %q`, bad verb otherwise; `%#v` prints it
    /// quoted (Go's `pp.fmtString`).
    pub fn fmt_string(&mut self, s: &[u8], verb: char, ty: &str) {
        match verb {
            'v' => {
                if self.flags.sharp_v {
                    self.fmt_q(s);
                } else {
                    self.fmt_s(s);
                }
            }
            's' => self.fmt_s(s),
            'x' => self.fmt_sbx(s, false),
            'X' => self.fmt_sbx(s, true),
            'q' => self.fmt_q(s),
            _ => self.bad_verb(verb, Some(ty), |p| p.fmt_string(s, 'v', ty)),
        }
    }

    /// A byte slice or byte array (Go's `pp.fmtBytes`): `%v %d` print
    /// `[1 2 3]` (`%#v`: `[]byte{0x1, 0x2}` / `[]byte(nil)`), `%s %q %x %X`
    /// treat it as a string, other verbs format each element as a `uint8`.
    /// `b` is `None` for a nil slice. `type_name` is what `%#v` prints: Go
    /// uses `[]byte` for the unnamed `[]byte` type (even though `%T` says
    /// `[]uint8`) and the reflect type string otherwise (`[3]uint8`,
    /// `main.Buf`).
    pub fn fmt_bytes(&mut self, b: Option<&[u8]>, verb: char, type_name: &str) {
        let v = b.unwrap_or(&[]);
        match verb {
            'v' | 'd' => {
                if self.flags.sharp_v {
                    self.write_str(type_name);
                    if b.is_none() {
                        self.write_str("(nil)");
                        return;
                    }
                    self.write_byte(b'{');
                    for (i, &c) in v.iter().enumerate() {
                        if i > 0 {
                            self.write_str(", ");
                        }
                        self.fmt_0x64(c as u64, true);
                    }
                    self.write_byte(b'}');
                } else {
                    self.write_byte(b'[');
                    for (i, &c) in v.iter().enumerate() {
                        if i > 0 {
                            self.write_byte(b' ');
                        }
                        self.fmt_integer(c as u64, 10, false, verb, false);
                    }
                    self.write_byte(b']');
                }
            }
            's' => self.fmt_s(v),
            'x' => self.fmt_sbx(v, false),
            'X' => self.fmt_sbx(v, true),
            'q' => self.fmt_q(v),
            _ => {
                // Go falls back to printValue: a generic slice of uint8.
                if self.flags.sharp_v {
                    self.write_str(type_name);
                    if b.is_none() {
                        self.write_str("(nil)");
                        return;
                    }
                    self.write_byte(b'{');
                    for (i, &c) in v.iter().enumerate() {
                        if i > 0 {
                            self.write_str(", ");
                        }
                        self.fmt_uint(c as u64, verb, "uint8");
                    }
                    self.write_byte(b'}');
                } else {
                    self.write_byte(b'[');
                    for (i, &c) in v.iter().enumerate() {
                        if i > 0 {
                            self.write_byte(b' ');
                        }
                        self.fmt_uint(c as u64, verb, "uint8");
                    }
                    self.write_byte(b']');
                }
            }
        }
    }

    /// A pointer-like value (pointer, chan, func, map, slice, unsafe
    /// pointer) with address `u` (0 = nil) and type `ty` (Go's
    /// `pp.fmtPointer`): `%p`, `%v` (`0xc000010000` / `<nil>`; `%#v`:
    /// `(*main.T)(0xc000010000)` / `(*main.T)(nil)`), `%b %o %d %x %X`.
    ///
    /// Returns `false` (writing nothing) for any other verb: the caller must
    /// then emit [`Printer::bad_verb`] with its own `%v` rendering of the
    /// value. (Go's `%v` of a non-nil pointer to a struct/array/slice/map at
    /// top level prints `&{...}`, which the VM handles before calling this.)
    pub fn fmt_pointer(&mut self, u: u64, verb: char, ty: &str) -> bool {
        match verb {
            'v' => {
                if self.flags.sharp_v {
                    self.write_byte(b'(');
                    self.write_str(ty);
                    self.write_str(")(");
                    if u == 0 {
                        self.write_str("nil");
                    } else {
                        self.fmt_0x64(u, true);
                    }
                    self.write_byte(b')');
                } else if u == 0 {
                    self.pad_str("<nil>");
                } else {
                    let sharp = self.flags.sharp;
                    self.fmt_0x64(u, !sharp);
                }
            }
            'p' => {
                let sharp = self.flags.sharp;
                self.fmt_0x64(u, !sharp);
            }
            'b' | 'o' | 'd' | 'x' | 'X' => self.fmt_uint(u, verb, ty),
            _ => return false,
        }
        true
    }
}
