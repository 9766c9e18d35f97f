//! Native functions: the parts of Go's packages implemented in Rust.
//!
//! The frontend's prelude declares each native as a Go function without a
//! body; lowering resolves its name here and emits `CallNative { id }`.
//! A native reads its arguments from the stack at `at` (laid out as the
//! Go signature's slots; `vm.sp` is just above them) and writes its
//! results there.

mod errors;
mod fmt;
mod math;
mod runtime;
mod sort;
mod strconv;
mod strings;
mod unicode;
mod unicode_tables;

use crate::errors::RuntimeError;
use crate::vm::{Vm, VmResult};

/// Go's `maxAlloc` on linux/amd64 (2^48 bytes): a larger request is a
/// `makeslice` range panic, not an attempt.
pub(crate) const MAX_ALLOC: u64 = 1 << 48;

/// An empty vector with room for `n` elements, for a result that takes
/// `go_bytes` bytes in Go: past the heap cap
/// ([`crate::heap::Heap::limit`]) or what the system gives, Go's fatal
/// out of memory instead of an abort.
pub(crate) fn try_vec<T>(vm: &mut Vm, n: usize, go_bytes: u64) -> VmResult<Vec<T>> {
    let mut v = Vec::new();
    if go_bytes > vm.heap.limit() as u64 || v.try_reserve_exact(n).is_err() {
        return Err(vm.out_of_memory(go_bytes));
    }
    Ok(v)
}

/// Room for a result string of `n` bytes, as Go's `bytealg.MakeNoZero(n)`
/// makes it for `strings.Builder.Grow`: `n` past `maxAlloc` (or
/// negative) is `makeslice: len out of range`, else [`try_vec`].
pub(crate) fn make_no_zero(vm: &mut Vm, n: i64) -> VmResult<Vec<u8>> {
    if n as u64 > MAX_ALLOC {
        return Err(vm.raise(RuntimeError::MakeSlice("makeslice: len out of range")));
    }
    try_vec(vm, n as usize, n as u64)
}

/// A native function: `f(vm, at)` with arguments at `vm.g.stack[at..]`.
pub type NativeFn = fn(&mut Vm, usize) -> VmResult<()>;

/// One entry of the native table.
pub struct NativeDef {
    /// Qualified Go name, e.g. `strings.Repeat`.
    pub name: &'static str,
    /// The implementation.
    pub f: NativeFn,
}

macro_rules! natives {
    ($($name:literal => $f:path,)*) => {
        /// All natives.
        pub static NATIVES: &[NativeDef] = &[$(NativeDef { name: $name, f: $f },)*];
    };
}

natives! {
    "runtime.GC" => runtime::gc,
    "runtime.printany" => runtime::printany,
    "runtime.printiface" => runtime::printiface,
    "runtime.printsp" => runtime::printsp,
    "runtime.printnl" => runtime::printnl,
    "runtime.intstring" => runtime::intstring,
    "runtime.stringtoslicebyte" => runtime::stringtoslicebyte,
    "runtime.stringtoslicerune" => runtime::stringtoslicerune,
    "runtime.slicebytetostring" => runtime::slicebytetostring,
    "runtime.slicerunetostring" => runtime::slicerunetostring,
    "runtime.slicecopy" => runtime::slicecopy,
    "runtime.mapclear" => runtime::mapclear,
    "runtime.sliceclear" => runtime::sliceclear,
    "runtime.min" => runtime::min,
    "runtime.max" => runtime::max,
    "runtime.slicetoarrayptr" => runtime::slicetoarrayptr,
    "runtime.Goexit" => runtime::goexit,
    "runtime.panicwrap" => runtime::panicwrap,
    "runtime.zerobase" => runtime::zerobase,
    "fmt.Println" => fmt::println,
    "fmt.Print" => fmt::print,
    "fmt.Printf" => fmt::printf_,
    "fmt.Sprintf" => fmt::sprintf,
    "fmt.Sprint" => fmt::sprint,
    "fmt.Sprintln" => fmt::sprintln,
    "fmt.errorf" => fmt::errorf,
    "os.writeFd" => fmt::write_fd,
    "os.Exit" => fmt::exit,
    "os.runtimeArgs" => fmt::args,
    "errors.comparable" => errors::comparable,
    "errors.checkAsTarget" => errors::check_as_target,
    "errors.assignTo" => errors::assign_to,
    "strings.bytesView" => strings::n_bytes_view,
    "strings.Contains" => strings::n_contains,
    "strings.ContainsAny" => strings::n_contains_any,
    "strings.ContainsRune" => strings::n_contains_rune,
    "strings.Count" => strings::n_count,
    "strings.HasPrefix" => strings::n_has_prefix,
    "strings.HasSuffix" => strings::n_has_suffix,
    "strings.Index" => strings::n_index,
    "strings.IndexByte" => strings::n_index_byte,
    "strings.IndexRune" => strings::n_index_rune,
    "strings.IndexAny" => strings::n_index_any,
    "strings.LastIndex" => strings::n_last_index,
    "strings.LastIndexByte" => strings::n_last_index_byte,
    "strings.LastIndexAny" => strings::n_last_index_any,
    "strings.Join" => strings::n_join,
    "strings.Repeat" => strings::n_repeat,
    "strings.Replace" => strings::n_replace,
    "strings.genSplit" => strings::n_gen_split,
    "strings.Fields" => strings::n_fields,
    "strings.ToUpper" => strings::n_to_upper,
    "strings.ToLower" => strings::n_to_lower,
    "strings.ToTitle" => strings::n_to_title,
    "strings.Title" => strings::n_title,
    "strings.ToValidUTF8" => strings::n_to_valid_utf8,
    "strings.Trim" => strings::n_trim,
    "strings.TrimLeft" => strings::n_trim_left,
    "strings.TrimRight" => strings::n_trim_right,
    "strings.TrimPrefix" => strings::n_trim_prefix,
    "strings.TrimSuffix" => strings::n_trim_suffix,
    "strings.TrimSpace" => strings::n_trim_space,
    "strings.EqualFold" => strings::n_equal_fold,
    "strings.Compare" => strings::n_compare,
    "strings.Cut" => strings::n_cut,
    "strings.CutLast" => strings::n_cut_last,
    "strings.CutPrefix" => strings::n_cut_prefix,
    "strings.CutSuffix" => strings::n_cut_suffix,
    "strings.replace" => strings::n_replacer_replace,
    "strings.roundupsize" => strings::n_roundupsize,
    "sort.pdqsortIface" => sort::n_pdqsort_iface,
    "sort.stableIface" => sort::n_stable_iface,
    "sort.Ints" => sort::n_ints,
    "sort.Float64s" => sort::n_float64s,
    "sort.Strings" => sort::n_strings,
    "sort.IntsAreSorted" => sort::n_ints_are_sorted,
    "sort.Float64sAreSorted" => sort::n_float64s_are_sorted,
    "sort.StringsAreSorted" => sort::n_strings_are_sorted,
    "sort.slice" => sort::n_slice,
    "sort.sliceStable" => sort::n_slice_stable,
    "internal/reflectlite.KindOf" => sort::n_kind_of,
    "sort.lenOf" => sort::n_len_of,
    "strconv.parseInt" => strconv::n_parse_int,
    "strconv.parseUint" => strconv::n_parse_uint,
    "strconv.atoi" => strconv::n_atoi,
    "strconv.parseFloat" => strconv::n_parse_float,
    "strconv.FormatInt" => strconv::n_format_int,
    "strconv.FormatUint" => strconv::n_format_uint,
    "strconv.Itoa" => strconv::n_itoa,
    "strconv.FormatFloat" => strconv::n_format_float,
    "strconv.Quote" => strconv::n_quote,
    "strconv.QuoteToASCII" => strconv::n_quote_to_ascii,
    "strconv.QuoteToGraphic" => strconv::n_quote_to_graphic,
    "strconv.QuoteRune" => strconv::n_quote_rune,
    "strconv.QuoteRuneToASCII" => strconv::n_quote_rune_to_ascii,
    "strconv.QuoteRuneToGraphic" => strconv::n_quote_rune_to_graphic,
    "strconv.CanBackquote" => strconv::n_can_backquote,
    "strconv.IsPrint" => strconv::n_is_print,
    "strconv.IsGraphic" => strconv::n_is_graphic,
    "strconv.unquote" => strconv::n_unquote,
    "strconv.quotedPrefix" => strconv::n_quoted_prefix,
    "strconv.unquoteChar" => strconv::n_unquote_char,
    "math.Abs" => math::n_abs,
    "math.Acos" => math::n_acos,
    "math.Acosh" => math::n_acosh,
    "math.Asin" => math::n_asin,
    "math.Asinh" => math::n_asinh,
    "math.Atan" => math::n_atan,
    "math.Atan2" => math::n_atan2,
    "math.Atanh" => math::n_atanh,
    "math.Cbrt" => math::n_cbrt,
    "math.Ceil" => math::n_ceil,
    "math.Copysign" => math::n_copysign,
    "math.Cos" => math::n_cos,
    "math.Cosh" => math::n_cosh,
    "math.Dim" => math::n_dim,
    "math.Exp" => math::n_exp,
    "math.Exp2" => math::n_exp2,
    "math.Expm1" => math::n_expm1,
    "math.FMA" => math::n_fma,
    "math.Float32bits" => math::n_float32bits,
    "math.Float32frombits" => math::n_float32frombits,
    "math.Float64bits" => math::n_identity,
    "math.Float64frombits" => math::n_identity,
    "math.Floor" => math::n_floor,
    "math.Frexp" => math::n_frexp,
    "math.Hypot" => math::n_hypot,
    "math.Ilogb" => math::n_ilogb,
    "math.Inf" => math::n_inf,
    "math.IsInf" => math::n_is_inf,
    "math.IsNaN" => math::n_is_nan,
    "math.Ldexp" => math::n_ldexp,
    "math.Log" => math::n_log,
    "math.Log10" => math::n_log10,
    "math.Log1p" => math::n_log1p,
    "math.Log2" => math::n_log2,
    "math.Logb" => math::n_logb,
    "math.Max" => math::n_max,
    "math.Min" => math::n_min,
    "math.Mod" => math::n_mod,
    "math.Modf" => math::n_modf,
    "math.NaN" => math::n_nan,
    "math.Nextafter" => math::n_nextafter,
    "math.Nextafter32" => math::n_nextafter32,
    "math.Pow" => math::n_pow,
    "math.Pow10" => math::n_pow10,
    "math.Remainder" => math::n_remainder,
    "math.Round" => math::n_round,
    "math.RoundToEven" => math::n_round_to_even,
    "math.Signbit" => math::n_signbit,
    "math.Sin" => math::n_sin,
    "math.Sincos" => math::n_sincos,
    "math.Sinh" => math::n_sinh,
    "math.Sqrt" => math::n_sqrt,
    "math.Tan" => math::n_tan,
    "math.Tanh" => math::n_tanh,
    "math.Trunc" => math::n_trunc,
    "math.Gamma" => math::n_gamma,
    "math.Lgamma" => math::n_lgamma,
    "math.Erf" => math::n_erf,
    "math.Erfc" => math::n_erfc,
    "math.Erfinv" => math::n_erfinv,
    "math.Erfcinv" => math::n_erfcinv,
    "math.J0" => math::n_j0,
    "math.J1" => math::n_j1,
    "math.Jn" => math::n_jn,
    "math.Y0" => math::n_y0,
    "math.Y1" => math::n_y1,
    "math.Yn" => math::n_yn,
    "unicode.IsUpper" => unicode::n_is_upper,
    "unicode.IsLower" => unicode::n_is_lower,
    "unicode.IsTitle" => unicode::n_is_title,
    "unicode.IsLetter" => unicode::n_is_letter,
    "unicode.IsDigit" => unicode::n_is_digit,
    "unicode.IsNumber" => unicode::n_is_number,
    "unicode.IsPunct" => unicode::n_is_punct,
    "unicode.IsSpace" => unicode::n_is_space,
    "unicode.IsSymbol" => unicode::n_is_symbol,
    "unicode.IsMark" => unicode::n_is_mark,
    "unicode.IsControl" => unicode::n_is_control,
    "unicode.IsGraphic" => unicode::n_is_graphic,
    "unicode.IsPrint" => unicode::n_is_print,
    "unicode.To" => unicode::n_to,
    "unicode.ToUpper" => unicode::n_to_upper,
    "unicode.ToLower" => unicode::n_to_lower,
    "unicode.ToTitle" => unicode::n_to_title,
    "unicode.SimpleFold" => unicode::n_simple_fold,
    "unicode.isTable" => unicode::n_is_table,
    "unicode/utf8.FullRune" => unicode::n_full_rune,
    "unicode/utf8.FullRuneInString" => unicode::n_full_rune_in_string,
    "unicode/utf8.DecodeRune" => unicode::n_decode_rune,
    "unicode/utf8.DecodeRuneInString" => unicode::n_decode_rune_in_string,
    "unicode/utf8.DecodeLastRune" => unicode::n_decode_last_rune,
    "unicode/utf8.DecodeLastRuneInString" => unicode::n_decode_last_rune_in_string,
    "unicode/utf8.RuneCount" => unicode::n_rune_count,
    "unicode/utf8.RuneCountInString" => unicode::n_rune_count_in_string,
    "unicode/utf8.Valid" => unicode::n_valid,
    "unicode/utf8.ValidString" => unicode::n_valid_string,
}

/// A function an embedder provides (a *host function*): native
/// `NATIVES.len() + i` is host function `i` of `Vm::host_funcs`. It runs
/// as a native does, on its argument slots at stack index `at`, which
/// it replaces with its results; `i` is its index.
pub type HostFn = std::sync::Arc<dyn Fn(&mut Vm, usize, usize) -> VmResult<()> + Send + Sync>;

/// The id of native `name`, if gust implements it.
pub fn lookup(name: &str) -> Option<u32> {
    NATIVES
        .iter()
        .position(|n| n.name == name)
        .map(|i| i as u32)
}

impl Vm {
    /// `Op::CallNative`, for both tiers: runs native `id` on its `args`
    /// argument slots at the top of the stack (`Vm::sp`), which it
    /// replaces with its `rets` result slots.
    #[inline]
    pub(crate) fn call_native(&mut self, id: u32, args: u32, rets: u32) -> VmResult<()> {
        if let Err(e) = self.gc_safepoint() {
            return Err(self.raise(e));
        }
        let at = self.sp - args as usize;
        match NATIVES.get(id as usize) {
            Some(n) => (n.f)(self, at)?,
            None => {
                let i = id as usize - NATIVES.len();
                let f = self.host_funcs[i].clone();
                f(self, at, i)?;
            }
        }
        self.sp = at + rets as usize;
        Ok(())
    }
}
