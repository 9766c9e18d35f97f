//! Conversions between Rust values and Go values, for calls into a
//! program ([`crate::Instance::call`]) and its package variables.
//!
//! A Rust type converts to and from the Go types that hold the same
//! values:
//!
//! | Rust | Go |
//! |---|---|
//! | `i8` … `i64`, `isize`, `u8` … `u64`, `usize` | any integer type (the value must fit: an error otherwise) |
//! | `f64`, `f32` | `float64`, `float32` (`f64` → `float32` rounds as Go does) |
//! | `bool` | `bool` |
//! | `String`, `&str` (arguments) | `string` (it must be UTF-8 to become a `String`) |
//! | `Vec<T>`, `&[T]` (arguments) | `[]E` where `T` converts to `E` |
//! | `()` | no results |
//! | tuples `(A, B, …)` up to 6 | several arguments or results |
//!
//! Named Go types convert as their underlying types (`type Celsius
//! float64` takes an `f64`).

use gust_vm::types::{IntKind, Type, TypeId};
use gust_vm::vm::Vm;

/// The underlying Go types conversions tell apart.
#[derive(Clone, Copy, PartialEq)]
enum Shape {
    Int(IntKind),
    Float32,
    Float64,
    Bool,
    String,
    Slice(TypeId),
    Other,
}

/// The VM a conversion reads or writes values in (opaque: only the
/// conversion traits use it).
pub struct Cx<'a> {
    pub(crate) vm: &'a mut Vm,
}

impl Cx<'_> {
    /// What a value of type `ty` is, as far as conversions care.
    fn under(&self, ty: TypeId) -> Shape {
        match self.vm.prog.types.under(ty) {
            Type::Int(k) => Shape::Int(*k),
            Type::Float32 => Shape::Float32,
            Type::Float64 => Shape::Float64,
            Type::Bool => Shape::Bool,
            Type::String => Shape::String,
            Type::Slice(elem) => Shape::Slice(*elem),
            _ => Shape::Other,
        }
    }

    fn type_name(&self, ty: TypeId) -> String {
        self.vm.prog.types.types2_name(ty)
    }

    fn mismatch(&self, rust: &str, ty: TypeId) -> String {
        format!("cannot use {rust} as Go {}", self.type_name(ty))
    }
}

/// A Rust value that converts to a Go value (an argument, a variable's
/// new value).
pub trait ToGo {
    /// Appends the slots of `self` as a Go value of type `ty`, or says
    /// why it cannot be one.
    #[doc(hidden)]
    fn to_go(&self, cx: &mut Cx<'_>, ty: TypeId, out: &mut Vec<u64>) -> Result<(), String>;
}

/// A Rust value that a Go value converts to (a result, a variable).
pub trait FromGo: Sized {
    /// Whether a Go value of type `ty` converts to this type (checked
    /// before a call runs), or why not.
    #[doc(hidden)]
    fn check(cx: &mut Cx<'_>, ty: TypeId) -> Result<(), String>;

    /// Reads a Go value of type `ty` (one that [`FromGo::check`]
    /// accepted) from its slots, or says why its value does not convert.
    #[doc(hidden)]
    fn from_go(cx: &mut Cx<'_>, ty: TypeId, slots: &[u64]) -> Result<Self, String>;
}

/// Whether `ok`, else the error "cannot convert Go `ty` to `rust`".
fn convertible(cx: &Cx<'_>, ok: bool, ty: TypeId, rust: &str) -> Result<(), String> {
    match ok {
        true => Ok(()),
        false => Err(format!("cannot convert Go {} to {rust}", cx.type_name(ty))),
    }
}

/// The integer kind of `ty`, if it is an integer type.
fn int_kind(cx: &Cx<'_>, ty: TypeId) -> Option<IntKind> {
    match cx.under(ty) {
        Shape::Int(k) => Some(k),
        _ => None,
    }
}

/// The range of an integer kind, as i128.
fn int_range(k: IntKind) -> (i128, i128) {
    let b = k.bits();
    match k.signed() {
        true => (-(1i128 << (b - 1)), (1i128 << (b - 1)) - 1),
        false => (0, (1i128 << b) - 1),
    }
}

macro_rules! integers {
    ($($t:ty),*) => {$(
        impl ToGo for $t {
            fn to_go(&self, cx: &mut Cx<'_>, ty: TypeId, out: &mut Vec<u64>) -> Result<(), String> {
                let k = int_kind(cx, ty).ok_or_else(|| cx.mismatch(stringify!($t), ty))?;
                let (lo, hi) = int_range(k);
                let v = *self as i128;
                if v < lo || v > hi {
                    return Err(format!("{v} overflows Go {}", cx.type_name(ty)));
                }
                out.push(v as u64);
                Ok(())
            }
        }

        impl FromGo for $t {
            fn check(cx: &mut Cx<'_>, ty: TypeId) -> Result<(), String> {
                convertible(cx, int_kind(cx, ty).is_some(), ty, stringify!($t))
            }

            fn from_go(cx: &mut Cx<'_>, ty: TypeId, slots: &[u64]) -> Result<Self, String> {
                let k = int_kind(cx, ty).expect("checked");
                let v = match k.signed() {
                    true => slots[0] as i64 as i128,
                    false => slots[0] as i128,
                };
                <$t>::try_from(v).map_err(|_| format!("Go {} value {v} overflows {}", cx.type_name(ty), stringify!($t)))
            }
        }
    )*};
}

integers!(i8, i16, i32, i64, isize, u8, u16, u32, u64, usize);

impl ToGo for f64 {
    fn to_go(&self, cx: &mut Cx<'_>, ty: TypeId, out: &mut Vec<u64>) -> Result<(), String> {
        match cx.under(ty) {
            Shape::Float64 => out.push(self.to_bits()),
            // A float32 slot holds the float64 of the rounded value.
            Shape::Float32 => out.push((*self as f32 as f64).to_bits()),
            _ => return Err(cx.mismatch("f64", ty)),
        }
        Ok(())
    }
}

impl FromGo for f64 {
    fn check(cx: &mut Cx<'_>, ty: TypeId) -> Result<(), String> {
        let ok = matches!(cx.under(ty), Shape::Float64 | Shape::Float32);
        convertible(cx, ok, ty, "f64")
    }

    fn from_go(_: &mut Cx<'_>, _: TypeId, slots: &[u64]) -> Result<Self, String> {
        Ok(f64::from_bits(slots[0]))
    }
}

impl ToGo for f32 {
    fn to_go(&self, cx: &mut Cx<'_>, ty: TypeId, out: &mut Vec<u64>) -> Result<(), String> {
        (*self as f64).to_go(cx, ty, out)
    }
}

impl FromGo for f32 {
    fn check(cx: &mut Cx<'_>, ty: TypeId) -> Result<(), String> {
        convertible(cx, cx.under(ty) == Shape::Float32, ty, "f32")
    }

    fn from_go(_: &mut Cx<'_>, _: TypeId, slots: &[u64]) -> Result<Self, String> {
        Ok(f64::from_bits(slots[0]) as f32)
    }
}

impl ToGo for bool {
    fn to_go(&self, cx: &mut Cx<'_>, ty: TypeId, out: &mut Vec<u64>) -> Result<(), String> {
        match cx.under(ty) {
            Shape::Bool => out.push(*self as u64),
            _ => return Err(cx.mismatch("bool", ty)),
        }
        Ok(())
    }
}

impl FromGo for bool {
    fn check(cx: &mut Cx<'_>, ty: TypeId) -> Result<(), String> {
        convertible(cx, cx.under(ty) == Shape::Bool, ty, "bool")
    }

    fn from_go(_: &mut Cx<'_>, _: TypeId, slots: &[u64]) -> Result<Self, String> {
        Ok(slots[0] != 0)
    }
}

/// Appends a new Go string holding `bytes`.
fn string_to_go(
    cx: &mut Cx<'_>,
    rust: &str,
    bytes: &[u8],
    ty: TypeId,
    out: &mut Vec<u64>,
) -> Result<(), String> {
    match cx.under(ty) {
        Shape::String => {
            out.extend(cx.vm.heap.new_string(bytes));
            Ok(())
        }
        _ => Err(cx.mismatch(rust, ty)),
    }
}

impl ToGo for str {
    fn to_go(&self, cx: &mut Cx<'_>, ty: TypeId, out: &mut Vec<u64>) -> Result<(), String> {
        string_to_go(cx, "&str", self.as_bytes(), ty, out)
    }
}

impl ToGo for String {
    fn to_go(&self, cx: &mut Cx<'_>, ty: TypeId, out: &mut Vec<u64>) -> Result<(), String> {
        string_to_go(cx, "String", self.as_bytes(), ty, out)
    }
}

impl FromGo for String {
    fn check(cx: &mut Cx<'_>, ty: TypeId) -> Result<(), String> {
        convertible(cx, cx.under(ty) == Shape::String, ty, "String")
    }

    fn from_go(cx: &mut Cx<'_>, _: TypeId, slots: &[u64]) -> Result<Self, String> {
        let b = cx.vm.heap.string([slots[0], slots[1]]).to_vec();
        String::from_utf8(b).map_err(|_| "the Go string is not valid UTF-8".into())
    }
}

impl<T: ToGo> ToGo for [T] {
    fn to_go(&self, cx: &mut Cx<'_>, ty: TypeId, out: &mut Vec<u64>) -> Result<(), String> {
        let Shape::Slice(elem) = cx.under(ty) else {
            return Err(cx.mismatch("a Rust slice", ty));
        };
        let mut slots = Vec::new();
        for (i, v) in self.iter().enumerate() {
            v.to_go(cx, elem, &mut slots)
                .map_err(|m| format!("element {i}: {m}"))?;
        }
        // (The elements' own objects are unreachable from any root until
        // the slice is made; nothing collects in between.)
        out.extend(cx.vm.new_slice_of(elem, &slots));
        Ok(())
    }
}

impl<T: ToGo> ToGo for Vec<T> {
    fn to_go(&self, cx: &mut Cx<'_>, ty: TypeId, out: &mut Vec<u64>) -> Result<(), String> {
        self.as_slice().to_go(cx, ty, out)
    }
}

impl<T: FromGo> FromGo for Vec<T> {
    fn check(cx: &mut Cx<'_>, ty: TypeId) -> Result<(), String> {
        match cx.under(ty) {
            Shape::Slice(elem) => T::check(cx, elem).map_err(|m| format!("elements: {m}")),
            _ => Err(format!("cannot convert Go {} to a Vec", cx.type_name(ty))),
        }
    }

    fn from_go(cx: &mut Cx<'_>, ty: TypeId, slots: &[u64]) -> Result<Self, String> {
        let Shape::Slice(elem) = cx.under(ty) else {
            unreachable!("checked");
        };
        let k = cx.vm.prog.types.slots(elem) as usize;
        let v = cx.vm.slice_values([slots[0], slots[1], slots[2]], elem);
        match k {
            0 => (0..slots[1]).map(|_| T::from_go(cx, elem, &[])).collect(),
            _ => v.chunks_exact(k).map(|c| T::from_go(cx, elem, c)).collect(),
        }
    }
}

impl<T: ToGo + ?Sized> ToGo for &T {
    fn to_go(&self, cx: &mut Cx<'_>, ty: TypeId, out: &mut Vec<u64>) -> Result<(), String> {
        (**self).to_go(cx, ty, out)
    }
}

/// A list of arguments: `()`, or a tuple of up to six [`ToGo`] values.
pub trait ToGoArgs {
    /// Appends the values' slots as values of types `types`; errors name
    /// them as `names` says.
    #[doc(hidden)]
    fn to_go_list(
        &self,
        cx: &mut Cx<'_>,
        types: &[TypeId],
        out: &mut Vec<u64>,
        names: &Names,
    ) -> Result<(), String>;

    /// Appends the arguments' slots for parameters of types `params`.
    #[doc(hidden)]
    fn to_go_args(
        &self,
        cx: &mut Cx<'_>,
        params: &[TypeId],
        out: &mut Vec<u64>,
    ) -> Result<(), String> {
        let names = Names {
            count: "arguments given, the Go function has",
            each: "argument",
        };
        self.to_go_list(cx, params, out, &names)
    }
}

/// How a list of values is named in conversion errors.
#[doc(hidden)]
pub struct Names {
    count: &'static str,
    each: &'static str,
}

/// A list of results: `()`, one [`FromGo`] value, or a tuple of up to
/// six.
pub trait FromGoResults: Sized {
    /// Whether results of types `results` convert (checked before a call
    /// runs), or why not.
    #[doc(hidden)]
    fn check_results(cx: &mut Cx<'_>, results: &[TypeId]) -> Result<(), String>;

    /// Reads results of types `results` (accepted by
    /// [`FromGoResults::check_results`]) from their slots.
    #[doc(hidden)]
    fn from_go_results(cx: &mut Cx<'_>, results: &[TypeId], slots: &[u64]) -> Result<Self, String>;
}

macro_rules! tuples {
    ($( ($($name:ident $i:tt),*) )*) => {$(
        impl<$($name: ToGo),*> ToGoArgs for ($($name,)*) {
            #[allow(unused_variables)]
            fn to_go_list(&self, cx: &mut Cx<'_>, types: &[TypeId], out: &mut Vec<u64>, names: &Names) -> Result<(), String> {
                let n = <[usize]>::len(&[$($i),*]);
                if types.len() != n {
                    return Err(format!("{n} {} {}", names.count, types.len()));
                }
                $( self.$i.to_go(cx, types[$i], out).map_err(|m| format!("{} {}: {m}", names.each, $i + 1))?; )*
                Ok(())
            }
        }

        impl<$($name: FromGo),*> FromGoResults for ($($name,)*) {
            #[allow(unused_variables)]
            fn check_results(cx: &mut Cx<'_>, results: &[TypeId]) -> Result<(), String> {
                let n = <[usize]>::len(&[$($i),*]);
                if results.len() != n {
                    return Err(format!("{n} results wanted, the Go function has {}", results.len()));
                }
                $( $name::check(cx, results[$i]).map_err(|m| format!("result {}: {m}", $i + 1))?; )*
                Ok(())
            }

            #[allow(unused_variables, unused_mut, unused_assignments)]
            fn from_go_results(cx: &mut Cx<'_>, results: &[TypeId], slots: &[u64]) -> Result<Self, String> {
                let mut at = 0;
                Ok(($({
                    let k = cx.vm.prog.types.slots(results[$i]) as usize;
                    let v = $name::from_go(cx, results[$i], &slots[at..at + k])
                        .map_err(|m| format!("result {}: {m}", $i + 1))?;
                    at += k;
                    v
                },)*))
            }
        }
    )*};
}

/// Invokes macro `$m` with the argument and result lists gust converts:
/// `()` and tuples of up to six, each element's type parameter and index.
macro_rules! with_tuples {
    ($m:ident) => {
        $m! {
            ()
            (A 0)
            (A 0, B 1)
            (A 0, B 1, C 2)
            (A 0, B 1, C 2, D 3)
            (A 0, B 1, C 2, D 3, E 4)
            (A 0, B 1, C 2, D 3, E 4, F 5)
        }
    };
}
pub(crate) use with_tuples;

with_tuples!(tuples);

/// One result as itself (`call::<_, i64>`, `|a: i64| a + 1`).
macro_rules! single_results {
    ($($t:ty),*) => {$(
        impl FromGoResults for $t {
            fn check_results(cx: &mut Cx<'_>, results: &[TypeId]) -> Result<(), String> {
                <($t,)>::check_results(cx, results)
            }

            fn from_go_results(cx: &mut Cx<'_>, results: &[TypeId], slots: &[u64]) -> Result<Self, String> {
                <($t,)>::from_go_results(cx, results, slots).map(|(v,)| v)
            }
        }

        impl ToGoResults for $t {
            fn to_go_results(&self, cx: &mut Cx<'_>, results: &[TypeId], out: &mut Vec<u64>) -> Result<(), String> {
                (self,).to_go_results(cx, results, out)
            }
        }
    )*};
}

single_results!(i8, i16, i32, i64, isize, u8, u16, u32, u64, usize, f32, f64, bool, String);

impl ToGoResults for &str {
    fn to_go_results(
        &self,
        cx: &mut Cx<'_>,
        results: &[TypeId],
        out: &mut Vec<u64>,
    ) -> Result<(), String> {
        (self,).to_go_results(cx, results, out)
    }
}

impl<T: FromGo> FromGoResults for Vec<T> {
    fn check_results(cx: &mut Cx<'_>, results: &[TypeId]) -> Result<(), String> {
        <(Vec<T>,)>::check_results(cx, results)
    }

    fn from_go_results(cx: &mut Cx<'_>, results: &[TypeId], slots: &[u64]) -> Result<Self, String> {
        <(Vec<T>,)>::from_go_results(cx, results, slots).map(|(v,)| v)
    }
}

/// Results a host function returns: `()`, one [`ToGo`] value, or a
/// tuple of up to six.
pub trait ToGoResults {
    /// Appends the results' slots as values of types `results`.
    #[doc(hidden)]
    fn to_go_results(
        &self,
        cx: &mut Cx<'_>,
        results: &[TypeId],
        out: &mut Vec<u64>,
    ) -> Result<(), String>;
}

impl<T: ToGoArgs> ToGoResults for T {
    fn to_go_results(
        &self,
        cx: &mut Cx<'_>,
        results: &[TypeId],
        out: &mut Vec<u64>,
    ) -> Result<(), String> {
        let names = Names {
            count: "results returned, the Go signature has",
            each: "result",
        };
        self.to_go_list(cx, results, out, &names)
    }
}

impl<T: ToGo> ToGoResults for Vec<T> {
    fn to_go_results(
        &self,
        cx: &mut Cx<'_>,
        results: &[TypeId],
        out: &mut Vec<u64>,
    ) -> Result<(), String> {
        (self,).to_go_results(cx, results, out)
    }
}
