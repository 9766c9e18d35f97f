//! Constant values as go/constant represents them: integers are exact
//! (types2 limits untyped ones to 512 bits), floats are exact fractions
//! while numerator and denominator stay under 4096 bits (`ratVal`, so
//! `0.1 + 0.2 == 0.3` holds for constants) and 512-bit binary floats with
//! a 32-bit exponent beyond that (`floatVal`, so `1e646456992 /
//! 1e646456991` is fast). Conversion to `float64`/`float32` rounds the
//! constant once, correctly (ties to even, subnormals included).

use std::cmp::Ordering;

use num_bigint::{BigInt, BigUint, Sign};
use num_integer::Integer;
use num_rational::BigRational;
use num_traits::{One, Signed, ToPrimitive, Zero};

use gust_vm::types::IntKind;

/// Mantissa precision of go/constant's binary floats, in bits.
pub const PREC: u64 = 512;

/// Fractions whose numerator or denominator reach this many bits become
/// binary floats (go/constant's `maxExp`).
const MAX_EXP: u64 = 4 << 10;

/// A constant value.
#[derive(Clone, Debug, PartialEq)]
pub enum ConstVal {
    /// A boolean.
    Bool(bool),
    /// An integer (also runes).
    Int(BigInt),
    /// A float.
    Float(Float),
    /// A string's bytes.
    Str(Vec<u8>),
}

/// A float constant: go/constant's `ratVal` or `floatVal`.
#[derive(Clone, Debug, PartialEq)]
pub enum Float {
    /// An exact fraction (components under 4096 bits).
    Rat(BigRational),
    /// A 512-bit binary float.
    Big(BigFloat),
}

/// `±mant · 2^exp` with `mant` odd (or zero, then `exp == 0` and not
/// negative) and at most [`PREC`] bits; the value's binary exponent (as
/// `big.Float`'s `MantExp`, `exp + mant.bits()`) fits an `i32`.
#[derive(Clone, Debug, PartialEq)]
pub struct BigFloat {
    neg: bool,
    mant: BigUint,
    exp: i64,
}

/// Rounds `m · 2^e` (plus something below `2^e` if `sticky`, in which case
/// `m` must carry at least two bits below the result's last bit) to
/// `prec` bits, ties to even, with no bit below `2^lsb_min`. Returns the
/// new mantissa and exponent (the mantissa may be `2^prec`).
fn round_mant(m: &BigUint, e: i64, sticky: bool, prec: u64, lsb_min: i64) -> (BigUint, i64) {
    let b = m.bits() as i64;
    if b == 0 {
        return (BigUint::zero(), 0);
    }
    let lsb = (e + b - prec as i64).max(lsb_min);
    if lsb <= e {
        return (m.clone(), e);
    }
    let sh = (lsb - e) as u64;
    let q = m >> sh;
    // Compare the dropped bits with half an ulp.
    let half_bit = sh - 1;
    let up = if m.bit(half_bit) {
        let below_half = m.trailing_zeros().is_some_and(|tz| tz < half_bit);
        below_half || sticky || q.bit(0)
    } else {
        false
    };
    (if up { q + 1u32 } else { q }, lsb)
}

impl BigFloat {
    /// Builds `±m · 2^e` rounded to [`PREC`] bits; `None` when the
    /// exponent overflows `big.Float`'s (an infinity). Underflow is zero.
    fn new(neg: bool, m: &BigUint, e: i64, sticky: bool) -> Option<BigFloat> {
        let (mut q, mut lsb) = round_mant(m, e, sticky, PREC, i64::MIN);
        if q.is_zero() {
            return Some(BigFloat::zero());
        }
        let tz = q.trailing_zeros().unwrap_or(0);
        q >>= tz;
        lsb += tz as i64;
        let top = lsb + q.bits() as i64;
        if top > i32::MAX as i64 {
            return None;
        }
        if top < i32::MIN as i64 {
            return Some(BigFloat::zero());
        }
        Some(BigFloat {
            neg,
            mant: q,
            exp: lsb,
        })
    }

    fn zero() -> BigFloat {
        BigFloat {
            neg: false,
            mant: BigUint::zero(),
            exp: 0,
        }
    }

    fn is_zero(&self) -> bool {
        self.mant.is_zero()
    }

    /// `big.Float`'s `MantExp`: the value is `0.5 ≤ |m| < 1` times `2^top`.
    fn top(&self) -> i64 {
        self.exp + self.mant.bits() as i64
    }

    /// `|n| / |d|` correctly rounded, with the sign `neg`.
    fn quotient(neg: bool, n: &BigUint, ne: i64, d: &BigUint, de: i64) -> Option<BigFloat> {
        if n.is_zero() {
            return Some(BigFloat::zero());
        }
        // At least PREC + 3 quotient bits, so the sticky bit sits well
        // below the rounding position.
        let s = (PREC as i64 + 3 + d.bits() as i64 - n.bits() as i64).max(0);
        let (q, r) = (n << s as u64).div_rem(d);
        BigFloat::new(neg, &q, ne - de - s, !r.is_zero())
    }

    /// A fraction rounded to [`PREC`] bits (`big.Float.SetRat`).
    pub fn from_rat(r: &BigRational) -> Option<BigFloat> {
        let neg = r.is_negative();
        let n = r.numer().magnitude();
        let d = r.denom().magnitude();
        BigFloat::quotient(neg, n, 0, d, 0)
    }

    fn neg(&self) -> BigFloat {
        let mut r = self.clone();
        r.neg = !r.neg && !r.is_zero();
        r
    }

    fn signed_mant(&self) -> BigInt {
        let s = if self.neg { Sign::Minus } else { Sign::Plus };
        BigInt::from_biguint(s, self.mant.clone())
    }

    fn add(&self, y: &BigFloat) -> Option<BigFloat> {
        if self.is_zero() {
            return Some(y.clone());
        }
        if y.is_zero() {
            return Some(self.clone());
        }
        let (hi, lo) = if self.top() >= y.top() {
            (self, y)
        } else {
            (y, self)
        };
        if hi.top() - lo.top() > PREC as i64 + 2 {
            // `lo` is below half an ulp of `hi` (whose mantissa has at
            // most PREC bits) even after a borrow: the sum rounds to `hi`.
            return Some(hi.clone());
        }
        let e = hi.exp.min(lo.exp);
        let a = hi.signed_mant() << (hi.exp - e) as u64;
        let b = lo.signed_mant() << (lo.exp - e) as u64;
        let s = a + b;
        BigFloat::new(s.is_negative(), s.magnitude(), e, false)
    }

    fn mul(&self, y: &BigFloat) -> Option<BigFloat> {
        let m = &self.mant * &y.mant;
        BigFloat::new(self.neg != y.neg, &m, self.exp + y.exp, false)
    }

    fn mul_prec(&self, y: &BigFloat, prec: u64) -> BigFloat {
        let m = &self.mant * &y.mant;
        let (q, e) = round_mant(&m, self.exp + y.exp, false, prec, i64::MIN);
        BigFloat {
            neg: self.neg != y.neg,
            mant: q,
            exp: e,
        }
    }

    fn div(&self, y: &BigFloat) -> Option<BigFloat> {
        BigFloat::quotient(self.neg != y.neg, &self.mant, self.exp, &y.mant, y.exp)
    }

    fn cmp(&self, y: &BigFloat) -> Ordering {
        let sign = |x: &BigFloat| match (x.is_zero(), x.neg) {
            (true, _) => 0,
            (false, true) => -1,
            (false, false) => 1,
        };
        let (sx, sy) = (sign(self), sign(y));
        if sx != sy || sx == 0 {
            return sx.cmp(&sy);
        }
        let mag = self.top().cmp(&y.top()).then_with(|| {
            // Same top exponent: compare mantissas aligned at the top.
            let (a, b) = (self.mant.bits(), y.mant.bits());
            let w = a.max(b);
            (&self.mant << (w - a)).cmp(&(&y.mant << (w - b)))
        });
        if sx < 0 {
            mag.reverse()
        } else {
            mag
        }
    }

    /// The exact integer value, if integral and not huge.
    fn to_exact_int(&self) -> Option<BigInt> {
        if self.exp < 0 {
            return None;
        }
        Some(self.signed_mant() << self.exp as u64)
    }

    /// `big.Float.Float64` / `Float32`: `mant_bits`-bit binary float with
    /// least bit `2^lsb_min` and largest binary exponent `max_top`.
    fn to_binary(&self, mant_bits: u64, lsb_min: i64, max_top: i64) -> f64 {
        let (q, lsb) = round_mant(&self.mant, self.exp, false, mant_bits, lsb_min);
        let v = if q.is_zero() {
            0.0
        } else if lsb + q.bits() as i64 > max_top {
            f64::INFINITY
        } else {
            // q < 2^54 and q·2^lsb is representable: the product is exact.
            q.to_f64().unwrap_or(f64::INFINITY) * pow2(lsb)
        };
        if self.neg {
            -v
        } else {
            v
        }
    }

    /// Decimal approximation as go/constant's `floatVal.String`.
    fn describe(&self) -> String {
        let x = self.to_binary(53, -1074, 1024);
        if self.is_zero() == (x == 0.0) && !x.is_infinite() {
            let s = format_g(x, 6);
            if self.exp < 0 && !s.contains('.') {
                return format_g(x, -1);
            }
            return s;
        }
        // Out of float64 range: mantissa in [0.5, 1) and a decimal exponent.
        let top = self.top();
        let mant = BigFloat {
            exp: self.exp - top,
            ..self.clone()
        };
        let mut m = mant.to_binary(53, -1074, 1024);
        let d = top as f64 * std::f64::consts::LOG10_2;
        let mut e = d as i64;
        m *= 10f64.powf(d - e as f64);
        let am = m.abs();
        if am < 1.0 - 0.5e-6 {
            m *= 10.0;
            e -= 1;
        } else if am >= 10.0 {
            m /= 10.0;
            e += 1;
        }
        format!("{}e{e:+}", format_g(m, 6))
    }

    /// `5^n` as `big.Float.pow5` computes it for a float of precision
    /// `prec`.
    fn pow5(n: u64, prec: u64) -> BigFloat {
        const M: u64 = 27; // 5^27 is the largest power of 5 in a u64
        let exact = |k: u64| BigFloat {
            neg: false,
            mant: BigUint::from(5u32).pow(k as u32),
            exp: 0,
        };
        if n <= M {
            return exact(n);
        }
        let mut z = exact(M);
        let mut f = exact(1);
        let mut n = n - M;
        while n > 0 {
            if n & 1 != 0 {
                z = z.mul_prec(&f, prec);
            }
            f = f.mul_prec(&f, prec + 64);
            n >>= 1;
        }
        z
    }
}

/// `2^e` for `-1074 <= e <= 1023`.
fn pow2(e: i64) -> f64 {
    if e >= -1022 {
        f64::from_bits(((e + 1023) as u64) << 52)
    } else {
        f64::from_bits(1u64 << (e + 1074))
    }
}

/// `fmt`'s `%.{prec}g` (`-1`: shortest).
fn format_g(v: f64, prec: i32) -> String {
    gust_vm::fmtcore::strconv::format_float(v, b'g', prec, 64)
}

/// go/constant's `makeRat`: a fraction stays exact unless a component
/// reaches 4096 bits.
fn make_rat(r: BigRational) -> Option<Float> {
    if r.numer().bits() < MAX_EXP && r.denom().bits() < MAX_EXP {
        Some(Float::Rat(r))
    } else {
        BigFloat::from_rat(&r).map(Float::Big)
    }
}

/// The float operations of constant arithmetic.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum FloatOp {
    /// `+`
    Add,
    /// `-`
    Sub,
    /// `*`
    Mul,
    /// `/` (the divisor is not zero)
    Quo,
}

impl Float {
    /// An exact fraction (`makeRat`).
    pub fn rat(r: BigRational) -> Option<Float> {
        make_rat(r)
    }

    /// The exact value of a `float64`.
    pub fn from_f64(f: f64) -> Float {
        Float::Rat(num_traits::FromPrimitive::from_f64(f).unwrap_or_default())
    }

    fn to_big(&self) -> Option<BigFloat> {
        match self {
            Float::Rat(r) => BigFloat::from_rat(r),
            Float::Big(b) => Some(b.clone()),
        }
    }

    /// `x op y`; `None` when the result is not representable (infinite).
    pub fn binary(op: FloatOp, x: &Float, y: &Float) -> Option<Float> {
        if let (Float::Rat(a), Float::Rat(b)) = (x, y) {
            return make_rat(match op {
                FloatOp::Add => a + b,
                FloatOp::Sub => a - b,
                FloatOp::Mul => a * b,
                FloatOp::Quo => a / b,
            });
        }
        let (a, b) = (x.to_big()?, y.to_big()?);
        let r = match op {
            FloatOp::Add => a.add(&b),
            FloatOp::Sub => a.add(&b.neg()),
            FloatOp::Mul => a.mul(&b),
            FloatOp::Quo => a.div(&b),
        }?;
        Some(Float::Big(r))
    }

    /// `-x`.
    pub fn neg(&self) -> Float {
        match self {
            Float::Rat(r) => Float::Rat(-r),
            Float::Big(b) => Float::Big(b.neg()),
        }
    }

    /// Orders two floats (as go/constant: a fraction meeting a binary
    /// float is rounded to one first).
    pub fn compare(&self, y: &Float) -> Ordering {
        if let (Float::Rat(a), Float::Rat(b)) = (self, y) {
            return a.cmp(b);
        }
        match (self.to_big(), y.to_big()) {
            (Some(a), Some(b)) => a.cmp(&b),
            _ => Ordering::Equal,
        }
    }

    /// Whether the value is zero.
    pub fn is_zero(&self) -> bool {
        match self {
            Float::Rat(r) => r.is_zero(),
            Float::Big(b) => b.is_zero(),
        }
    }

    /// go/constant's `ToInt`: the integer value if the float is one, or
    /// is within rounding error of one (binary floats only).
    pub fn to_int(&self) -> Option<BigInt> {
        match self {
            Float::Rat(r) => r.is_integer().then(|| r.to_integer()),
            Float::Big(b) => {
                let top = b.top();
                if !(-(MAX_EXP as i64) < top && top < MAX_EXP as i64) {
                    return None;
                }
                if let Some(i) = b.to_exact_int() {
                    return Some(i);
                }
                // Rounded to PREC - 4 bits towards zero or away from it.
                let p = PREC - 4;
                let bits = b.mant.bits();
                if bits <= p {
                    return None;
                }
                let sh = bits - p;
                let down = BigFloat {
                    mant: &b.mant >> sh,
                    exp: b.exp + sh as i64,
                    ..b.clone()
                };
                let up = BigFloat {
                    mant: &down.mant + 1u32,
                    ..down.clone()
                };
                down.to_exact_int().or_else(|| up.to_exact_int())
            }
        }
    }

    /// The value rounded to `float64` (infinite if out of range).
    pub fn to_f64(&self) -> f64 {
        self.to_binary(53, -1074, 1024)
    }

    /// The value rounded to `float32` (infinite if out of range), exactly
    /// as an `f64`.
    pub fn to_f32(&self) -> f64 {
        self.to_binary(24, -149, 128)
    }

    fn to_binary(&self, mant_bits: u64, lsb_min: i64, max_top: i64) -> f64 {
        match self {
            Float::Rat(r) => {
                if r.is_zero() {
                    return 0.0;
                }
                let n = r.numer().magnitude();
                let d = r.denom().magnitude();
                let s = (mant_bits as i64 + 3 + d.bits() as i64 - n.bits() as i64).max(0);
                let (q, rem) = (n << s as u64).div_rem(d);
                let sticky = !rem.is_zero();
                // The sticky bit folds into one extra low bit: the
                // quotient has at least two bits below the last kept.
                let q = (q << 1u32) | BigUint::from(sticky as u32);
                let b = BigFloat {
                    neg: r.is_negative(),
                    mant: q,
                    exp: -s - 1,
                };
                b.to_binary(mant_bits, lsb_min, max_top)
            }
            Float::Big(b) => b.to_binary(mant_bits, lsb_min, max_top),
        }
    }

    /// go/constant's `String`: `%.6g` of the value (shortest `%g` when
    /// that hides a fraction), or an approximation out of float64 range.
    pub fn describe(&self) -> String {
        match self {
            Float::Rat(r) => match BigFloat::from_rat(r) {
                Some(b) => b.describe(),
                None => "+Inf".to_string(),
            },
            Float::Big(b) => b.describe(),
        }
    }
}

impl ConstVal {
    /// An integer constant.
    pub fn int(v: i64) -> Self {
        ConstVal::Int(BigInt::from(v))
    }

    /// A numeric constant as a float (go/constant's `ToFloat`).
    pub fn to_float(&self) -> Option<Float> {
        match self {
            ConstVal::Int(i) => make_rat(BigRational::from_integer(i.clone())),
            ConstVal::Float(f) => Some(f.clone()),
            _ => None,
        }
    }

    /// The value as an exact integer, if it is one (go/constant's
    /// `ToInt`: floats with integral value included).
    pub fn to_int(&self) -> Option<BigInt> {
        match self {
            ConstVal::Int(i) => Some(i.clone()),
            ConstVal::Float(f) => f.to_int(),
            _ => None,
        }
    }

    /// The value rounded once to `float64` (infinite if out of range).
    pub fn to_f64(&self) -> f64 {
        match self.to_float() {
            Some(f) => f.to_f64(),
            None => 0.0,
        }
    }

    /// The value rounded once to `float32`, as an `f64`.
    pub fn to_f32(&self) -> f64 {
        match self.to_float() {
            Some(f) => f.to_f32(),
            None => 0.0,
        }
    }

    /// Orders two numeric constants.
    pub fn cmp_num(&self, y: &ConstVal) -> Option<Ordering> {
        if let (ConstVal::Int(a), ConstVal::Int(b)) = (self, y) {
            return Some(a.cmp(b));
        }
        Some(self.to_float()?.compare(&y.to_float()?))
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

    /// go/constant's `String`, used in error messages (`300`, `1.5`,
    /// `1e+100`, `"s"`, `true`).
    pub fn describe(&self) -> String {
        match self {
            ConstVal::Bool(b) => b.to_string(),
            ConstVal::Int(i) => i.to_string(),
            ConstVal::Float(f) => f.describe(),
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

/// Parses a Go float literal as go/constant's `MakeFromLiteral` does: an
/// exact fraction when the value's binary exponent is under 4096 in
/// magnitude, else a 512-bit float (`big.Float.SetString`). `None` when
/// the literal is malformed for go/constant (its exponent overflows).
pub fn parse_float_lit(s: &str) -> Option<Float> {
    let s: String = s.chars().filter(|&c| c != '_').collect();
    let (hex, body) = match s.strip_prefix("0x").or(s.strip_prefix("0X")) {
        Some(b) => (true, b),
        None => (false, &s[..]),
    };
    let exp_char = if hex { ['p', 'P'] } else { ['e', 'E'] };
    let (mant, exp) = match body.find(exp_char) {
        Some(i) => (&body[..i], body[i + 1..].parse::<i64>().ok()?),
        None => (body, 0),
    };
    let (int_part, frac_part) = match mant.find('.') {
        Some(i) => (&mant[..i], &mant[i + 1..]),
        None => (mant, ""),
    };
    let radix = if hex { 16 } else { 10 };
    let digits = format!("{int_part}{frac_part}");
    let m = if digits.is_empty() {
        BigUint::zero()
    } else {
        BigUint::parse_bytes(digits.as_bytes(), radix)?
    };
    if m.is_zero() {
        return Some(Float::Rat(BigRational::zero()));
    }
    let frac_len = frac_part.len() as i64;
    // The value is m · 2^exp2 · 5^exp5.
    let (exp2, exp5) = if hex {
        (exp.checked_sub(frac_len.checked_mul(4)?)?, 0)
    } else {
        let e = exp.checked_sub(frac_len)?;
        (e, e)
    };
    // big.Float's exponent is 32 bits (before the powers of 5).
    let top2 = exp2.checked_add(m.bits() as i64)?;
    if top2 < i32::MIN as i64 || top2 > i32::MAX as i64 {
        return None;
    }
    let big = if exp5 == 0 {
        BigFloat::new(false, &m, exp2, false)
    } else {
        let p = BigFloat::pow5(exp5.unsigned_abs(), PREC + 64);
        if exp5 < 0 {
            BigFloat::quotient(false, &m, exp2, &p.mant, p.exp)
        } else {
            BigFloat::new(false, &(&m * &p.mant), exp2 + p.exp, false)
        }
    }?;
    if big.is_zero() {
        return Some(Float::Rat(BigRational::zero()));
    }
    let top = big.top();
    if top <= -(MAX_EXP as i64) || top >= MAX_EXP as i64 {
        return Some(Float::Big(big));
    }
    // Small enough: the exact fraction.
    let base = BigInt::from(if hex { 2 } else { 10 });
    let e = if hex { exp2 } else { exp5 };
    let p = num_traits::pow(base, e.unsigned_abs() as usize);
    let m = BigInt::from(m);
    Some(Float::Rat(if e >= 0 {
        BigRational::from_integer(m * p)
    } else {
        BigRational::new(m, p)
    }))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn f64_of(s: &str) -> f64 {
        parse_float_lit(s).unwrap().to_f64()
    }

    #[test]
    fn exact_float_constants() {
        let a = parse_float_lit("0.1").unwrap();
        let b = parse_float_lit("0.2").unwrap();
        let c = parse_float_lit("0.3").unwrap();
        assert_eq!(Float::binary(FloatOp::Add, &a, &b), Some(c));
        assert_eq!(f64_of("0.1"), 0.1);
        assert_eq!(f64_of("1e308"), 1e308);
        assert_eq!(f64_of("2.5e-324"), 5e-324);
        assert_eq!(f64_of("2.4e-324"), 0.0);
        assert_eq!(f64_of("0x1p-2"), 0.25);
        assert_eq!(
            f64_of("3.14159265358979323846264338327950288"),
            std::f64::consts::PI
        );
        assert_eq!(f64_of("2.2250738585072011e-308"), 2.225073858507201e-308);
        assert_eq!(f64_of("1.7976931348623158e308"), f64::MAX);
        assert!(f64_of("1.7976931348623159e308").is_infinite());
    }

    #[test]
    fn float32_rounds_once() {
        // 2^128 - 2^103 - 2^40: through float64 it would round to 2^128 -
        // 2^103 (a tie in float32, to even: infinity); once, to MaxFloat32.
        let two = |e: u32| BigRational::from_integer(BigInt::one() << e);
        let r = two(128) - two(103) - two(40);
        assert_eq!(Float::Rat(r).to_f32(), f32::MAX as f64);
        assert_eq!(parse_float_lit("1e-46").unwrap().to_f32(), 0.0);
        assert_eq!(
            parse_float_lit("1e-45").unwrap().to_f32(),
            f32::from_bits(1) as f64
        );
    }

    #[test]
    fn huge_exponents() {
        let n = parse_float_lit("1e646456992").unwrap();
        let d = parse_float_lit("1e646456991").unwrap();
        let q = Float::binary(FloatOp::Quo, &n, &d).unwrap();
        assert_eq!(q.to_f64(), 10.0);
        assert_eq!(n.describe(), "1e+646456992");
        assert_eq!(f64_of("1e-779137"), 0.0);
        assert!(Float::binary(FloatOp::Mul, &n, &n).is_none());
    }

    #[test]
    fn describe_like_go() {
        let d = |s: &str| parse_float_lit(s).unwrap().describe();
        assert_eq!(d("1e39"), "1e+39");
        assert_eq!(d("600.0"), "600");
        assert_eq!(d("1.5"), "1.5");
        assert_eq!(d("100000.5"), "100000.5");
        assert_eq!(d("1e1000"), "1e+1000");
    }

    #[test]
    fn int_literals() {
        assert_eq!(parse_int_lit("0x1F"), Some(BigInt::from(31)));
        assert_eq!(parse_int_lit("017"), Some(BigInt::from(15)));
        assert_eq!(parse_int_lit("0b101"), Some(BigInt::from(5)));
        assert_eq!(parse_int_lit("1_000"), Some(BigInt::from(1000)));
    }

    proptest::proptest! {
        #![proptest_config(proptest::prelude::ProptestConfig::with_cases(2000))]
        /// Decimal literals round exactly as Rust's correctly rounded parser.
        #[test]
        fn decimal_rounding(digits in "[0-9]{1,40}", frac in "[0-9]{0,40}", exp in -400i64..400) {
            let lit = format!("{digits}.{frac}e{exp}");
            let want: f64 = lit.parse().unwrap();
            proptest::prop_assert_eq!(f64_of(&lit).to_bits(), want.to_bits(), "{}", lit);
            let want32: f32 = lit.parse().unwrap();
            proptest::prop_assert_eq!(parse_float_lit(&lit).unwrap().to_f32(), want32 as f64, "{}", lit);
        }

        /// Values near the float64 subnormal boundary and ties.
        #[test]
        fn boundary_rounding(m in 0u64..(1u64 << 54), e in -1130i64..-1000) {
            // m · 2^e, exactly, with a few bits more than float64 holds.
            let lit = format!("0x{m:x}p{e}");
            let got = f64_of(&lit);
            // Reference: Rust's parser on the exact decimal expansion (such
            // a literal is always an exact fraction: under 4096 bits).
            let r = parse_float_lit(&lit).unwrap();
            proptest::prop_assert!(matches!(r, Float::Rat(_)), "{} is not exact", lit);
            if let Float::Rat(q) = &r {
                let dec = exact_decimal(q);
                let rust: f64 = dec.parse().unwrap();
                proptest::prop_assert_eq!(got.to_bits(), rust.to_bits(), "{}", lit);
            }
        }
    }

    /// The exact decimal expansion of a fraction with a power-of-two
    /// denominator.
    fn exact_decimal(q: &BigRational) -> String {
        let d = q.denom().magnitude().clone();
        let k = d.trailing_zeros().unwrap_or(0);
        // n / 2^k = n · 5^k / 10^k
        let n = q.numer().magnitude() * BigUint::from(5u32).pow(k as u32);
        format!("{n}e-{k}")
    }
}
