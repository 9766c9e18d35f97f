//! UTF-8 decoding with Go's rules: invalid bytes decode as U+FFFD, one
//! byte at a time.

/// The replacement rune for invalid encodings.
pub const RUNE_ERROR: u32 = 0xFFFD;

/// Decodes the first rune of `s`: `(rune, width)`; `(RUNE_ERROR, 1)` for
/// an invalid encoding, `(RUNE_ERROR, 0)` for an empty input.
pub fn decode_rune(s: &[u8]) -> (u32, usize) {
    let Some(&b0) = s.first() else {
        return (RUNE_ERROR, 0);
    };
    if b0 < 0x80 {
        return (b0 as u32, 1);
    }
    let (n, min, init) = match b0 {
        0xC2..=0xDF => (2, 0x80, (b0 & 0x1F) as u32),
        0xE0..=0xEF => (3, 0x800, (b0 & 0x0F) as u32),
        0xF0..=0xF4 => (4, 0x10000, (b0 & 0x07) as u32),
        _ => return (RUNE_ERROR, 1),
    };
    if s.len() < n {
        return (RUNE_ERROR, 1);
    }
    let mut r = init;
    for &b in &s[1..n] {
        if b & 0xC0 != 0x80 {
            return (RUNE_ERROR, 1);
        }
        r = r << 6 | (b & 0x3F) as u32;
    }
    if r < min || r > 0x10FFFF || (0xD800..=0xDFFF).contains(&r) {
        return (RUNE_ERROR, 1);
    }
    (r, n)
}

/// Decodes the last rune of `s`: `(rune, width)`.
pub fn decode_last_rune(s: &[u8]) -> (u32, usize) {
    if s.is_empty() {
        return (RUNE_ERROR, 0);
    }
    let end = s.len();
    let lim = end.saturating_sub(4);
    let mut start = end - 1;
    while start > lim && s[start] & 0xC0 == 0x80 {
        start -= 1;
    }
    let (r, n) = decode_rune(&s[start..end]);
    if start + n != end {
        return (RUNE_ERROR, 1);
    }
    (r, n)
}

/// Appends the UTF-8 encoding of `r` (invalid runes encode U+FFFD).
pub fn encode_rune(out: &mut Vec<u8>, r: u32) {
    let c = char::from_u32(r).unwrap_or('\u{FFFD}');
    let mut b = [0; 4];
    out.extend_from_slice(c.encode_utf8(&mut b).as_bytes());
}

/// The length of [`encode_rune`]'s encoding of `r`.
pub fn rune_len(r: u32) -> usize {
    char::from_u32(r).map_or(3, char::len_utf8)
}

/// Number of runes in `s`.
pub fn rune_count(mut s: &[u8]) -> usize {
    let mut n = 0;
    while !s.is_empty() {
        let (_, w) = decode_rune(s);
        s = &s[w..];
        n += 1;
    }
    n
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn decodes_like_go() {
        assert_eq!(decode_rune("é".as_bytes()), (0xE9, 2));
        assert_eq!(decode_rune(b"\xff"), (RUNE_ERROR, 1));
        assert_eq!(decode_rune(b"\xe2\x82"), (RUNE_ERROR, 1));
        assert_eq!(decode_rune(b"\xed\xa0\x80"), (RUNE_ERROR, 1));
        assert_eq!(decode_last_rune("a€".as_bytes()), (0x20AC, 3));
        assert_eq!(rune_count(b"h\xc3\xa9llo\xff"), 6);
    }
}
