//! Go types, interned in one table shared by the checker and the runtime.
//!
//! The checker builds the table while it resolves declarations; the VM reads
//! it to lay out values (slot counts), to compare and hash interface values,
//! to print values (`%v`, `%T`) and to dispatch interface method calls.
//!
//! **Invariant:** structurally identical unnamed types have one [`TypeId`]
//! (they are interned), and every named type declaration has its own. So
//! type identity, as Go defines it, is `TypeId` equality.

use std::collections::HashMap;

/// Index of a type in the [`TypeTable`].
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Default)]
pub struct TypeId(pub u32);

/// Index of a function in the program.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Default)]
pub struct FuncId(pub u32);

/// The integer kinds. All are held sign- or zero-extended in a 64-bit slot.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum IntKind {
    /// `int`
    Int,
    /// `int8`
    I8,
    /// `int16`
    I16,
    /// `int32` (also `rune`)
    I32,
    /// `int64`
    I64,
    /// `uint`
    Uint,
    /// `uint8` (also `byte`)
    U8,
    /// `uint16`
    U16,
    /// `uint32`
    U32,
    /// `uint64`
    U64,
    /// `uintptr`
    Uintptr,
}

impl IntKind {
    /// Width in bits.
    pub fn bits(self) -> u32 {
        use IntKind::*;
        match self {
            I8 | U8 => 8,
            I16 | U16 => 16,
            I32 | U32 => 32,
            Int | I64 | Uint | U64 | Uintptr => 64,
        }
    }

    /// Whether the kind is signed.
    pub fn signed(self) -> bool {
        matches!(
            self,
            IntKind::Int | IntKind::I8 | IntKind::I16 | IntKind::I32 | IntKind::I64
        )
    }

    /// The Go spelling.
    pub fn name(self) -> &'static str {
        use IntKind::*;
        match self {
            Int => "int",
            I8 => "int8",
            I16 => "int16",
            I32 => "int32",
            I64 => "int64",
            Uint => "uint",
            U8 => "uint8",
            U16 => "uint16",
            U32 => "uint32",
            U64 => "uint64",
            Uintptr => "uintptr",
        }
    }
}

/// Kinds of untyped constants (never reach the runtime).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Untyped {
    /// untyped bool
    Bool,
    /// untyped int
    Int,
    /// untyped rune
    Rune,
    /// untyped float
    Float,
    /// untyped string
    String,
    /// untyped nil
    Nil,
}

/// A struct field.
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub struct Field {
    /// Field name (for an embedded field, the type's name).
    pub name: String,
    /// Field type.
    pub ty: TypeId,
    /// `true` for an embedded field.
    pub embedded: bool,
    /// The struct tag, if any (part of the type's identity).
    pub tag: Option<String>,
}

/// A function signature.
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub struct Sig {
    /// Parameter types; if `variadic`, the last is a slice type.
    pub params: Vec<TypeId>,
    /// Result types.
    pub results: Vec<TypeId>,
    /// `true` if the last parameter is `...T`.
    pub variadic: bool,
}

/// An interface method (name and signature without receiver).
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub struct IMethod {
    /// Method name.
    pub name: String,
    /// Its signature, a `Type::Func`.
    pub sig: TypeId,
}

/// A method declared on a named type.
#[derive(Clone, Debug)]
pub struct Method {
    /// Method name.
    pub name: String,
    /// Its signature without receiver, a `Type::Func`.
    pub sig: TypeId,
    /// `true` if declared with a pointer receiver.
    pub ptr_recv: bool,
    /// The compiled method (receiver first).
    pub func: Option<FuncId>,
    /// The method as called through an interface: its receiver is the
    /// interface's one data word (see `vm::value` for the boxing rule).
    pub iface_func: Option<FuncId>,
}

/// A Go type.
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub enum Type {
    /// Placeholder for an invalid type (after an error).
    Invalid,
    /// `bool`
    Bool,
    /// An integer type.
    Int(IntKind),
    /// `float32`
    Float32,
    /// `float64`
    Float64,
    /// `string`
    String,
    /// An untyped constant's type.
    Untyped(Untyped),
    /// `[len]elem`
    Array(TypeId, u64),
    /// `[]elem`
    Slice(TypeId),
    /// `map[key]value`
    Map(TypeId, TypeId),
    /// `*elem`
    Pointer(TypeId),
    /// `func(...) ...`
    Func(Sig),
    /// `struct { ... }`
    Struct(Vec<Field>),
    /// `interface { ... }`, methods flattened and sorted by name.
    Interface(Vec<IMethod>),
    /// The result list of a multi-valued call.
    Tuple(Vec<TypeId>),
    /// A named (defined) type; its data lives in [`Named`], by index.
    Named(u32),
}

/// A named type's declaration data.
#[derive(Clone, Debug)]
pub struct Named {
    /// Package path (`main`, `errors`, ...); empty for predeclared `error`.
    pub pkg: String,
    /// Declared name.
    pub name: String,
    /// Underlying type (set after declaration, for recursive types).
    pub underlying: TypeId,
    /// Declared methods, sorted by name once declarations are complete.
    pub methods: Vec<Method>,
}

/// How a type is spelled: as `reflect` (and so `%T` and runtime errors)
/// prints it, or as types2 does in compile errors.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum TypeStyle {
    /// `main.T`, `struct { X int }`, `interface {}`.
    Reflect,
    /// `T` (package main unqualified), `struct{X int}`, `interface{}`, `any`.
    Types2,
}

impl TypeStyle {
    /// The braces around a struct's fields or an interface's methods.
    fn braces(self, empty: bool) -> (&'static str, &'static str) {
        match (self, empty) {
            (TypeStyle::Types2, _) => ("{", "}"),
            (TypeStyle::Reflect, true) => (" {", "}"),
            (TypeStyle::Reflect, false) => (" { ", " }"),
        }
    }
}

/// The table of all types of a program.
#[derive(Clone, Debug, Default)]
pub struct TypeTable {
    types: Vec<Type>,
    intern: HashMap<Type, TypeId>,
    named: Vec<Named>,
    slots: Vec<u32>,
    /// Each type's Go memory layout, made on first use once the table is
    /// frozen ([`TypeTable::freeze_layouts`]).
    layouts: Vec<std::sync::OnceLock<crate::layout::Layout>>,
}

/// Ids of types every program has, created by [`TypeTable::new`] in this
/// order.
pub mod builtin {
    use super::TypeId;
    /// invalid
    pub const INVALID: TypeId = TypeId(0);
    /// bool
    pub const BOOL: TypeId = TypeId(1);
    /// int
    pub const INT: TypeId = TypeId(2);
    /// int8
    pub const INT8: TypeId = TypeId(3);
    /// int16
    pub const INT16: TypeId = TypeId(4);
    /// int32 (rune)
    pub const INT32: TypeId = TypeId(5);
    /// int64
    pub const INT64: TypeId = TypeId(6);
    /// uint
    pub const UINT: TypeId = TypeId(7);
    /// uint8 (byte)
    pub const UINT8: TypeId = TypeId(8);
    /// uint16
    pub const UINT16: TypeId = TypeId(9);
    /// uint32
    pub const UINT32: TypeId = TypeId(10);
    /// uint64
    pub const UINT64: TypeId = TypeId(11);
    /// uintptr
    pub const UINTPTR: TypeId = TypeId(12);
    /// float32
    pub const FLOAT32: TypeId = TypeId(13);
    /// float64
    pub const FLOAT64: TypeId = TypeId(14);
    /// string
    pub const STRING: TypeId = TypeId(15);
    /// untyped bool
    pub const UNTYPED_BOOL: TypeId = TypeId(16);
    /// untyped int
    pub const UNTYPED_INT: TypeId = TypeId(17);
    /// untyped rune
    pub const UNTYPED_RUNE: TypeId = TypeId(18);
    /// untyped float
    pub const UNTYPED_FLOAT: TypeId = TypeId(19);
    /// untyped string
    pub const UNTYPED_STRING: TypeId = TypeId(20);
    /// untyped nil
    pub const UNTYPED_NIL: TypeId = TypeId(21);
    /// interface{} (any)
    pub const ANY: TypeId = TypeId(22);
    /// the empty tuple (no results)
    pub const VOID: TypeId = TypeId(23);
}

impl TypeTable {
    /// A table holding the predeclared types at their [`builtin`] ids.
    pub fn new() -> Self {
        let mut t = TypeTable::default();
        use IntKind::*;
        let pre = [
            Type::Invalid,
            Type::Bool,
            Type::Int(Int),
            Type::Int(I8),
            Type::Int(I16),
            Type::Int(I32),
            Type::Int(I64),
            Type::Int(Uint),
            Type::Int(U8),
            Type::Int(U16),
            Type::Int(U32),
            Type::Int(U64),
            Type::Int(Uintptr),
            Type::Float32,
            Type::Float64,
            Type::String,
            Type::Untyped(Untyped::Bool),
            Type::Untyped(Untyped::Int),
            Type::Untyped(Untyped::Rune),
            Type::Untyped(Untyped::Float),
            Type::Untyped(Untyped::String),
            Type::Untyped(Untyped::Nil),
            Type::Interface(vec![]),
            Type::Tuple(vec![]),
        ];
        for ty in pre {
            t.intern(ty);
        }
        t
    }

    /// The id of `ty`, adding it if new. Not for `Type::Named` (use
    /// [`TypeTable::new_named`]).
    pub fn intern(&mut self, ty: Type) -> TypeId {
        if let Some(&id) = self.intern.get(&ty) {
            return id;
        }
        let id = TypeId(self.types.len() as u32);
        self.types.push(ty.clone());
        self.slots.push(u32::MAX);
        self.layouts.push(Default::default());
        self.intern.insert(ty, id);
        id
    }

    /// Declares a new named type whose underlying type is set later.
    pub fn new_named(&mut self, pkg: &str, name: &str) -> TypeId {
        let idx = self.named.len() as u32;
        self.named.push(Named {
            pkg: pkg.to_string(),
            name: name.to_string(),
            underlying: builtin::INVALID,
            methods: Vec::new(),
        });
        let id = TypeId(self.types.len() as u32);
        self.types.push(Type::Named(idx));
        self.slots.push(u32::MAX);
        self.layouts.push(Default::default());
        id
    }

    /// Sets the underlying type of named type `id`.
    pub fn set_underlying(&mut self, id: TypeId, underlying: TypeId) {
        let u = self.underlying(underlying);
        if let Type::Named(i) = self.types[id.0 as usize] {
            self.named[i as usize].underlying = u;
        }
    }

    /// The type with id `id`.
    pub fn get(&self, id: TypeId) -> &Type {
        &self.types[id.0 as usize]
    }

    /// Named-type data of `id`, if it is named.
    pub fn named(&self, id: TypeId) -> Option<&Named> {
        match self.types[id.0 as usize] {
            Type::Named(i) => Some(&self.named[i as usize]),
            _ => None,
        }
    }

    /// Mutable named-type data of `id`, if it is named.
    pub fn named_mut(&mut self, id: TypeId) -> Option<&mut Named> {
        match self.types[id.0 as usize] {
            Type::Named(i) => Some(&mut self.named[i as usize]),
            _ => None,
        }
    }

    /// The underlying type's id (itself for unnamed types).
    pub fn underlying(&self, id: TypeId) -> TypeId {
        match self.types[id.0 as usize] {
            Type::Named(i) => self.named[i as usize].underlying,
            _ => id,
        }
    }

    /// A copy of the underlying type (for walking while mutating
    /// elsewhere).
    pub fn clone_under(&self, id: TypeId) -> Type {
        self.under(id).clone()
    }

    /// The underlying type.
    pub fn under(&self, id: TypeId) -> &Type {
        self.get(self.underlying(id))
    }

    /// Number of types.
    pub fn len(&self) -> usize {
        self.types.len()
    }

    /// Whether the table is empty (never, after `new`).
    pub fn is_empty(&self) -> bool {
        self.types.is_empty()
    }

    /// Number of 64-bit slots a value of type `id` occupies.
    ///
    /// bool, numbers, string (a heap handle), pointer, map, func: 1;
    /// slice: 3 (array pointer, len, cap); interface: 2 (dynamic type,
    /// data word); arrays and structs: their elements' slots, inline.
    pub fn slots(&self, id: TypeId) -> u32 {
        let cached = self.slots[id.0 as usize];
        if cached != u32::MAX {
            return cached;
        }
        self.compute_slots(id)
    }

    fn compute_slots(&self, id: TypeId) -> u32 {
        match self.under(id) {
            Type::Invalid | Type::Tuple(_) => 0,
            Type::Slice(_) => 3,
            // A string is a view: (data pointer, length).
            Type::String | Type::Interface(_) => 2,
            Type::Array(e, n) => (self.slots(*e) as u64 * n).min(u32::MAX as u64 - 1) as u32,
            Type::Struct(fs) => fs.iter().map(|f| self.slots(f.ty)).sum(),
            _ => 1,
        }
    }

    /// Fills the slot-count cache and forgets any memory layout made
    /// earlier; call once all types are complete.
    pub fn freeze_layouts(&mut self) {
        for i in 0..self.types.len() {
            self.slots[i] = u32::MAX;
            self.layouts[i] = Default::default();
        }
        for i in 0..self.types.len() {
            let s = self.compute_slots(TypeId(i as u32));
            self.slots[i] = s;
        }
    }

    /// Go's memory layout of type `id` on amd64 (sizes, alignment, field
    /// offsets, where each slot is stored: see [`crate::layout`]). Only
    /// once the types are complete ([`TypeTable::freeze_layouts`]).
    pub fn layout(&self, id: TypeId) -> &crate::layout::Layout {
        self.layouts[id.0 as usize].get_or_init(|| crate::layout::compute(self, id))
    }

    /// Go's size in bytes and alignment of a value of type `id` on amd64.
    pub fn go_size_align(&self, id: TypeId) -> (u64, u64) {
        let l = self.layout(id);
        (l.size, l.align)
    }

    /// Whether values of type `id` hold heap pointers (Go's `!noscan`).
    pub fn has_pointers(&self, id: TypeId) -> bool {
        match self.under(id) {
            Type::Bool | Type::Int(_) | Type::Float32 | Type::Float64 => false,
            Type::Array(e, n) => *n > 0 && self.has_pointers(*e),
            Type::Struct(fs) => fs.iter().any(|f| self.has_pointers(f.ty)),
            _ => true,
        }
    }

    /// Slot offset of field `idx` within struct type `id` (in a frame).
    pub fn field_offset(&self, id: TypeId, idx: usize) -> u32 {
        match self.under(id) {
            Type::Struct(fs) => fs[..idx].iter().map(|f| self.slots(f.ty)).sum(),
            _ => 0,
        }
    }

    /// Byte offset of field `idx` within struct type `id` (in memory:
    /// `unsafe.Offsetof`).
    pub fn field_byte_offset(&self, id: TypeId, idx: usize) -> u32 {
        let o = self.layout(id).fields.get(idx).copied().unwrap_or(0);
        u32::try_from(o).unwrap_or(u32::MAX)
    }

    /// Go's spelling of the type as `%T` and runtime errors print it, e.g.
    /// `main.T`, `*main.T`, `[]int`, `map[string]int`, `func(int) string`,
    /// `interface {}`, `struct { X int }`.
    pub fn name(&self, id: TypeId) -> String {
        let mut s = String::new();
        self.write_type(id, TypeStyle::Reflect, &mut s);
        s
    }

    /// The type as types2 prints it in compile errors: package main's
    /// names unqualified, `struct{x int}`, `interface{M()}`, `any`.
    pub fn types2_name(&self, id: TypeId) -> String {
        let mut s = String::new();
        self.write_type(id, TypeStyle::Types2, &mut s);
        s
    }

    /// Writes the type in `style`; the two styles differ only in spacing,
    /// `any` and the qualification of package main's names.
    pub fn write_type(&self, id: TypeId, style: TypeStyle, s: &mut String) {
        let types2 = style == TypeStyle::Types2;
        if types2 && id == builtin::ANY {
            s.push_str("any");
            return;
        }
        match self.get(id) {
            Type::Invalid => s.push_str("invalid type"),
            Type::Bool => s.push_str("bool"),
            Type::Int(k) => s.push_str(match id {
                builtin::UINT8 => "uint8",
                builtin::INT32 => "int32",
                _ => k.name(),
            }),
            Type::Float32 => s.push_str("float32"),
            Type::Float64 => s.push_str("float64"),
            Type::String => s.push_str("string"),
            Type::Untyped(u) => s.push_str(match u {
                Untyped::Bool => "untyped bool",
                Untyped::Int => "untyped int",
                Untyped::Rune => "untyped rune",
                Untyped::Float => "untyped float",
                Untyped::String => "untyped string",
                Untyped::Nil => "untyped nil",
            }),
            Type::Array(e, n) => {
                s.push_str(&format!("[{n}]"));
                self.write_type(*e, style, s);
            }
            Type::Slice(e) => {
                s.push_str("[]");
                self.write_type(*e, style, s);
            }
            Type::Map(k, v) => {
                s.push_str("map[");
                self.write_type(*k, style, s);
                s.push(']');
                self.write_type(*v, style, s);
            }
            Type::Pointer(e) => {
                s.push('*');
                self.write_type(*e, style, s);
            }
            Type::Func(sig) => {
                s.push_str("func");
                self.write_sig(sig, style, s);
            }
            Type::Struct(fs) => {
                let (open, close) = style.braces(fs.is_empty());
                s.push_str("struct");
                s.push_str(open);
                for (i, f) in fs.iter().enumerate() {
                    if i > 0 {
                        s.push_str("; ");
                    }
                    if !f.embedded {
                        s.push_str(&f.name);
                        s.push(' ');
                    }
                    self.write_type(f.ty, style, s);
                    if let Some(tag) = &f.tag {
                        s.push(' ');
                        s.push_str(&crate::fmtcore::strconv::quote(tag.as_bytes()));
                    }
                }
                s.push_str(close);
            }
            Type::Interface(ms) => {
                let (open, close) = style.braces(ms.is_empty());
                s.push_str("interface");
                s.push_str(open);
                for (i, m) in ms.iter().enumerate() {
                    if i > 0 {
                        s.push_str("; ");
                    }
                    s.push_str(&m.name);
                    if let Type::Func(sig) = self.get(m.sig) {
                        self.write_sig(sig, style, s);
                    }
                }
                s.push_str(close);
            }
            Type::Tuple(ts) => {
                s.push('(');
                for (i, t) in ts.iter().enumerate() {
                    if i > 0 {
                        s.push_str(", ");
                    }
                    self.write_type(*t, style, s);
                }
                s.push(')');
            }
            Type::Named(i) => {
                let n = &self.named[*i as usize];
                let unqualified = n.pkg.is_empty() || (types2 && n.pkg == "main");
                if !unqualified {
                    s.push_str(n.pkg.rsplit('/').next().unwrap_or(&n.pkg));
                    s.push('.');
                }
                s.push_str(&n.name);
            }
        }
    }

    /// Writes `(params) results` as Go prints a signature.
    pub fn write_sig(&self, sig: &Sig, style: TypeStyle, s: &mut String) {
        s.push('(');
        for (i, p) in sig.params.iter().enumerate() {
            if i > 0 {
                s.push_str(", ");
            }
            if sig.variadic && i + 1 == sig.params.len() {
                s.push_str("...");
                if let Type::Slice(e) = self.get(*p) {
                    self.write_type(*e, style, s);
                    continue;
                }
            }
            self.write_type(*p, style, s);
        }
        s.push(')');
        match &sig.results[..] {
            [] => {}
            [r] => {
                s.push(' ');
                self.write_type(*r, style, s);
            }
            rs => {
                s.push_str(" (");
                for (i, r) in rs.iter().enumerate() {
                    if i > 0 {
                        s.push_str(", ");
                    }
                    self.write_type(*r, style, s);
                }
                s.push(')');
            }
        }
    }

    /// Finds a declared method of named type `id` by name.
    pub fn method(&self, id: TypeId, name: &str) -> Option<&Method> {
        self.named(id)?.methods.iter().find(|m| m.name == name)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn interning_gives_identity() {
        let mut t = TypeTable::new();
        let a = t.intern(Type::Slice(builtin::INT));
        let b = t.intern(Type::Slice(builtin::INT));
        assert_eq!(a, b);
        let n1 = t.new_named("main", "T");
        let n2 = t.new_named("main", "T");
        assert_ne!(n1, n2);
    }

    #[test]
    fn slots_and_names() {
        let mut t = TypeTable::new();
        let s = t.intern(Type::Struct(vec![
            Field {
                name: "A".into(),
                ty: builtin::INT,
                embedded: false,
                tag: None,
            },
            Field {
                name: "B".into(),
                ty: builtin::ANY,
                embedded: false,
                tag: None,
            },
        ]));
        let arr = t.intern(Type::Array(s, 3));
        assert_eq!(t.slots(arr), 9);
        assert_eq!(t.field_offset(s, 1), 1);
        let m = t.intern(Type::Map(builtin::STRING, arr));
        assert_eq!(t.name(m), "map[string][3]struct { A int; B interface {} }");
    }
}
