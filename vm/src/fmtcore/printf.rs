//! The `Printf`/`Print`/`Println` drivers (Go's `pp.doPrintf`, `pp.doPrint`,
//! `pp.doPrintln`), generic over the VM's argument representation.

use super::printer::Printer;
use super::utf8;

/// One operand of a print call, implemented by the VM for its values.
pub trait FmtArg {
    /// Prints this (non-nil) argument with `verb` using `p.flags` (Go's
    /// `printArg` after the nil and `%T` checks): the VM walks its value and
    /// calls the `p.fmt_*` primitives, handles `Format`/`GoString`/`Error`/
    /// `String` methods (unless `p.erroring`), `%p`, and `%w` (a bad verb
    /// unless `p.wrap_errs` and the operand is an error; the driver already
    /// moved `#`/`+` into `sharp_v`/`plus_v` for `%w` as for `%v`).
    fn print(&self, p: &mut Printer, verb: char);
    /// The value as an int for `*` width/precision: any Go integer type whose
    /// value fits in an `int` (so `None` for uint64 values above
    /// `i64::MAX`), `None` if not an integer.
    fn as_int(&self) -> Option<i64>;
    /// The Go type name as `%T` prints it (`int`, `main.T`, `*main.T`,
    /// `[]string`), or `None` for a nil interface.
    fn type_name(&self) -> Option<String>;
    /// True if the dynamic type's kind is string (including named string
    /// types), for `Print`'s spacing rule. False for a nil interface.
    fn is_string(&self) -> bool;
    /// True for a nil interface operand. The default calls
    /// [`FmtArg::type_name`]; override it to avoid building the name.
    fn is_nil(&self) -> bool {
        self.type_name().is_none()
    }
}

/// Go's `tooLarge`: widths/precisions beyond ±1e6 are rejected.
fn too_large(x: i64) -> bool {
    !(-1_000_000..=1_000_000).contains(&x)
}

/// Go's `parsenum`: returns `(num, isnum, newi)`.
fn parsenum(s: &[u8], start: usize, end: usize) -> (i64, bool, usize) {
    if start >= end {
        return (0, false, end);
    }
    let mut num: i64 = 0;
    let mut isnum = false;
    let mut newi = start;
    while newi < end && s[newi].is_ascii_digit() {
        if too_large(num) {
            return (0, false, end);
        }
        num = num * 10 + (s[newi] - b'0') as i64;
        isnum = true;
        newi += 1;
    }
    (num, isnum, newi)
}

/// Go's `parseArgNumber`: `(index, bytes consumed, ok)` for `[n]` at `s[0]`.
fn parse_arg_number(s: &[u8]) -> (i64, usize, bool) {
    if s.len() < 3 {
        return (0, 1, false);
    }
    for i in 1..s.len() {
        if s[i] == b']' {
            let (width, ok, newi) = parsenum(s, 1, i);
            if !ok || newi != i {
                return (0, i + 1, false);
            }
            return (width - 1, i + 1, true);
        }
    }
    (0, 1, false)
}

/// Go's `pp.argNumber`: `(newArgNum, newi, found)`.
fn arg_number(
    p: &mut Printer,
    arg_num: usize,
    format: &[u8],
    i: usize,
    num_args: usize,
) -> (usize, usize, bool) {
    if format.len() <= i || format[i] != b'[' {
        return (arg_num, i, false);
    }
    p.reordered = true;
    let (index, wid, ok) = parse_arg_number(&format[i..]);
    if ok && 0 <= index && (index as usize) < num_args {
        return (index as usize, i + wid, true);
    }
    p.good_arg_num = false;
    (arg_num, i + wid, ok)
}

/// Go's `intFromArg`: `(num, isInt, newArgNum)`.
fn int_from_arg(args: &[&dyn FmtArg], arg_num: usize) -> (i64, bool, usize) {
    if arg_num >= args.len() {
        return (0, false, arg_num);
    }
    let (mut num, mut is_int) = match args[arg_num].as_int() {
        Some(n) => (n, true),
        _ => (0, false),
    };
    if too_large(num) {
        num = 0;
        is_int = false;
    }
    (num, is_int, arg_num + 1)
}

/// Go's `printArg`: handles nil operands and `%T`, then defers to the VM.
pub fn print_arg(p: &mut Printer, arg: &dyn FmtArg, verb: char) {
    if arg.is_nil() {
        match verb {
            'T' | 'v' => p.pad_str("<nil>"),
            _ => p.bad_verb(verb, None, |_| {}),
        }
        return;
    }
    if verb == 'T' {
        let t = arg.type_name().unwrap_or_default();
        p.fmt_s(t.as_bytes());
    } else {
        arg.print(p, verb);
    }
}

/// Moves `#` and `+` into `sharp_v`/`plus_v` for `%v` (and `%w`).
fn set_v_flags(p: &mut Printer) {
    p.flags.sharp_v = p.flags.sharp;
    p.flags.sharp = false;
    p.flags.plus_v = p.flags.plus;
    p.flags.plus = false;
}

/// Go's `doPrintf`: appends the formatted output to `p.buf`. Use this with a
/// printer whose `wrap_errs` is set to implement `fmt.Errorf` (then read
/// `p.wrapped_errs`).
pub fn do_printf(p: &mut Printer, format: &[u8], args: &[&dyn FmtArg]) {
    let end = format.len();
    let mut arg_num = 0usize;
    let mut after_index;
    p.reordered = false;
    let mut i = 0usize;
    'format_loop: while i < end {
        p.good_arg_num = true;
        let lasti = i;
        while i < end && format[i] != b'%' {
            i += 1;
        }
        if i > lasti {
            p.buf.extend_from_slice(&format[lasti..i]);
        }
        if i >= end {
            break;
        }
        i += 1;
        p.clear_flags();
        while i < end {
            let c = format[i];
            match c {
                b'#' => p.flags.sharp = true,
                b'0' => p.flags.zero = true,
                b'+' => p.flags.plus = true,
                b'-' => p.flags.minus = true,
                b' ' => p.flags.space = true,
                _ => {
                    if c.is_ascii_lowercase() && arg_num < args.len() {
                        if c == b'w' {
                            p.wrapped_errs.push(arg_num);
                        }
                        if c == b'w' || c == b'v' {
                            set_v_flags(p);
                        }
                        print_arg(p, args[arg_num], c as char);
                        arg_num += 1;
                        i += 1;
                        continue 'format_loop;
                    }
                    break;
                }
            }
            i += 1;
        }

        // Explicit argument index?
        (arg_num, i, after_index) = arg_number(p, arg_num, format, i, args.len());

        // Width.
        if i < end && format[i] == b'*' {
            i += 1;
            let (w, present, n) = int_from_arg(args, arg_num);
            arg_num = n;
            if !present {
                p.write_str("%!(BADWIDTH)");
                p.flags.wid = None;
            } else if w < 0 {
                p.flags.wid = Some(w.unsigned_abs() as usize);
                p.flags.minus = true;
                p.flags.zero = false;
            } else {
                p.flags.wid = Some(w as usize);
            }
            after_index = false;
        } else {
            let (w, present, ni) = parsenum(format, i, end);
            i = ni;
            p.flags.wid = if present { Some(w as usize) } else { None };
            if after_index && present {
                p.good_arg_num = false;
            }
        }

        // Precision.
        if i + 1 < end && format[i] == b'.' {
            i += 1;
            if after_index {
                p.good_arg_num = false;
            }
            (arg_num, i, after_index) = arg_number(p, arg_num, format, i, args.len());
            if i < end && format[i] == b'*' {
                i += 1;
                let (pr, mut present, n) = int_from_arg(args, arg_num);
                arg_num = n;
                if pr < 0 {
                    present = false;
                }
                if present {
                    p.flags.prec = Some(pr as usize);
                } else {
                    p.flags.prec = None;
                    p.write_str("%!(BADPREC)");
                }
                after_index = false;
            } else {
                let (pr, present, ni) = parsenum(format, i, end);
                i = ni;
                p.flags.prec = Some(if present { pr as usize } else { 0 });
            }
        }

        if !after_index {
            (arg_num, i, _) = arg_number(p, arg_num, format, i, args.len());
        }

        if i >= end {
            p.write_str("%!(NOVERB)");
            break;
        }

        let (r, size) = if format[i] < 0x80 {
            (format[i] as i32, 1)
        } else {
            utf8::decode_rune(&format[i..])
        };
        let verb = char::from_u32(r as u32).unwrap_or('\u{FFFD}');
        i += size;

        if verb == '%' {
            p.write_byte(b'%');
        } else if !p.good_arg_num {
            p.write_str("%!");
            p.write_char(verb);
            p.write_str("(BADINDEX)");
        } else if arg_num >= args.len() {
            p.write_str("%!");
            p.write_char(verb);
            p.write_str("(MISSING)");
        } else {
            if verb == 'w' {
                p.wrapped_errs.push(arg_num);
            }
            if verb == 'w' || verb == 'v' {
                set_v_flags(p);
            }
            print_arg(p, args[arg_num], verb);
            arg_num += 1;
        }
    }

    if !p.reordered && arg_num < args.len() {
        p.clear_flags();
        p.write_str("%!(EXTRA ");
        for (k, arg) in args[arg_num..].iter().enumerate() {
            if k > 0 {
                p.write_str(", ");
            }
            match arg.type_name() {
                None => p.write_str("<nil>"),
                Some(t) => {
                    p.write_str(&t);
                    p.write_byte(b'=');
                    print_arg(p, *arg, 'v');
                }
            }
        }
        p.write_byte(b')');
    }
}

/// Go's `doPrint`: operands in `%v`, with a space between two operands when
/// neither is a string.
pub fn do_print(p: &mut Printer, args: &[&dyn FmtArg]) {
    let mut prev_string = false;
    for (k, arg) in args.iter().enumerate() {
        let is_string = arg.is_string();
        if k > 0 && !is_string && !prev_string {
            p.write_byte(b' ');
        }
        p.clear_flags();
        print_arg(p, *arg, 'v');
        prev_string = is_string;
    }
}

/// Go's `doPrintln`: operands in `%v` separated by spaces, plus a newline.
pub fn do_println(p: &mut Printer, args: &[&dyn FmtArg]) {
    for (k, arg) in args.iter().enumerate() {
        if k > 0 {
            p.write_byte(b' ');
        }
        p.clear_flags();
        print_arg(p, *arg, 'v');
    }
    p.write_byte(b'\n');
}

/// `fmt.Sprintf`.
pub fn sprintf(format: &[u8], args: &[&dyn FmtArg]) -> Vec<u8> {
    let mut p = Printer::new();
    do_printf(&mut p, format, args);
    p.buf
}

/// `fmt.Sprint`.
pub fn sprint(args: &[&dyn FmtArg]) -> Vec<u8> {
    let mut p = Printer::new();
    do_print(&mut p, args);
    p.buf
}

/// `fmt.Sprintln`.
pub fn sprintln(args: &[&dyn FmtArg]) -> Vec<u8> {
    let mut p = Printer::new();
    do_println(&mut p, args);
    p.buf
}
