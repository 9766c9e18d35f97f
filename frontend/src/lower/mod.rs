//! Lowering: checked syntax trees to `gust_vm` bytecode.
//!
//! Every function body the checker found becomes one `Function`; their
//! ids are the body indexes. Synthesized functions (method values,
//! interface adapters, deferred builtins, natives used as values, the
//! program entry) follow.
//!
//! **Storage rule:** a local lives in frame slots unless it *escapes*
//! (address taken, or captured by reference) or its type contains an
//! array; then the frame slot holds a pointer to a heap box. Globals live
//! in one heap object. So every dynamic index into an array is
//! pointer-based.
//!
//! **Captures** follow gc's rule: a variable never written after its
//! declaration (`VarInfo::never_written_after_decl`), of at most 128 bytes
//! and not boxed anyway, is captured *by value*: it stays in its owner's
//! slots and each closure copies its value when it is made. Any other
//! captured variable is boxed and closures hold the box pointer.
//!
//! **Frame maps:** each slot is allocated once per function (never
//! reused), typed when lowering knows its type (`Lowerer::temp_typed`,
//! parameters, variables; a box slot is a pointer) and conservative
//! otherwise (`Lowerer::temp`); the result is `Function::slot_kinds`,
//! the collector's pointer map of the frame.

mod call;
mod devirt;
mod escape;
mod expr;
mod hoist;
mod staticinit;
mod stmt;

use std::collections::HashMap;

use gust_vm::op::{Cmp, Op};
use gust_vm::program::{Function, Program, Ref, SlotKind};
use gust_vm::types::{builtin as bt, FuncId, Type, TypeId};

use crate::ast::{self, ExprId};
use crate::check::{Checker, ObjId, ObjKind};
use crate::constant::ConstVal;
use crate::pos::Pos;

/// Where a local variable lives.
#[derive(Clone, Copy, Debug)]
pub(crate) enum Local {
    /// In frame slots `slot..slot+n`.
    Slots {
        /// First slot.
        slot: u32,
        /// Size.
        n: u32,
    },
    /// Boxed: frame slot `slot` holds the box pointer.
    Boxed {
        /// The pointer's slot.
        slot: u32,
        /// Size of the value.
        n: u32,
        /// The variable's type (the box's, for the collector).
        ty: TypeId,
    },
    /// Captured by reference by the running closure: capture `idx` is the
    /// box pointer.
    Captured {
        /// Capture index.
        idx: u32,
    },
    /// Captured by value by the running closure: captures `idx..idx+n`
    /// are the value itself (never written: see `Lowerer::by_value`).
    CapturedValue {
        /// First capture index.
        idx: u32,
        /// Size of the value.
        n: u32,
    },
}

/// A `break`/`continue` target being built.
pub(crate) struct LoopCtx {
    label: Option<String>,
    is_loop: bool,
    breaks: Vec<usize>,
    continues: Vec<usize>,
}

/// Per-function code builder.
pub(crate) struct Fb {
    pub(crate) code: Vec<Op>,
    pub(crate) lines: Vec<u32>,
    pub(crate) locals: HashMap<ObjId, Local>,
    pub(crate) next_slot: u32,
    /// What each slot below `next_slot` holds (`Function::slot_kinds`;
    /// missing entries are conservative).
    pub(crate) slot_kinds: Vec<SlotKind>,
    /// Slots of the arrays gc would keep in this frame but gust boxes
    /// (`Function::pad`).
    pub(crate) array_pad: u32,
    pub(crate) line: u32,
    pub(crate) loops: Vec<LoopCtx>,
    pub(crate) has_defer: bool,
    /// Result variables (named or synthesized), in order.
    pub(crate) results: Vec<(ObjId, TypeId)>,
    pub(crate) result_types: Vec<TypeId>,
    /// Jumps to the deferreturn epilogue to patch.
    pub(crate) epilogue_jumps: Vec<usize>,
    pub(crate) unit: u32,
    pub(crate) pending_label: Option<String>,
    /// Fallthrough jumps of the clause being lowered.
    pub(crate) fallthrough: Vec<usize>,
    /// Calls of the current statement already evaluated into temporaries
    /// (see `hoist.rs`): call expression → (slot, slots).
    pub(crate) hoisted: HashMap<ExprId, (u32, u32)>,
    /// `append` calls on never-escaping local slices → stack buffer
    /// capacity (see `escape.rs`).
    pub(crate) stack_appends: HashMap<ExprId, u32>,
    /// String-to-slice conversions whose allocation is not the default
    /// (`escape.rs`).
    pub(crate) conv_bufs: HashMap<ExprId, escape::ConvBuf>,
    /// The conversion call being lowered.
    pub(crate) conv_site: Option<ExprId>,
    /// Label → pc, for `goto`.
    pub(crate) label_pcs: HashMap<String, usize>,
    /// Forward `goto` jumps waiting for their label.
    pub(crate) gotos: Vec<(String, usize)>,
    /// The kinds gc would give this function's defers.
    pub(crate) defer_kinds: crate::defers::FuncDefers,
    /// The kind of the defer statement being lowered.
    pub(crate) defer_kind: Option<crate::defers::DeferStrategy>,
    /// Funcdata of an open-coded function, filled as its defers lower.
    pub(crate) open_defers: Option<gust_vm::program::OpenDefers>,
    /// The next bounds-checked op takes an unsigned 64-bit index.
    pub(crate) unsigned_pending: bool,
    /// Pcs of bounds-checked ops with unsigned indexes
    /// (`Function::unsigned_index`).
    pub(crate) unsigned_index: Vec<u32>,
}

/// The lowering context.
pub struct Lowerer<'c> {
    pub(crate) c: &'c Checker,
    pub(crate) prog: Program,
    strings: HashMap<Vec<u8>, u32>,
    pub(crate) globals: HashMap<ObjId, u32>,
    method_ids: HashMap<String, u32>,
    /// Synthesized wrappers, cached by key.
    wrappers: HashMap<String, FuncId>,
    /// Body index → native id for bodiless package functions.
    pub(crate) natives: HashMap<u32, u32>,
    /// The embedder's host functions by qualified name (see
    /// `compile::HostPackages`).
    host_funcs: &'c [String],
    pub(crate) fb: Fb,
    pub(crate) closure_caps: HashMap<u32, Vec<ObjId>>,
    pub(crate) errors: Vec<(u32, Pos, String)>,
    /// Zero-size allocations that escape into package-level variables
    /// (`note_global_allocs`): they yield runtime.zerobase.
    pub(crate) zerobase_allocs: std::collections::HashSet<ExprId>,
    /// `devirt.rs`'s answer per interface variable.
    pub(crate) devirt_cache: HashMap<ObjId, Option<TypeId>>,
}

fn empty_fb() -> Fb {
    Fb {
        code: vec![],
        lines: vec![],
        locals: HashMap::new(),
        next_slot: 0,
        slot_kinds: vec![],
        array_pad: 0,
        line: 0,
        loops: vec![],
        has_defer: false,
        results: vec![],
        result_types: vec![],
        epilogue_jumps: vec![],
        unit: 0,
        pending_label: None,
        fallthrough: vec![],
        hoisted: HashMap::new(),
        stack_appends: HashMap::new(),
        conv_bufs: HashMap::new(),
        conv_site: None,
        label_pcs: HashMap::new(),
        gotos: vec![],
        defer_kinds: Default::default(),
        defer_kind: None,
        open_defers: None,
        unsigned_pending: false,
        unsigned_index: vec![],
    }
}

/// Lowers a checked program. Unsupported natives become errors.
pub fn lower(c: &Checker, host_funcs: &[String]) -> Result<Program, Vec<String>> {
    let mut l = Lowerer {
        host_funcs,
        c,
        prog: Program {
            types: c.types.clone(),
            ..Default::default()
        },
        strings: HashMap::new(),
        globals: HashMap::new(),
        method_ids: HashMap::new(),
        wrappers: HashMap::new(),
        zerobase_allocs: Default::default(),
        devirt_cache: HashMap::new(),
        natives: HashMap::new(),
        fb: empty_fb(),
        closure_caps: HashMap::new(),
        errors: vec![],
    };
    l.prog.types.freeze_layouts();
    l.prog.byte_slice_type = l.prog.types.intern(Type::Slice(bt::UINT8));
    l.prog.string_method_sig = l.prog.types.intern(Type::Func(gust_vm::types::Sig {
        params: vec![],
        results: vec![bt::STRING],
        variadic: false,
    }));
    l.prog.files = c.units.iter().map(|u| u.src.name.clone()).collect();
    l.layout_globals();
    // One function per body, ids = body indexes.
    for (i, b) in c.bodies.iter().enumerate() {
        l.prog.funcs.push(Function {
            name: b.name.clone(),
            file: b.unit,
            ..Default::default()
        });
        l.closure_caps.insert(i as u32, b.captures.clone());
    }
    l.bind_methods();
    // Before the bodies: synthesized wrappers raise runtime errors too.
    l.prog.runtime_error_type = l.named_type("runtime", "errorString");
    l.prog.plain_error_type = l.named_type("runtime", "plainError");
    l.prog.bounds_error_type = l.named_type("runtime", "boundsError");
    l.prog.type_assertion_error_type = l.ptr_to_named("runtime", "TypeAssertionError");
    l.prog.panic_nil_error_type = l.ptr_to_named("runtime", "PanicNilError");
    l.prog.error_string_type = l.ptr_to_named("errors", "errorString");
    for i in 0..c.bodies.len() {
        l.lower_body(i as u32);
    }
    let entry = l.build_entry();
    l.prog.entry = entry;
    l.build_itabs();
    if !l.errors.is_empty() {
        let mut e = l.errors.clone();
        e.sort();
        return Err(e
            .into_iter()
            .map(|(u, p, m)| {
                let src = &c.units[u as usize].src;
                let (line, col) = src.line_col(p);
                format!("{}:{line}:{col}: {m}", src.name)
            })
            .collect());
    }
    // Every frame is charged gc's return address and frame pointer.
    for f in &mut l.prog.funcs {
        f.locals += gust_vm::program::FRAME_OVERHEAD_SLOTS;
        f.pad += gust_vm::program::FRAME_OVERHEAD_SLOTS;
    }
    gust_vm::peephole::optimize_program(&mut l.prog);
    if let Err(e) = gust_vm::verify::verify_program(&mut l.prog) {
        let mut msg = format!("internal error: bad bytecode: {}", e.0);
        if std::env::var_os("GUST_DEBUG").is_some() {
            msg.push('\n');
            msg.push_str(&l.prog.disassemble());
        }
        return Err(vec![msg]);
    }
    Ok(l.prog)
}

impl<'c> Lowerer<'c> {
    pub(crate) fn slots(&self, t: TypeId) -> u32 {
        self.prog.types.slots(t)
    }

    /// Emits `op` at the current line; returns its pc.
    pub(crate) fn emit(&mut self, op: Op) -> usize {
        if self.fb.unsigned_pending && op.checks_bounds() {
            self.fb.unsigned_pending = false;
            self.fb.unsigned_index.push(self.fb.code.len() as u32);
        }
        self.fb.code.push(op);
        self.fb.lines.push(self.fb.line);
        self.fb.code.len() - 1
    }

    pub(crate) fn pc(&self) -> usize {
        self.fb.code.len()
    }

    /// Points the branch at `at` to `target`.
    pub(crate) fn patch(&mut self, at: usize, target: usize) {
        let op = &mut self.fb.code[at];
        match op.branch_target_mut() {
            Some(t) => *t = target as u32,
            None => unreachable!("patching {op:?}"),
        }
    }

    pub(crate) fn set_pos(&mut self, p: Pos) {
        let src = &self.c.units[self.fb.unit as usize].src;
        self.fb.line = src.line_col(p).0;
    }

    /// A fresh block of `n` frame slots of unknown types (scanned
    /// conservatively by the collector).
    pub(crate) fn temp(&mut self, n: u32) -> u32 {
        let s = self.fb.next_slot;
        self.fb.next_slot += n;
        s
    }

    /// A fresh block of frame slots holding values of types `ts`, one
    /// after the other, for the frame's pointer map.
    pub(crate) fn temp_typed(&mut self, ts: &[TypeId]) -> u32 {
        let s = self.fb.next_slot;
        self.describe_slots(s, ts);
        self.fb.next_slot = self.fb.slot_kinds.len() as u32;
        s
    }

    /// A fresh frame slot of kind `k`.
    pub(crate) fn temp_kind(&mut self, k: SlotKind) -> u32 {
        self.temp_kinds(&[k])
    }

    /// Fresh frame slots of kinds `ks`.
    pub(crate) fn temp_kinds(&mut self, ks: &[SlotKind]) -> u32 {
        let s = self.fb.next_slot;
        let kinds = &mut self.fb.slot_kinds;
        kinds.resize(s as usize, SlotKind::Conservative);
        kinds.extend_from_slice(ks);
        self.fb.next_slot += ks.len() as u32;
        s
    }

    /// Records that the slots from `s` (not yet described: slots are
    /// never reused) hold values of types `ts`.
    fn describe_slots(&mut self, s: u32, ts: &[TypeId]) {
        let kinds = &mut self.fb.slot_kinds;
        debug_assert!(kinds.len() <= s as usize, "slot {s} described twice");
        kinds.resize(s as usize, SlotKind::Conservative);
        for &t in ts {
            gust_vm::gc::slot_kinds(&self.prog.types, t, kinds);
        }
    }

    /// Interns a string constant (once per program); returns its data
    /// pointer (0 for the empty string).
    pub(crate) fn string_const(&mut self, s: &[u8]) -> i64 {
        if s.is_empty() {
            return 0;
        }
        let i = self.string_index(s);
        gust_vm::heap::ptr(Program::string_handle(i as usize) as u32, 0) as i64
    }

    /// The index of non-empty string constant `s` in `Program::strings`.
    fn string_index(&mut self, s: &[u8]) -> u32 {
        match self.strings.get(s) {
            Some(&i) => i,
            None => {
                let i = self.prog.strings.len() as u32;
                self.prog.strings.push(s.to_vec());
                self.strings.insert(s.to_vec(), i);
                i
            }
        }
    }

    /// Pushes constant `v` of (non-interface) type `ty` converted to an
    /// interface. gc keeps such values in read-only data, so a string
    /// constant's interface is one static box (`Op::ConstIface`).
    pub(crate) fn push_const_iface(&mut self, v: &ConstVal, ty: TypeId) {
        if let (Type::String, ConstVal::Str(s)) = (self.prog.types.under(ty), v) {
            let s = if s.is_empty() {
                u32::MAX
            } else {
                self.string_index(s)
            };
            self.emit(Op::ConstIface { ty, s });
            return;
        }
        self.push_const(v, ty);
        let n = self.slots(ty);
        self.emit(Op::ToIface { ty, n });
    }

    /// Pushes string constant `s` (its two slots: data pointer, length).
    pub(crate) fn push_string_const(&mut self, s: &[u8]) {
        let v = self.string_const(s);
        self.emit(Op::Push { v });
        self.emit(Op::Push { v: s.len() as i64 });
    }

    /// The interface-dispatch id of method name `name`.
    pub(crate) fn method_id(&mut self, name: &str) -> u32 {
        if let Some(&i) = self.method_ids.get(name) {
            return i;
        }
        let i = self.prog.method_names.len() as u32;
        self.prog.method_names.push(name.to_string());
        self.method_ids.insert(name.to_string(), i);
        i
    }

    /// Places the package-level variables in the globals object, in Go's
    /// layout (each at its alignment).
    fn layout_globals(&mut self) {
        let mut next = 0u64;
        for (i, o) in self.c.objs.iter().enumerate() {
            if let ObjKind::Var(v) = &o.kind {
                if v.global {
                    let l = self.prog.types.layout(o.ty);
                    next = next.div_ceil(l.align) * l.align;
                    self.globals.insert(i as ObjId, next as u32);
                    next += l.size;
                }
            }
        }
        self.prog.globals = u32::try_from(next).unwrap_or(u32::MAX);
    }

    /// Go's size in bytes of a `ty` in memory.
    pub(crate) fn mem_size(&self, ty: TypeId) -> u32 {
        u32::try_from(self.prog.types.layout(ty).size).unwrap_or(u32::MAX)
    }

    /// Emits a load of the `ty` the pointer on top of the stack addresses.
    pub(crate) fn emit_load(&mut self, ty: TypeId) {
        let n = self.slots(ty);
        self.emit(Op::Load { ty, n });
    }

    /// Emits a store of the `ty` on top of the stack through the pointer
    /// below it.
    pub(crate) fn emit_store(&mut self, ty: TypeId) {
        let n = self.slots(ty);
        self.emit(Op::Store { ty, n });
    }

    /// Emits the allocation of a zeroed box of a `ty`; pushes its pointer.
    pub(crate) fn emit_new_box(&mut self, ty: TypeId) {
        let size = self.mem_size(ty);
        self.emit(Op::NewBox { ty, size });
    }

    /// Whether a local of type `t` must live in a box even if it does not
    /// escape (its type contains an array).
    pub(crate) fn needs_box(&self, t: TypeId) -> bool {
        match self.prog.types.under(t) {
            Type::Array(..) => true,
            Type::Struct(fs) => fs.iter().any(|f| self.needs_box(f.ty)),
            _ => false,
        }
    }

    /// Whether local `o` lives in a heap box: its address is taken, it is
    /// captured by reference, or its type needs a box.
    fn escapes(&self, o: ObjId) -> bool {
        match &self.c.objs[o as usize].kind {
            ObjKind::Var(v) => {
                v.addr_taken
                    || (v.captured && !self.by_value(o))
                    || self.needs_box(self.c.objs[o as usize].ty)
            }
            _ => false,
        }
    }

    /// The frame slots gc would give local `o`, boxed only because its
    /// type contains an array, beyond its box pointer: gc keeps a
    /// non-escaping variable of at most 128 KB (`ir.MaxStackVarSize`) in
    /// the frame.
    fn stack_array_pad(&self, o: ObjId) -> u32 {
        let obj = &self.c.objs[o as usize];
        let ObjKind::Var(v) = &obj.kind else { return 0 };
        if v.addr_taken || (v.captured && !self.by_value(o)) {
            return 0;
        }
        match self.prog.types.go_size_align(obj.ty).0 {
            size @ 9..=131_072 => (size.div_ceil(8) - 1) as u32,
            _ => 0,
        }
    }

    /// gc's capture-by-value rule: closures capture local `o` by value iff
    /// it is never written after its declaration (not a result, address
    /// never taken, never reassigned), its type does not need a box and
    /// its size is at most 128 bytes.
    pub(crate) fn by_value(&self, o: ObjId) -> bool {
        let obj = &self.c.objs[o as usize];
        match &obj.kind {
            ObjKind::Var(v) => {
                !v.global
                    && v.never_written_after_decl()
                    && !self.needs_box(obj.ty)
                    && self.prog.types.go_size_align(obj.ty).0 <= 128
            }
            _ => false,
        }
    }

    /// Whether closure body `b` is lowered as a static function taking its
    /// captures as leading parameters: a literal called directly by a
    /// `defer` statement whose captures are all by value (gc builds such
    /// a closure on the stack). The defer passes the captured values as
    /// arguments, so no closure object is made (see `Lowerer::defer_call`).
    pub(crate) fn captures_as_params(&self, b: u32) -> bool {
        let body = &self.c.bodies[b as usize];
        body.deferred_directly
            && !body.captures.is_empty()
            && body.captures.iter().all(|&o| self.by_value(o))
    }

    /// Where closure body `b` finds each of its captures, in capture
    /// order: `Captured` (a box pointer, one slot) or `CapturedValue`
    /// (the value's slots), at consecutive capture indexes.
    pub(crate) fn capture_layout(&self, b: u32) -> Vec<(ObjId, Local)> {
        let caps = self.closure_caps.get(&b).map(Vec::as_slice).unwrap_or(&[]);
        let mut idx = 0;
        caps.iter()
            .map(|&o| {
                let n = self.slots(self.c.objs[o as usize].ty);
                let l = if self.by_value(o) {
                    idx += n;
                    Local::CapturedValue { idx: idx - n, n }
                } else {
                    idx += 1;
                    Local::Captured { idx: idx - 1 }
                };
                (o, l)
            })
            .collect()
    }

    /// Allocates storage for a new local variable (not initialized).
    pub(crate) fn new_local(&mut self, o: ObjId) -> Local {
        let t = self.c.objs[o as usize].ty;
        let n = self.slots(t);
        let l = if self.escapes(o) {
            self.fb.array_pad += self.stack_array_pad(o);
            Local::Boxed {
                slot: self.temp_kind(SlotKind::Ref(Ref::Ptr)),
                n,
                ty: t,
            }
        } else {
            Local::Slots {
                slot: self.temp_typed(&[t]),
                n,
            }
        };
        self.fb.locals.insert(o, l);
        l
    }

    /// Declares local `o` and initializes it from the `n` slots on top of
    /// the stack (allocating its box first if boxed).
    pub(crate) fn define_local_from_stack(&mut self, o: ObjId) {
        let l = self.new_local(o);
        self.store_new_local(l);
    }

    /// Stores the value on top of the stack into a fresh local's storage
    /// (a new box for boxed locals: per-iteration semantics).
    pub(crate) fn store_new_local(&mut self, l: Local) {
        match l {
            Local::Slots { slot, n } => self.store_slots(slot, n),
            Local::Boxed { slot, n, ty } => {
                // value is on the stack: box it, then store through it.
                let tmp = self.temp_typed(&[ty]);
                self.store_slots(tmp, n);
                self.emit_new_box(ty);
                self.emit(Op::Dup { n: 1 });
                self.emit(Op::StoreLocal { slot });
                self.load_slots(tmp, n);
                self.emit_store(ty);
            }
            Local::Captured { .. } | Local::CapturedValue { .. } => {
                unreachable!("defining a captured variable")
            }
        }
    }

    /// Declares local `o` with its zero value.
    pub(crate) fn define_local_zero(&mut self, o: ObjId) {
        let l = self.new_local(o);
        match l {
            Local::Slots { slot, n } => {
                for i in 0..n {
                    self.emit(Op::Push { v: 0 });
                    self.emit(Op::StoreLocal { slot: slot + i });
                }
            }
            Local::Boxed { slot, ty, .. } => {
                self.emit_new_box(ty);
                self.emit(Op::StoreLocal { slot });
            }
            Local::Captured { .. } | Local::CapturedValue { .. } => unreachable!(),
        }
    }

    pub(crate) fn load_slots(&mut self, slot: u32, n: u32) {
        match n {
            0 => {}
            1 => {
                self.emit(Op::LoadLocal { slot });
            }
            _ => {
                self.emit(Op::LoadLocalN { slot, n });
            }
        }
    }

    pub(crate) fn store_slots(&mut self, slot: u32, n: u32) {
        match n {
            0 => {}
            1 => {
                self.emit(Op::StoreLocal { slot });
            }
            _ => {
                self.emit(Op::StoreLocalN { slot, n });
            }
        }
    }

    /// Records an unsupported construct found while lowering.
    pub(crate) fn unsupported(&mut self, p: Pos, what: &str) {
        self.errors
            .push((self.fb.unit, p, format!("unsupported: {what}")));
    }

    /// Sets each method's function ids in the type table and registers
    /// natives.
    fn bind_methods(&mut self) {
        for (&(t, ref name), &b) in &self.c.methods {
            if let Some(n) = self.prog.types.named_mut(t) {
                if let Some(m) = n.methods.iter_mut().find(|m| &m.name == name) {
                    m.func = Some(FuncId(b));
                }
            }
        }
        for (i, b) in self.c.bodies.iter().enumerate() {
            let Some(d) = b.decl else { continue };
            let ast = &self.c.units[b.unit as usize].ast;
            if let ast::Decl::Func(f) = &ast.decls[d as usize] {
                if f.body.is_none() {
                    let pkg = &self.c.pkgs[self.c.units[b.unit as usize].pkg as usize].path;
                    let qual = match &b.recv {
                        Some(_) => b.name.clone(),
                        None => format!("{pkg}.{}", f.name.name),
                    };
                    // Only the prelude's packages have natives; a body
                    // missing from the user's program is gc's error.
                    let user = pkg == "main";
                    // A host function: its signature, for the embedder's
                    // conversions (`Program::host_sigs`, by host index).
                    let host = self.host_funcs.iter().position(|h| *h == qual);
                    if let (Some(i), None) = (host, b.recv) {
                        let sigs = &mut self.prog.host_sigs;
                        if sigs.len() <= i {
                            sigs.resize(i + 1, gust_vm::types::builtin::INVALID);
                        }
                        sigs[i] = b.sig;
                    }
                    let host = host.map(|i| gust_vm::natives::NATIVES.len() as u32 + i as u32);
                    match gust_vm::natives::lookup(&qual).or(host).filter(|_| !user) {
                        Some(id) => {
                            self.natives.insert(i as u32, id);
                        }
                        // gc accepts a blank function without a body: it
                        // can never be called.
                        None if user && f.name.name == "_" => {}
                        None if user => {
                            // gc reports a method at its receiver's `(`.
                            let text = &self.c.units[b.unit as usize].src.text;
                            let at = match f.recv {
                                Some(_) => text[f.pos.0 as usize..]
                                    .find('(')
                                    .map_or(f.name.pos, |i| Pos(f.pos.0 + i as u32)),
                                None => f.name.pos,
                            };
                            let msg = "missing function body".to_string();
                            self.errors.push((b.unit, at, msg));
                        }
                        None => self.errors.push((
                            b.unit,
                            f.name.pos,
                            format!("internal error: native {qual} is not implemented"),
                        )),
                    }
                }
            }
        }
    }

    /// Lowers body `b` into function `FuncId(b)`.
    fn lower_body(&mut self, b: u32) {
        let body = self.c.bodies[b as usize].clone();
        let ast = self.c.units[body.unit as usize].ast.clone();
        self.fb = empty_fb();
        self.fb.unit = body.unit;
        self.fb.has_defer = body.has_defer;
        let Type::Func(sig) = self.prog.types.get(body.sig).clone() else {
            return;
        };
        // Find the syntax.
        let (recv, ft, block, pos): (
            Option<&ast::Field>,
            &ast::FuncType,
            Option<&ast::Block>,
            Pos,
        ) = match (body.decl, body.lit) {
            (Some(d), _) => match &ast.decls[d as usize] {
                ast::Decl::Func(f) => (f.recv.as_ref(), &f.sig, f.body.as_ref(), f.pos),
                _ => return,
            },
            (None, Some(lit)) => match find_func_lit(&ast, lit) {
                Some((ft, blk, pos)) => (None, ft, Some(blk), pos),
                None => return,
            },
            _ => return,
        };
        self.set_pos(pos);
        let decl_line = self.fb.line;
        // Parameters occupy the first slots, receiver first.
        let mut param_objs: Vec<(Option<ObjId>, TypeId)> = vec![];
        let info = &self.c.units[body.unit as usize].info;
        if let Some(r) = recv {
            let rt = body.recv.unwrap_or(bt::INVALID);
            let o = r.names.first().and_then(|n| info.defs.get(&n.pos).copied());
            param_objs.push((o, rt));
        }
        let mut pi = 0;
        for f in &ft.params {
            for k in 0..f.names.len().max(1) {
                let t = sig.params.get(pi).copied().unwrap_or(bt::INVALID);
                let o = f.names.get(k).and_then(|n| info.defs.get(&n.pos).copied());
                param_objs.push((o, t));
                pi += 1;
            }
        }
        let mut slot = 0;
        let captures_as_params = self.captures_as_params(b);
        if captures_as_params {
            for &o in &body.captures {
                let t = self.c.objs[o as usize].ty;
                let n = self.slots(t);
                self.describe_slots(slot, &[t]);
                self.fb.locals.insert(o, Local::Slots { slot, n });
                slot += n;
            }
        }
        let mut boxed_params = vec![];
        for (o, t) in &param_objs {
            let n = self.slots(*t);
            self.describe_slots(slot, &[*t]);
            if let Some(o) = o {
                if self.escapes(*o) {
                    boxed_params.push((*o, slot, n));
                } else {
                    self.fb.locals.insert(*o, Local::Slots { slot, n });
                }
            }
            slot += n;
        }
        let params_slots = slot;
        self.fb.next_slot = slot;
        // Captured variables of a closure.
        if !captures_as_params {
            for (o, l) in self.capture_layout(b) {
                self.fb.locals.insert(o, l);
            }
        }
        for (o, s, n) in boxed_params {
            self.load_slots(s, n);
            self.define_local_from_stack(o);
        }
        // Results: named ones are locals; with defers, unnamed ones get
        // hidden locals so the epilogue can return them.
        self.fb.result_types = sig.results.clone();
        let mut ri = 0;
        let mut named = false;
        for f in &ft.results {
            for k in 0..f.names.len().max(1) {
                let t = sig.results.get(ri).copied().unwrap_or(bt::INVALID);
                if let Some(n) = f.names.get(k) {
                    named = true;
                    if let Some(&o) = info.defs.get(&n.pos) {
                        self.define_local_zero(o);
                        self.fb.results.push((o, t));
                    }
                }
                ri += 1;
            }
        }
        if !named && self.fb.has_defer && !sig.results.is_empty() {
            for (i, &t) in sig.results.iter().enumerate() {
                let fake = u32::MAX - 1000 - i as u32;
                let n = self.slots(t);
                let s = self.temp_typed(&[t]);
                self.fb.locals.insert(fake, Local::Slots { slot: s, n });
                self.fb.results.push((fake, t));
            }
        }
        let Some(block) = block else { return };
        let (appends, convs) = self.stack_appends(block);
        self.fb.stack_appends = appends.into_iter().collect();
        self.fb.conv_bufs = convs;
        // Defer kinds, as gc chooses them (see defers.rs).
        let named: Vec<String> = ft
            .results
            .iter()
            .flat_map(|f| f.names.iter().map(|n| n.name.clone()))
            .collect();
        self.fb.defer_kinds = crate::defers::classify(
            block,
            &self.c.units[body.unit as usize].info,
            &self.prog.types,
            &named,
            sig.results.len(),
            &|o, i| self.param_stays_local(o, i),
            &|p| self.local_ptr_stays_local(p, block, &self.c.units[body.unit as usize].info),
        );
        {
            let src = &self.c.units[body.unit as usize].src;
            for &(pos, kind) in &self.fb.defer_kinds.sites {
                let (l, c) = src.line_col(pos);
                self.prog
                    .defer_sites
                    .push((body.unit, l, c, kind.describe()));
            }
        }
        if self.fb.defer_kinds.open_coded() {
            let bits_slot = self.temp_kind(SlotKind::Scalar);
            self.fb.open_defers = Some(gust_vm::program::OpenDefers {
                bits_slot,
                defers: vec![],
            });
        }
        self.lower_block(&block.stmts);
        // Implicit return at the end.
        self.set_pos(block.rbrace);
        self.emit_return_results(None);
        // Epilogue for functions with defers.
        let mut deferreturn = None;
        if self.fb.has_defer {
            self.emit(Op::Nop);
            let ep = self.pc();
            for j in std::mem::take(&mut self.fb.epilogue_jumps) {
                self.patch(j, ep);
            }
            self.emit(Op::DeferReturn);
            let res = self.fb.results.clone();
            let mut n = 0;
            for (o, t) in res {
                self.load_var(o);
                n += self.slots(t);
            }
            self.emit(Op::Return { n });
            deferreturn = Some(ep as u32);
        }
        let results_slots: u32 = sig.results.iter().map(|t| self.slots(*t)).sum();
        let f = &mut self.prog.funcs[b as usize];
        f.params = params_slots;
        f.results = results_slots;
        f.code = std::mem::take(&mut self.fb.code);
        f.lines = std::mem::take(&mut self.fb.lines);
        f.locals = self.fb.next_slot.max(params_slots) + self.fb.array_pad;
        f.pad = self.fb.array_pad;
        f.deferreturn = deferreturn;
        f.line = decl_line;
        f.open_defers = self.fb.open_defers.take();
        f.unsigned_index = std::mem::take(&mut self.fb.unsigned_index);
        f.slot_kinds = std::mem::take(&mut self.fb.slot_kinds);
    }

    /// Returns from the current function: values already stored in the
    /// result variables (`vals == None`) or given by the expressions.
    pub(crate) fn emit_return_results(&mut self, vals: Option<&[ast::Expr]>) {
        let rts = self.fb.result_types.clone();
        if let Some(vals) = vals {
            if !vals.is_empty() {
                if self.fb.has_defer {
                    // Store into the result variables, then run defers.
                    let res = self.fb.results.clone();
                    self.push_values(vals, &rts);
                    for (o, _) in res.iter().rev() {
                        self.store_var_from_stack(*o);
                    }
                    self.return_to_epilogue();
                    return;
                }
                self.push_values(vals, &rts);
                let n = rts.iter().map(|t| self.slots(*t)).sum();
                self.emit(Op::Return { n });
                return;
            }
        }
        if self.fb.has_defer {
            self.return_to_epilogue();
            return;
        }
        let res = self.fb.results.clone();
        let mut n = 0;
        for (o, t) in res {
            self.load_var(o);
            n += self.slots(t);
        }
        self.emit(Op::Return { n });
    }

    /// A return of a function with defers, to the shared epilogue that
    /// runs them at the closing brace's line, as gc's one deferreturn
    /// exit does. Open-coded defers run at each exit in gc, so a panicking
    /// deferred call's traceback shows the `return`: they run here first.
    /// The `Nop` carries the line too: a suspended interpreted frame
    /// reports the instruction before its pc.
    fn return_to_epilogue(&mut self) {
        if self.fb.open_defers.is_some() {
            self.emit(Op::Nop);
            self.emit(Op::DeferReturn);
        }
        let j = self.emit(Op::Jump { target: 0 });
        self.fb.epilogue_jumps.push(j);
    }

    /// Loads local or global variable `o`.
    pub(crate) fn load_var(&mut self, o: ObjId) {
        // (Hidden result variables have no object, only frame slots.)
        let ty = || self.c.objs[o as usize].ty;
        if let Some(&g) = self.globals.get(&o) {
            let (ty, n) = (ty(), self.slots(ty()));
            self.emit(Op::LoadGlobal { off: g, ty, n });
            return;
        }
        let ty = match self.fb.locals.get(&o) {
            Some(Local::Slots { .. }) | None => bt::INVALID,
            Some(_) => ty(),
        };
        match self.fb.locals.get(&o).copied() {
            Some(Local::Slots { slot, n }) => self.load_slots(slot, n),
            Some(Local::Boxed { slot, .. }) => {
                self.emit(Op::LoadLocal { slot });
                self.emit_load(ty);
            }
            Some(Local::Captured { idx, .. }) => {
                self.emit(Op::LoadCapture { i: idx });
                self.emit_load(ty);
            }
            Some(Local::CapturedValue { idx, n }) => {
                for i in idx..idx + n {
                    self.emit(Op::LoadCapture { i });
                }
            }
            None => unreachable!("variable {} has no storage", self.c.objs[o as usize].name),
        }
    }

    /// Stores the value on top of the stack into variable `o`.
    pub(crate) fn store_var_from_stack(&mut self, o: ObjId) {
        if let Some(Local::Slots { slot, n }) = self.fb.locals.get(&o).copied() {
            // Also the hidden result variables, which have no object.
            self.store_slots(slot, n);
            return;
        }
        let ty = self.c.objs[o as usize].ty;
        let n = self.slots(ty);
        if let Some(&g) = self.globals.get(&o) {
            self.emit(Op::StoreGlobal { off: g, ty, n });
            return;
        }
        match self.fb.locals.get(&o).copied() {
            Some(Local::Slots { slot, n }) => self.store_slots(slot, n),
            Some(Local::Boxed { .. }) | Some(Local::Captured { .. }) => {
                let tmp = self.temp_typed(&[ty]);
                self.store_slots(tmp, n);
                self.var_addr(o);
                self.load_slots(tmp, n);
                self.emit_store(ty);
            }
            Some(Local::CapturedValue { .. }) => unreachable!(
                "writing {}, captured by value",
                self.c.objs[o as usize].name
            ),
            None => unreachable!("variable {} has no storage", self.c.objs[o as usize].name),
        }
    }

    /// Pushes a pointer to variable `o` (boxed, captured or global).
    pub(crate) fn var_addr(&mut self, o: ObjId) {
        if let Some(&g) = self.globals.get(&o) {
            let p = gust_vm::heap::ptr(gust_vm::program::GLOBALS_HANDLE, g);
            self.emit(Op::Push { v: p as i64 });
            return;
        }
        match self.fb.locals.get(&o).copied() {
            Some(Local::Boxed { slot, .. }) => {
                self.emit(Op::LoadLocal { slot });
            }
            Some(Local::Captured { idx, .. }) => {
                self.emit(Op::LoadCapture { i: idx });
            }
            _ => unreachable!(
                "address of a non-escaping variable {}",
                self.c.objs[o as usize].name
            ),
        }
    }

    /// Creates (or reuses) a synthesized function.
    pub(crate) fn synth(
        &mut self,
        key: String,
        build: impl FnOnce(&mut Self) -> Function,
    ) -> FuncId {
        if let Some(&f) = self.wrappers.get(&key) {
            return f;
        }
        let saved = std::mem::replace(&mut self.fb, empty_fb());
        self.fb.unit = saved.unit;
        self.fb.line = saved.line;
        let mut f = build(self);
        if f.slot_kinds.is_empty() {
            f.slot_kinds = std::mem::take(&mut self.fb.slot_kinds);
        }
        self.fb = saved;
        f.wrapper = true;
        let id = FuncId(self.prog.funcs.len() as u32);
        self.prog.funcs.push(f);
        self.wrappers.insert(key, id);
        id
    }

    /// The program entry: initialize packages in order, run `init`
    /// functions, then `main.main`.
    fn build_entry(&mut self) -> FuncId {
        self.fb = empty_fb();
        // gc's static initializers hold their values before any dynamic
        // initializer runs (staticinit.rs); the others run in order.
        let statics = self.static_initializers();
        let (mut order, dynamic): (Vec<_>, Vec<_>) = self
            .c
            .init_order
            .iter()
            .copied()
            .partition(|e| statics.contains(e));
        order.extend(dynamic);
        for (unit, decl, spec, name) in order {
            self.fb.unit = unit;
            let ast = self.c.units[unit as usize].ast.clone();
            if let ast::Decl::Gen(g) = &ast.decls[decl as usize] {
                if let ast::Spec::Value(v) = &g.specs[spec as usize] {
                    self.lower_global_spec(v, name);
                }
            }
        }
        let main_pkg = self.c.pkg_index("main");
        // init functions: prelude packages first (their order in pkgs).
        let mut inits = self.c.inits.clone();
        inits.sort_by_key(|&b| (self.c.units[self.c.bodies[b as usize].unit as usize].pkg, b));
        for b in inits {
            self.emit(Op::Call {
                func: FuncId(b),
                args: 0,
                rets: 0,
            });
        }
        self.emit(Op::Return { n: 0 });
        let init = self.push_runtime_func("runtime.doInit");
        self.prog.init = init;
        self.fb = empty_fb();
        self.emit(Op::Call {
            func: init,
            args: 0,
            rets: 0,
        });
        if let Some(p) = main_pkg {
            self.export_main_package(p);
            if let Some(&(_, main, _)) = self.prog.exported_funcs.iter().find(|e| e.0 == "main") {
                self.emit(Op::Call {
                    func: main,
                    args: 0,
                    rets: 0,
                });
            }
        }
        self.emit(Op::Return { n: 0 });
        self.push_runtime_func("runtime.main")
    }

    /// Adds the function being built (`self.fb`) as `name`.
    fn push_runtime_func(&mut self, name: &str) -> FuncId {
        let f = Function {
            name: name.into(),
            code: std::mem::take(&mut self.fb.code),
            lines: std::mem::take(&mut self.fb.lines),
            locals: self.fb.next_slot,
            slot_kinds: std::mem::take(&mut self.fb.slot_kinds),
            ..Default::default()
        };
        let id = FuncId(self.prog.funcs.len() as u32);
        self.prog.funcs.push(f);
        id
    }

    /// Records package `p`'s (main's) top-level functions and variables
    /// by name, for embedders (`Program::exported_funcs`,
    /// `Program::exported_vars`), sorted by name.
    fn export_main_package(&mut self, p: u32) {
        for (name, &o) in &self.c.pkgs[p as usize].scope {
            let ty = self.c.objs[o as usize].ty;
            if let Some(&b) = self.c.func_bodies.get(&o) {
                self.prog.exported_funcs.push((name.clone(), FuncId(b), ty));
            } else if let Some(&off) = self.globals.get(&o) {
                self.prog.exported_vars.push((name.clone(), off, ty));
            }
        }
        self.prog.exported_funcs.sort();
        self.prog.exported_vars.sort();
    }

    /// Initializes the variables of spec `v`, or only its variable
    /// `only` (a spec giving each variable its own value).
    fn lower_global_spec(&mut self, v: &ast::ValueSpec, only: Option<u32>) {
        let info = &self.c.units[self.fb.unit as usize].info;
        let objs: Vec<Option<ObjId>> = v
            .names
            .iter()
            .map(|n| info.defs.get(&n.pos).copied())
            .collect();
        if v.values.is_empty() {
            return; // zero-initialized
        }
        let types: Vec<TypeId> = objs
            .iter()
            .map(|o| o.map(|o| self.c.objs[o as usize].ty).unwrap_or(bt::INVALID))
            .collect();
        if v.values.len() == v.names.len() {
            let pick = |i: usize| only.is_none_or(|n| n as usize == i);
            for (_, ((o, e), t)) in objs
                .iter()
                .zip(&v.values)
                .zip(&types)
                .enumerate()
                .filter(|(i, _)| pick(*i))
            {
                self.set_pos(e.pos);
                match o {
                    Some(o) if self.c.objs[*o as usize].name != "_" => {
                        self.note_global_allocs(e);
                        self.expr_to(e, *t);
                        self.store_var_from_stack(*o);
                    }
                    _ => {
                        let et = self.expr_type(e);
                        self.expr(e);
                        let n = self.slots(et);
                        if n > 0 {
                            self.emit(Op::Pop { n });
                        }
                    }
                }
            }
        } else {
            let e = &v.values[0];
            self.set_pos(e.pos);
            let srcs = self.multi_types(e, objs.len());
            // Each value converted to its variable's type (`var a, b any
            // = m[k]` boxes both); a blank keeps the value's own type.
            let named = |o: &Option<ObjId>| o.is_some_and(|o| self.c.objs[o as usize].name != "_");
            let targets: Vec<TypeId> = objs
                .iter()
                .zip(&types)
                .zip(&srcs)
                .map(|((o, &t), &st)| if named(o) { t } else { st })
                .collect();
            self.push_values(std::slice::from_ref(e), &targets);
            for (o, st) in objs.iter().zip(&targets).rev() {
                match o {
                    Some(o) if self.c.objs[*o as usize].name != "_" => {
                        self.store_var_from_stack(*o);
                    }
                    _ => {
                        let n = self.slots(*st);
                        if n > 0 {
                            self.emit(Op::Pop { n });
                        }
                    }
                }
            }
        }
    }

    /// Notes the zero-size `new(T)` / `&T{}` of a package-level variable's
    /// initializer `e` that end up stored in it (directly or as elements
    /// of composite literals): they escape, so they are mallocgc's
    /// zero-size object, runtime.zerobase.
    fn note_global_allocs(&mut self, e: &ast::Expr) {
        let t = self.expr_type(e);
        self.note_allocs_as(e, t);
    }

    /// [`Self::note_global_allocs`] for `e` of (expected) type `t`: an
    /// elided `{}` element of a `[]*T` literal is a `&T{}`.
    fn note_allocs_as(&mut self, e: &ast::Expr, t: TypeId) {
        let e = crate::check::strip_parens(e);
        let elided_empty = match (&e.kind, self.prog.types.get(t)) {
            (ast::ExprKind::Composite { ty: None, elts, .. }, Type::Pointer(p)) => {
                elts.is_empty() && self.slots(*p) == 0
            }
            _ => false,
        };
        if elided_empty || self.zero_size_new(e) {
            self.zerobase_allocs.insert(e.id);
        }
        let ast::ExprKind::Composite { elts, .. } = &e.kind else {
            return;
        };
        let lit = match self.prog.types.get(t) {
            Type::Pointer(p) => *p,
            _ => t,
        };
        let (key_t, elem_t) = match self.prog.types.under(lit).clone() {
            Type::Map(k, v) => (Some(k), Some(v)),
            Type::Slice(v) | Type::Array(v, _) => (None, Some(v)),
            _ => (None, None),
        };
        for el in elts {
            if let (Some(k), Some(kt)) = (&el.key, key_t) {
                self.note_allocs_as(k, kt);
            }
            let vt = elem_t.unwrap_or_else(|| self.expr_type(&el.value));
            self.note_allocs_as(&el.value, vt);
        }
    }

    /// Whether `e` is `new(T)` or `&T{}` of a zero-size `T` (nothing to
    /// evaluate but the allocation).
    pub(crate) fn zero_size_new(&self, e: &ast::Expr) -> bool {
        let e = crate::check::strip_parens(e);
        let pointee_empty = || match self.prog.types.get(self.expr_type(e)) {
            Type::Pointer(t) => self.slots(*t) == 0,
            _ => false,
        };
        match &e.kind {
            ast::ExprKind::Call { args, .. } => {
                matches!(
                    self.call_kind(e),
                    Some(crate::check::CallKind::Builtin(crate::check::Builtin::New))
                ) && !self.info().new_values.contains(&e.id)
                    && args.len() == 1
                    && pointee_empty()
            }
            ast::ExprKind::Unary(ast::UnOp::Addr, x) => {
                matches!(&crate::check::strip_parens(x).kind, ast::ExprKind::Composite { elts, .. } if elts.is_empty())
                    && pointee_empty()
            }
            _ => false,
        }
    }

    /// Builds the interface dispatch tables: for every type with methods
    /// (named types and pointers to them), method name → a function that
    /// takes the interface data word as receiver.
    fn build_itabs(&mut self) {
        let n = self.prog.types.len();
        self.prog.itabs = vec![vec![]; n];
        // Only method names that interfaces (or natives) ask for matter,
        // but computing all is simple and cheap.
        for t in 0..n {
            let tid = TypeId(t as u32);
            let (base, is_ptr) = match self.prog.types.get(tid) {
                Type::Pointer(b) => (*b, true),
                _ => (tid, false),
            };
            let names = self.method_set_names(base, is_ptr);
            let mut tab = vec![];
            for name in names {
                let sig = match self.c.lookup_field_or_method(tid, &name) {
                    Some(crate::check::expr_lookup::Lookup::Method { sig, .. })
                    | Some(crate::check::expr_lookup::Lookup::IfaceMethod { sig, .. }) => sig,
                    _ => continue,
                };
                if let Some(f) = self.iface_adapter(tid, &name, true) {
                    let id = self.method_id(&name);
                    tab.push(gust_vm::program::ItabEntry {
                        name: id,
                        func: f,
                        sig,
                    });
                }
            }
            tab.sort_by_key(|e| e.name);
            if t < self.prog.itabs.len() {
                self.prog.itabs[t] = tab;
            }
        }
        // New types may have been interned by adapters; keep lengths equal.
        self.prog.itabs.resize(self.prog.types.len(), vec![]);
    }

    /// The function an interface call of method `name` runs for dynamic
    /// type `d`: the method itself when its receiver is the interface's
    /// data word, else an adapter that derives the receiver from it
    /// (unboxing, promoted-method paths, pointer/value adjustments).
    /// `panicwrap`: the adapter from `*T` to a value method of `T`
    /// checks for nil first, as gc's wrapper does; without it (a call gc
    /// devirtualizes) a nil pointer fails in the dereference.
    pub(crate) fn iface_adapter(
        &mut self,
        d: TypeId,
        name: &str,
        panicwrap: bool,
    ) -> Option<FuncId> {
        use crate::check::expr_lookup::Lookup;
        let lk = self.c.lookup_field_or_method(d, name)?;
        let d_is_ptr = matches!(self.prog.types.get(d), Type::Pointer(_));
        let d_slots = self.slots(d);
        match lk {
            Lookup::Method {
                path,
                recv_named,
                ptr_recv,
                sig,
                ..
            } => {
                let &b = self.c.methods.get(&(recv_named, name.to_string()))?;
                let direct = path.is_empty()
                    && ((d_is_ptr && ptr_recv) || (!d_is_ptr && !ptr_recv && d_slots == 1));
                if direct {
                    return Some(match self.natives.get(&b) {
                        Some(&id) => self.native_wrapper_pub(b, id),
                        None => FuncId(b),
                    });
                }
                let Type::Func(msig) = self.prog.types.get(sig).clone() else {
                    return None;
                };
                let params: u32 = msig.params.iter().map(|t| self.slots(*t)).sum();
                let rets: u32 = msig.results.iter().map(|t| self.slots(*t)).sum();
                let callee = match self.natives.get(&b) {
                    Some(&id) => Err(id),
                    None => Ok(FuncId(b)),
                };
                let recv_n = if ptr_recv { 1 } else { self.slots(recv_named) };
                let gname = self.c.bodies[b as usize].name.clone();
                // gc's wrapper from *T to a method of T itself checks for
                // nil first (panicwrap); promoted methods just dereference.
                let wrap_msg = (panicwrap && d_is_ptr && path.is_empty() && !ptr_recv).then(|| {
                    let t = self.prog.types.name(recv_named);
                    let short = t.rsplit('.').next().unwrap_or(&t).to_string();
                    format!("value method {t}.{name} called using nil *{short} pointer")
                });
                let key = if wrap_msg.is_some() {
                    "iadapt"
                } else {
                    "iadapt-direct"
                };
                Some(self.synth(format!("{key}:{}:{name}", d.0), |l| {
                    l.fb.next_slot = 1 + params;
                    if let Some(msg) = wrap_msg {
                        l.emit(Op::LoadLocal { slot: 0 });
                        l.emit(Op::Push { v: 0 });
                        l.emit(Op::Cmp { op: Cmp::Eq });
                        let ok = l.emit(Op::JumpIfFalse { target: 0 });
                        l.push_string_const(msg.as_bytes());
                        l.native_call("runtime.panicwrap", 2, 0);
                        let here = l.pc();
                        l.patch(ok, here);
                    }
                    l.emit(Op::LoadLocal { slot: 0 });
                    let (cur, is_ptr) = if d_is_ptr {
                        (
                            match l.prog.types.get(d) {
                                Type::Pointer(e) => *e,
                                _ => d,
                            },
                            true,
                        )
                    } else {
                        (d, d_slots > 1)
                    };
                    l.derive_receiver(cur, is_ptr, &path, ptr_recv, recv_n);
                    l.load_slots(1, params);
                    match callee {
                        Ok(f) => l.emit(Op::Call {
                            func: f,
                            args: recv_n + params,
                            rets,
                        }),
                        Err(id) => l.emit(Op::CallNative {
                            id,
                            args: recv_n + params,
                            rets,
                        }),
                    };
                    l.emit(Op::Return { n: rets });
                    Function {
                        name: gname,
                        params: 1 + params,
                        results: rets,
                        locals: l.fb.next_slot,
                        code: std::mem::take(&mut l.fb.code),
                        lines: std::mem::take(&mut l.fb.lines),
                        ..Default::default()
                    }
                }))
            }
            Lookup::IfaceMethod { path, sig, .. } => {
                let Type::Func(msig) = self.prog.types.get(sig).clone() else {
                    return None;
                };
                let params: u32 = msig.params.iter().map(|t| self.slots(*t)).sum();
                let rets: u32 = msig.results.iter().map(|t| self.slots(*t)).sum();
                let m = self.method_id(name);
                Some(self.synth(format!("iadapt:{}:{name}", d.0), |l| {
                    l.fb.next_slot = 1 + params;
                    l.emit(Op::LoadLocal { slot: 0 });
                    let (mut is_ptr_state, mut cur) = if d_is_ptr {
                        (
                            true,
                            match l.prog.types.get(d) {
                                Type::Pointer(e) => *e,
                                _ => d,
                            },
                        )
                    } else {
                        (d_slots > 1, d)
                    };
                    for &i in &path {
                        if let Type::Pointer(e) = l.prog.types.get(cur).clone() {
                            if is_ptr_state {
                                l.emit_load(cur);
                            }
                            is_ptr_state = true;
                            cur = e;
                        }
                        l.field_step(cur, i, is_ptr_state);
                        cur = l.field_type(cur, i);
                    }
                    if is_ptr_state {
                        l.emit_load(cur);
                    }
                    l.load_slots(1, params);
                    l.emit(Op::CallIface {
                        method: m,
                        args: params,
                        rets,
                    });
                    l.emit(Op::Return { n: rets });
                    Function {
                        name: format!("{name}-iface"),
                        params: 1 + params,
                        results: rets,
                        locals: l.fb.next_slot,
                        code: std::mem::take(&mut l.fb.code),
                        lines: std::mem::take(&mut l.fb.lines),
                        ..Default::default()
                    }
                }))
            }
            Lookup::Field { .. } => None,
        }
    }

    /// With a value of type `cur` on the stack (or, if `is_ptr`, a pointer
    /// to one), follows the embedded-field `path` and leaves the method
    /// receiver: a pointer for pointer receivers, else the value
    /// (`recv_n` slots).
    pub(crate) fn derive_receiver(
        &mut self,
        mut cur: TypeId,
        mut is_ptr: bool,
        path: &[u32],
        ptr_recv: bool,
        recv_n: u32,
    ) {
        for &i in path {
            if let Type::Pointer(e) = self.prog.types.get(cur).clone() {
                if is_ptr {
                    self.emit_load(cur);
                }
                is_ptr = true;
                cur = e;
            }
            self.field_step(cur, i, is_ptr);
            cur = self.field_type(cur, i);
        }
        if let Type::Pointer(e) = self.prog.types.get(cur).clone() {
            if is_ptr {
                self.emit_load(cur);
            }
            is_ptr = true;
            cur = e;
        }
        if ptr_recv {
            if !is_ptr {
                self.box_top(cur);
            }
        } else if is_ptr {
            debug_assert_eq!(self.slots(cur), recv_n, "receiver size");
            self.emit_load(cur);
        }
    }

    /// With a struct of type `cur` on the stack (or, if `is_ptr`, a
    /// pointer to one), leaves its field `i` (or a pointer to it).
    pub(crate) fn field_step(&mut self, cur: TypeId, i: u32, is_ptr: bool) {
        if is_ptr {
            let off = self.prog.types.field_byte_offset(cur, i as usize);
            if off > 0 {
                self.emit(Op::FieldAddr { off });
            }
        } else {
            let off = self.prog.types.field_offset(cur, i as usize);
            let total = self.slots(cur);
            let n = self.slots(self.field_type(cur, i));
            self.emit(Op::Extract { off, n, total });
        }
    }

    /// Names of the methods in the method set of `base` (or `*base`).
    fn method_set_names(&self, base: TypeId, is_ptr: bool) -> Vec<String> {
        let mut out = vec![];
        let mut seen = std::collections::HashSet::new();
        self.collect_method_names(base, is_ptr, &mut out, &mut seen, 0);
        out
    }

    fn collect_method_names(
        &self,
        t: TypeId,
        via_ptr: bool,
        out: &mut Vec<String>,
        seen: &mut std::collections::HashSet<TypeId>,
        depth: u32,
    ) {
        if depth > 6 || !seen.insert(t) {
            return;
        }
        if let Some(n) = self.prog.types.named(t) {
            for m in &n.methods {
                if (via_ptr || !m.ptr_recv) && !out.contains(&m.name) {
                    out.push(m.name.clone());
                }
            }
        }
        if matches!(self.prog.types.get(t), Type::Named(_) | Type::Struct(_)) {
            if let Type::Struct(fs) = self.prog.types.under(t).clone() {
                for f in fs.iter().filter(|f| f.embedded) {
                    match self.prog.types.get(f.ty).clone() {
                        Type::Pointer(inner) => {
                            self.collect_method_names(inner, true, out, seen, depth + 1)
                        }
                        _ => {
                            if let Type::Interface(ms) = self.prog.types.under(f.ty) {
                                for m in ms {
                                    if !out.contains(&m.name) {
                                        out.push(m.name.clone());
                                    }
                                }
                            } else {
                                self.collect_method_names(f.ty, via_ptr, out, seen, depth + 1)
                            }
                        }
                    }
                }
            }
        }
    }

    fn named_type(&self, pkg: &str, name: &str) -> TypeId {
        self.c
            .pkg_index(pkg)
            .and_then(|p| self.c.pkgs[p as usize].scope.get(name))
            .map(|&o| self.c.objs[o as usize].ty)
            .unwrap_or(bt::INVALID)
    }

    fn ptr_to_named(&mut self, pkg: &str, name: &str) -> TypeId {
        let t = self.named_type(pkg, name);
        if t == bt::INVALID {
            return t;
        }
        self.prog.types.intern(Type::Pointer(t))
    }

    /// The recorded type of expression `e` in the current unit.
    pub(crate) fn expr_type(&self, e: &ast::Expr) -> TypeId {
        self.c.units[self.fb.unit as usize]
            .info
            .types
            .get(&e.id)
            .copied()
            .unwrap_or(bt::INVALID)
    }

    pub(crate) fn info(&self) -> &crate::check::Info {
        &self.c.units[self.fb.unit as usize].info
    }
}

/// Finds the function literal with id `id` in `file`.
fn find_func_lit(file: &ast::File, id: ExprId) -> Option<(&ast::FuncType, &ast::Block, Pos)> {
    let e = crate::visit::find_expr(file, id)?;
    match &e.kind {
        ast::ExprKind::FuncLit { sig, body } => Some((sig, body, e.pos)),
        _ => None,
    }
}

#[cfg(test)]
mod tests;
