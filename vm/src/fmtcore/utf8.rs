//! UTF-8 helpers with Go's `unicode/utf8` semantics.
//!
//! Go strings are arbitrary byte sequences. Decoding never fails: every byte
//! that does not start a valid, complete, shortest-form encoding decodes as
//! [`RUNE_ERROR`] with width 1, exactly like `utf8.DecodeRune`.

/// The Unicode replacement character U+FFFD (`utf8.RuneError`).
pub const RUNE_ERROR: i32 = 0xFFFD;

/// The largest valid Unicode code point (`utf8.MaxRune`).
pub const MAX_RUNE: i32 = 0x10FFFF;

/// Bytes below this value are single-byte runes (`utf8.RuneSelf`).
pub const RUNE_SELF: i32 = 0x80;

/// Decodes the first rune of `s` like Go's `utf8.DecodeRune`.
///
/// Returns `(RUNE_ERROR, 0)` for an empty slice and `(RUNE_ERROR, 1)` for an
/// invalid or truncated encoding.
pub fn decode_rune(s: &[u8]) -> (i32, usize) {
    let Some(&b0) = s.first() else {
        return (RUNE_ERROR, 0);
    };
    if b0 < 0x80 {
        return (b0 as i32, 1);
    }
    let (n, lo, hi) = match b0 {
        0xC2..=0xDF => (2, 0x80, 0xBF),
        0xE0 => (3, 0xA0, 0xBF),
        0xE1..=0xEC | 0xEE..=0xEF => (3, 0x80, 0xBF),
        0xED => (3, 0x80, 0x9F),
        0xF0 => (4, 0x90, 0xBF),
        0xF1..=0xF3 => (4, 0x80, 0xBF),
        0xF4 => (4, 0x80, 0x8F),
        _ => return (RUNE_ERROR, 1),
    };
    if s.len() < n {
        return (RUNE_ERROR, 1);
    }
    let b1 = s[1];
    if b1 < lo || b1 > hi {
        return (RUNE_ERROR, 1);
    }
    match n {
        2 => ((((b0 & 0x1F) as i32) << 6) | (b1 & 0x3F) as i32, 2),
        3 => {
            let b2 = s[2];
            if !(0x80..=0xBF).contains(&b2) {
                return (RUNE_ERROR, 1);
            }
            (
                (((b0 & 0x0F) as i32) << 12) | (((b1 & 0x3F) as i32) << 6) | (b2 & 0x3F) as i32,
                3,
            )
        }
        _ => {
            let (b2, b3) = (s[2], s[3]);
            if !(0x80..=0xBF).contains(&b2) || !(0x80..=0xBF).contains(&b3) {
                return (RUNE_ERROR, 1);
            }
            (
                (((b0 & 0x07) as i32) << 18)
                    | (((b1 & 0x3F) as i32) << 12)
                    | (((b2 & 0x3F) as i32) << 6)
                    | (b3 & 0x3F) as i32,
                4,
            )
        }
    }
}

/// Reports whether `r` is a valid Unicode scalar value (`utf8.ValidRune`).
pub fn valid_rune(r: i32) -> bool {
    (0..0xD800).contains(&r) || (0xE000..=MAX_RUNE).contains(&r)
}

/// Appends the UTF-8 encoding of `r` (`utf8.AppendRune`); invalid runes
/// (negative, surrogate, or above [`MAX_RUNE`]) encode as U+FFFD.
pub fn append_rune(buf: &mut Vec<u8>, r: i32) {
    let c = u32::try_from(r)
        .ok()
        .and_then(char::from_u32)
        .unwrap_or('\u{FFFD}');
    let mut tmp = [0u8; 4];
    buf.extend_from_slice(c.encode_utf8(&mut tmp).as_bytes());
}

/// Number of bytes needed to encode `r`, or `None` if it is not a valid rune
/// (`utf8.RuneLen` returning -1).
pub fn rune_len(r: i32) -> Option<usize> {
    if !valid_rune(r) {
        None
    } else if r < 0x80 {
        Some(1)
    } else if r < 0x800 {
        Some(2)
    } else if r < 0x10000 {
        Some(3)
    } else {
        Some(4)
    }
}

/// Counts the runes in `s` as Go's `utf8.RuneCount` does (each invalid byte
/// counts as one rune).
pub fn rune_count(s: &[u8]) -> usize {
    let mut n = 0;
    let mut i = 0;
    while i < s.len() {
        if s[i] < 0x80 {
            i += 1;
        } else {
            i += decode_rune(&s[i..]).1;
        }
        n += 1;
    }
    n
}

/// Reports whether `s` is entirely valid UTF-8 (`utf8.Valid`).
pub fn valid(s: &[u8]) -> bool {
    std::str::from_utf8(s).is_ok()
}
