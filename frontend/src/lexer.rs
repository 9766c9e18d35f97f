//! The lexer: Go source text to [`Token`]s, with automatic semicolons.
//!
//! This is a port of gc's scanner (`cmd/compile/internal/syntax/scanner.go`)
//! so that lexical errors have gc's wording and positions. A newline (or the
//! end of input, or a `/* */` comment spanning lines) after an identifier,
//! a literal, one of the keywords `break continue fallthrough return`, or
//! one of `++ -- ) ] }` produces a [`TokenKind::Semi`] token whose
//! [`Token::lit`] is `newline` (or `EOF`). Comments are skipped. String and
//! rune literals are decoded into [`Token::value`]; number literals keep
//! their text in [`Token::lit`].
//!
//! Errors never stop the lexer: they are collected (see
//! [`Lexer::take_errors`]) and scanning continues like gc's does.

use crate::pos::{Diagnostic, Pos};
use crate::token::{
    LitKind, LitValue, Operator, Token, TokenKind, PREC_ADD, PREC_ANDAND, PREC_CMP, PREC_MUL,
    PREC_OROR,
};

/// A tokenizer over one source text.
///
/// Call [`Lexer::next_token`] repeatedly (it returns [`TokenKind::Eof`]
/// forever at the end), or iterate: the iterator yields every token before
/// the end of input.
pub struct Lexer<'a> {
    src: &'a str,
    b: &'a [u8],
    /// Offset of the current character `ch`.
    off: usize,
    /// The current character, or -1 at the end.
    ch: i32,
    /// Byte width of `ch`.
    chw: usize,
    /// Whether a newline or EOF now produces a semicolon.
    nlsemi: bool,
    errors: Vec<Diagnostic>,
    done: bool,
}

/// An escape sequence's value: raw byte (`\x`, octal) or code point.
enum Esc {
    Byte(u8),
    Rune(u32),
}

fn is_letter(c: i32) -> bool {
    (b'a' as i32..=b'z' as i32).contains(&c)
        || (b'A' as i32..=b'Z' as i32).contains(&c)
        || c == b'_' as i32
}

fn is_decimal(c: i32) -> bool {
    (b'0' as i32..=b'9' as i32).contains(&c)
}

fn is_hex(c: i32) -> bool {
    is_decimal(c) || (b'a' as i32..=b'f' as i32).contains(&(c | 0x20))
}

fn lower(c: i32) -> i32 {
    c | 0x20
}

fn base_name(base: u32) -> &'static str {
    match base {
        2 => "binary",
        8 => "octal",
        10 => "decimal",
        _ => "hexadecimal",
    }
}

/// Approximation of Go's `unicode.IsLetter` (Rust's `is_alphabetic` is a
/// superset on a few marks and letter numbers).
fn unicode_is_letter(c: char) -> bool {
    c.is_alphabetic()
}

/// Approximation of Go's `unicode.IsDigit` (category Nd).
fn unicode_is_digit(c: char) -> bool {
    c.is_numeric() && !c.is_alphabetic()
}

/// Approximation of Go's `strconv.IsPrint`.
pub(crate) fn is_print(c: char) -> bool {
    if c == ' ' {
        return true;
    }
    if c.is_control() || c.is_whitespace() {
        return false;
    }
    !matches!(c as u32,
        0xAD | 0x600..=0x605 | 0x61C | 0x6DD | 0x70F | 0x180E | 0x200B..=0x200F
        | 0x2028..=0x202E | 0x2060..=0x206F | 0xD800..=0xF8FF | 0xFEFF
        | 0xFFF9..=0xFFFB | 0xFFFE..=0xFFFF | 0xE0000..=0xE007F | 0xF0000..=0x10FFFF)
}

/// Go's `%#U` formatting of a code point: `U+0024 '$'`.
pub(crate) fn fmt_sharp_u(c: u32) -> String {
    match char::from_u32(c) {
        Some(ch) if is_print(ch) => format!("U+{c:04X} '{ch}'"),
        _ => format!("U+{c:04X}"),
    }
}

/// Go's `%q` formatting of a rune: `'a'`, `'\n'`, `'\x00'`, `'\u00a0'`.
pub(crate) fn quote_rune(c: u32) -> String {
    let body = match c {
        0x07 => "\\a".to_string(),
        0x08 => "\\b".to_string(),
        0x0C => "\\f".to_string(),
        0x0A => "\\n".to_string(),
        0x0D => "\\r".to_string(),
        0x09 => "\\t".to_string(),
        0x0B => "\\v".to_string(),
        0x5C => "\\\\".to_string(),
        0x27 => "\\'".to_string(),
        _ => match char::from_u32(c) {
            Some(ch) if is_print(ch) => ch.to_string(),
            Some(_) if c < 0x80 => format!("\\x{c:02x}"),
            Some(_) if c < 0x10000 => format!("\\u{c:04x}"),
            Some(_) => format!("\\U{c:08x}"),
            None => "\\ufffd".to_string(),
        },
    };
    format!("'{body}'")
}

/// Returns the index of the first invalid `_` separator in the number
/// literal `x`, or `None` (gc's `invalidSep`).
fn invalid_sep(x: &[u8]) -> Option<usize> {
    let mut x1 = b' ';
    let mut d = b'.';
    let mut i = 0;
    if x.len() >= 2 && x[0] == b'0' {
        x1 = x[1] | 0x20;
        if x1 == b'x' || x1 == b'o' || x1 == b'b' {
            d = b'0';
            i = 2;
        }
    }
    while i < x.len() {
        let p = d;
        d = x[i];
        if d == b'_' {
            if p != b'0' {
                return Some(i);
            }
        } else if d.is_ascii_digit() || (x1 == b'x' && d.is_ascii_hexdigit()) {
            d = b'0';
        } else {
            if p == b'_' {
                return Some(i - 1);
            }
            d = b'.';
        }
        i += 1;
    }
    if d == b'_' {
        return Some(x.len() - 1);
    }
    None
}

impl<'a> Lexer<'a> {
    /// A lexer over `src`. A leading byte order mark is skipped.
    pub fn new(src: &'a str) -> Self {
        let mut l = Lexer {
            src,
            b: src.as_bytes(),
            off: 0,
            ch: -1,
            chw: 0,
            nlsemi: false,
            errors: Vec::new(),
            done: false,
        };
        l.nextch();
        l
    }

    /// Errors reported so far (in order); they remain stored.
    pub fn errors(&self) -> &[Diagnostic] {
        &self.errors
    }

    /// Removes and returns the errors reported so far.
    pub fn take_errors(&mut self) -> Vec<Diagnostic> {
        std::mem::take(&mut self.errors)
    }

    /// Whether errors are pending (not yet taken).
    pub fn has_errors(&self) -> bool {
        !self.errors.is_empty()
    }

    fn error_at(&mut self, off: usize, msg: impl Into<String>) {
        self.errors.push(Diagnostic::new(Pos(off as u32), msg));
    }

    /// Reports an error at the current character.
    fn errorf(&mut self, msg: impl Into<String>) {
        self.error_at(self.off, msg);
    }

    fn nextch(&mut self) {
        loop {
            self.off += self.chw;
            let Some(&c) = self.b.get(self.off) else {
                self.ch = -1;
                self.chw = 0;
                return;
            };
            if c < 0x80 {
                self.ch = c as i32;
                self.chw = 1;
                if c == 0 {
                    self.errorf("invalid NUL character");
                    continue;
                }
                return;
            }
            let ch = self.src.get(self.off..).and_then(|s| s.chars().next());
            let Some(ch) = ch else {
                // Not at a char boundary: cannot happen for a `str`.
                self.ch = -1;
                self.chw = 0;
                return;
            };
            self.ch = ch as i32;
            self.chw = ch.len_utf8();
            if ch == '\u{FEFF}' {
                if self.off > 0 {
                    self.errorf("invalid BOM in the middle of the file");
                }
                continue;
            }
            return;
        }
    }

    fn cur_char(&self) -> Option<char> {
        u32::try_from(self.ch).ok().and_then(char::from_u32)
    }

    /// Returns the next token. At the end of input it keeps returning
    /// [`TokenKind::Eof`] (after a final automatic semicolon if one is due).
    pub fn next_token(&mut self) -> Token<'a> {
        let nlsemi = self.nlsemi;
        self.nlsemi = false;
        loop {
            // skip white space
            while self.ch == b' ' as i32
                || self.ch == b'\t' as i32
                || (self.ch == b'\n' as i32 && !nlsemi)
                || self.ch == b'\r' as i32
            {
                self.nextch();
            }
            let start = self.off;
            let mut t = Token::new(TokenKind::Eof, Pos(start as u32));

            if is_letter(self.ch) || (self.ch >= 0x80 && self.at_ident_char(true)) {
                self.nextch();
                return self.ident(start);
            }

            let c = self.ch;
            if c < 0 {
                if nlsemi {
                    t.kind = TokenKind::Semi;
                    t.lit = "EOF";
                }
                return t;
            }
            let op = |t: &mut Token<'a>, kind, op, prec| {
                t.kind = kind;
                t.op = Some(op);
                t.prec = prec;
            };
            match c as u8 {
                b'\n' => {
                    self.nextch();
                    t.kind = TokenKind::Semi;
                    t.lit = "newline";
                }
                b'0'..=b'9' => return self.number(start, false),
                b'"' => return self.std_string(start),
                b'`' => return self.raw_string(start),
                b'\'' => return self.rune(start),
                b'(' => {
                    self.nextch();
                    t.kind = TokenKind::Lparen;
                }
                b'[' => {
                    self.nextch();
                    t.kind = TokenKind::Lbrack;
                }
                b'{' => {
                    self.nextch();
                    t.kind = TokenKind::Lbrace;
                }
                b',' => {
                    self.nextch();
                    t.kind = TokenKind::Comma;
                }
                b';' => {
                    self.nextch();
                    t.kind = TokenKind::Semi;
                    t.lit = "semicolon";
                }
                b')' => {
                    self.nextch();
                    self.nlsemi = true;
                    t.kind = TokenKind::Rparen;
                }
                b']' => {
                    self.nextch();
                    self.nlsemi = true;
                    t.kind = TokenKind::Rbrack;
                }
                b'}' => {
                    self.nextch();
                    self.nlsemi = true;
                    t.kind = TokenKind::Rbrace;
                }
                b':' => {
                    self.nextch();
                    if self.ch == b'=' as i32 {
                        self.nextch();
                        t.kind = TokenKind::Define;
                    } else {
                        t.kind = TokenKind::Colon;
                    }
                }
                b'.' => {
                    self.nextch();
                    if is_decimal(self.ch) {
                        return self.number(start, true);
                    }
                    t.kind = TokenKind::Dot;
                    if self.ch == b'.' as i32 {
                        self.nextch();
                        if self.ch == b'.' as i32 {
                            self.nextch();
                            t.kind = TokenKind::DotDotDot;
                        } else {
                            // rewind: the current character is the 2nd '.'
                            self.off = start + 1;
                            self.ch = b'.' as i32;
                            self.chw = 1;
                        }
                    }
                }
                b'+' | b'-' => {
                    let o = if c == b'+' as i32 {
                        Operator::Add
                    } else {
                        Operator::Sub
                    };
                    self.nextch();
                    op(&mut t, TokenKind::Operator, o, PREC_ADD);
                    if self.ch == c {
                        self.nextch();
                        self.nlsemi = true;
                        t.kind = TokenKind::IncOp;
                    } else {
                        self.assign_op(&mut t);
                    }
                }
                b'*' => {
                    self.nextch();
                    op(&mut t, TokenKind::Star, Operator::Mul, PREC_MUL);
                    if self.ch == b'=' as i32 {
                        self.nextch();
                        t.kind = TokenKind::AssignOp;
                    }
                }
                b'/' => {
                    self.nextch();
                    if self.ch == b'/' as i32 {
                        self.nextch();
                        self.skip_line();
                        continue;
                    }
                    if self.ch == b'*' as i32 {
                        self.nextch();
                        let had_newline = self.skip_comment(start);
                        if had_newline && nlsemi {
                            t.kind = TokenKind::Semi;
                            t.lit = "newline";
                            return t;
                        }
                        continue;
                    }
                    op(&mut t, TokenKind::Operator, Operator::Div, PREC_MUL);
                    self.assign_op(&mut t);
                }
                b'%' => {
                    self.nextch();
                    op(&mut t, TokenKind::Operator, Operator::Rem, PREC_MUL);
                    self.assign_op(&mut t);
                }
                b'&' => {
                    self.nextch();
                    if self.ch == b'&' as i32 {
                        self.nextch();
                        op(&mut t, TokenKind::Operator, Operator::AndAnd, PREC_ANDAND);
                    } else {
                        op(&mut t, TokenKind::Operator, Operator::And, PREC_MUL);
                        if self.ch == b'^' as i32 {
                            self.nextch();
                            t.op = Some(Operator::AndNot);
                        }
                        self.assign_op(&mut t);
                    }
                }
                b'|' => {
                    self.nextch();
                    if self.ch == b'|' as i32 {
                        self.nextch();
                        op(&mut t, TokenKind::Operator, Operator::OrOr, PREC_OROR);
                    } else {
                        op(&mut t, TokenKind::Operator, Operator::Or, PREC_ADD);
                        self.assign_op(&mut t);
                    }
                }
                b'^' => {
                    self.nextch();
                    op(&mut t, TokenKind::Operator, Operator::Xor, PREC_ADD);
                    self.assign_op(&mut t);
                }
                b'<' => {
                    self.nextch();
                    if self.ch == b'=' as i32 {
                        self.nextch();
                        op(&mut t, TokenKind::Operator, Operator::Leq, PREC_CMP);
                    } else if self.ch == b'<' as i32 {
                        self.nextch();
                        op(&mut t, TokenKind::Operator, Operator::Shl, PREC_MUL);
                        self.assign_op(&mut t);
                    } else if self.ch == b'-' as i32 {
                        self.nextch();
                        t.kind = TokenKind::Arrow;
                    } else {
                        op(&mut t, TokenKind::Operator, Operator::Lss, PREC_CMP);
                    }
                }
                b'>' => {
                    self.nextch();
                    if self.ch == b'=' as i32 {
                        self.nextch();
                        op(&mut t, TokenKind::Operator, Operator::Geq, PREC_CMP);
                    } else if self.ch == b'>' as i32 {
                        self.nextch();
                        op(&mut t, TokenKind::Operator, Operator::Shr, PREC_MUL);
                        self.assign_op(&mut t);
                    } else {
                        op(&mut t, TokenKind::Operator, Operator::Gtr, PREC_CMP);
                    }
                }
                b'=' => {
                    self.nextch();
                    if self.ch == b'=' as i32 {
                        self.nextch();
                        op(&mut t, TokenKind::Operator, Operator::Eql, PREC_CMP);
                    } else {
                        t.kind = TokenKind::Assign;
                    }
                }
                b'!' => {
                    self.nextch();
                    if self.ch == b'=' as i32 {
                        self.nextch();
                        op(&mut t, TokenKind::Operator, Operator::Neq, PREC_CMP);
                    } else {
                        op(&mut t, TokenKind::Operator, Operator::Not, 0);
                    }
                }
                b'~' => {
                    self.nextch();
                    op(&mut t, TokenKind::Operator, Operator::Tilde, 0);
                }
                _ => {
                    let msg = format!("invalid character {}", fmt_sharp_u(c as u32));
                    self.errorf(msg);
                    self.nextch();
                    continue;
                }
            }
            return t;
        }
    }

    /// Turns an operator token into `op=` if followed by `=`.
    fn assign_op(&mut self, t: &mut Token<'a>) {
        if self.ch == b'=' as i32 {
            self.nextch();
            t.kind = TokenKind::AssignOp;
        } else {
            t.kind = TokenKind::Operator;
        }
    }

    fn ident(&mut self, start: usize) -> Token<'a> {
        while is_letter(self.ch) || is_decimal(self.ch) {
            self.nextch();
        }
        if self.ch >= 0x80 {
            while self.at_ident_char(false) {
                self.nextch();
            }
        }
        let lit = &self.src[start..self.off];
        let pos = Pos(start as u32);
        if lit.len() >= 2 {
            if let Some(kw) = TokenKind::keyword(lit) {
                self.nlsemi = matches!(
                    kw,
                    TokenKind::Break
                        | TokenKind::Continue
                        | TokenKind::Fallthrough
                        | TokenKind::Return
                );
                return Token::new(kw, pos);
            }
        }
        self.nlsemi = true;
        let mut t = Token::new(TokenKind::Name, pos);
        t.lit = lit;
        t
    }

    fn at_ident_char(&mut self, first: bool) -> bool {
        let Some(c) = self.cur_char() else {
            return false;
        };
        if c == '_' || unicode_is_letter(c) {
            return true;
        }
        if c.is_ascii() {
            return c.is_ascii_digit();
        }
        if unicode_is_digit(c) {
            if first {
                let msg = format!(
                    "identifier cannot begin with digit {}",
                    fmt_sharp_u(c as u32)
                );
                self.errorf(msg);
            }
            return true;
        }
        let msg = format!("invalid character {} in identifier", fmt_sharp_u(c as u32));
        self.errorf(msg);
        true
    }

    fn lit_token(&mut self, start: usize, kind: LitKind, ok: bool) -> Token<'a> {
        self.nlsemi = true;
        let mut t = Token::new(TokenKind::Literal, Pos(start as u32));
        t.lit = &self.src[start..self.off];
        t.lit_kind = kind;
        t.bad = !ok;
        t
    }

    /// Accepts `{ digit | '_' }`; records the offset (relative to `start`) of
    /// the first digit `>= base` (for bases <= 10) in `invalid`. Returns
    /// bit 0 set if digits were present, bit 1 if separators were.
    fn digits(&mut self, start: usize, base: u32, invalid: &mut Option<usize>) -> u32 {
        let mut digsep = 0;
        if base <= 10 {
            let max = b'0' as i32 + base as i32;
            while is_decimal(self.ch) || self.ch == b'_' as i32 {
                let mut ds = 1;
                if self.ch == b'_' as i32 {
                    ds = 2;
                } else if self.ch >= max && invalid.is_none() {
                    *invalid = Some(self.off - start);
                }
                digsep |= ds;
                self.nextch();
            }
        } else {
            while is_hex(self.ch) || self.ch == b'_' as i32 {
                digsep |= if self.ch == b'_' as i32 { 2 } else { 1 };
                self.nextch();
            }
        }
        digsep
    }

    fn number(&mut self, start: usize, mut seen_point: bool) -> Token<'a> {
        let mut ok = true;
        let mut kind = LitKind::Int;
        let mut base = 10u32;
        let mut prefix = 0u8; // 0 (decimal), b'0' (0-octal), b'x', b'o', b'b'
        let mut digsep = 0u32;
        let mut invalid = None;

        if !seen_point {
            if self.ch == b'0' as i32 {
                self.nextch();
                let lc = if (0..0x80).contains(&self.ch) {
                    lower(self.ch) as u8
                } else {
                    0
                };
                match lc {
                    b'x' => {
                        self.nextch();
                        base = 16;
                        prefix = b'x';
                    }
                    b'o' => {
                        self.nextch();
                        base = 8;
                        prefix = b'o';
                    }
                    b'b' => {
                        self.nextch();
                        base = 2;
                        prefix = b'b';
                    }
                    _ => {
                        base = 8;
                        prefix = b'0';
                        digsep = 1; // leading 0
                    }
                }
            }
            digsep |= self.digits(start, base, &mut invalid);
            if self.ch == b'.' as i32 {
                if prefix == b'o' || prefix == b'b' {
                    self.errorf(format!(
                        "invalid radix point in {} literal",
                        base_name(base)
                    ));
                    ok = false;
                }
                self.nextch();
                seen_point = true;
            }
        }

        if seen_point {
            kind = LitKind::Float;
            digsep |= self.digits(start, base, &mut invalid);
        }

        if digsep & 1 == 0 && ok {
            self.errorf(format!("{} literal has no digits", base_name(base)));
            ok = false;
        }

        let e = lower(self.ch);
        if self.ch >= 0 && (e == b'e' as i32 || e == b'p' as i32) {
            if ok {
                if e == b'e' as i32 && prefix != 0 && prefix != b'0' {
                    let msg = format!(
                        "{} exponent requires decimal mantissa",
                        quote_rune(self.ch as u32)
                    );
                    self.errorf(msg);
                    ok = false;
                } else if e == b'p' as i32 && prefix != b'x' {
                    let msg = format!(
                        "{} exponent requires hexadecimal mantissa",
                        quote_rune(self.ch as u32)
                    );
                    self.errorf(msg);
                    ok = false;
                }
            }
            self.nextch();
            kind = LitKind::Float;
            if self.ch == b'+' as i32 || self.ch == b'-' as i32 {
                self.nextch();
            }
            let mut none = None;
            digsep = self.digits(start, 10, &mut none) | (digsep & 2);
            if digsep & 1 == 0 && ok {
                self.errorf("exponent has no digits");
                ok = false;
            }
        } else if prefix == b'x' && kind == LitKind::Float && ok {
            self.errorf("hexadecimal mantissa requires a 'p' exponent");
            ok = false;
        }

        if self.ch == b'i' as i32 {
            kind = LitKind::Imag;
            self.nextch();
        }

        let mut t = self.lit_token(start, kind, ok);

        if kind == LitKind::Int && ok {
            if let Some(i) = invalid {
                let d = t.lit.as_bytes().get(i).copied().unwrap_or(b'?');
                self.error_at(
                    start + i,
                    format!(
                        "invalid digit {} in {} literal",
                        quote_rune(d as u32),
                        base_name(base)
                    ),
                );
                ok = false;
            }
        }

        if digsep & 2 != 0 && ok {
            if let Some(i) = invalid_sep(t.lit.as_bytes()) {
                self.error_at(start + i, "'_' must separate successive digits");
                ok = false;
            }
        }

        t.bad = !ok;
        t
    }

    /// Scans an escape sequence after `\`. Returns whether it was valid and
    /// its value (`None` at the end of input).
    fn escape(&mut self, quote: u8) -> (bool, Option<Esc>) {
        let (n, base, max): (u32, u32, u32);
        let c = self.ch;
        if c < 0 {
            return (true, None); // complain in caller about EOF
        }
        let simple = match c as u8 {
            b'a' => Some(7),
            b'b' => Some(8),
            b'f' => Some(12),
            b'n' => Some(10),
            b'r' => Some(13),
            b't' => Some(9),
            b'v' => Some(11),
            b'\\' => Some(b'\\'),
            x if x == quote && c < 0x80 => Some(quote),
            _ => None,
        };
        if c < 0x80 {
            if let Some(v) = simple {
                self.nextch();
                return (true, Some(Esc::Byte(v)));
            }
        }
        match c {
            0x30..=0x37 => {
                n = 3;
                base = 8;
                max = 255;
            }
            0x78 => {
                self.nextch();
                n = 2;
                base = 16;
                max = 255;
            }
            0x75 => {
                self.nextch();
                n = 4;
                base = 16;
                max = 0x10FFFF;
            }
            0x55 => {
                self.nextch();
                n = 8;
                base = 16;
                max = 0x10FFFF;
            }
            _ => {
                self.errorf("unknown escape");
                return (false, None);
            }
        }

        let mut x: u32 = 0;
        for _ in 0..n {
            if self.ch < 0 {
                return (true, None); // complain in caller about EOF
            }
            let mut d = base;
            if is_decimal(self.ch) {
                d = (self.ch - b'0' as i32) as u32;
            } else if (b'a' as i32..=b'f' as i32).contains(&lower(self.ch)) {
                d = (lower(self.ch) - b'a' as i32) as u32 + 10;
            }
            if d >= base {
                let msg = format!(
                    "invalid character {} in {} escape",
                    quote_rune(self.ch as u32),
                    base_name(base)
                );
                self.errorf(msg);
                return (false, None);
            }
            x = x.wrapping_mul(base).wrapping_add(d);
            self.nextch();
        }

        if x > max && base == 8 {
            self.errorf(format!("octal escape value {x} > 255"));
            return (false, None);
        }
        if x > max || (0xD800..0xE000).contains(&x) {
            self.errorf(format!(
                "escape is invalid Unicode code point {}",
                fmt_sharp_u(x)
            ));
            return (false, None);
        }
        if max == 255 {
            (true, Some(Esc::Byte(x as u8)))
        } else {
            (true, Some(Esc::Rune(x)))
        }
    }

    /// Appends the current character's UTF-8 bytes to `out`.
    fn push_cur(&self, out: &mut Vec<u8>) {
        out.extend_from_slice(&self.b[self.off..self.off + self.chw]);
    }

    fn rune(&mut self, start: usize) -> Token<'a> {
        let mut ok = true;
        let mut value: u32 = 0;
        self.nextch();
        let mut n = 0;
        loop {
            if self.ch == b'\'' as i32 {
                if ok {
                    if n == 0 {
                        self.errorf("empty rune literal or unescaped '");
                        ok = false;
                    } else if n != 1 {
                        self.error_at(start, "more than one character in rune literal");
                        ok = false;
                    }
                }
                self.nextch();
                break;
            }
            if self.ch == b'\\' as i32 {
                self.nextch();
                let (good, v) = self.escape(b'\'');
                if !good {
                    ok = false;
                }
                if n == 0 {
                    value = match v {
                        Some(Esc::Byte(b)) => b as u32,
                        Some(Esc::Rune(r)) => r,
                        None => 0,
                    };
                }
                n += 1;
                continue;
            }
            if self.ch == b'\n' as i32 {
                if ok {
                    self.errorf("newline in rune literal");
                    ok = false;
                }
                break;
            }
            if self.ch < 0 {
                if ok {
                    self.error_at(start, "rune literal not terminated");
                    ok = false;
                }
                break;
            }
            if n == 0 {
                value = self.ch as u32;
            }
            n += 1;
            self.nextch();
        }
        let mut t = self.lit_token(start, LitKind::Rune, ok);
        t.value = LitValue::Rune(if ok { value } else { 0 });
        t
    }

    fn std_string(&mut self, start: usize) -> Token<'a> {
        let mut ok = true;
        let mut val = Vec::new();
        self.nextch();
        loop {
            if self.ch == b'"' as i32 {
                self.nextch();
                break;
            }
            if self.ch == b'\\' as i32 {
                self.nextch();
                let (good, v) = self.escape(b'"');
                if !good {
                    ok = false;
                }
                match v {
                    Some(Esc::Byte(b)) => val.push(b),
                    Some(Esc::Rune(r)) => {
                        let c = char::from_u32(r).unwrap_or('\u{FFFD}');
                        let mut buf = [0u8; 4];
                        val.extend_from_slice(c.encode_utf8(&mut buf).as_bytes());
                    }
                    None => {}
                }
                continue;
            }
            if self.ch == b'\n' as i32 {
                self.errorf("newline in string");
                ok = false;
                break;
            }
            if self.ch < 0 {
                self.error_at(start, "string not terminated");
                ok = false;
                break;
            }
            self.push_cur(&mut val);
            self.nextch();
        }
        let mut t = self.lit_token(start, LitKind::String, ok);
        t.value = LitValue::Str(val);
        t
    }

    fn raw_string(&mut self, start: usize) -> Token<'a> {
        let mut ok = true;
        let mut val = Vec::new();
        self.nextch();
        loop {
            if self.ch == b'`' as i32 {
                self.nextch();
                break;
            }
            if self.ch < 0 {
                self.error_at(start, "string not terminated");
                ok = false;
                break;
            }
            if self.ch != b'\r' as i32 {
                self.push_cur(&mut val);
            }
            self.nextch();
        }
        let mut t = self.lit_token(start, LitKind::String, ok);
        t.value = LitValue::Str(val);
        t
    }

    /// Skips to the end of a `//` comment (the newline is not consumed).
    fn skip_line(&mut self) {
        while self.ch >= 0 && self.ch != b'\n' as i32 {
            self.nextch();
        }
    }

    /// Skips the rest of a `/* */` comment that started at `start`; returns
    /// whether it contained a newline.
    fn skip_comment(&mut self, start: usize) -> bool {
        let mut newline = false;
        while self.ch >= 0 {
            while self.ch == b'*' as i32 {
                self.nextch();
                if self.ch == b'/' as i32 {
                    self.nextch();
                    return newline;
                }
            }
            if self.ch == b'\n' as i32 {
                newline = true;
            }
            self.nextch();
        }
        self.error_at(start, "comment not terminated");
        newline
    }
}

impl<'a> Iterator for Lexer<'a> {
    type Item = Token<'a>;

    fn next(&mut self) -> Option<Token<'a>> {
        if self.done {
            return None;
        }
        let t = self.next_token();
        if t.kind == TokenKind::Eof {
            self.done = true;
            return None;
        }
        Some(t)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn kinds(src: &str) -> Vec<String> {
        Lexer::new(src)
            .map(|t| match t.kind {
                TokenKind::Name | TokenKind::Literal => t.lit.to_string(),
                TokenKind::Semi => format!(";{}", t.lit),
                TokenKind::Operator | TokenKind::Star => t.op.unwrap().as_str().to_string(),
                TokenKind::AssignOp => format!("{}=", t.op.unwrap().as_str()),
                TokenKind::IncOp => format!("{0}{0}", t.op.unwrap().as_str()),
                k => k.as_str().to_string(),
            })
            .collect()
    }

    fn string_value(src: &str) -> Vec<u8> {
        let mut l = Lexer::new(src);
        let t = l.next_token();
        assert_eq!(t.kind, TokenKind::Literal, "{src}");
        assert!(l.errors().is_empty(), "{src}: {:?}", l.errors());
        match t.value {
            LitValue::Str(v) => v,
            v => panic!("not a string: {v:?}"),
        }
    }

    fn rune_value(src: &str) -> u32 {
        let mut l = Lexer::new(src);
        let t = l.next_token();
        assert!(l.errors().is_empty(), "{src}: {:?}", l.errors());
        match t.value {
            LitValue::Rune(v) => v,
            v => panic!("not a rune: {v:?}"),
        }
    }

    fn errors(src: &str) -> Vec<(u32, String)> {
        let mut l = Lexer::new(src);
        while l.next_token().kind != TokenKind::Eof {}
        l.errors()
            .iter()
            .map(|d| (d.pos.0, d.msg.clone()))
            .collect()
    }

    #[test]
    fn semicolons_are_inserted() {
        assert_eq!(
            kinds("x\ny++\nreturn\n)\n]\n}\nbreak\n1\n'a'\n\"s\"\nfoo(\n"),
            vec![
                "x", ";newline", "y", "++", ";newline", "return", ";newline", ")", ";newline", "]",
                ";newline", "}", ";newline", "break", ";newline", "1", ";newline", "'a'",
                ";newline", "\"s\"", ";newline", "foo", "(",
            ]
        );
        assert_eq!(kinds("x"), vec!["x", ";EOF"]);
        assert_eq!(kinds("x // c\ny"), vec!["x", ";newline", "y", ";EOF"]);
        assert_eq!(kinds("x /* a\n b */ y"), vec!["x", ";newline", "y", ";EOF"]);
        assert_eq!(kinds("x /* a b */ y"), vec!["x", "y", ";EOF"]);
        assert_eq!(kinds("+\n-\n"), vec!["+", "-"]);
        assert_eq!(kinds("a;b"), vec!["a", ";semicolon", "b", ";EOF"]);
    }

    #[test]
    fn operators() {
        assert_eq!(
            kinds("a &^= b &^ c && d & e <- f <<= g >> h != i ... . .. := ~"),
            vec![
                "a", "&^=", "b", "&^", "c", "&&", "d", "&", "e", "<-", "f", "<<=", "g", ">>", "h",
                "!=", "i", "...", ".", ".", ".", ":=", "~",
            ]
        );
        assert_eq!(kinds("x.5"), vec!["x", ".5", ";EOF"]);
    }

    #[test]
    fn numbers_keep_their_text() {
        assert_eq!(
            kinds("0x1F 1_000 0o7 07 0b1 1.5e3 .5 1e-2 0x1p-2 3i 1."),
            vec![
                "0x1F", "1_000", "0o7", "07", "0b1", "1.5e3", ".5", "1e-2", "0x1p-2", "3i", "1.",
                ";EOF"
            ]
        );
        let mut l = Lexer::new("1.5 2 3i 'x'");
        assert_eq!(l.next_token().lit_kind, LitKind::Float);
        assert_eq!(l.next_token().lit_kind, LitKind::Int);
        assert_eq!(l.next_token().lit_kind, LitKind::Imag);
        assert_eq!(l.next_token().lit_kind, LitKind::Rune);
    }

    #[test]
    fn literals_are_decoded() {
        assert_eq!(string_value(r#""a\nb\t\\\"""#), b"a\nb\t\\\"");
        assert_eq!(
            string_value(r#""\x41\101\u00e9\U0001F600""#),
            "AAé😀".as_bytes()
        );
        assert_eq!(string_value(r#""\xff\377""#), vec![0xff, 0xff]);
        assert_eq!(string_value("`a\r\nb\\n`"), b"a\nb\\n");
        assert_eq!(string_value(r#""héllo""#), "héllo".as_bytes());
        assert_eq!(rune_value("'a'"), 97);
        assert_eq!(rune_value(r"'\''"), 39);
        assert_eq!(rune_value(r"'\n'"), 10);
        assert_eq!(rune_value(r"'\x7f'"), 127);
        assert_eq!(rune_value(r"'\377'"), 255);
        assert_eq!(rune_value(r"'\u00e9'"), 0xe9);
        assert_eq!(rune_value("'世'"), 0x4e16);
    }

    #[test]
    fn lexical_errors() {
        assert_eq!(
            errors("x := $a"),
            vec![(5, "invalid character U+0024 '$'".into())]
        );
        assert_eq!(errors("\"abc\n"), vec![(4, "newline in string".into())]);
        assert_eq!(errors("\"abc"), vec![(0, "string not terminated".into())]);
        assert_eq!(errors("`abc"), vec![(0, "string not terminated".into())]);
        assert_eq!(errors("/* x"), vec![(0, "comment not terminated".into())]);
        assert_eq!(
            errors("''"),
            vec![(1, "empty rune literal or unescaped '".into())]
        );
        assert_eq!(
            errors("'ab'"),
            vec![(0, "more than one character in rune literal".into())]
        );
        assert_eq!(errors(r#""\q""#), vec![(2, "unknown escape".into())]);
        assert_eq!(
            errors(r#""\xZZ""#),
            vec![(3, "invalid character 'Z' in hexadecimal escape".into())]
        );
        assert_eq!(
            errors("09"),
            vec![(1, "invalid digit '9' in octal literal".into())]
        );
        assert_eq!(
            errors("1__0"),
            vec![(2, "'_' must separate successive digits".into())]
        );
        assert_eq!(
            errors("0x"),
            vec![(2, "hexadecimal literal has no digits".into())]
        );
        assert_eq!(errors("1e"), vec![(2, "exponent has no digits".into())]);
        assert_eq!(
            errors("0x1.5"),
            vec![(5, "hexadecimal mantissa requires a 'p' exponent".into())]
        );
        assert_eq!(errors("a\u{0}b"), vec![(1, "invalid NUL character".into())]);
        assert_eq!(
            errors("a\u{FEFF}b"),
            vec![(1, "invalid BOM in the middle of the file".into())]
        );
        assert!(errors("\u{FEFF}package p").is_empty());
        assert_eq!(
            errors("a€b"),
            vec![(1, "invalid character U+20AC '€' in identifier".into())]
        );
        assert!(errors("héllo 世界").is_empty());
    }
}
