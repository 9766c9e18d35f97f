//! Exact constant values, as Go's untyped constant arithmetic requires:
//! integers are unbounded, floats are exact rationals (so `0.1 + 0.2 ==
//! 0.3` holds for constants), and conversion to a typed value checks
//! representability.

use num_bigint::BigInt;
use num_rational::BigRational;
use num_traits::{One, Signed, ToPrimitive, Zero};

use gust_vm::types::IntKind;

/// A constant value.
#[derive(Clone, Debug, PartialEq)]
pub enum ConstVal {
    /// A boolean.
    Bool(bool),
    /// An integer (also runes).
    Int(BigInt),
    /// A float, exact.
    Float(BigRational),
    /// A string's bytes.
    Str(Vec<u8>),
}

impl ConstVal {
    /// An integer constant.
    pub fn int(v: i64) -> Self {
        ConstVal::Int(BigInt::from(v))
    }

    /// The value as a rational, for numeric constants.
    pub fn to_rat(&self) -> Option<BigRational> {
        match self {
            ConstVal::Int(i) => Some(BigRational::from_integer(i.clone())),
            ConstVal::Float(f) => Some(f.clone()),
            _ => None,
        }
    }

    /// The value as an exact integer, if it is one (floats with integral
    /// value included).
    pub fn to_int(&self) -> Option<BigInt> {
        match self {
            ConstVal::Int(i) => Some(i.clone()),
            ConstVal::Float(f) if f.is_integer() => Some(f.to_integer()),
            _ => None,
        }
    }

    /// The value as `f64` (rounded to nearest).
    pub fn to_f64(&self) -> f64 {
        match self {
            ConstVal::Int(i) => i.to_f64().unwrap_or(f64::INFINITY),
            ConstVal::Float(f) => rat_to_f64(f),
            _ => 0.0,
        }
    }

    /// Whether the integer fits integer kind `k`.
    pub fn fits_int(i: &BigInt, k: IntKind) -> bool {
        let bits = k.bits();
        if k.signed() {
            let lim = BigInt::one() << (bits - 1);
            *i >= -lim.clone() && *i < lim
        } else {
            !i.is_negative() && *i < (BigInt::one() << bits)
        }
    }

    /// The 64-bit slot of an integer that fits its kind.
    pub fn int_slot(i: &BigInt) -> u64 {
        if i.is_negative() {
            i.to_i64().unwrap_or(0) as u64
        } else {
            i.to_u64().unwrap_or(0)
        }
    }

    /// Go's `%v`-like rendering used in error messages (`300`, `1.5`,
    /// `"s"`, `true`).
    pub fn describe(&self) -> String {
        match self {
            ConstVal::Bool(b) => b.to_string(),
            ConstVal::Int(i) => i.to_string(),
            ConstVal::Float(f) => {
                if f.is_integer() {
                    f.to_integer().to_string()
                } else {
                    let v = rat_to_f64(f);
                    gust_vm::fmtcore::strconv::format_float(v, b'g', -1, 64)
                }
            }
            ConstVal::Str(s) => format!("{:?}", String::from_utf8_lossy(s)),
        }
    }

    /// Whether a numeric constant is zero.
    pub fn is_zero(&self) -> bool {
        match self {
            ConstVal::Int(i) => i.is_zero(),
            ConstVal::Float(f) => f.is_zero(),
            _ => false,
        }
    }
}

/// Correctly rounded conversion of an exact rational to `f64`.
pub fn rat_to_f64(r: &BigRational) -> f64 {
    if r.is_zero() {
        return 0.0;
    }
    let neg = r.is_negative();
    let v = exact_rat_to_f64(r.numer(), r.denom());
    if neg {
        -v.abs()
    } else {
        v.abs()
    }
}

/// Exact rounding via integer division with guard bits and sticky bit.
fn exact_rat_to_f64(n: &BigInt, d: &BigInt) -> f64 {
    let n = n.abs();
    let d = d.abs();
    let nb = n.bits() as i64;
    let db = d.bits() as i64;
    // Want q = floor(n * 2^s / d) with 2^54 <= q < 2^56 roughly.
    let s = 55 - (nb - db);
    let (num, den) = if s >= 0 {
        (n << s as usize, d)
    } else {
        (n, d << (-s) as usize)
    };
    let q = &num / &den;
    let r = &num % &den;
    let mut q = q.to_u64().unwrap_or(u64::MAX);
    let mut sticky = !r.is_zero();
    let mut e = -s;
    while q >= 1 << 54 {
        sticky |= q & 1 == 1;
        q >>= 1;
        e += 1;
    }
    // q has 54 bits: 53 mantissa bits + 1 round bit.
    let round = q & 1 == 1;
    q >>= 1;
    e += 1;
    if round && (sticky || q & 1 == 1) {
        q += 1;
        if q == 1 << 53 {
            q >>= 1;
            e += 1;
        }
    }
    // value = q * 2^e; handle overflow/underflow coarsely.
    if e > 1023 - 52 + 1 {
        return f64::INFINITY;
    }
    let mut v = q as f64;
    while e > 0 {
        let step = e.min(1000);
        v *= 2f64.powi(step as i32);
        e -= step;
    }
    while e < 0 {
        let step = (-e).min(1000);
        v /= 2f64.powi(step as i32);
        e += step;
    }
    v
}

/// Parses a Go integer literal (`0x1F`, `0o17`, `017`, `0b101`, `1_000`).
pub fn parse_int_lit(s: &str) -> Option<BigInt> {
    let s: String = s.chars().filter(|&c| c != '_').collect();
    let (digits, radix) = if let Some(r) = s.strip_prefix("0x").or(s.strip_prefix("0X")) {
        (r.to_string(), 16)
    } else if let Some(r) = s.strip_prefix("0b").or(s.strip_prefix("0B")) {
        (r.to_string(), 2)
    } else if let Some(r) = s.strip_prefix("0o").or(s.strip_prefix("0O")) {
        (r.to_string(), 8)
    } else if s.len() > 1 && s.starts_with('0') {
        (s[1..].to_string(), 8)
    } else {
        (s, 10)
    };
    BigInt::parse_bytes(digits.as_bytes(), radix)
}

/// Parses a Go float literal exactly (decimal or hex mantissa, exponent).
pub fn parse_float_lit(s: &str) -> Option<BigRational> {
    let s: String = s.chars().filter(|&c| c != '_').collect();
    let ten = BigInt::from(10);
    let two = BigInt::from(2);
    let (hex, body) = match s.strip_prefix("0x").or(s.strip_prefix("0X")) {
        Some(b) => (true, b.to_string()),
        None => (false, s.clone()),
    };
    let exp_char = if hex { ['p', 'P'] } else { ['e', 'E'] };
    let (mant, exp) = match body.find(exp_char) {
        Some(i) => (&body[..i], body[i + 1..].parse::<i64>().ok()?),
        None => (&body[..], 0),
    };
    let (int_part, frac_part) = match mant.find('.') {
        Some(i) => (&mant[..i], &mant[i + 1..]),
        None => (mant, ""),
    };
    let radix = if hex { 16 } else { 10 };
    let digits = format!("{int_part}{frac_part}");
    let m = if digits.is_empty() {
        BigInt::zero()
    } else {
        BigInt::parse_bytes(digits.as_bytes(), radix)?
    };
    let mut r = BigRational::from_integer(m);
    let frac_len = frac_part.len() as i64;
    // Each hex fraction digit is 4 bits.
    let (base, e) = if hex {
        (two, exp - 4 * frac_len)
    } else {
        (ten, exp - frac_len)
    };
    let p = BigRational::from_integer(num_traits::pow(base, e.unsigned_abs() as usize));
    if e >= 0 {
        r *= p;
    } else {
        r /= p;
    }
    Some(r)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn exact_float_constants() {
        let a = parse_float_lit("0.1").unwrap();
        let b = parse_float_lit("0.2").unwrap();
        let c = parse_float_lit("0.3").unwrap();
        assert_eq!(a + b, c);
        assert_eq!(rat_to_f64(&parse_float_lit("0.1").unwrap()), 0.1);
        assert_eq!(rat_to_f64(&parse_float_lit("1e308").unwrap()), 1e308);
        assert_eq!(rat_to_f64(&parse_float_lit("2.5e-324").unwrap()), 5e-324);
        assert_eq!(rat_to_f64(&parse_float_lit("0x1p-2").unwrap()), 0.25);
        assert_eq!(
            rat_to_f64(&parse_float_lit("3.14159265358979323846264338327950288").unwrap()),
            std::f64::consts::PI
        );
    }

    #[test]
    fn int_literals() {
        assert_eq!(parse_int_lit("0x1F"), Some(BigInt::from(31)));
        assert_eq!(parse_int_lit("017"), Some(BigInt::from(15)));
        assert_eq!(parse_int_lit("0b101"), Some(BigInt::from(5)));
        assert_eq!(parse_int_lit("1_000"), Some(BigInt::from(1000)));
    }
}
