//! `fmt`: printing Go values with the `fmtcore` engine.
//!
//! [`ValueArg`] is one operand: a type and its slots. Printing walks the
//! value by type as Go's `printValue` does, calling `Error()`/`String()`
//! methods through the interpreter (`handleMethods`).

use std::cell::RefCell;
use std::io::Write;

use crate::fmtcore::printer::Printer;
use crate::fmtcore::printf::{self, FmtArg};
use crate::heap::{ptr_handle, Scan};
use crate::types::{IntKind, Type, TypeId};
use crate::vm::{Unwind, Vm, VmResult};

/// One operand for the formatter: a value of type `ty` (0 = nil
/// interface) held in `slots`.
pub struct ValueArg<'r, 'v> {
    vm: &'r RefCell<&'v mut Vm>,
    ty: TypeId,
    slots: Vec<u64>,
}

impl FmtArg for ValueArg<'_, '_> {
    fn print(&self, p: &mut Printer, verb: char) {
        let mut vm = self.vm.borrow_mut();
        vm.print_value(p, self.ty, &self.slots, verb, 0, true);
    }

    fn as_int(&self) -> Option<i64> {
        let vm = self.vm.borrow();
        match vm.prog.types.under(self.ty) {
            Type::Int(k) if k.signed() => Some(self.slots[0] as i64),
            Type::Int(_) => Some(self.slots[0] as i64),
            _ => None,
        }
    }

    fn type_name(&self) -> Option<String> {
        if self.ty.0 == 0 {
            return None;
        }
        Some(self.vm.borrow().prog.types.name(self.ty))
    }

    fn is_string(&self) -> bool {
        self.ty.0 != 0 && matches!(self.vm.borrow().prog.types.under(self.ty), Type::String)
    }

    fn is_nil(&self) -> bool {
        self.ty.0 == 0
    }
}

/// A fake but stable address for `%p` and pointer printing.
fn address(p: u64) -> u64 {
    if ptr_handle(p) == 0 {
        return 0;
    }
    crate::heap::address(p)
}

impl Vm {
    /// Go's `handleMethods`: `Error()` or `String()` for the verbs that
    /// use them, with `catchPanic`'s treatment of panics. Returns true if
    /// it printed.
    fn handle_methods(&mut self, p: &mut Printer, ty: TypeId, v: &[u64], verb: char) -> bool {
        if p.erroring || self.pending_unwind.is_some() {
            return false;
        }
        // %#v uses GoString(); the other string verbs Error() or String().
        let candidates: &[&str] = if p.flags.sharp_v {
            &["GoString"]
        } else if matches!(verb, 'v' | 's' | 'x' | 'X' | 'q') {
            &["Error", "String"]
        } else {
            return false;
        };
        let Some((f, method)) = candidates
            .iter()
            .find_map(|m| self.prog.string_method(ty, m).map(|f| (f, *m)))
        else {
            return false;
        };
        let go_string = method == "GoString";
        let data = self.box_iface_data(ty, v);
        match self.call_protected(f, &[data]) {
            Ok(Ok(r)) => {
                let s = self.heap.string([r[0], r[1]]).to_vec();
                if go_string {
                    p.fmt_s(&s);
                } else {
                    let tn = self.prog.types.name(ty);
                    p.fmt_string(&s, verb, &tn);
                }
            }
            Ok(Err(pv)) => {
                if matches!(self.prog.types.get(ty), Type::Pointer(_)) && ptr_handle(v[0]) == 0 {
                    p.fmt_s(b"<nil>");
                } else {
                    p.method_panic(verb, method, |p| {
                        let inner = if pv[0] == 0 {
                            vec![]
                        } else {
                            self.unbox_iface_data(TypeId(pv[0] as u32), pv[1])
                        };
                        self.print_value(p, TypeId(pv[0] as u32), &inner, 'v', 0, true);
                    });
                }
            }
            Err(u) => self.pending_unwind = Some(u),
        }
        true
    }

    /// Go's `printValue`: prints `v` (slots of type `ty`).
    pub fn print_value(
        &mut self,
        p: &mut Printer,
        ty: TypeId,
        v: &[u64],
        verb: char,
        depth: usize,
        can_iface: bool,
    ) {
        if ty.0 == 0 {
            // A nil interface: padded only at top level (Go's printArg).
            if depth == 0 {
                p.pad_str("<nil>");
            } else {
                p.write_str("<nil>");
            }
            return;
        }
        if verb == 'T' {
            let n = self.prog.types.name(ty);
            p.fmt_s(n.as_bytes());
            return;
        }
        if verb == 'p' {
            let tn = self.prog.types.name(ty);
            // Go's fmtPointer: only pointers, maps, funcs and slices have
            // an address to print; anything else is a bad verb.
            let has_address = matches!(
                self.prog.types.under(ty),
                Type::Pointer(_) | Type::Map(..) | Type::Func(_) | Type::Slice(_)
            );
            if !has_address || !p.fmt_pointer(address(v[0]), 'p', &tn) {
                p.bad_verb('p', Some(&tn), |p| {
                    self.print_value(p, ty, v, 'v', depth, false)
                });
            }
            return;
        }
        let mut method_verb = verb;
        if verb == 'w' {
            // Errorf's %w: an error operand's methods see %v; anything
            // else (or %w outside Errorf) is a bad verb.
            let is_err = self.prog.string_method(ty, "Error").is_some();
            if !(is_err && p.wrap_errs) {
                let tn = self.prog.types.name(ty);
                p.bad_verb('w', Some(&tn), |p| {
                    self.print_value(p, ty, v, 'v', depth, false)
                });
                return;
            }
            method_verb = 'v';
        }
        // (As Go's handleMethods, which changes only its own copy of the
        // verb: an error not handled there, under %#w, prints with 'w'.)
        if can_iface && self.handle_methods(p, ty, v, method_verb) {
            return;
        }
        let tn = self.prog.types.name(ty);
        let types = self.prog.types.clone_under(ty);
        match types {
            Type::Bool => p.fmt_bool(v[0] != 0, verb, &tn),
            Type::Int(k) if k.signed() => p.fmt_int(v[0] as i64, verb, &tn),
            Type::Int(_) => p.fmt_uint(v[0], verb, &tn),
            Type::Float32 => p.fmt_float(f64::from_bits(v[0]), 32, verb, &tn),
            Type::Float64 => p.fmt_float(f64::from_bits(v[0]), 64, verb, &tn),
            Type::String => {
                let s = self.heap.string([v[0], v[1]]).to_vec();
                p.fmt_string(&s, verb, &tn);
            }
            Type::Interface(_) => {
                let (dt, data) = (TypeId(v[0] as u32), v[1]);
                if dt.0 == 0 {
                    if p.flags.sharp_v {
                        p.write_str(&tn);
                        p.write_str("(nil)");
                    } else {
                        p.pad_str("<nil>");
                    }
                    return;
                }
                let inner = self.unbox_iface_data(dt, data);
                self.print_value(p, dt, &inner, verb, depth + 1, can_iface);
            }
            Type::Slice(el) | Type::Array(el, _) => {
                let is_slice = matches!(self.prog.types.under(ty), Type::Slice(_));
                let es = self.prog.types.slots(el) as usize;
                let elems: Vec<u64> = if is_slice {
                    self.slice_values([v[0], v[1], v[2]], el)
                } else {
                    v.to_vec()
                };
                let n = match elems.len().checked_div(es) {
                    Some(n) => n,
                    None if is_slice => v[1] as usize,
                    None => match self.prog.types.under(ty) {
                        Type::Array(_, n) => *n as usize,
                        _ => 0,
                    },
                };
                let byte_elem = matches!(self.prog.types.under(el), Type::Int(IntKind::U8));
                if byte_elem
                    && (matches!(verb, 's' | 'q' | 'x' | 'X')
                        || (depth == 0 && ty == self.byte_slice_type()))
                {
                    let bytes: Vec<u8> = elems.iter().map(|&w| w as u8).collect();
                    let name = if ty == self.byte_slice_type() {
                        "[]byte".to_string()
                    } else {
                        tn.clone()
                    };
                    let nil = is_slice && ptr_handle(v[0]) == 0;
                    p.fmt_bytes(if nil { None } else { Some(&bytes) }, verb, &name);
                    return;
                }
                if p.flags.sharp_v {
                    if is_slice && ptr_handle(v[0]) == 0 {
                        p.write_str(&tn);
                        p.write_str("(nil)");
                        return;
                    }
                    p.write_str(&tn);
                    p.write_byte(b'{');
                    for i in 0..n {
                        if i > 0 {
                            p.write_str(", ");
                        }
                        self.print_value(
                            p,
                            el,
                            &elems[i * es..(i + 1) * es],
                            verb,
                            depth + 1,
                            can_iface,
                        );
                    }
                    p.write_byte(b'}');
                    return;
                }
                p.write_byte(b'[');
                for i in 0..n {
                    if i > 0 {
                        p.write_byte(b' ');
                    }
                    self.print_value(
                        p,
                        el,
                        &elems[i * es..(i + 1) * es],
                        verb,
                        depth + 1,
                        can_iface,
                    );
                }
                p.write_byte(b']');
            }
            Type::Map(k, val) => {
                let m = v[0];
                if p.flags.sharp_v {
                    if m == 0 {
                        p.write_str(&tn);
                        p.write_str("(nil)");
                        return;
                    }
                    p.write_str(&tn);
                    p.write_byte(b'{');
                } else {
                    p.write_str("map[");
                }
                let entries = if m == 0 {
                    vec![]
                } else {
                    self.sorted_entries(m as u32, k)
                };
                for (i, (ks, vs)) in entries.iter().enumerate() {
                    if i > 0 {
                        if p.flags.sharp_v {
                            p.write_str(", ");
                        } else {
                            p.write_byte(b' ');
                        }
                    }
                    self.print_value(p, k, ks, verb, depth + 1, can_iface);
                    p.write_byte(b':');
                    self.print_value(p, val, vs, verb, depth + 1, can_iface);
                }
                p.write_byte(if p.flags.sharp_v { b'}' } else { b']' });
            }
            Type::Struct(fields) => {
                if p.flags.sharp_v {
                    p.write_str(&tn);
                }
                p.write_byte(b'{');
                let mut off = 0;
                for (i, f) in fields.iter().enumerate() {
                    let n = self.prog.types.slots(f.ty) as usize;
                    if i > 0 {
                        if p.flags.sharp_v {
                            p.write_str(", ");
                        } else {
                            p.write_byte(b' ');
                        }
                    }
                    if p.flags.plus_v || p.flags.sharp_v {
                        p.write_str(&f.name);
                        p.write_byte(b':');
                    }
                    let exported = f.name.starts_with(|c: char| c.is_uppercase());
                    let fv = v[off..off + n].to_vec();
                    self.print_value(p, f.ty, &fv, verb, depth + 1, can_iface && exported);
                    off += n;
                }
                p.write_byte(b'}');
            }
            Type::Pointer(elem) => {
                let pv = v[0];
                if depth == 0 && ptr_handle(pv) != 0 {
                    let eu = self.prog.types.clone_under(elem);
                    if matches!(
                        eu,
                        Type::Array(..) | Type::Slice(_) | Type::Struct(_) | Type::Map(..)
                    ) {
                        p.write_byte(b'&');
                        let inner = self.load_value(elem, pv);
                        self.print_value(p, elem, &inner, verb, depth + 1, can_iface);
                        return;
                    }
                }
                if !p.fmt_pointer(address(pv), verb, &tn) {
                    // Go's badVerb prints the operand again at depth 0, so a
                    // pointer to a struct, array, slice or map reached inside
                    // another value prints as &{...}.
                    p.bad_verb(verb, Some(&tn), |p| {
                        self.print_value(p, ty, &[pv], 'v', 0, can_iface);
                    });
                }
            }
            Type::Func(_) => {
                let a = if v[0] == 0 { 0 } else { 0x47b2c0 + v[0] * 16 };
                if !p.fmt_pointer(a, verb, &tn) {
                    p.bad_verb(verb, Some(&tn), |p| {
                        p.fmt_pointer(a, 'v', &tn);
                    });
                }
            }
            _ => p.write_str("?"),
        }
    }

    /// The type id of `[]byte` (`[]uint8`), if the program has it.
    fn byte_slice_type(&self) -> TypeId {
        self.prog.byte_slice_type
    }

    /// Map entries sorted by key as `fmt` (internal/fmtsort) orders them.
    fn sorted_entries(&self, m: u32, kt: TypeId) -> Vec<(Vec<u64>, Vec<u64>)> {
        let map = self.heap.map(m);
        let mut es: Vec<(Vec<u64>, Vec<u64>)> = map
            .live_entries()
            .map(|i| (map.key(i).to_vec(), map.value(i).to_vec()))
            .collect();
        es.sort_by(|a, b| self.compare_keys(kt, &a.0, &b.0));
        es
    }

    /// fmtsort's ordering of two values of type `t`.
    fn compare_keys(&self, t: TypeId, a: &[u64], b: &[u64]) -> std::cmp::Ordering {
        use std::cmp::Ordering;
        match self.prog.types.under(t) {
            Type::Int(k) if k.signed() => (a[0] as i64).cmp(&(b[0] as i64)),
            Type::Int(_) | Type::Bool | Type::Pointer(_) => a[0].cmp(&b[0]),
            Type::Float32 | Type::Float64 => {
                let (x, y) = (f64::from_bits(a[0]), f64::from_bits(b[0]));
                match (x.is_nan(), y.is_nan()) {
                    (true, true) => Ordering::Equal,
                    (true, false) => Ordering::Less,
                    (false, true) => Ordering::Greater,
                    _ => x.partial_cmp(&y).unwrap_or(Ordering::Equal),
                }
            }
            Type::String => self
                .heap
                .string([a[0], a[1]])
                .cmp(self.heap.string([b[0], b[1]])),
            Type::Struct(fs) => {
                let mut off = 0;
                for f in fs {
                    let n = self.prog.types.slots(f.ty) as usize;
                    let c = self.compare_keys(f.ty, &a[off..off + n], &b[off..off + n]);
                    if c != Ordering::Equal {
                        return c;
                    }
                    off += n;
                }
                Ordering::Equal
            }
            Type::Array(e, n) => {
                let es = self.prog.types.slots(*e) as usize;
                for i in 0..*n as usize {
                    let c =
                        self.compare_keys(*e, &a[i * es..(i + 1) * es], &b[i * es..(i + 1) * es]);
                    if c != Ordering::Equal {
                        return c;
                    }
                }
                Ordering::Equal
            }
            Type::Interface(_) => {
                // nil first, then by type (the address of its descriptor
                // in gc's binary), then by value.
                match (a[0], b[0]) {
                    (0, 0) => Ordering::Equal,
                    (0, _) => Ordering::Less,
                    (_, 0) => Ordering::Greater,
                    (x, y) if x != y => self
                        .descriptor_order(TypeId(x as u32))
                        .cmp(&self.descriptor_order(TypeId(y as u32))),
                    (x, _) => {
                        let dt = TypeId(x as u32);
                        let (ia, ib) = (
                            self.unbox_iface_data(dt, a[1]),
                            self.unbox_iface_data(dt, b[1]),
                        );
                        self.compare_keys(dt, &ia, &ib)
                    }
                }
            }
            _ => Ordering::Equal,
        }
    }

    /// Where gc's linker places the type descriptor of dynamic type `t`,
    /// which fmtsort compares for interface keys of different types (a
    /// key, lowest first). The linker puts the unnamed composite types
    /// (typelinks) first, ordered by their type string; then the other
    /// descriptors by size (48 bytes of `abi.Type`, the kind's fields, 16
    /// of uncommon type and 16 per method for a named type) and, at equal
    /// size, by symbol index: the main package's types (by name) before
    /// the runtime's predeclared types, in the runtime's own order
    /// (Go 1.27.3). Modelled for keys of predeclared, named and unnamed
    /// basic, pointer, array and struct types; named types of other
    /// packages (`(2, ...)`) are placed after the runtime's by name, an
    /// approximation.
    fn descriptor_order(&self, t: TypeId) -> (u8, u64, u8, String) {
        use crate::types::builtin as bt;
        const RUNTIME_ORDER: [TypeId; 16] = [
            bt::STRING,
            bt::INT8,
            bt::UINT8,
            bt::INT16,
            bt::UINT16,
            bt::INT32,
            bt::UINT32,
            bt::INT64,
            bt::UINT64,
            bt::INT,
            bt::UINT,
            bt::UINTPTR,
            bt::FLOAT32,
            bt::FLOAT64,
            bt::BOOL,
            bt::INVALID,
        ];
        let types = &self.prog.types;
        let kind_size = |u: TypeId| -> u64 {
            match types.get(u) {
                Type::Pointer(_) | Type::Slice(_) | Type::Func(_) => 56,
                Type::Array(..) => 72,
                Type::Struct(fs) => 80 + 24 * fs.len() as u64,
                Type::Interface(_) => 80,
                Type::Map(..) => 88,
                _ => 48,
            }
        };
        if let Some(n) = types.named(t) {
            let methods = n.methods.iter().filter(|m| !m.ptr_recv).count() as u64;
            let size = kind_size(n.underlying) + 16 + 16 * methods;
            return match n.pkg.as_str() {
                "main" => (1, size, 0, n.name.clone()),
                pkg => (1, size, 2, format!("{pkg}.{}", n.name)),
            };
        }
        match types.get(t) {
            Type::Pointer(_)
            | Type::Array(..)
            | Type::Slice(_)
            | Type::Map(..)
            | Type::Func(_)
            | Type::Struct(_) => (0, 0, 0, types.name(t)),
            _ => {
                let at = RUNTIME_ORDER.iter().position(|&b| b == t).unwrap_or(15);
                (1, 64, 1, format!("{at:02}"))
            }
        }
    }

    /// The operands of a `...any` slice argument at `at`.
    fn variadic_args(&self, at: usize) -> Vec<(TypeId, Vec<u64>)> {
        let s = [self.arg(at, 0), self.arg(at, 1), self.arg(at, 2)];
        let words = self.slice_words(s, 2).to_vec();
        words
            .chunks(2)
            .map(|c| {
                let t = TypeId(c[0] as u32);
                let v = if t.0 == 0 {
                    vec![]
                } else {
                    self.unbox_iface_data(t, c[1])
                };
                (t, v)
            })
            .collect()
    }

    /// Formats with `f` over the operands in the `...any` slice at `at`.
    fn format_with(
        &mut self,
        at: usize,
        f: impl FnOnce(&mut Printer, &[&dyn FmtArg]),
    ) -> VmResult<Vec<u8>> {
        let ops = self.variadic_args(at);
        let mut p = Printer::new();
        {
            let cell = RefCell::new(&mut *self);
            let args: Vec<ValueArg> = ops
                .into_iter()
                .map(|(ty, slots)| ValueArg {
                    vm: &cell,
                    ty,
                    slots,
                })
                .collect();
            let refs: Vec<&dyn FmtArg> = args.iter().map(|a| a as &dyn FmtArg).collect();
            f(&mut p, &refs);
        }
        if let Some(u) = self.pending_unwind.take() {
            return Err(u);
        }
        Ok(p.take())
    }

    fn write_stdout(&mut self, b: &[u8], at: usize) {
        let _ = self.stdout.write_all(b);
        self.ret(at, 0, b.len() as u64);
        self.ret(at, 1, 0);
        self.ret(at, 2, 0);
    }
}

/// `fmt.Println(a ...any) (int, error)`
pub(crate) fn println(vm: &mut Vm, at: usize) -> VmResult<()> {
    let b = vm.format_with(at, printf::do_println)?;
    vm.write_stdout(&b, at);
    Ok(())
}

/// `fmt.Print(a ...any) (int, error)`
pub(crate) fn print(vm: &mut Vm, at: usize) -> VmResult<()> {
    let b = vm.format_with(at, printf::do_print)?;
    vm.write_stdout(&b, at);
    Ok(())
}

/// The format string: the first argument (2 slots).
fn format_arg(vm: &Vm, at: usize) -> Vec<u8> {
    vm.str_bytes_arg(at, 0).to_vec()
}

/// `fmt.Printf(format string, a ...any) (int, error)`
pub(crate) fn printf_(vm: &mut Vm, at: usize) -> VmResult<()> {
    let fmt = format_arg(vm, at);
    let b = vm.format_with(at + 2, |p, a| printf::do_printf(p, &fmt, a))?;
    vm.write_stdout(&b, at);
    Ok(())
}

fn ret_string(vm: &mut Vm, at: usize, b: Vec<u8>) {
    let s = vm.heap.new_string_owned(b);
    vm.ret_str_val(at, 0, s);
}

/// `fmt.Sprintf(format string, a ...any) string`
pub(crate) fn sprintf(vm: &mut Vm, at: usize) -> VmResult<()> {
    let fmt = format_arg(vm, at);
    let b = vm.format_with(at + 2, |p, a| printf::do_printf(p, &fmt, a))?;
    ret_string(vm, at, b);
    Ok(())
}

/// `fmt.Sprint(a ...any) string`
pub(crate) fn sprint(vm: &mut Vm, at: usize) -> VmResult<()> {
    let b = vm.format_with(at, printf::do_print)?;
    ret_string(vm, at, b);
    Ok(())
}

/// `fmt.Sprintln(a ...any) string`
pub(crate) fn sprintln(vm: &mut Vm, at: usize) -> VmResult<()> {
    let b = vm.format_with(at, printf::do_println)?;
    ret_string(vm, at, b);
    Ok(())
}

/// `fmt.errorf(format string, a []any) (string, []int)`: Errorf's text and
/// the indexes of its `%w` operands.
pub(crate) fn errorf(vm: &mut Vm, at: usize) -> VmResult<()> {
    let fmt = format_arg(vm, at);
    let mut wrapped = vec![];
    let b = vm.format_with(at + 2, |p, a| {
        p.wrap_errs = true;
        printf::do_printf(p, &fmt, a);
        wrapped = p.wrapped_errs.clone();
        if p.reordered {
            wrapped.sort();
        }
    })?;
    ret_string(vm, at, b);
    let s = vm.slice_of_words(wrapped.into_iter().map(|i| i as u64).collect(), Scan::None);
    vm.ret(at, 2, s[0]);
    vm.ret(at, 3, s[1]);
    vm.ret(at, 4, s[2]);
    Ok(())
}

/// `os.writeFd(fd int, b []byte) int`: writes to stdout (1) or stderr (2).
pub(crate) fn write_fd(vm: &mut Vm, at: usize) -> VmResult<()> {
    let fd = vm.arg(at, 0);
    let s = [vm.arg(at, 1), vm.arg(at, 2), vm.arg(at, 3)];
    let bytes = vm.slice_bytes(s).to_vec();
    let _ = match fd {
        2 => {
            vm.write_stderr(&bytes);
            Ok(())
        }
        _ => vm.stdout.write_all(&bytes),
    };
    vm.ret(at, 0, bytes.len() as u64);
    Ok(())
}

/// `os.Exit(code int)`
pub(crate) fn exit(vm: &mut Vm, at: usize) -> VmResult<()> {
    // The process status is the low byte, as Go's exit(2) call gives it.
    let code = (vm.arg(at, 0) & 0xff) as i32;
    let _ = vm.stdout.flush();
    let _ = vm.stderr.flush();
    Err(Unwind::Exit(code))
}

/// `os.args() []string`
pub(crate) fn args(vm: &mut Vm, at: usize) -> VmResult<()> {
    let a = vm.args.clone();
    let words: Vec<u64> = a.iter().flat_map(|s| vm.str_value(s.as_bytes())).collect();
    let n = a.len() as u64;
    let h = vm
        .heap
        .alloc_words(words, Scan::Elems(crate::types::builtin::STRING));
    for (i, w) in [crate::heap::ptr(h, 0), n, n].into_iter().enumerate() {
        vm.ret(at, i, w);
    }
    Ok(())
}
