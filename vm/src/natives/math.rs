//! `math`: a port of Go's math package as it runs on amd64, so results
//! agree with Go bit for bit.
//!
//! On amd64 Go uses assembly for `Exp` (with an FMA variant chosen at run
//! time), `Log`, `Hypot`, `Floor`/`Ceil`/`Trunc`, `Max`/`Min`, and the
//! hardware `SQRTSD`; everything else is its pure-Go code. Both are ported
//! here operation by operation (Rust, like Go on amd64 with `GOAMD64=v1`,
//! never fuses multiply-adds on its own). Derived constants that Go folds
//! exactly (`4/Pi`, `1/Ln10`, ...) are written as their float64 bits.

#![allow(clippy::excessive_precision, clippy::approx_constant)]

use crate::vm::{Vm, VmResult};

const UVNAN: u64 = 0x7FF8000000000001;
const UVINF: u64 = 0x7FF0000000000000;
const UVNEGINF: u64 = 0xFFF0000000000000;
const UVONE: u64 = 0x3FF0000000000000;
const MASK: u64 = 0x7FF;
const SHIFT: u64 = 64 - 11 - 1;
const BIAS: i64 = 1023;
const SIGN_MASK: u64 = 1 << 63;
const FRAC_MASK: u64 = (1 << SHIFT) - 1;

const PI: f64 = f64::from_bits(0x400921FB54442D18);
const PI_2: f64 = f64::from_bits(0x3FF921FB54442D18);
const PI_4: f64 = f64::from_bits(0x3FE921FB54442D18);
const THREE_PI_4: f64 = f64::from_bits(0x4002D97C7F3321D2);
const FOUR_OVER_PI: f64 = f64::from_bits(0x3FF45F306DC9C883);
const INV_LN10: f64 = f64::from_bits(0x3FDBCB7B1526E50E);
const INV_LN2: f64 = f64::from_bits(0x3FF71547652B82FE);
const LN2: f64 = f64::from_bits(0x3FE62E42FEFA39EF);
const MAX_FLOAT64: f64 = f64::MAX;

#[inline]
fn bits(f: f64) -> u64 {
    f.to_bits()
}

#[inline]
fn from_bits(b: u64) -> f64 {
    f64::from_bits(b)
}

/// `math.NaN()`.
pub fn nan() -> f64 {
    from_bits(UVNAN)
}

/// `math.Inf(sign)`.
pub fn inf(sign: i64) -> f64 {
    from_bits(if sign >= 0 { UVINF } else { UVNEGINF })
}

/// `math.IsNaN`.
pub fn is_nan(f: f64) -> bool {
    f.is_nan()
}

/// `math.IsInf(f, sign)`.
pub fn is_inf(f: f64, sign: i64) -> bool {
    let f = if sign == 0 {
        abs(f)
    } else if sign < 0 {
        -f
    } else {
        f
    };
    f > MAX_FLOAT64
}

/// `math.Abs`.
pub fn abs(x: f64) -> f64 {
    from_bits(bits(x) & !SIGN_MASK)
}

/// `math.Signbit`.
pub fn signbit(x: f64) -> bool {
    (bits(x) as i64) < 0
}

/// `math.Copysign`.
pub fn copysign(f: f64, sign: f64) -> f64 {
    from_bits(bits(f) & !SIGN_MASK | bits(sign) & SIGN_MASK)
}

fn normalize(x: f64) -> (f64, i64) {
    const SMALLEST_NORMAL: f64 = 2.2250738585072014e-308;
    if abs(x) < SMALLEST_NORMAL {
        return (x * (1u64 << 52) as f64, -52);
    }
    (x, 0)
}

/// `math.Frexp`.
pub fn frexp(f: f64) -> (f64, i64) {
    if f == 0.0 || f.is_infinite() || f.is_nan() {
        return (f, 0);
    }
    let (f, mut exp) = normalize(f);
    let mut x = bits(f);
    exp += ((x >> SHIFT) & MASK) as i64 - BIAS + 1;
    x &= !(MASK << SHIFT);
    x |= ((-1 + BIAS) as u64) << SHIFT;
    (from_bits(x), exp)
}

/// `math.Ldexp`.
pub fn ldexp(frac: f64, exp: i64) -> f64 {
    if frac == 0.0 || frac.is_infinite() || frac.is_nan() {
        return frac;
    }
    let (frac, e) = normalize(frac);
    let mut exp = exp.wrapping_add(e);
    let mut x = bits(frac);
    exp = exp.wrapping_add(((x >> SHIFT) & MASK) as i64 - BIAS);
    if exp < -1075 {
        return copysign(0.0, frac);
    }
    if exp > 1023 {
        return if frac < 0.0 { inf(-1) } else { inf(1) };
    }
    let mut m = 1.0;
    if exp < -1022 {
        exp += 53;
        m = 1.0 / (1u64 << 53) as f64;
    }
    x &= !(MASK << SHIFT);
    x |= ((exp + BIAS) as u64) << SHIFT;
    m * from_bits(x)
}

/// `math.Trunc` (exact: SSE4.1 `ROUNDSD` or Go's assembly).
pub fn trunc(x: f64) -> f64 {
    x.trunc()
}

/// `math.Floor`.
pub fn floor(x: f64) -> f64 {
    x.floor()
}

/// `math.Ceil`.
pub fn ceil(x: f64) -> f64 {
    x.ceil()
}

/// `math.Modf`.
pub fn modf(f: f64) -> (f64, f64) {
    let int = trunc(f);
    (int, copysign(f - int, f))
}

/// `math.Round`.
pub fn round(x: f64) -> f64 {
    let mut b = bits(x);
    let mut e = (b >> SHIFT) & MASK;
    if e < BIAS as u64 {
        b &= SIGN_MASK;
        if e == BIAS as u64 - 1 {
            b |= UVONE;
        }
    } else if e < BIAS as u64 + SHIFT {
        const HALF: u64 = 1 << (SHIFT - 1);
        e -= BIAS as u64;
        b = b.wrapping_add(HALF >> e);
        b &= !(FRAC_MASK >> e);
    }
    from_bits(b)
}

/// `math.RoundToEven`.
pub fn round_to_even(x: f64) -> f64 {
    let mut b = bits(x);
    let mut e = (b >> SHIFT) & MASK;
    if e >= BIAS as u64 {
        const HALF_MINUS_ULP: u64 = (1 << (SHIFT - 1)) - 1;
        e -= BIAS as u64;
        // Go's shifts by >= 64 give 0.
        let sh = SHIFT.wrapping_sub(e);
        let odd = if sh < 64 { (b >> sh) & 1 } else { 0 };
        let add = if e < 64 { (HALF_MINUS_ULP + odd) >> e } else { 0 };
        b = b.wrapping_add(add);
        let m = if e < 64 { FRAC_MASK >> e } else { 0 };
        b &= !m;
    } else if e == BIAS as u64 - 1 && b & FRAC_MASK != 0 {
        b = b & SIGN_MASK | UVONE;
    } else {
        b &= SIGN_MASK;
    }
    from_bits(b)
}

/// `math.Mod` (Go's pure-Go algorithm).
pub fn fmod(x: f64, y: f64) -> f64 {
    if y == 0.0 || x.is_infinite() || x.is_nan() || y.is_nan() {
        return nan();
    }
    let y = abs(y);
    let (yfr, yexp) = frexp(y);
    let mut r = x;
    if x < 0.0 {
        r = -x;
    }
    while r >= y {
        let (rfr, mut rexp) = frexp(r);
        if rfr < yfr {
            rexp -= 1;
        }
        r -= ldexp(y, rexp - yexp);
    }
    if x < 0.0 {
        r = -r;
    }
    r
}

/// `math.Max` (amd64 assembly semantics).
pub fn max(x: f64, y: f64) -> f64 {
    let (bx, by) = (bits(x), bits(y));
    if bx == UVINF || by == UVINF {
        return inf(1);
    }
    let (ax, ay) = (bx & !SIGN_MASK, by & !SIGN_MASK);
    if ax > UVINF || ay > UVINF {
        return nan();
    }
    if ax | ay == 0 {
        return if bx == SIGN_MASK { y } else { x };
    }
    if x > y {
        x
    } else {
        y
    }
}

/// `math.Min` (amd64 assembly semantics).
pub fn min(x: f64, y: f64) -> f64 {
    let (bx, by) = (bits(x), bits(y));
    if bx == UVNEGINF || by == UVNEGINF {
        return inf(-1);
    }
    let (ax, ay) = (bx & !SIGN_MASK, by & !SIGN_MASK);
    if ax > UVINF || ay > UVINF {
        return nan();
    }
    if ax | ay == 0 {
        return if bx == SIGN_MASK { x } else { y };
    }
    if x < y {
        x
    } else {
        y
    }
}

/// `math.Dim`.
pub fn dim(x: f64, y: f64) -> f64 {
    let v = x - y;
    if v <= 0.0 {
        return 0.0;
    }
    v
}

/// `math.Sqrt` (`SQRTSD`, correctly rounded).
pub fn sqrt(x: f64) -> f64 {
    x.sqrt()
}

/// Whether Go's `useFMA` is set (AVX and FMA available).
fn use_fma() -> bool {
    #[cfg(target_arch = "x86_64")]
    {
        use std::sync::OnceLock;
        static FMA: OnceLock<bool> = OnceLock::new();
        *FMA.get_or_init(|| is_x86_feature_detected!("avx") && is_x86_feature_detected!("fma"))
    }
    #[cfg(not(target_arch = "x86_64"))]
    {
        false
    }
}

/// `CVTSD2SL`: float64 to int32 rounding to nearest even; out of range
/// gives the "integer indefinite" value.
fn cvtsd2sl(x: f64) -> i32 {
    let r = x.round_ties_even();
    if r.is_nan() || !(-2147483648.0..=2147483647.0).contains(&r) {
        i32::MIN
    } else {
        r as i32
    }
}

/// `math.Exp`: Go's amd64 assembly (`exp_amd64.s`).
pub fn exp(x: f64) -> f64 {
    exp_impl(x, use_fma())
}

fn exp_impl(x: f64, fma: bool) -> f64 {
    const LOG2E: f64 = 1.4426950408889634073599246810018920;
    const LN2U: f64 = 0.69314718055966295651160180568695068359375;
    const LN2L: f64 = 0.28235290563031577122588448175013436025525412068e-12;
    const OVERFLOW: f64 = 7.09782712893384e+02;
    const C: [f64; 9] = [
        0.5,
        1.0,
        2.0,
        1.6666666666666666667e-1,
        4.1666666666666666667e-2,
        8.3333333333333333333e-3,
        1.3888888888888888889e-3,
        1.9841269841269841270e-4,
        2.4801587301587301587e-5,
    ];
    let bx = bits(x);
    if bx & !SIGN_MASK >= UVINF {
        if bx == UVNEGINF {
            return 0.0;
        }
        return x; // NaN or +Inf
    }
    if x > OVERFLOW {
        return inf(1);
    }
    let e = cvtsd2sl(LOG2E * x);
    let k = e as f64;
    let mut x0 = x;
    let mut x1;
    if fma {
        x0 = (-k).mul_add(LN2U, x0);
        x0 = (-k).mul_add(LN2L, x0);
        x0 *= 0.0625;
        x1 = C[8];
        for c in [C[7], C[6], C[5], C[4], C[3], C[0], C[1]] {
            x1 = x1.mul_add(x0, c);
        }
        x0 *= x1;
        for _ in 0..3 {
            x1 = x0 + 2.0;
            x0 *= x1;
        }
        x1 = x0 + 2.0;
        x0 = x0.mul_add(x1, 1.0);
    } else {
        x0 -= LN2U * k;
        x0 -= LN2L * k;
        x0 *= 0.0625;
        x1 = C[8] * x0;
        for c in [C[7], C[6], C[5], C[4], C[3], C[0]] {
            x1 += c;
            x1 *= x0;
        }
        x1 += C[1];
        x0 *= x1;
        for _ in 0..4 {
            x1 = 2.0 + x0;
            x0 *= x1;
        }
        x0 += 1.0;
    }
    // ldexp
    let be = e.wrapping_add(0x3FF);
    if be <= 0 {
        if be < -52 {
            return 0.0;
        }
        let b2 = (be + 0x3FE) as u64;
        x0 *= from_bits(b2 << 52);
        return x0 * from_bits(1u64 << 52);
    }
    if be >= 0x7FF {
        return inf(1);
    }
    x0 * from_bits((be as u64) << 52)
}

/// `math.Log`: Go's amd64 assembly (`log_amd64.s`).
pub fn log(x: f64) -> f64 {
    const HSQRT2: f64 = 7.07106781186547524401e-01;
    const LN2HI: f64 = 6.93147180369123816490e-01;
    const LN2LO: f64 = 1.90821492927058770002e-10;
    const L1: f64 = 6.666666666666735130e-01;
    const L2: f64 = 3.999999999940941908e-01;
    const L3: f64 = 2.857142874366239149e-01;
    const L4: f64 = 2.222219843214978396e-01;
    const L5: f64 = 1.818357216161805012e-01;
    const L6: f64 = 1.531383769920937332e-01;
    const L7: f64 = 1.479819860511658591e-01;
    let bx = bits(x);
    if bx & !SIGN_MASK == 0 {
        return inf(-1);
    }
    if (bx as i64) < 0 {
        return nan();
    }
    if bx >= UVINF {
        return x;
    }
    let mut f1 = from_bits((bx & 0x000FFFFFFFFFFFFF) | 0x3FE0000000000000);
    let mut k = (((bx >> 52) & 0x7FF) as i64 - 0x3FE) as f64;
    // CMPSD $5 (not less than): HSqrt2 >= f1.
    let small = f1 <= HSQRT2; // f1 is never NaN here
    let x3 = if small { 1.0 } else { 0.0 };
    k -= x3;
    f1 *= x3 + 1.0;
    let f = f1 - 1.0;
    let s = f / (2.0 + f);
    let s2 = s * s;
    let s4 = s2 * s2;
    let t1 = s2 * ((((L7 * s4 + L5) * s4 + L3) * s4) + L1);
    let t2 = s4 * (((L6 * s4 + L4) * s4) + L2);
    let r = t1 + t2;
    let hfsq = 0.5 * f * f;
    let x3 = s * (r + hfsq);
    let x3 = x3 + LN2LO * k;
    let x0 = hfsq - x3;
    let x0 = x0 - f;
    k * LN2HI - x0
}

/// `math.Hypot`: Go's amd64 assembly (`hypot_amd64.s`).
pub fn hypot(p: f64, q: f64) -> f64 {
    let bp = bits(p) & !SIGN_MASK;
    let bq = bits(q) & !SIGN_MASK;
    if bp >= UVINF || bq >= UVINF {
        if bp == UVINF || bq == UVINF {
            return inf(1);
        }
        return nan();
    }
    if bp | bq == 0 {
        return 0.0;
    }
    let (p, q) = (from_bits(bp), from_bits(bq));
    let hi = if p > q { p } else { q };
    let lo = if q < p { q } else { p };
    let t = lo / hi;
    let t = t * t + 1.0;
    hi * t.sqrt()
}

fn expmulti(hi: f64, lo: f64, k: i64) -> f64 {
    const P1: f64 = 1.66666666666666657415e-01;
    const P2: f64 = -2.77777777770155933842e-03;
    const P3: f64 = 6.61375632143793436117e-05;
    const P4: f64 = -1.65339022054652515390e-06;
    const P5: f64 = 4.13813679705723846039e-08;
    let r = hi - lo;
    let t = r * r;
    let c = r - t * (P1 + t * (P2 + t * (P3 + t * (P4 + t * P5))));
    let y = 1.0 - ((lo - (r * c) / (2.0 - c)) - hi);
    ldexp(y, k)
}

/// `math.Exp2`.
pub fn exp2(x: f64) -> f64 {
    const LN2HI: f64 = 6.93147180369123816490e-01;
    const LN2LO: f64 = 1.90821492927058770002e-10;
    const OVERFLOW: f64 = 1.0239999999999999e+03;
    const UNDERFLOW: f64 = -1.0740e+03;
    if x.is_nan() {
        return x;
    }
    if x > OVERFLOW {
        return inf(1);
    }
    if x < UNDERFLOW {
        return 0.0;
    }
    let k: i64 = if x > 0.0 {
        (x + 0.5) as i64
    } else if x < 0.0 {
        (x - 0.5) as i64
    } else {
        0
    };
    let t = x - k as f64;
    let hi = t * LN2HI;
    let lo = -t * LN2LO;
    expmulti(hi, lo, k)
}

/// `math.Log10`.
pub fn log10(x: f64) -> f64 {
    log(x) * INV_LN10
}

/// `math.Log2`.
pub fn log2(x: f64) -> f64 {
    let (frac, exp) = frexp(x);
    if frac == 0.5 {
        return (exp - 1) as f64;
    }
    log(frac) * INV_LN2 + exp as f64
}

/// `math.Log1p`.
pub fn log1p(x: f64) -> f64 {
    const SQRT2M1: f64 = 4.142135623730950488017e-01;
    const SQRT2HALFM1: f64 = -2.928932188134524755992e-01;
    const SMALL: f64 = 1.0 / (1u64 << 29) as f64;
    const TINY: f64 = 1.0 / (1u64 << 54) as f64;
    const TWO53: f64 = (1u64 << 53) as f64;
    const LN2HI: f64 = 6.93147180369123816490e-01;
    const LN2LO: f64 = 1.90821492927058770002e-10;
    const LP1: f64 = 6.666666666666735130e-01;
    const LP2: f64 = 3.999999999940941908e-01;
    const LP3: f64 = 2.857142874366239149e-01;
    const LP4: f64 = 2.222219843214978396e-01;
    const LP5: f64 = 1.818357216161805012e-01;
    const LP6: f64 = 1.531383769920937332e-01;
    const LP7: f64 = 1.479819860511658591e-01;
    if x < -1.0 || x.is_nan() {
        return nan();
    }
    if x == -1.0 {
        return inf(-1);
    }
    if is_inf(x, 1) {
        return inf(1);
    }
    let absx = abs(x);
    let mut f = 0.0;
    let mut iu: u64 = 0;
    let mut k: i64 = 1;
    if absx < SQRT2M1 {
        if absx < SMALL {
            if absx < TINY {
                return x;
            }
            return x - x * x * 0.5;
        }
        if x > SQRT2HALFM1 {
            k = 0;
            f = x;
            iu = 1;
        }
    }
    let mut c = 0.0;
    if k != 0 {
        let mut u;
        if absx < TWO53 {
            u = 1.0 + x;
            iu = bits(u);
            k = ((iu >> 52) as i64) - 1023;
            if k > 0 {
                c = 1.0 - (u - x);
            } else {
                c = x - (u - 1.0);
            }
            c /= u;
        } else {
            u = x;
            iu = bits(u);
            k = ((iu >> 52) as i64) - 1023;
            c = 0.0;
        }
        iu &= 0x000fffffffffffff;
        if iu < 0x0006a09e667f3bcd {
            u = from_bits(iu | 0x3ff0000000000000);
        } else {
            k += 1;
            u = from_bits(iu | 0x3fe0000000000000);
            iu = (0x0010000000000000 - iu) >> 2;
        }
        f = u - 1.0;
    }
    let hfsq = 0.5 * f * f;
    let kf = k as f64;
    if iu == 0 {
        if f == 0.0 {
            if k == 0 {
                return 0.0;
            }
            c += kf * LN2LO;
            return kf * LN2HI + c;
        }
        let r = hfsq * (1.0 - 0.66666666666666666 * f);
        if k == 0 {
            return f - r;
        }
        return kf * LN2HI - ((r - (kf * LN2LO + c)) - f);
    }
    let s = f / (2.0 + f);
    let z = s * s;
    let r = z * (LP1 + z * (LP2 + z * (LP3 + z * (LP4 + z * (LP5 + z * (LP6 + z * LP7))))));
    if k == 0 {
        return f - (hfsq - s * (hfsq + r));
    }
    kf * LN2HI - ((hfsq - (s * (hfsq + r) + (kf * LN2LO + c))) - f)
}

/// `math.Expm1`.
pub fn expm1(x: f64) -> f64 {
    const OTHRESHOLD: f64 = 7.09782712893383973096e+02;
    const LN2X56: f64 = 3.88162421113569373274e+01;
    const LN2HALFX3: f64 = 1.03972077083991796413e+00;
    const LN2HALF: f64 = 3.46573590279972654709e-01;
    const LN2HI: f64 = 6.93147180369123816490e-01;
    const LN2LO: f64 = 1.90821492927058770002e-10;
    const INVLN2: f64 = 1.44269504088896338700e+00;
    const TINY: f64 = 1.0 / (1u64 << 54) as f64;
    const Q1: f64 = -3.33333333333331316428e-02;
    const Q2: f64 = 1.58730158725481460165e-03;
    const Q3: f64 = -7.93650757867487942473e-05;
    const Q4: f64 = 4.00821782732936239552e-06;
    const Q5: f64 = -2.01099218183624371326e-07;
    if is_inf(x, 1) || x.is_nan() {
        return x;
    }
    if is_inf(x, -1) {
        return -1.0;
    }
    let mut x = x;
    let mut absx = x;
    let mut sign = false;
    if x < 0.0 {
        absx = -absx;
        sign = true;
    }
    if absx >= LN2X56 {
        if sign {
            return -1.0;
        }
        if absx >= OTHRESHOLD {
            return inf(1);
        }
    }
    let mut c = 0.0;
    let k: i64;
    if absx > LN2HALF {
        let (hi, lo);
        if absx < LN2HALFX3 {
            if !sign {
                hi = x - LN2HI;
                lo = LN2LO;
                k = 1;
            } else {
                hi = x + LN2HI;
                lo = -LN2LO;
                k = -1;
            }
        } else {
            k = if !sign { (INVLN2 * x + 0.5) as i64 } else { (INVLN2 * x - 0.5) as i64 };
            let t = k as f64;
            hi = x - t * LN2HI;
            lo = t * LN2LO;
        }
        x = hi - lo;
        c = (hi - x) - lo;
    } else if absx < TINY {
        return x;
    } else {
        k = 0;
    }
    let hfx = 0.5 * x;
    let hxs = x * hfx;
    let r1 = 1.0 + hxs * (Q1 + hxs * (Q2 + hxs * (Q3 + hxs * (Q4 + hxs * Q5))));
    let t = 3.0 - r1 * hfx;
    let mut e = hxs * ((r1 - t) / (6.0 - x * t));
    if k == 0 {
        return x - (x * e - hxs);
    }
    e = x * (e - c) - c;
    e -= hxs;
    if k == -1 {
        return 0.5 * (x - e) - 0.5;
    }
    if k == 1 {
        if x < -0.25 {
            return -2.0 * (e - (x + 0.5));
        }
        return 1.0 + 2.0 * (x - e);
    }
    if k <= -2 || k > 56 {
        let mut y = 1.0 - (e - x);
        y = from_bits(bits(y).wrapping_add((k as u64) << 52));
        return y - 1.0;
    }
    if k < 20 {
        let t = from_bits(0x3ff0000000000000 - (0x20000000000000u64 >> k as u32));
        let mut y = t - (e - x);
        y = from_bits(bits(y).wrapping_add((k as u64) << 52));
        return y;
    }
    let t = from_bits(((0x3ff - k) as u64) << 52);
    let mut y = x - (e + t);
    y += 1.0;
    from_bits(bits(y).wrapping_add((k as u64) << 52))
}

fn is_odd_int(x: f64) -> bool {
    if abs(x) >= (1u64 << 53) as f64 {
        return false;
    }
    let (xi, xf) = modf(x);
    xf == 0.0 && (xi as i64) & 1 == 1
}

/// `math.Pow`.
pub fn pow(x: f64, y: f64) -> f64 {
    if y == 0.0 || x == 1.0 {
        return 1.0;
    }
    if y == 1.0 {
        return x;
    }
    if x.is_nan() || y.is_nan() {
        return nan();
    }
    if x == 0.0 {
        if y < 0.0 {
            if signbit(x) && is_odd_int(y) {
                return inf(-1);
            }
            return inf(1);
        } else if y > 0.0 {
            if signbit(x) && is_odd_int(y) {
                return x;
            }
            return 0.0;
        }
    } else if is_inf(y, 0) {
        if x == -1.0 {
            return 1.0;
        }
        if (abs(x) < 1.0) == is_inf(y, 1) {
            return 0.0;
        }
        return inf(1);
    } else if is_inf(x, 0) {
        if is_inf(x, -1) {
            return pow(1.0 / x, -y);
        }
        if y < 0.0 {
            return 0.0;
        } else if y > 0.0 {
            return inf(1);
        }
    } else if y == 0.5 {
        return sqrt(x);
    } else if y == -0.5 {
        return 1.0 / sqrt(x);
    }
    let (mut yi, mut yf) = modf(abs(y));
    if yf != 0.0 && x < 0.0 {
        return nan();
    }
    if yi >= 9.223372036854775808e18 {
        if x == -1.0 {
            return 1.0;
        }
        if (abs(x) < 1.0) == (y > 0.0) {
            return 0.0;
        }
        return inf(1);
    }
    let mut a1 = 1.0;
    let mut ae: i64 = 0;
    if yf != 0.0 {
        if yf > 0.5 {
            yf -= 1.0;
            yi += 1.0;
        }
        a1 = exp(yf * log(x));
    }
    let (mut x1, mut xe) = frexp(x);
    let mut i = yi as i64;
    while i != 0 {
        if !(-(1 << 12)..=(1 << 12)).contains(&xe) {
            ae += xe;
            break;
        }
        if i & 1 == 1 {
            a1 *= x1;
            ae += xe;
        }
        x1 *= x1;
        xe <<= 1;
        if x1 < 0.5 {
            x1 += x1;
            xe -= 1;
        }
        i >>= 1;
    }
    if y < 0.0 {
        a1 = 1.0 / a1;
        ae = -ae;
    }
    ldexp(a1, ae)
}

/// `math.Cbrt`.
pub fn cbrt(x: f64) -> f64 {
    const B1: u64 = 715094163;
    const B2: u64 = 696219795;
    const C: f64 = 5.42857142857142815906e-01;
    const D: f64 = -7.05306122448979611050e-01;
    const E: f64 = 1.41428571428571436819e+00;
    const F: f64 = 1.60714285714285720630e+00;
    const G: f64 = 3.57142857142857150787e-01;
    const SMALLEST_NORMAL: f64 = 2.22507385850720138309e-308;
    if x == 0.0 || x.is_nan() || x.is_infinite() {
        return x;
    }
    let mut x = x;
    let mut sign = false;
    if x < 0.0 {
        x = -x;
        sign = true;
    }
    let mut t = from_bits(bits(x) / 3 + (B1 << 32));
    if x < SMALLEST_NORMAL {
        t = (1u64 << 54) as f64;
        t *= x;
        t = from_bits(bits(t) / 3 + (B2 << 32));
    }
    let mut r = t * t / x;
    let mut s = C + r * t;
    t *= G + F / (s + E + D / s);
    t = from_bits((bits(t) & (0xFFFFFFFFCu64 << 28)) + (1 << 30));
    s = t * t;
    r = x / s;
    let w = t + t;
    r = (r - t) / (w + r);
    t += t * r;
    if sign {
        t = -t;
    }
    t
}

const REDUCE_THRESHOLD: f64 = (1u64 << 29) as f64;

const M_PI4: [u64; 20] = [
    0x0000000000000001,
    0x45f306dc9c882a53,
    0xf84eafa3ea69bb81,
    0xb6c52b3278872083,
    0xfca2c757bd778ac3,
    0x6e48dc74849ba5c0,
    0x0c925dd413a32439,
    0xfc3bd63962534e7d,
    0xd1046bea5d768909,
    0xd338e04d68befc82,
    0x7323ac7306a673e9,
    0x3908bf177bf25076,
    0x3ff12fffbc0b301f,
    0xde5e2316b414da3e,
    0xda6cfd9e4f96136e,
    0x9e8c7ecd3cbfd45a,
    0xea4f758fd7cbe2f6,
    0x7a0e73ef14a525d4,
    0xd7f6bf623f1aba10,
    0xac06608df8f6d757,
];

/// Go's `trigReduce` (Payne–Hanek) for `x >= REDUCE_THRESHOLD`.
fn trig_reduce(x: f64) -> (u64, f64) {
    if x < PI_4 {
        return (0, x);
    }
    let mut ix = bits(x);
    let exp = ((ix >> SHIFT) & MASK) as i64 - BIAS - SHIFT as i64;
    ix &= !(MASK << SHIFT);
    ix |= 1 << SHIFT;
    let digit = ((exp + 61) as u64 / 64) as usize;
    let bitshift = (exp + 61) as u64 % 64;
    let shl = |v: u64, s: u64| if s >= 64 { 0 } else { v << s };
    let shr = |v: u64, s: u64| if s >= 64 { 0 } else { v >> s };
    let z0 = shl(M_PI4[digit], bitshift) | shr(M_PI4[digit + 1], 64 - bitshift);
    let z1 = shl(M_PI4[digit + 1], bitshift) | shr(M_PI4[digit + 2], 64 - bitshift);
    let z2 = shl(M_PI4[digit + 2], bitshift) | shr(M_PI4[digit + 3], 64 - bitshift);
    let z2hi = ((z2 as u128 * ix as u128) >> 64) as u64;
    let p1 = z1 as u128 * ix as u128;
    let (z1hi, z1lo) = ((p1 >> 64) as u64, p1 as u64);
    let z0lo = z0.wrapping_mul(ix);
    let (lo, c) = z1lo.overflowing_add(z2hi);
    let hi = z0lo.wrapping_add(z1hi).wrapping_add(c as u64);
    let mut j = hi >> 61;
    let mut hi = hi << 3 | lo >> 61;
    let lz = hi.leading_zeros() as u64;
    let e = (BIAS as u64).wrapping_sub(lz + 1);
    hi = shl(hi, lz + 1) | shr(lo, 64 - (lz + 1));
    hi >>= 64 - SHIFT;
    hi |= e << SHIFT;
    let mut z = from_bits(hi);
    if j & 1 == 1 {
        j += 1;
        j &= 7;
        z -= 1.0;
    }
    (j, z * PI_4)
}

const SIN: [f64; 6] = [
    1.58962301576546568060e-10,
    -2.50507477628578072866e-8,
    2.75573136213857245213e-6,
    -1.98412698295895385996e-4,
    8.33333333332211858878e-3,
    -1.66666666666666307295e-1,
];

const COS: [f64; 6] = [
    -1.13585365213876817300e-11,
    2.08757008419747316778e-9,
    -2.75573141792967388112e-7,
    2.48015872888517045348e-5,
    -1.38888888888730564116e-3,
    4.16666666666665929218e-2,
];

const PI4A: f64 = 7.85398125648498535156e-1;
const PI4B: f64 = 3.77489470793079817668e-8;
const PI4C: f64 = 2.69515142907905952645e-15;

/// The octant and reduced argument of `x >= 0` (Cody–Waite or
/// Payne–Hanek), as Go's sin/cos/tan compute them.
fn reduce(x: f64, tan: bool) -> (u64, f64) {
    if x >= REDUCE_THRESHOLD {
        return trig_reduce(x);
    }
    let mut j = (x * FOUR_OVER_PI) as u64;
    let mut y = j as f64;
    if j & 1 == 1 {
        j += 1;
        y += 1.0;
    }
    if !tan {
        j &= 7;
    }
    (j, ((x - y * PI4A) - y * PI4B) - y * PI4C)
}

fn sin_poly(z: f64, zz: f64) -> f64 {
    z + z * zz * ((((((SIN[0] * zz) + SIN[1]) * zz + SIN[2]) * zz + SIN[3]) * zz + SIN[4]) * zz + SIN[5])
}

fn cos_poly(zz: f64) -> f64 {
    1.0 - 0.5 * zz + zz * zz * ((((((COS[0] * zz) + COS[1]) * zz + COS[2]) * zz + COS[3]) * zz + COS[4]) * zz + COS[5])
}

/// `math.Cos`.
pub fn cos(x: f64) -> f64 {
    if x.is_nan() || x.is_infinite() {
        return nan();
    }
    let mut sign = false;
    let x = abs(x);
    let (mut j, z) = reduce(x, false);
    if j > 3 {
        j -= 4;
        sign = !sign;
    }
    if j > 1 {
        sign = !sign;
    }
    let zz = z * z;
    let y = if j == 1 || j == 2 { sin_poly(z, zz) } else { cos_poly(zz) };
    if sign {
        -y
    } else {
        y
    }
}

/// `math.Sin`.
pub fn sin(x: f64) -> f64 {
    if x == 0.0 || x.is_nan() {
        return x;
    }
    if x.is_infinite() {
        return nan();
    }
    let mut x = x;
    let mut sign = false;
    if x < 0.0 {
        x = -x;
        sign = true;
    }
    let (mut j, z) = reduce(x, false);
    if j > 3 {
        sign = !sign;
        j -= 4;
    }
    let zz = z * z;
    let y = if j == 1 || j == 2 { cos_poly(zz) } else { sin_poly(z, zz) };
    if sign {
        -y
    } else {
        y
    }
}

/// `math.Sincos`.
pub fn sincos(x: f64) -> (f64, f64) {
    if x == 0.0 {
        return (x, 1.0);
    }
    if x.is_nan() || x.is_infinite() {
        return (nan(), nan());
    }
    let (mut sin_sign, mut cos_sign) = (false, false);
    let mut x = x;
    if x < 0.0 {
        x = -x;
        sin_sign = true;
    }
    let (mut j, z) = reduce(x, false);
    if j > 3 {
        j -= 4;
        sin_sign = !sin_sign;
        cos_sign = !cos_sign;
    }
    if j > 1 {
        cos_sign = !cos_sign;
    }
    let zz = z * z;
    let c = cos_poly(zz);
    let s = sin_poly(z, zz);
    let (mut s, mut c) = if j == 1 || j == 2 { (c, s) } else { (s, c) };
    if cos_sign {
        c = -c;
    }
    if sin_sign {
        s = -s;
    }
    (s, c)
}

/// `math.Tan`.
pub fn tan(x: f64) -> f64 {
    const TP: [f64; 3] = [-1.30936939181383777646e4, 1.15351664838587416140e6, -1.79565251976484877988e7];
    const TQ: [f64; 5] = [
        1.00000000000000000000e0,
        1.36812963470692954678e4,
        -1.32089234440210967447e6,
        2.50083801823357915839e7,
        -5.38695755929454629881e7,
    ];
    if x == 0.0 || x.is_nan() {
        return x;
    }
    if x.is_infinite() {
        return nan();
    }
    let mut x = x;
    let mut sign = false;
    if x < 0.0 {
        x = -x;
        sign = true;
    }
    let (j, z) = reduce(x, true);
    let zz = z * z;
    let mut y = if zz > 1e-14 {
        z + z * (zz * (((TP[0] * zz) + TP[1]) * zz + TP[2]) / ((((zz + TQ[1]) * zz + TQ[2]) * zz + TQ[3]) * zz + TQ[4]))
    } else {
        z
    };
    if j & 2 == 2 {
        y = -1.0 / y;
    }
    if sign {
        y = -y;
    }
    y
}

fn xatan(x: f64) -> f64 {
    const P0: f64 = -8.750608600031904122785e-01;
    const P1: f64 = -1.615753718733365076637e+01;
    const P2: f64 = -7.500855792314704667340e+01;
    const P3: f64 = -1.228866684490136173410e+02;
    const P4: f64 = -6.485021904942025371773e+01;
    const Q0: f64 = 2.485846490142306297962e+01;
    const Q1: f64 = 1.650270098316988542046e+02;
    const Q2: f64 = 4.328810604912902668951e+02;
    const Q3: f64 = 4.853903996359136964868e+02;
    const Q4: f64 = 1.945506571482613964425e+02;
    let mut z = x * x;
    z = z * ((((P0 * z + P1) * z + P2) * z + P3) * z + P4) / (((((z + Q0) * z + Q1) * z + Q2) * z + Q3) * z + Q4);
    x * z + x
}

fn satan(x: f64) -> f64 {
    const MOREBITS: f64 = 6.123233995736765886130e-17;
    const HALF_MOREBITS: f64 = f64::from_bits(0x3C81A62633145C07);
    const TAN3PIO8: f64 = 2.41421356237309504880;
    if x <= 0.66 {
        return xatan(x);
    }
    if x > TAN3PIO8 {
        return PI_2 - xatan(1.0 / x) + MOREBITS;
    }
    PI_4 + xatan((x - 1.0) / (x + 1.0)) + HALF_MOREBITS
}

/// `math.Atan`.
pub fn atan(x: f64) -> f64 {
    if x == 0.0 {
        return x;
    }
    if x > 0.0 {
        return satan(x);
    }
    -satan(-x)
}

/// `math.Asin`.
pub fn asin(x: f64) -> f64 {
    if x == 0.0 {
        return x;
    }
    let mut x = x;
    let mut sign = false;
    if x < 0.0 {
        x = -x;
        sign = true;
    }
    if x > 1.0 {
        return nan();
    }
    let mut temp = sqrt(1.0 - x * x);
    if x > 0.7 {
        temp = PI_2 - satan(temp / x);
    } else {
        temp = satan(x / temp);
    }
    if sign {
        temp = -temp;
    }
    temp
}

/// `math.Acos`.
pub fn acos(x: f64) -> f64 {
    PI_2 - asin(x)
}

/// `math.Atan2`.
pub fn atan2(y: f64, x: f64) -> f64 {
    if y.is_nan() || x.is_nan() {
        return nan();
    }
    if y == 0.0 {
        if x >= 0.0 && !signbit(x) {
            return copysign(0.0, y);
        }
        return copysign(PI, y);
    }
    if x == 0.0 {
        return copysign(PI_2, y);
    }
    if x.is_infinite() {
        if is_inf(x, 1) {
            if y.is_infinite() {
                return copysign(PI_4, y);
            }
            return copysign(0.0, y);
        }
        if y.is_infinite() {
            return copysign(THREE_PI_4, y);
        }
        return copysign(PI, y);
    }
    if y.is_infinite() {
        return copysign(PI_2, y);
    }
    let q = atan(y / x);
    if x < 0.0 {
        if q <= 0.0 {
            return q + PI;
        }
        return q - PI;
    }
    q
}

/// `math.Sinh`.
pub fn sinh(x: f64) -> f64 {
    const P0: f64 = -0.6307673640497716991184787251e+6;
    const P1: f64 = -0.8991272022039509355398013511e+5;
    const P2: f64 = -0.2894211355989563807284660366e+4;
    const P3: f64 = -0.2630563213397497062819489e+2;
    const Q0: f64 = -0.6307673640497716991212077277e+6;
    const Q1: f64 = 0.1521517378790019070696485176e+5;
    const Q2: f64 = -0.173678953558233699533450911e+3;
    let mut x = x;
    let mut sign = false;
    if x < 0.0 {
        x = -x;
        sign = true;
    }
    let mut temp;
    if x > 21.0 {
        temp = exp(x) * 0.5;
    } else if x > 0.5 {
        let ex = exp(x);
        temp = (ex - 1.0 / ex) * 0.5;
    } else {
        let sq = x * x;
        temp = (((P3 * sq + P2) * sq + P1) * sq + P0) * x;
        temp /= ((sq + Q2) * sq + Q1) * sq + Q0;
    }
    if sign {
        temp = -temp;
    }
    temp
}

/// `math.Cosh`.
pub fn cosh(x: f64) -> f64 {
    let x = abs(x);
    if x > 21.0 {
        return exp(x) * 0.5;
    }
    let ex = exp(x);
    (ex + 1.0 / ex) * 0.5
}

/// `math.Tanh`.
pub fn tanh(x: f64) -> f64 {
    const P: [f64; 3] = [-9.64399179425052238628e-1, -9.92877231001918586564e1, -1.61468768441708447952e3];
    const Q: [f64; 3] = [1.12811678491632931402e2, 2.23548839060100448583e3, 4.84406305325125486048e3];
    const MAXLOG: f64 = 8.8029691931113054295988e+01;
    let mut z = abs(x);
    if z > 0.5 * MAXLOG {
        if x < 0.0 {
            return -1.0;
        }
        return 1.0;
    } else if z >= 0.625 {
        let s = exp(2.0 * z);
        z = 1.0 - 2.0 / (s + 1.0);
        if x < 0.0 {
            z = -z;
        }
    } else {
        if x == 0.0 {
            return x;
        }
        let s = x * x;
        z = x + x * s * ((P[0] * s + P[1]) * s + P[2]) / (((s + Q[0]) * s + Q[1]) * s + Q[2]);
    }
    z
}

/// `math.Asinh`.
pub fn asinh(x: f64) -> f64 {
    const LN2_: f64 = 6.93147180559945286227e-01;
    const NEAR_ZERO: f64 = 1.0 / (1u64 << 28) as f64;
    const LARGE: f64 = (1u64 << 28) as f64;
    if x.is_nan() || x.is_infinite() {
        return x;
    }
    let mut x = x;
    let mut sign = false;
    if x < 0.0 {
        x = -x;
        sign = true;
    }
    let mut temp = if x > LARGE {
        log(x) + LN2_
    } else if x > 2.0 {
        log(2.0 * x + 1.0 / (sqrt(x * x + 1.0) + x))
    } else if x < NEAR_ZERO {
        x
    } else {
        log1p(x + x * x / (1.0 + sqrt(1.0 + x * x)))
    };
    if sign {
        temp = -temp;
    }
    temp
}

/// `math.Acosh`.
pub fn acosh(x: f64) -> f64 {
    const LARGE: f64 = (1u64 << 28) as f64;
    if x < 1.0 || x.is_nan() {
        return nan();
    }
    if x == 1.0 {
        return 0.0;
    }
    if x >= LARGE {
        return log(x) + LN2;
    }
    if x > 2.0 {
        return log(2.0 * x - 1.0 / (x + sqrt(x * x - 1.0)));
    }
    let t = x - 1.0;
    log1p(t + sqrt(2.0 * t + t * t))
}

/// `math.Atanh`.
pub fn atanh(x: f64) -> f64 {
    const NEAR_ZERO: f64 = 1.0 / (1u64 << 28) as f64;
    if !(-1.0..=1.0).contains(&x) || x.is_nan() {
        return nan();
    }
    if x == 1.0 {
        return inf(1);
    }
    if x == -1.0 {
        return inf(-1);
    }
    let mut x = x;
    let mut sign = false;
    if x < 0.0 {
        x = -x;
        sign = true;
    }
    let mut temp = if x < NEAR_ZERO {
        x
    } else if x < 0.5 {
        let t = x + x;
        0.5 * log1p(t + t * x / (1.0 - x))
    } else {
        0.5 * log1p((x + x) / (1.0 - x))
    };
    if sign {
        temp = -temp;
    }
    temp
}

/// `math.Remainder`.
pub fn remainder(x: f64, y: f64) -> f64 {
    const TINY: f64 = 4.45014771701440276618e-308;
    const HALF_MAX: f64 = MAX_FLOAT64 / 2.0;
    if x.is_nan() || y.is_nan() || x.is_infinite() || y == 0.0 {
        return nan();
    }
    if y.is_infinite() {
        return x;
    }
    let (mut x, mut y) = (x, y);
    let mut sign = false;
    if x < 0.0 {
        x = -x;
        sign = true;
    }
    if y < 0.0 {
        y = -y;
    }
    if x == y {
        return if sign { -0.0 } else { 0.0 };
    }
    if y <= HALF_MAX {
        x = fmod(x, y + y);
    }
    if y < TINY {
        if x + x > y {
            x -= y;
            if x + x >= y {
                x -= y;
            }
        }
    } else {
        let y_half = 0.5 * y;
        if x > y_half {
            x -= y;
            if x >= y_half {
                x -= y;
            }
        }
    }
    if sign {
        x = -x;
    }
    x
}

/// `math.Nextafter`.
pub fn nextafter(x: f64, y: f64) -> f64 {
    if x.is_nan() || y.is_nan() {
        nan()
    } else if x == y {
        x
    } else if x == 0.0 {
        copysign(from_bits(1), y)
    } else if (y > x) == (x > 0.0) {
        from_bits(bits(x) + 1)
    } else {
        from_bits(bits(x) - 1)
    }
}

/// `math.Nextafter32` (operands and result as float32 values).
pub fn nextafter32(x: f32, y: f32) -> f32 {
    if x.is_nan() || y.is_nan() {
        nan() as f32
    } else if x == y {
        x
    } else if x == 0.0 {
        copysign(f32::from_bits(1) as f64, y as f64) as f32
    } else if (y > x) == (x > 0.0) {
        f32::from_bits(x.to_bits() + 1)
    } else {
        f32::from_bits(x.to_bits() - 1)
    }
}

fn ilogb_(x: f64) -> i64 {
    let (x, exp) = normalize(x);
    ((bits(x) >> SHIFT) & MASK) as i64 - BIAS + exp
}

/// `math.Logb`.
pub fn logb(x: f64) -> f64 {
    if x == 0.0 {
        return inf(-1);
    }
    if x.is_infinite() {
        return inf(1);
    }
    if x.is_nan() {
        return x;
    }
    ilogb_(x) as f64
}

/// `math.Ilogb`.
pub fn ilogb(x: f64) -> i64 {
    if x == 0.0 {
        return i32::MIN as i64;
    }
    if x.is_nan() || x.is_infinite() {
        return i32::MAX as i64;
    }
    ilogb_(x)
}

/// `math.Pow10`.
pub fn pow10(n: i64) -> f64 {
    const TAB: [f64; 32] = [
        1e00, 1e01, 1e02, 1e03, 1e04, 1e05, 1e06, 1e07, 1e08, 1e09, 1e10, 1e11, 1e12, 1e13, 1e14, 1e15, 1e16,
        1e17, 1e18, 1e19, 1e20, 1e21, 1e22, 1e23, 1e24, 1e25, 1e26, 1e27, 1e28, 1e29, 1e30, 1e31,
    ];
    const POS: [f64; 10] = [1e00, 1e32, 1e64, 1e96, 1e128, 1e160, 1e192, 1e224, 1e256, 1e288];
    const NEG: [f64; 11] = [1e-00, 1e-32, 1e-64, 1e-96, 1e-128, 1e-160, 1e-192, 1e-224, 1e-256, 1e-288, 1e-320];
    if (0..=308).contains(&n) {
        return POS[n as usize / 32] * TAB[n as usize % 32];
    }
    if (-323..0).contains(&n) {
        let m = (-n) as usize;
        return NEG[m / 32] / TAB[m % 32];
    }
    if n > 0 {
        return inf(1);
    }
    0.0
}

// ---------------------------------------------------------------------------
// Natives.

#[inline]
fn farg(vm: &Vm, at: usize, i: usize) -> f64 {
    f64::from_bits(vm.arg(at, i))
}

#[inline]
fn fret(vm: &mut Vm, at: usize, i: usize, v: f64) {
    vm.ret(at, i, v.to_bits());
}

macro_rules! f1 {
    ($($native:ident => $f:path,)*) => {$(
        pub(crate) fn $native(vm: &mut Vm, at: usize) -> VmResult<()> {
            let x = farg(vm, at, 0);
            fret(vm, at, 0, $f(x));
            Ok(())
        }
    )*};
}

macro_rules! f2 {
    ($($native:ident => $f:path,)*) => {$(
        pub(crate) fn $native(vm: &mut Vm, at: usize) -> VmResult<()> {
            let (x, y) = (farg(vm, at, 0), farg(vm, at, 1));
            fret(vm, at, 0, $f(x, y));
            Ok(())
        }
    )*};
}

f1! {
    n_abs => abs,
    n_sqrt => sqrt,
    n_exp => exp,
    n_exp2 => exp2,
    n_expm1 => expm1,
    n_log => log,
    n_log2 => log2,
    n_log10 => log10,
    n_log1p => log1p,
    n_logb => logb,
    n_floor => floor,
    n_ceil => ceil,
    n_trunc => trunc,
    n_round => round,
    n_round_to_even => round_to_even,
    n_cbrt => cbrt,
    n_sin => sin,
    n_cos => cos,
    n_tan => tan,
    n_asin => asin,
    n_acos => acos,
    n_atan => atan,
    n_sinh => sinh,
    n_cosh => cosh,
    n_tanh => tanh,
    n_asinh => asinh,
    n_acosh => acosh,
    n_atanh => atanh,
}

f2! {
    n_pow => pow,
    n_mod => fmod,
    n_max => max,
    n_min => min,
    n_dim => dim,
    n_hypot => hypot,
    n_atan2 => atan2,
    n_copysign => copysign,
    n_remainder => remainder,
    n_nextafter => nextafter,
}

/// `math.FMA(x, y, z float64) float64`
pub(crate) fn n_fma(vm: &mut Vm, at: usize) -> VmResult<()> {
    let (x, y, z) = (farg(vm, at, 0), farg(vm, at, 1), farg(vm, at, 2));
    fret(vm, at, 0, x.mul_add(y, z));
    Ok(())
}

/// `math.Modf(f float64) (int float64, frac float64)`
pub(crate) fn n_modf(vm: &mut Vm, at: usize) -> VmResult<()> {
    let (i, f) = modf(farg(vm, at, 0));
    fret(vm, at, 0, i);
    fret(vm, at, 1, f);
    Ok(())
}

/// `math.Sincos(x float64) (sin, cos float64)`
pub(crate) fn n_sincos(vm: &mut Vm, at: usize) -> VmResult<()> {
    let (s, c) = sincos(farg(vm, at, 0));
    fret(vm, at, 0, s);
    fret(vm, at, 1, c);
    Ok(())
}

/// `math.Frexp(f float64) (frac float64, exp int)`
pub(crate) fn n_frexp(vm: &mut Vm, at: usize) -> VmResult<()> {
    let (f, e) = frexp(farg(vm, at, 0));
    fret(vm, at, 0, f);
    vm.ret(at, 1, e as u64);
    Ok(())
}

/// `math.Ldexp(frac float64, exp int) float64`
pub(crate) fn n_ldexp(vm: &mut Vm, at: usize) -> VmResult<()> {
    let (f, e) = (farg(vm, at, 0), vm.arg(at, 1) as i64);
    fret(vm, at, 0, ldexp(f, e));
    Ok(())
}

/// `math.Ilogb(x float64) int`
pub(crate) fn n_ilogb(vm: &mut Vm, at: usize) -> VmResult<()> {
    let r = ilogb(farg(vm, at, 0));
    vm.ret(at, 0, r as u64);
    Ok(())
}

/// `math.Pow10(n int) float64`
pub(crate) fn n_pow10(vm: &mut Vm, at: usize) -> VmResult<()> {
    let r = pow10(vm.arg(at, 0) as i64);
    fret(vm, at, 0, r);
    Ok(())
}

/// `math.Inf(sign int) float64`
pub(crate) fn n_inf(vm: &mut Vm, at: usize) -> VmResult<()> {
    let r = inf(vm.arg(at, 0) as i64);
    fret(vm, at, 0, r);
    Ok(())
}

/// `math.NaN() float64`
pub(crate) fn n_nan(vm: &mut Vm, at: usize) -> VmResult<()> {
    fret(vm, at, 0, nan());
    Ok(())
}

/// `math.IsNaN(f float64) bool`
pub(crate) fn n_is_nan(vm: &mut Vm, at: usize) -> VmResult<()> {
    let r = is_nan(farg(vm, at, 0));
    vm.ret(at, 0, r as u64);
    Ok(())
}

/// `math.IsInf(f float64, sign int) bool`
pub(crate) fn n_is_inf(vm: &mut Vm, at: usize) -> VmResult<()> {
    let r = is_inf(farg(vm, at, 0), vm.arg(at, 1) as i64);
    vm.ret(at, 0, r as u64);
    Ok(())
}

/// `math.Signbit(x float64) bool`
pub(crate) fn n_signbit(vm: &mut Vm, at: usize) -> VmResult<()> {
    let r = signbit(farg(vm, at, 0));
    vm.ret(at, 0, r as u64);
    Ok(())
}

/// `math.Float64bits(f float64) uint64` and `Float64frombits`: the slot
/// already holds the bits.
pub(crate) fn n_identity(vm: &mut Vm, at: usize) -> VmResult<()> {
    let v = vm.arg(at, 0);
    vm.ret(at, 0, v);
    Ok(())
}

/// `math.Float32bits(f float32) uint32`
pub(crate) fn n_float32bits(vm: &mut Vm, at: usize) -> VmResult<()> {
    let f = farg(vm, at, 0) as f32;
    vm.ret(at, 0, f.to_bits() as u64);
    Ok(())
}

/// `math.Float32frombits(b uint32) float32`
pub(crate) fn n_float32frombits(vm: &mut Vm, at: usize) -> VmResult<()> {
    let f = f32::from_bits(vm.arg(at, 0) as u32);
    fret(vm, at, 0, f as f64);
    Ok(())
}

/// `math.Nextafter32(x, y float32) float32`
pub(crate) fn n_nextafter32(vm: &mut Vm, at: usize) -> VmResult<()> {
    let (x, y) = (farg(vm, at, 0) as f32, farg(vm, at, 1) as f32);
    fret(vm, at, 0, nextafter32(x, y) as f64);
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn known_values() {
        // Values printed by Go 1.27 on amd64.
        assert_eq!(exp(1.0), 2.718281828459045);
        assert_eq!(log(10.0), 2.302585092994046);
        assert_eq!(sin(1.0), 0.8414709848078965);
        assert_eq!(cos(1.0), 0.5403023058681398);
        assert_eq!(sin(PI), 1.2246467991473515e-16);
        assert_eq!(pow(27.0, 1.0 / 3.0), 2.9999999999999996);
        assert_eq!(pow(2.0, 0.5), 1.4142135623730951);
        assert_eq!(round(-2.5), -3.0);
        assert_eq!(round_to_even(2.5), 2.0);
        assert_eq!(round_to_even(-0.5).to_bits(), (-0.0f64).to_bits());
        assert_eq!(round(0.49999999999999994), 0.0);
        assert_eq!(fmod(-7.0, 3.0), -1.0);
        assert!(fmod(1.0, 0.0).is_nan());
        assert_eq!(max(-0.0, 0.0).to_bits(), 0);
        assert_eq!(min(-0.0, 0.0).to_bits(), (-0.0f64).to_bits());
        assert_eq!(max(f64::NAN, f64::INFINITY), f64::INFINITY);
        assert_eq!(hypot(3.0, 4.0), 5.0);
        assert_eq!(cbrt(27.0), 3.0);
        assert_eq!(frexp(8.0), (0.5, 4));
        assert_eq!(ldexp(0.5, 4), 8.0);
        assert_eq!(exp(710.0), f64::INFINITY);
        assert_eq!(exp(-1000.0), 0.0);
    }

    #[test]
    fn exp_paths_agree_closely() {
        for i in -700..700 {
            let x = i as f64 * 1.0137;
            let (a, b) = (exp_impl(x, false), exp_impl(x, true));
            assert!((a - b).abs() <= a.abs() * 4e-16, "{x}: {a} {b}");
        }
    }

    #[test]
    fn trig_reduce_large() {
        // Values printed by Go 1.27.
        assert_eq!(sin(1e300), -0.8178819121159087);
        assert_eq!(tan(1e10), -0.5583496378112419);
    }
}
