//! The type checker: resolves names, computes types and constant values,
//! and records them in per-file side tables ([`Info`]) that lowering reads.
//!
//! Package-level objects are resolved lazily (on first use, with cycle
//! detection), as go/types does, so declarations may come in any order.
//! Function bodies are checked after all package-level declarations.
//!
//! **Invariant:** lowering never re-derives a type: every expression it
//! emits code for has its final type in `Info::types` (untyped constants
//! already converted to the type their context gives them).

mod assign;
mod builtins;
mod call;
mod describe;
mod expr;
mod gotos;
mod ifacecycle;
mod initorder;
mod stmt;
pub(crate) use stmt::is_fallthrough;
mod typexpr;

use std::collections::HashMap;
use std::rc::Rc;

use gust_vm::types::{builtin as bt, FuncId, Sig, Type, TypeId, TypeTable};

use crate::ast::{self, ExprId, File};
use crate::constant::ConstVal;
use crate::pos::{Diagnostic, Pos, SourceFile};

pub(crate) use builtins::has_call_or_recv;
pub use builtins::Builtin;
pub use expr::strip_parens;

/// Field and method lookup results, for lowering.
pub mod expr_lookup {
    pub use super::expr::Lookup;
}

/// Index of an [`Object`].
pub type ObjId = u32;

/// What a name denotes.
#[derive(Clone, Debug)]
pub enum ObjKind {
    /// A variable (package-level or local).
    Var(VarInfo),
    /// A constant.
    Const(ConstVal),
    /// A type name.
    TypeName,
    /// A package-level function (or a native, if declared without body).
    Func,
    /// An imported package (index into `Checker::pkgs`).
    Pkg(u32),
    /// A built-in function.
    Builtin(Builtin),
    /// The predeclared `nil`.
    Nil,
}

/// Facts about a variable.
#[derive(Clone, Debug, Default)]
pub struct VarInfo {
    /// Package-level variable.
    pub global: bool,
    /// Read somewhere (for `declared and not used`).
    pub used: bool,
    /// Referenced by a function literal other than its owner (see
    /// `note_capture`): some closures capture it.
    pub captured: bool,
    /// Its address is taken: `&x`, a pointer-method call or slicing of
    /// `x` or of a field or array element of `x` (see `mark_addr_taken`).
    pub addr_taken: bool,
    /// Written after its declaration: a target (or the root of one:
    /// `x.f`, `x[i]` of an array) of `=`, `op=`, `++`/`--`, a range
    /// clause with `=`, a `:=` that redeclares it; or a result parameter
    /// (every `return` assigns those). See `mark_reassigned`.
    pub reassigned: bool,
    /// The function context that declared it (locals only).
    pub owner: u32,
    /// What declared it (for types2's object kinds in messages).
    pub role: VarRole,
}

/// What declared a local variable.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum VarRole {
    /// A variable declaration, `:=`, range or type switch clause.
    #[default]
    Local,
    /// A method receiver.
    Receiver,
    /// A function parameter.
    Param,
    /// A named result.
    Result,
}

impl VarInfo {
    /// gc's capture-by-value condition (its `capturevars`: address never
    /// taken, never reassigned, not a result), the size limit aside.
    ///
    /// **Invariant:** when this holds after checking, nothing but its
    /// declaration ever writes the variable: each execution of the
    /// declaration gives the (new) variable the only value it will hold.
    /// So a closure may copy the value when it is made instead of
    /// sharing the variable (lowering's `Local::CapturedValue`).
    pub fn never_written_after_decl(&self) -> bool {
        !self.addr_taken && !self.reassigned
    }
}

/// Resolution state of package-level objects (go/types' colors).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum State {
    /// Not yet looked at.
    Unresolved,
    /// Being resolved (a reference now is a cycle).
    InProgress,
    /// Done.
    Resolved,
}

/// Where a package-level object is declared.
#[derive(Clone, Copy, Debug)]
pub enum DeclRef {
    /// `decls[decl]` of unit `unit` is a FuncDecl.
    Func {
        /// File unit.
        unit: u32,
        /// Index in `File::decls`.
        decl: u32,
    },
    /// A name of a `var` / `const` spec, or a `type` spec.
    Spec {
        /// File unit.
        unit: u32,
        /// Index in `File::decls`.
        decl: u32,
        /// Index in `GenDecl::specs`.
        spec: u32,
        /// Index in `ValueSpec::names`.
        name: u32,
    },
}

/// A named entity.
#[derive(Clone, Debug)]
pub struct Object {
    /// Its name.
    pub name: String,
    /// What it is.
    pub kind: ObjKind,
    /// Its type (the type itself for type names).
    pub ty: TypeId,
    /// Declaration position.
    pub pos: Pos,
    /// Declaring package.
    pub pkg: u32,
    /// Package-level resolution state.
    pub state: State,
    /// Package-level declaration, if any.
    pub decl: Option<DeclRef>,
}

/// How a selector expression `x.f` was resolved.
#[derive(Clone, Debug)]
pub enum Selection {
    /// `pkg.Name`.
    Qualified(ObjId),
    /// A struct field, reached through `path` (embedded field indexes,
    /// then the field's own index). `ptrs[i]` tells whether step `i`
    /// dereferences a pointer first.
    Field {
        /// Field index at each step.
        path: Vec<u32>,
        /// Dereference before each step.
        derefs: Vec<bool>,
    },
    /// A method of a concrete type: `path`/`derefs` reach the embedded
    /// receiver; `recv_named` is the type declaring the method.
    Method {
        /// Embedded path to the receiver.
        path: Vec<u32>,
        /// Dereferences along the path.
        derefs: Vec<bool>,
        /// Named type declaring the method.
        recv_named: TypeId,
        /// Method name.
        name: String,
        /// Declared with a pointer receiver.
        ptr_recv: bool,
    },
    /// A method of an interface value (possibly via embedded fields).
    IfaceMethod {
        /// Embedded path to the interface field.
        path: Vec<u32>,
        /// Dereferences along the path.
        derefs: Vec<bool>,
        /// Method name.
        name: String,
    },
    /// A method expression `T.M` or `(*T).M`.
    MethodExpr {
        /// The receiver type as written.
        recv: TypeId,
        /// Embedded path from `recv` to the declaring type.
        path: Vec<u32>,
        /// Dereferences along the path.
        derefs: Vec<bool>,
        /// Named type declaring the method.
        recv_named: TypeId,
        /// Method name.
        name: String,
        /// Declared with a pointer receiver.
        ptr_recv: bool,
    },
}

/// What a call expression is.
#[derive(Clone, Debug)]
pub enum CallKind {
    /// A conversion `T(x)`.
    Conversion(TypeId),
    /// A built-in function.
    Builtin(Builtin),
    /// A function or method call.
    Call,
}

/// Side tables for one file.
#[derive(Clone, Debug, Default)]
pub struct Info {
    /// Final type of each expression.
    pub types: HashMap<ExprId, TypeId>,
    /// Constant expressions' values (already converted to their type).
    pub consts: HashMap<ExprId, ConstVal>,
    /// Identifier uses.
    pub uses: HashMap<ExprId, ObjId>,
    /// Identifier declarations, by position.
    pub defs: HashMap<Pos, ObjId>,
    /// Selector resolutions.
    pub sels: HashMap<ExprId, Selection>,
    /// Call kinds.
    pub calls: HashMap<ExprId, CallKind>,
    /// Function literal → closure index.
    pub closures: HashMap<ExprId, u32>,
    /// `new(expr)` calls (Go 1.26), as opposed to `new(T)`.
    pub new_values: std::collections::HashSet<ExprId>,
}

/// A parsed file of a package, with its side tables.
pub struct Unit {
    /// The source.
    pub src: Rc<SourceFile>,
    /// The syntax tree.
    pub ast: Rc<File>,
    /// Its package.
    pub pkg: u32,
    /// Imports: local name → package index, with use flags.
    pub imports: HashMap<String, (u32, Pos, bool)>,
    /// Side tables.
    pub info: Info,
}

/// A package.
pub struct Package {
    /// Import path (`main`, `fmt`, `unicode/utf8`).
    pub path: String,
    /// Package name (`utf8`).
    pub name: String,
    /// Package scope.
    pub scope: HashMap<String, ObjId>,
    /// Its file units.
    pub units: Vec<u32>,
    /// Every package-level object, blank ones included, in order.
    pub objs: Vec<ObjId>,
}

/// A function body to lower: a declaration or a literal.
#[derive(Clone, Debug)]
pub struct FuncBody {
    /// File unit.
    pub unit: u32,
    /// Declaration index (for `FuncDecl`s) or `None` for a literal.
    pub decl: Option<u32>,
    /// The literal's expression id, for closures.
    pub lit: Option<ExprId>,
    /// The object of a package-level function or method.
    pub obj: Option<ObjId>,
    /// Signature (receiver excluded).
    pub sig: TypeId,
    /// Captured variables, in capture order (closures).
    pub captures: Vec<ObjId>,
    /// Go's name for tracebacks.
    pub name: String,
    /// Whether the body contains a `defer` statement.
    pub has_defer: bool,
    /// A literal that is the direct callee of a `defer` statement
    /// (`defer func(...) {...}(...)`): the only call of its closure.
    pub deferred_directly: bool,
    /// Receiver type of a method.
    pub recv: Option<TypeId>,
    /// The function id lowering assigns.
    pub id: FuncId,
}

/// Per-function checking state.
pub(crate) struct FuncCtx {
    pub(crate) sig: Sig,
    pub(crate) body: u32,
    pub(crate) named_results: Vec<ObjId>,
    pub(crate) lit_count: u32,
    pub(crate) breakables: Vec<stmt::Breakable>,
    pub(crate) fallthrough_ok: bool,
    /// Labels declared in the function: name, position, used.
    pub(crate) labels: Vec<(String, Pos, bool)>,
}

/// The checker.
pub struct Checker {
    /// All types.
    pub types: TypeTable,
    /// All objects.
    pub objs: Vec<Object>,
    /// All packages; index 0 is the universe pseudo-package.
    pub pkgs: Vec<Package>,
    /// All file units.
    pub units: Vec<Unit>,
    /// Function bodies in discovery order.
    pub bodies: Vec<FuncBody>,
    /// Diagnostics so far, per unit.
    pub diags: Vec<(u32, Diagnostic)>,
    /// Package-level variable initialization order: specs (whose
    /// variables initialize together) or, with a name index, one variable
    /// of a spec giving each variable its own value.
    pub init_order: Vec<(u32, u32, u32, Option<u32>)>,
    /// Package-level `init` functions, in order.
    pub inits: Vec<u32>,
    /// Methods: (named type, name) → function body index.
    pub methods: HashMap<(TypeId, String), u32>,
    /// Package-level functions → body index.
    pub func_bodies: HashMap<ObjId, u32>,
    pub(crate) universe: HashMap<String, ObjId>,
    pub(crate) scopes: Vec<HashMap<String, ObjId>>,
    pub(crate) funcs: Vec<FuncCtx>,
    pub(crate) unit: u32,
    pub(crate) deps: HashMap<ObjId, Vec<ObjId>>,
    pub(crate) dep_ctx: Option<ObjId>,
    pub(crate) iota: Option<i64>,
    /// Where errors are reported instead of their own position, while an
    /// inherited constant expression is checked for a later spec
    /// (types2's `errpos`: at the constant's name).
    pub(crate) errpos: Option<Pos>,
    /// Types that are unsupported constructs (chan), for messages.
    pub(crate) error_type: TypeId,
    pub(crate) local_owner: Vec<u32>,
    pub(crate) really_used: std::collections::HashSet<ObjId>,
    /// The last interface type built that embeds a named interface still
    /// being declared (`type I1 interface{ m() I2 }; type I2 interface{
    /// I1 }`): the type, its own and complete methods, those embeds.
    pub(crate) last_incomplete_iface: Option<(TypeId, Vec<gust_vm::types::IMethod>, Vec<TypeId>)>,
    /// Named types whose underlying interface is incomplete, with how to
    /// complete it when the outermost type declaration ends (types2
    /// computes method sets lazily).
    pub(crate) iface_fixups: Vec<(TypeId, Vec<gust_vm::types::IMethod>, Vec<TypeId>)>,
    /// Map key types still being declared when their map type was
    /// resolved, with the key's position and unit: checked for
    /// comparability when the outermost type declaration completes.
    pub(crate) deferred_map_keys: Vec<(TypeId, Pos, u32)>,
    /// Embedded field types checked when the outermost type declaration
    /// completes: type, written with `*`, position, unit.
    pub(crate) deferred_embeds: Vec<(TypeId, bool, Pos, u32)>,
    /// The variables of the package-level spec whose values `init_vars`
    /// checks, one per value, to attribute each value's dependencies.
    pub(crate) spec_objs: Option<Vec<ObjId>>,
    /// Aliases whose type expression is being resolved again because a
    /// reference reached them while in progress (see `alias_in_progress`).
    pub(crate) alias_reentered: std::collections::HashSet<ObjId>,
    /// Nesting of named type declarations being resolved.
    pub(crate) type_decl_depth: u32,
    pub(crate) resolve_stack: Vec<ObjId>,
    pub(crate) cycle_reported: std::collections::HashSet<ObjId>,
    /// The program's interface literals, for the anonymous interface
    /// cycle check (`ifacecycle.rs`).
    pub(crate) iface_literals: Vec<ast::Expr>,
    /// Local type declarations' (`alias`, right-hand side), by object.
    pub(crate) local_type_specs: HashMap<ObjId, (bool, ast::Expr)>,
    /// The type declarations resolved during the outermost one in
    /// progress (`typexpr.rs`'s `redeclare_types`).
    pub(crate) decl_group: Option<Vec<ObjId>>,
    /// Whether an interface literal embedded a type still being declared
    /// during the outermost type declaration in progress.
    pub(crate) stale_iface_lits: bool,
    /// Named types whose declaration cycle was reported (they stay
    /// invalid).
    pub(crate) invalid_decls: std::collections::HashSet<TypeId>,
}

impl Checker {
    /// A checker with the universe scope.
    pub fn new() -> Self {
        let mut c = Checker {
            types: TypeTable::new(),
            objs: vec![],
            pkgs: vec![Package {
                path: String::new(),
                name: String::new(),
                scope: HashMap::new(),
                units: vec![],
                objs: vec![],
            }],
            units: vec![],
            bodies: vec![],
            diags: vec![],
            init_order: vec![],
            inits: vec![],
            methods: HashMap::new(),
            func_bodies: HashMap::new(),
            universe: HashMap::new(),
            scopes: vec![],
            funcs: vec![],
            unit: 0,
            deps: HashMap::new(),
            dep_ctx: None,
            iota: None,
            errpos: None,
            error_type: bt::INVALID,
            local_owner: vec![],
            really_used: Default::default(),
            last_incomplete_iface: None,
            alias_reentered: Default::default(),
            deferred_map_keys: vec![],
            deferred_embeds: vec![],
            spec_objs: None,
            iface_fixups: vec![],
            type_decl_depth: 0,
            resolve_stack: vec![],
            cycle_reported: Default::default(),
            iface_literals: vec![],
            local_type_specs: HashMap::new(),
            decl_group: None,
            stale_iface_lits: false,
            invalid_decls: Default::default(),
        };
        c.init_universe();
        c
    }

    fn init_universe(&mut self) {
        let named_basic = [
            ("bool", bt::BOOL),
            ("int", bt::INT),
            ("int8", bt::INT8),
            ("int16", bt::INT16),
            ("int32", bt::INT32),
            ("rune", bt::INT32),
            ("int64", bt::INT64),
            ("uint", bt::UINT),
            ("uint8", bt::UINT8),
            ("byte", bt::UINT8),
            ("uint16", bt::UINT16),
            ("uint32", bt::UINT32),
            ("uint64", bt::UINT64),
            ("uintptr", bt::UINTPTR),
            ("float32", bt::FLOAT32),
            ("float64", bt::FLOAT64),
            ("string", bt::STRING),
            ("any", bt::ANY),
        ];
        for (n, t) in named_basic {
            self.declare_universe(n, ObjKind::TypeName, t);
        }
        // type error interface { Error() string }
        let err = self.types.new_named("", "error");
        let sig = self.types.intern(Type::Func(Sig {
            params: vec![],
            results: vec![bt::STRING],
            variadic: false,
        }));
        let iface = self
            .types
            .intern(Type::Interface(vec![gust_vm::types::IMethod {
                name: "Error".into(),
                sig,
            }]));
        self.types.set_underlying(err, iface);
        self.error_type = err;
        self.declare_universe("error", ObjKind::TypeName, err);
        self.declare_universe(
            "true",
            ObjKind::Const(ConstVal::Bool(true)),
            bt::UNTYPED_BOOL,
        );
        self.declare_universe(
            "false",
            ObjKind::Const(ConstVal::Bool(false)),
            bt::UNTYPED_BOOL,
        );
        self.declare_universe("iota", ObjKind::Const(ConstVal::int(0)), bt::UNTYPED_INT);
        self.declare_universe("nil", ObjKind::Nil, bt::UNTYPED_NIL);
        for t in ["complex64", "complex128"] {
            self.declare_universe(t, ObjKind::TypeName, bt::INVALID);
        }
        for b in Builtin::ALL {
            self.declare_universe(b.name(), ObjKind::Builtin(*b), bt::INVALID);
        }
    }

    fn declare_universe(&mut self, name: &str, kind: ObjKind, ty: TypeId) {
        let id = self.new_obj(name, kind, ty, Pos(0), 0);
        self.objs[id as usize].state = State::Resolved;
        self.universe.insert(name.to_string(), id);
    }

    pub(crate) fn new_obj(
        &mut self,
        name: &str,
        kind: ObjKind,
        ty: TypeId,
        pos: Pos,
        pkg: u32,
    ) -> ObjId {
        self.objs.push(Object {
            name: name.to_string(),
            kind,
            ty,
            pos,
            pkg,
            state: State::Resolved,
            decl: None,
        });
        self.objs.len() as ObjId - 1
    }

    /// Reports an error at `pos` in the current unit.
    pub(crate) fn error(&mut self, pos: Pos, msg: impl Into<String>) {
        let d = Diagnostic::new(self.errpos.unwrap_or(pos), msg);
        if !self
            .diags
            .iter()
            .any(|(u, x)| *u == self.unit && x.pos == d.pos)
        {
            self.diags.push((self.unit, d));
        }
    }

    /// Reports an error at `pos` even if one was reported there already
    /// (types2 reports `[...]int` used as a value twice at one place).
    pub(crate) fn error_again(&mut self, pos: Pos, msg: impl Into<String>) {
        let d = Diagnostic::new(self.errpos.unwrap_or(pos), msg);
        self.diags.push((self.unit, d));
    }

    /// `./file.go:line:col` for a position of the current unit, as gc
    /// refers to other declarations inside messages.
    pub(crate) fn pos_ref(&self, p: Pos) -> String {
        let src = &self.units[self.unit as usize].src;
        let (l, c) = src.line_col(p);
        let base = src.name.rsplit('/').next().unwrap_or(&src.name);
        format!("./{base}:{l}:{c}")
    }

    /// `\tfile:line:col` as gc starts the detail lines of a multi-part
    /// error (`previous case`, `a refers to b`).
    pub(crate) fn pos_line(&self, p: Pos) -> String {
        let src = &self.units[self.unit as usize].src;
        let (l, c) = src.line_col(p);
        format!("\t{}:{l}:{c}", src.name)
    }

    /// Reports an unsupported construct.
    pub(crate) fn unsupported(&mut self, pos: Pos, what: &str) {
        self.error(pos, format!("unsupported: {what}"));
    }

    pub(crate) fn info(&mut self) -> &mut Info {
        &mut self.units[self.unit as usize].info
    }

    pub(crate) fn cur_pkg(&self) -> u32 {
        self.units[self.unit as usize].pkg
    }

    /// Reports a qualified reference to package `p`'s unexported `sel`.
    pub(crate) fn not_exported(&mut self, p: u32, sel: &ast::Ident) {
        let pkg = &self.pkgs[p as usize].name;
        let msg = format!("name {} not exported by package {pkg}", sel.name);
        self.error(sel.pos, msg);
    }

    /// Whether `name`, a field or method of the type `declared_in` (a
    /// named type, or a pointer to one), is unexported from another
    /// package than the one being checked, which may not refer to it.
    pub(crate) fn foreign_unexported(&self, declared_in: TypeId, name: &str) -> bool {
        let base = match self.types.get(declared_in) {
            Type::Pointer(b) => *b,
            _ => declared_in,
        };
        let exported = name.starts_with(char::is_uppercase);
        let here = &self.pkgs[self.cur_pkg() as usize].path;
        !exported
            && self
                .types
                .named(base)
                .is_some_and(|n| !n.pkg.is_empty() && &n.pkg != here)
    }

    pub(crate) fn record_type(&mut self, e: &ast::Expr, ty: TypeId) {
        self.info().types.insert(e.id, ty);
    }

    /// Adds a package from parsed files.
    pub fn add_package(&mut self, path: &str, files: Vec<(Rc<SourceFile>, File)>) -> u32 {
        let name = path.rsplit('/').next().unwrap_or(path).to_string();
        let pkg = self.pkgs.len() as u32;
        self.pkgs.push(Package {
            path: path.to_string(),
            name,
            scope: HashMap::new(),
            units: vec![],
            objs: vec![],
        });
        for (src, ast) in files {
            let u = self.units.len() as u32;
            self.units.push(Unit {
                src,
                ast: Rc::new(ast),
                pkg,
                imports: HashMap::new(),
                info: Info::default(),
            });
            self.pkgs[pkg as usize].units.push(u);
        }
        pkg
    }

    /// Index of the package with import path `path`.
    pub fn pkg_index(&self, path: &str) -> Option<u32> {
        self.pkgs
            .iter()
            .position(|p| p.path == path)
            .map(|i| i as u32)
    }

    /// Looks a name up through the local scopes, the package scope and the
    /// universe.
    pub(crate) fn lookup(&self, name: &str) -> Option<ObjId> {
        for s in self.scopes.iter().rev() {
            if let Some(&o) = s.get(name) {
                return Some(o);
            }
        }
        let pkg = self.cur_pkg();
        if let Some(&o) = self.pkgs[pkg as usize].scope.get(name) {
            return Some(o);
        }
        if let Some(&(p, ..)) = self.units[self.unit as usize].imports.get(name) {
            let _ = p;
            return None;
        }
        self.universe.get(name).copied()
    }

    /// Declares a local object in the innermost scope.
    pub(crate) fn declare_local(
        &mut self,
        name: &str,
        kind: ObjKind,
        ty: TypeId,
        pos: Pos,
    ) -> ObjId {
        let pkg = self.cur_pkg();
        let id = self.new_obj(name, kind, ty, pos, pkg);
        if name != "_" {
            if let Some(&prev) = self.scopes.last().and_then(|s| s.get(name)) {
                let at = self.pos_line(self.objs[prev as usize].pos);
                self.error(
                    pos,
                    format!("{name} redeclared in this block\n{at}: other declaration of {name}"),
                );
                // Keep the first declaration (and count it as used, so the
                // redeclaration is the only report).
                self.mark_var_used(prev);
                self.info().defs.insert(pos, id);
                return id;
            }
            if let Some(s) = self.scopes.last_mut() {
                s.insert(name.to_string(), id);
            }
        }
        self.info().defs.insert(pos, id);
        id
    }

    /// Declares a local variable owned by the current function.
    pub(crate) fn declare_var(&mut self, name: &str, ty: TypeId, pos: Pos) -> ObjId {
        let owner = self.funcs.last().map(|f| f.body).unwrap_or(0);
        let id = self.declare_local(
            name,
            ObjKind::Var(VarInfo {
                owner,
                ..Default::default()
            }),
            ty,
            pos,
        );
        self.local_owner.push(id);
        id
    }

    /// Runs the whole check; `Err` holds the rendered diagnostics.
    pub fn check(&mut self) -> Result<(), Vec<String>> {
        let npk = self.pkgs.len();
        for p in 1..npk {
            self.collect_package(p as u32);
        }
        for p in 1..npk {
            self.resolve_package(p as u32);
        }
        for p in 1..npk {
            self.check_bodies(p as u32);
        }
        for p in 1..npk {
            self.check_init_cycles(p as u32);
            self.report_unused_imports(p as u32);
        }
        if self.diags.is_empty() {
            if let Some(&u) = self
                .pkg_index("main")
                .and_then(|m| self.pkgs[m as usize].units.first())
            {
                self.unit = u;
                self.check_iface_cycles();
            }
        }
        if !self.diags.is_empty() {
            return Err(self.render_diags());
        }
        // gc's linker, not its type checker, finds a missing main: only a
        // program without type errors gets there, and its message has no
        // position.
        let has_main = self
            .pkg_index("main")
            .is_none_or(|m| self.pkgs[m as usize].scope.contains_key("main"));
        if !has_main {
            return Err(vec![
                "runtime.main_main·f: function main is undeclared in the main package".into(),
            ]);
        }
        self.compute_init_order();
        Ok(())
    }

    /// Collects package-level names and imports.
    fn collect_package(&mut self, pkg: u32) {
        let units = self.pkgs[pkg as usize].units.clone();
        for u in units {
            self.unit = u;
            let ast = self.units[u as usize].ast.clone();
            for imp in &ast.imports {
                // The program cannot import the prelude's internal packages.
                let internal = self.pkgs[pkg as usize].path == "main"
                    && imp.path.split('/').any(|e| e == "internal");
                let Some(p) = self.pkg_index(&imp.path).filter(|_| !internal) else {
                    self.error(imp.pos, format!("unsupported: package {:?}", imp.path));
                    // Uses of the name are not reported again.
                    let name = imp
                        .alias
                        .as_ref()
                        .map(|a| a.name.clone())
                        .unwrap_or_else(|| {
                            imp.path.rsplit('/').next().unwrap_or(&imp.path).to_string()
                        });
                    self.units[u as usize]
                        .imports
                        .insert(name, (0, imp.pos, true));
                    continue;
                };
                let local = match &imp.alias {
                    Some(a) if a.name == "_" => continue,
                    Some(a) if a.name == "." => {
                        self.unsupported(a.pos, "dot import");
                        continue;
                    }
                    Some(a) => a.name.clone(),
                    None => self.pkgs[p as usize].name.clone(),
                };
                // gc reports an unused aliased import at the alias.
                let at = imp.alias.as_ref().map(|a| a.pos).unwrap_or(imp.pos);
                if let Some(&(_, prev, _)) = self.units[u as usize].imports.get(&local) {
                    // The second import is never used: gc says both.
                    let other = self.pos_line(prev);
                    self.error(
                        at,
                        format!("{local} redeclared in this block\n{other}: other declaration of {local}"),
                    );
                    let d = Diagnostic::new(at, format!("{:?} imported and not used", imp.path));
                    self.diags.push((u, d));
                    continue;
                }
                self.units[u as usize].imports.insert(local, (p, at, false));
            }
            for (di, d) in ast.decls.iter().enumerate() {
                match d {
                    ast::Decl::Func(f) => {
                        if !f.type_params.is_empty() {
                            self.unsupported(f.name.pos, "generic functions");
                            continue;
                        }
                        if f.recv.is_some() {
                            continue; // methods are attached in resolve_package
                        }
                        if f.name.name == "init" {
                            continue;
                        }
                        if f.name.name == "main"
                            && pkg_is_main(&self.pkgs[pkg as usize])
                            && (!f.sig.params.is_empty() || !f.sig.results.is_empty())
                        {
                            self.error(
                                f.name.pos,
                                "func main must have no arguments and no return values",
                            );
                        }
                        let decl = DeclRef::Func {
                            unit: u,
                            decl: di as u32,
                        };
                        self.declare_pkg_obj(pkg, &f.name, ObjKind::Func, decl);
                    }
                    ast::Decl::Gen(g) => {
                        for (si, s) in g.specs.iter().enumerate() {
                            match s {
                                ast::Spec::Type(t) => {
                                    let decl = DeclRef::Spec {
                                        unit: u,
                                        decl: di as u32,
                                        spec: si as u32,
                                        name: 0,
                                    };
                                    if !t.type_params.is_empty() {
                                        self.unsupported(t.name.pos, "generic types");
                                    }
                                    self.must_be_func(pkg, &t.name);
                                    self.declare_pkg_obj(pkg, &t.name, ObjKind::TypeName, decl);
                                }
                                ast::Spec::Value(v) => {
                                    for n in &v.names {
                                        self.must_be_func(pkg, n);
                                    }
                                    for (ni, n) in v.names.iter().enumerate() {
                                        let decl = DeclRef::Spec {
                                            unit: u,
                                            decl: di as u32,
                                            spec: si as u32,
                                            name: ni as u32,
                                        };
                                        let kind = if g.kind == ast::GenKind::Const {
                                            ObjKind::Const(ConstVal::int(0))
                                        } else {
                                            ObjKind::Var(VarInfo {
                                                global: true,
                                                used: true,
                                                ..Default::default()
                                            })
                                        };
                                        self.declare_pkg_obj(pkg, n, kind, decl);
                                    }
                                }
                            }
                        }
                    }
                }
            }
        }
        // A file's import names and the package's names must differ.
        for u in self.pkgs[pkg as usize].units.clone() {
            let mut imports: Vec<(String, u32, Pos)> = self.units[u as usize]
                .imports
                .iter()
                .filter(|(_, &(p, _, _))| p != 0)
                .map(|(n, &(p, at, _))| (n.clone(), p, at))
                .collect();
            imports.sort_by_key(|x| x.2);
            for (name, p, at) in imports {
                let Some(&o) = self.pkgs[pkg as usize].scope.get(&name) else {
                    continue;
                };
                let other = self.pos_line(at);
                let (pname, path) = (
                    self.pkgs[p as usize].name.clone(),
                    self.pkgs[p as usize].path.clone(),
                );
                self.unit = match self.objs[o as usize].decl {
                    Some(DeclRef::Spec { unit, .. } | DeclRef::Func { unit, .. }) => unit,
                    None => u,
                };
                self.error(
                    self.objs[o as usize].pos,
                    format!(
                        "{name} already declared through import of package {pname} ({path:?})\n{other}: other declaration of {name}"
                    ),
                );
            }
        }
    }

    /// `init`, and `main` in package main, may only name functions.
    fn must_be_func(&mut self, pkg: u32, name: &ast::Ident) {
        let main = name.name == "main" && pkg_is_main(&self.pkgs[pkg as usize]);
        if main || name.name == "init" {
            let n = &name.name;
            self.error(name.pos, format!("cannot declare {n} - must be func"));
        }
    }

    fn declare_pkg_obj(&mut self, pkg: u32, name: &ast::Ident, kind: ObjKind, decl: DeclRef) {
        let id = self.new_obj(&name.name, kind, bt::INVALID, name.pos, pkg);
        self.objs[id as usize].state = State::Unresolved;
        self.objs[id as usize].decl = Some(decl);
        self.info().defs.insert(name.pos, id);
        self.pkgs[pkg as usize].objs.push(id);
        if name.name == "_" {
            return;
        }
        let scope = &mut self.pkgs[pkg as usize].scope;
        if let Some(&prev) = scope.get(&name.name) {
            let prev_pos = self.objs[prev as usize].pos;
            let at = self.pos_line(prev_pos);
            self.error(
                name.pos,
                format!(
                    "{} redeclared in this block\n{at}: other declaration of {}",
                    name.name, name.name
                ),
            );
            return;
        }
        scope.insert(name.name.clone(), id);
    }

    /// Resolves every package-level object, then attaches methods.
    fn resolve_package(&mut self, pkg: u32) {
        let objs: Vec<ObjId> = self.pkgs[pkg as usize].objs.clone();
        // Type names first, so methods can attach before anything uses them.
        for &o in &objs {
            if matches!(self.objs[o as usize].kind, ObjKind::TypeName) {
                self.resolve_obj(o);
            }
        }
        self.check_recursive_types(pkg);
        self.collect_methods(pkg);
        for &o in &objs {
            self.resolve_obj(o);
        }
    }

    /// The type of package-level alias `id` reached while it is being
    /// resolved (`type F = func(T); type T interface{ m(F) }`): its type
    /// expression resolved again, once, which terminates when the cycle
    /// goes through a named type (already declared by then). `None` if
    /// `id` is no such alias or the cycle has no named type (`type A =
    /// []A`), which stays an error.
    pub(crate) fn alias_in_progress(&mut self, id: ObjId) -> Option<TypeId> {
        if self.objs[id as usize].state != State::InProgress
            || self.objs[id as usize].ty != bt::INVALID
            || self.alias_reentered.contains(&id)
        {
            return None;
        }
        let Some(DeclRef::Spec {
            unit, decl, spec, ..
        }) = self.objs[id as usize].decl
        else {
            return None;
        };
        let ast = self.units[unit as usize].ast.clone();
        let ast::Decl::Gen(g) = &ast.decls[decl as usize] else {
            return None;
        };
        let ast::Spec::Type(t) = &g.specs[spec as usize] else {
            return None;
        };
        if !t.alias {
            return None;
        }
        // Only through a defined type declared since (its id exists).
        let since = self.resolve_stack.iter().position(|&o| o == id)?;
        let through_named = self.resolve_stack[since + 1..].iter().any(|&o| {
            matches!(self.objs[o as usize].kind, ObjKind::TypeName)
                && self.types.named(self.objs[o as usize].ty).is_some()
        });
        if !through_named {
            // Only aliases: a cycle types2 reports at its first
            // declaration in the source.
            let mut cycle: Vec<ObjId> = self.resolve_stack[since..]
                .iter()
                .copied()
                .filter(|&o| matches!(self.objs[o as usize].kind, ObjKind::TypeName))
                .collect();
            if cycle.iter().any(|o| self.cycle_reported.contains(o)) {
                return None;
            }
            self.cycle_reported.extend(cycle.iter().copied());
            let first = (0..cycle.len())
                .min_by_key(|&i| self.objs[cycle[i] as usize].pos)
                .unwrap_or(0);
            cycle.rotate_left(first);
            let name = |c: &Checker, o: ObjId| c.objs[o as usize].name.clone();
            let msg = if cycle.len() == 1 {
                format!(
                    "invalid recursive type: {} refers to itself",
                    name(self, cycle[0])
                )
            } else {
                let mut m = format!("invalid recursive type {}", name(self, cycle[0]));
                for (i, &o) in cycle.iter().enumerate() {
                    let next = cycle[(i + 1) % cycle.len()];
                    let at = self.pos_line(self.objs[o as usize].pos);
                    m.push_str(&format!(
                        "\n{at}: {} refers to {}",
                        name(self, o),
                        name(self, next)
                    ));
                }
                m
            };
            let saved = std::mem::replace(&mut self.unit, unit);
            let pos = self.objs[cycle[0] as usize].pos;
            self.unit = match self.objs[cycle[0] as usize].decl {
                Some(DeclRef::Spec { unit, .. }) => unit,
                _ => unit,
            };
            self.error(pos, msg);
            self.unit = saved;
            return None;
        }
        self.alias_reentered.insert(id);
        let saved_unit = std::mem::replace(&mut self.unit, unit);
        let saved_scopes = std::mem::take(&mut self.scopes);
        let saved_funcs = std::mem::take(&mut self.funcs);
        let ty = self.resolve_type(&t.ty);
        self.unit = saved_unit;
        self.scopes = saved_scopes;
        self.funcs = saved_funcs;
        self.alias_reentered.remove(&id);
        (ty != bt::INVALID).then_some(ty)
    }

    /// Resolves a package-level object (lazily, once).
    pub(crate) fn resolve_obj(&mut self, id: ObjId) {
        match self.objs[id as usize].state {
            State::Resolved => return,
            State::InProgress => {
                if !matches!(
                    self.objs[id as usize].kind,
                    ObjKind::TypeName | ObjKind::Func
                ) {
                    let start = self
                        .resolve_stack
                        .iter()
                        .position(|&o| o == id)
                        .unwrap_or(0);
                    let cycle: Vec<ObjId> = self.resolve_stack[start..].to_vec();
                    self.report_init_cycle(&cycle);
                }
                return;
            }
            State::Unresolved => {}
        }
        self.objs[id as usize].state = State::InProgress;
        self.resolve_stack.push(id);
        let saved_unit = self.unit;
        let saved_scopes = std::mem::take(&mut self.scopes);
        let saved_funcs = std::mem::take(&mut self.funcs);
        let saved_ctx = self.dep_ctx;
        let saved_iota = self.iota.take();
        match self.objs[id as usize].decl {
            Some(DeclRef::Func { unit, decl }) => {
                self.unit = unit;
                let ast = self.units[unit as usize].ast.clone();
                if let ast::Decl::Func(f) = &ast.decls[decl as usize] {
                    let sig = self.func_sig(&f.sig);
                    self.objs[id as usize].ty = sig;
                }
            }
            Some(DeclRef::Spec {
                unit,
                decl,
                spec,
                name,
            }) => {
                self.unit = unit;
                let ast = self.units[unit as usize].ast.clone();
                if let ast::Decl::Gen(g) = &ast.decls[decl as usize] {
                    match &g.specs[spec as usize] {
                        ast::Spec::Type(t) => self.declare_type_spec(id, t),
                        ast::Spec::Value(_) if g.kind == ast::GenKind::Const => {
                            self.dep_ctx = Some(id);
                            self.const_spec(id, g, spec as usize, name as usize);
                        }
                        ast::Spec::Value(v) => {
                            self.dep_ctx = Some(id);
                            self.global_var_spec(id, v, name as usize);
                        }
                    }
                }
            }
            None => {}
        }
        self.unit = saved_unit;
        self.scopes = saved_scopes;
        self.funcs = saved_funcs;
        self.dep_ctx = saved_ctx;
        self.iota = saved_iota;
        self.resolve_stack.pop();
        self.objs[id as usize].state = State::Resolved;
    }

    /// Reports an initialization cycle through `cycle` (objects in
    /// reference order), as gc does, once per cycle.
    pub(crate) fn report_init_cycle(&mut self, cycle: &[ObjId]) {
        if cycle.is_empty() || cycle.iter().any(|o| self.cycle_reported.contains(o)) {
            return;
        }
        self.cycle_reported.extend(cycle.iter().copied());
        let first = cycle[0];
        let name = |c: &Checker, o: ObjId| c.objs[o as usize].name.clone();
        let saved = self.unit;
        if let Some(DeclRef::Spec { unit, .. } | DeclRef::Func { unit, .. }) =
            self.objs[first as usize].decl
        {
            self.unit = unit;
        }
        let msg = if cycle.len() == 1 {
            format!(
                "initialization cycle: {} refers to itself",
                name(self, first)
            )
        } else {
            let mut m = format!("initialization cycle for {}", name(self, first));
            for (i, &o) in cycle.iter().enumerate() {
                let next = cycle[(i + 1) % cycle.len()];
                m.push_str(&format!(
                    "\n{}: {} refers to {}",
                    self.pos_line(self.objs[o as usize].pos),
                    name(self, o),
                    name(self, next)
                ));
            }
            m
        };
        self.error(self.objs[first as usize].pos, msg);
        self.unit = saved;
    }

    /// Reports initialization cycles that go through function bodies
    /// (`var x = f()` where `f` reads `x`).
    fn check_init_cycles(&mut self, pkg: u32) {
        let vars: Vec<ObjId> = self.pkgs[pkg as usize]
            .objs
            .iter()
            .copied()
            .filter(|&o| matches!(&self.objs[o as usize].kind, ObjKind::Var(v) if v.global))
            .collect();
        for v in vars {
            // Depth-first search for a path of references back to v.
            let mut path = vec![v];
            let mut seen = std::collections::HashSet::new();
            if self.find_ref_path(v, v, &mut path, &mut seen) {
                path.pop();
                self.report_init_cycle(&path);
            }
        }
    }

    fn find_ref_path(
        &self,
        target: ObjId,
        cur: ObjId,
        path: &mut Vec<ObjId>,
        seen: &mut std::collections::HashSet<ObjId>,
    ) -> bool {
        let Some(next) = self.deps.get(&cur) else {
            return false;
        };
        let mut next: Vec<ObjId> = next.clone();
        next.dedup();
        for n in next {
            if n == target {
                path.push(n);
                return true;
            }
            if !seen.insert(n) {
                continue;
            }
            path.push(n);
            if self.find_ref_path(target, n, path, seen) {
                return true;
            }
            path.pop();
        }
        false
    }

    /// Records that the current package-level declaration refers to `obj`.
    pub(crate) fn add_dep(&mut self, obj: ObjId) {
        if let Some(ctx) = self.dep_ctx {
            let o = &self.objs[obj as usize];
            if o.decl.is_some() && matches!(o.kind, ObjKind::Var(_) | ObjKind::Func) {
                self.deps.entry(ctx).or_default().push(obj);
            }
        }
    }

    /// Checks every function body of package `pkg`.
    fn check_bodies(&mut self, pkg: u32) {
        let units = self.pkgs[pkg as usize].units.clone();
        let mut init_count = 0;
        for u in units {
            self.unit = u;
            let ast = self.units[u as usize].ast.clone();
            for (di, d) in ast.decls.iter().enumerate() {
                let ast::Decl::Func(f) = d else { continue };
                let pkg_path = self.pkgs[pkg as usize].path.clone();
                let (body_idx, obj) = if let Some(recv) = &f.recv {
                    let found = self
                        .bodies
                        .iter()
                        .position(|b| b.unit == u && b.decl == Some(di as u32));
                    let Some(b) = found else { continue };
                    let _ = recv;
                    (b as u32, self.bodies[b].obj)
                } else {
                    let obj = if f.name.name == "init" {
                        None
                    } else {
                        self.pkgs[pkg as usize].scope.get(&f.name.name).copied()
                    };
                    if let Some(o) = obj {
                        self.resolve_obj(o);
                    }
                    let sig = match obj {
                        Some(o) => self.objs[o as usize].ty,
                        None => self.func_sig(&f.sig),
                    };
                    let name = if f.name.name == "init" {
                        init_count += 1;
                        if !f.sig.params.is_empty() || !f.sig.results.is_empty() {
                            self.error(
                                f.name.pos,
                                "func init must have no arguments and no return values",
                            );
                        }
                        format!("{pkg_path}.init.{}", init_count - 1)
                    } else {
                        format!("{pkg_path}.{}", f.name.name)
                    };
                    let b = self.bodies.len() as u32;
                    self.bodies.push(FuncBody {
                        unit: u,
                        decl: Some(di as u32),
                        lit: None,
                        obj,
                        sig,
                        captures: vec![],
                        name,
                        has_defer: false,
                        deferred_directly: false,
                        recv: None,
                        id: Default::default(),
                    });
                    if let Some(o) = obj {
                        self.func_bodies.insert(o, b);
                    } else if f.name.name == "init" {
                        // (Blank functions have no object either; they
                        // are never called.)
                        self.inits.push(b);
                    }
                    (b, obj)
                };
                let Some(block) = &f.body else {
                    continue; // a native
                };
                let sig = match self.types.get(self.bodies[body_idx as usize].sig).clone() {
                    Type::Func(s) => s,
                    _ => continue,
                };
                self.dep_ctx = obj;
                self.check_body(body_idx, f.recv.as_ref(), &f.sig, &sig, block);
                self.dep_ctx = None;
            }
        }
    }

    fn report_unused_imports(&mut self, pkg: u32) {
        let units = self.pkgs[pkg as usize].units.clone();
        for u in units {
            self.unit = u;
            let mut unused: Vec<(Pos, String)> = self.units[u as usize]
                .imports
                .iter()
                .filter(|(_, (_, _, used))| !used)
                .map(|(name, (p, pos, _))| {
                    let path = self.pkgs[*p as usize].path.clone();
                    let last = path.rsplit('/').next().unwrap_or(&path).to_string();
                    let msg = if *name == last {
                        format!("{path:?} imported and not used")
                    } else {
                        format!("{path:?} imported as {name} and not used")
                    };
                    (*pos, msg)
                })
                .collect();
            unused.sort();
            for (pos, msg) in unused {
                self.error(pos, msg);
            }
        }
    }

    /// Diagnostics sorted by position, rendered `file:line:col: msg`.
    pub fn render_diags(&self) -> Vec<String> {
        let mut d: Vec<_> = self.diags.clone();
        // A program using an unsupported construct gets only those
        // reports: follow-on errors would be gust's artefacts.
        if d.iter().any(|(_, x)| x.msg.starts_with("unsupported:")) {
            d.retain(|(_, x)| x.msg.starts_with("unsupported:"));
        }
        // gc stops at the tenth error it reports (types2's order: a body's
        // unused variables come at its end), prints those ten sorted by
        // position, then `too many errors` at the tenth's position.
        let last = (d.len() >= 10).then(|| d[9].clone());
        d.truncate(10);
        d.sort_by_key(|(u, x)| (*u, x.pos));
        d.iter()
            .chain(last.iter())
            .enumerate()
            .map(|(i, (u, x))| {
                let src = &self.units[*u as usize].src;
                let (l, c) = src.line_col(x.pos);
                let msg = if i < 10 {
                    x.msg.as_str()
                } else {
                    "too many errors"
                };
                format!("{}:{l}:{c}: {msg}", src.name)
            })
            .collect()
    }
}

impl Default for Checker {
    fn default() -> Self {
        Self::new()
    }
}

pub(crate) fn pkg_is_main(p: &Package) -> bool {
    p.path == "main"
}
