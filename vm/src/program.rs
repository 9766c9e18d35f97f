//! A compiled program: functions, types, constants and dispatch tables.

use crate::op::Op;
use crate::types::{FuncId, TypeId, TypeTable};

/// One method of a type's method set, for interface dispatch.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct ItabEntry {
    /// Method name id (index into `Program::method_names`).
    pub name: u32,
    /// The function to call, taking the interface's data word as
    /// receiver.
    pub func: FuncId,
    /// The method's signature (without receiver), a `Type::Func`.
    pub sig: TypeId,
}

/// How a slot refers to the heap (the kinds of Go's pointer bitmaps).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Ref {
    /// A pointer, `handle << 32 | offset` (pointers, strings' data,
    /// slices' arrays).
    Ptr,
    /// A handle (maps, func values).
    Handle,
    /// The type word of an interface; its data word follows, and refers
    /// to the heap as the dynamic type says (the boxing rule).
    Iface,
}

/// What a frame slot holds, for the collector's root scan (a frame's
/// pointer map, [`Function::slot_kinds`]).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum SlotKind {
    /// No reference: a scalar, a string's length, an interface's data
    /// word (its type word says how to follow it).
    Scalar,
    /// A reference of this kind.
    Ref(Ref),
    /// Unknown: followed only when it is the handle, or the pointer, of
    /// an object that exists.
    Conservative,
}

/// Heap handle of the globals object.
pub const GLOBALS_HANDLE: u32 = 1;

/// One compiled function.
#[derive(Clone, Debug, Default)]
pub struct Function {
    /// Go's name for tracebacks: `main.f`, `main.(*T).M`, `main.main.func1`.
    pub name: String,
    /// Source file index into [`Program::files`].
    pub file: u32,
    /// Line of the `func` keyword.
    pub line: u32,
    /// Slots of the parameters (receiver first), the frame's first locals.
    pub params: u32,
    /// Slots of the results.
    pub results: u32,
    /// Slots of all locals, parameters included (the operand stack starts
    /// above them).
    pub locals: u32,
    /// Deepest operand stack, computed by [`crate::verify`].
    pub max_stack: u32,
    /// The last `pad` of the `locals` slots are never read or written:
    /// they make the frame's share of the goroutine stack approximate
    /// gc's frame size (the return address and frame pointer, and arrays
    /// gc keeps in the frame but gust boxes), so the 1 GB limit is reached
    /// at gc's depths. They are not zeroed.
    pub pad: u32,
    /// The code.
    pub code: Vec<Op>,
    /// Source line of each instruction.
    pub lines: Vec<u32>,
    /// Where a recovered panic resumes this frame: its `DeferReturn`
    /// epilogue, which runs the remaining defers and returns the named
    /// results. `None` for functions without defers.
    pub deferreturn: Option<u32>,
    /// Slot of the first result variable when results are named or the
    /// function has defers (the epilogue returns them from there).
    pub result_slot: u32,
    /// A wrapper (method value, deferred builtin, interface adapter):
    /// `recover` in the function it calls counts as called by the
    /// deferred function itself.
    pub wrapper: bool,
    /// For a function whose defers are open-coded (≤ 8, none in a loop,
    /// returns × defers ≤ 15): its funcdata. Interpreted, such a function
    /// still uses stack records; the JIT emits the bitmask code.
    pub open_defers: Option<OpenDefers>,
    /// Pcs of bounds-checked instructions whose index is a 64-bit unsigned
    /// value: a failing index >= 2^63 prints unsigned there, as Go's
    /// `boundsError.signed == false` does.
    pub unsigned_index: Vec<u32>,
    /// The frame's pointer map: what each of its first local slots
    /// holds, parameters first. Lowering describes every slot whose type
    /// it knows (parameters, variables, result variables, typed
    /// temporaries); each slot holds a value of one type for the whole
    /// call (slots are zeroed at entry and never reused for another
    /// type). Slots past the end of the vector (all of them for
    /// hand-built functions) are [`SlotKind::Conservative`]; the `pad`
    /// slots are never scanned.
    pub slot_kinds: Vec<SlotKind>,
    /// Which reference slots are live, and how deep the operand stack
    /// is, where a frame can stand during a collection (made by the
    /// verifier from the final code; the default scans every slot).
    pub frame_maps: crate::liveness::FrameMaps,
}

/// Slots every frame is charged for gc's return address and frame pointer
/// (see [`Function::pad`]).
pub const FRAME_OVERHEAD_SLOTS: u32 = 2;

/// Funcdata of a function with open-coded defers (Go's
/// `emitOpenDeferInfo`): where its deferBits live and, per defer, the
/// slots holding the closure and the evaluated arguments.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct OpenDefers {
    /// Frame slot of the deferBits bitmask.
    pub bits_slot: u32,
    /// Per defer, in source order: (closure slot, first argument slot,
    /// argument slots).
    pub defers: Vec<(u32, u32, u32)>,
}

/// A compiled program, ready for the VM.
#[derive(Clone, Debug, Default)]
pub struct Program {
    /// All functions; [`Program::entry`] runs package initialization and
    /// then `main.main`.
    pub funcs: Vec<Function>,
    /// All types.
    pub types: TypeTable,
    /// String constants; constant `i` lives at heap handle `i + 2`.
    pub strings: Vec<Vec<u8>>,
    /// Size in bytes of the globals object (package-level variables in
    /// Go's layout, each at its alignment).
    pub globals: u32,
    /// Method names used by interface calls (`CallIface.method` indexes
    /// this).
    pub method_names: Vec<String>,
    /// Per type id: its method set for interface dispatch, sorted by
    /// method name id.
    pub itabs: Vec<Vec<ItabEntry>>,
    /// The signature `func() string` (of `Error` and `String` methods).
    pub string_method_sig: TypeId,
    /// Source file names, for tracebacks.
    pub files: Vec<String>,
    /// The entry function: package initialization, then `main.main`.
    pub entry: FuncId,
    /// Package initialization alone (`runtime.doInit`: variable
    /// initializers in dependency order, then the `init` functions).
    pub init: FuncId,
    /// The top-level functions of package main, by name (for embedders'
    /// calls): each one's id and signature type.
    pub exported_funcs: Vec<(String, FuncId, TypeId)>,
    /// The Go signature of each host function an embedder registered
    /// (native `NATIVES.len() + i` is host function `i`), where the
    /// program declares it.
    pub host_sigs: Vec<TypeId>,
    /// The package-level variables of package main, by name: each one's
    /// byte offset in the globals and type.
    pub exported_vars: Vec<(String, u32, TypeId)>,
    /// Type of `*runtime.Error`-style runtime error values (a named string
    /// type with an `Error` method), set by the frontend's prelude.
    pub runtime_error_type: TypeId,
    /// Type of `runtime.boundsError` (index and slice-bounds errors).
    pub bounds_error_type: TypeId,
    /// Type of `runtime.plainError` (a runtime error whose text has no
    /// `runtime error: ` prefix, e.g. nil map writes).
    pub plain_error_type: TypeId,
    /// Type of `*runtime.TypeAssertionError` (a pointer to a one-string
    /// struct).
    pub type_assertion_error_type: TypeId,
    /// Type of `*runtime.PanicNilError` (data: the message string).
    pub panic_nil_error_type: TypeId,
    /// The type `[]byte` (`[]uint8`), which `fmt` prints specially.
    pub byte_slice_type: TypeId,
    /// Every live defer statement: file index, line, column and gc's kind
    /// wording (`open-coded defer`), for `gust run -d=defer`.
    pub defer_sites: Vec<(u32, u32, u32, &'static str)>,
    /// Type of `*errors.errorString` (a pointer to a one-string struct),
    /// for errors created by natives.
    pub error_string_type: TypeId,
}

impl Program {
    /// Heap handle of string constant `i`.
    pub fn string_handle(i: usize) -> u64 {
        i as u64 + 2
    }

    /// Heap handle of the object holding all package-level variables
    /// (always 1: see [`crate::heap::Heap::with_program`]).
    pub fn globals_handle(&self) -> u32 {
        GLOBALS_HANDLE
    }

    /// The function with id `f`.
    #[inline]
    pub fn func(&self, f: FuncId) -> &Function {
        &self.funcs[f.0 as usize]
    }

    /// The interface-dispatch target of method `name` on dynamic type `ty`.
    pub fn find_method(&self, ty: TypeId, name: u32) -> Option<FuncId> {
        self.find_method_entry(ty, name).map(|e| e.func)
    }

    /// The method-set entry of method `name` of dynamic type `ty`.
    pub fn find_method_entry(&self, ty: TypeId, name: u32) -> Option<ItabEntry> {
        let tab = self.itabs.get(ty.0 as usize)?;
        tab.binary_search_by_key(&name, |e| e.name)
            .ok()
            .map(|i| tab[i])
    }

    /// The `Error`, `String` or `GoString` method (`func() string`) of
    /// `ty`, if any.
    pub fn string_method(&self, ty: TypeId, name: &str) -> Option<FuncId> {
        let e = self.find_method_entry(ty, self.method_id(name)?)?;
        (e.sig == self.string_method_sig).then_some(e.func)
    }

    /// The id of method name `name`, if any interface call uses it.
    pub fn method_id(&self, name: &str) -> Option<u32> {
        self.method_names
            .iter()
            .position(|n| n == name)
            .map(|i| i as u32)
    }

    /// Renders the bytecode of every function (`gust disasm`).
    pub fn disassemble(&self) -> String {
        let mut out = String::new();
        for (i, f) in self.funcs.iter().enumerate() {
            out.push_str(&format!(
                "func {} #{i} params={} results={} locals={} max_stack={}",
                f.name, f.params, f.results, f.locals, f.max_stack
            ));
            if let Some(d) = f.deferreturn {
                out.push_str(&format!(" deferreturn={d}"));
            }
            if let Some(od) = &f.open_defers {
                out.push_str(&format!(
                    " open-coded-defers={} deferBits=L{}",
                    od.defers.len(),
                    od.bits_slot
                ));
                for (i, (c, a, n)) in od.defers.iter().enumerate() {
                    out.push_str(&format!(" d{i}=(closure L{c}, args L{a}..+{n})"));
                }
            }
            out.push('\n');
            for (pc, op) in f.code.iter().enumerate() {
                let line = f.lines.get(pc).copied().unwrap_or(0);
                out.push_str(&format!("  {pc:5} {line:5}  {}", op.name()));
                op.write_operands(&mut out);
                if let Op::Call { func, .. } | Op::MakeClosure { func, .. } = op {
                    out.push_str(&format!("  ; {}", self.func(*func).name));
                }
                out.push('\n');
            }
        }
        out
    }
}
