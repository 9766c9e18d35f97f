//! The abstract syntax tree of one Go source file, shaped like `go/ast`.
//!
//! Types are expressions (as in `go/ast`), because Go's grammar cannot tell
//! `T(x)` (a conversion) from `f(x)` (a call) before names are resolved; the
//! checker decides. Every expression carries an [`ExprId`], unique within its
//! file, that the checker uses to key its side tables (types, constant
//! values, resolved names), so the tree itself stays immutable after parsing.

use crate::pos::Pos;

/// Identity of an expression node, unique within one parsed file.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct ExprId(pub u32);

/// An identifier with its position.
#[derive(Clone, Debug)]
pub struct Ident {
    /// The name; `_` for the blank identifier.
    pub name: String,
    /// Position of its first byte.
    pub pos: Pos,
}

/// A parsed source file.
#[derive(Clone, Debug)]
pub struct File {
    /// The package clause's name.
    pub package: Ident,
    /// Import declarations in source order.
    pub imports: Vec<Import>,
    /// Top-level declarations in source order (imports excluded).
    pub decls: Vec<Decl>,
}

/// One imported package.
#[derive(Clone, Debug)]
pub struct Import {
    /// Explicit local name (`import f "fmt"`, `_`, or `.`), if any.
    pub alias: Option<Ident>,
    /// The import path without quotes, e.g. `unicode/utf8`.
    pub path: String,
    /// Position of the path literal.
    pub pos: Pos,
}

/// A top-level declaration.
#[derive(Clone, Debug)]
pub enum Decl {
    /// `func name(...) ...` or a method (boxed: much larger than `Gen`).
    Func(Box<FuncDecl>),
    /// `var`, `const` or `type`, grouped or not.
    Gen(GenDecl),
}

/// A function or method declaration.
#[derive(Clone, Debug)]
pub struct FuncDecl {
    /// The receiver of a method, `None` for a plain function.
    pub recv: Option<Field>,
    /// The function's name.
    pub name: Ident,
    /// Type parameters (generics); gust rejects them as unsupported.
    pub type_params: Vec<Field>,
    /// Parameters and results.
    pub sig: FuncType,
    /// The body; `None` for a declaration without body (built-in packages'
    /// natives).
    pub body: Option<Block>,
    /// Position of the `func` keyword.
    pub pos: Pos,
}

/// A `var`, `const`, `type` declaration (or a group of them).
#[derive(Clone, Debug)]
pub struct GenDecl {
    /// Which keyword introduced it.
    pub kind: GenKind,
    /// The specs in source order; a non-grouped declaration has one.
    pub specs: Vec<Spec>,
    /// Position of the keyword.
    pub pos: Pos,
}

/// The keyword of a [`GenDecl`].
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum GenKind {
    /// `var`
    Var,
    /// `const`
    Const,
    /// `type`
    Type,
}

/// One spec of a [`GenDecl`].
#[derive(Clone, Debug)]
pub enum Spec {
    /// `a, b T = x, y` in a `var` or `const` declaration.
    Value(ValueSpec),
    /// `T U`, `T = U` (alias) in a `type` declaration.
    Type(TypeSpec),
}

/// Names with an optional type and optional values.
#[derive(Clone, Debug)]
pub struct ValueSpec {
    /// Declared names.
    pub names: Vec<Ident>,
    /// Declared type, if written.
    pub ty: Option<Expr>,
    /// Initial values as written (may be empty). For a `const` spec that
    /// omits them, the checker repeats the previous spec's list.
    pub values: Vec<Expr>,
    /// Index of this spec within its `const` group (the value of `iota`).
    pub iota: u32,
}

/// A named type declaration.
#[derive(Clone, Debug)]
pub struct TypeSpec {
    /// The new type's name.
    pub name: Ident,
    /// Type parameters; rejected as unsupported.
    pub type_params: Vec<Field>,
    /// `true` for an alias declaration `type A = B`.
    pub alias: bool,
    /// The underlying type expression.
    pub ty: Expr,
}

/// A parameter, result, struct field or interface element.
#[derive(Clone, Debug)]
pub struct Field {
    /// Names; empty for an anonymous parameter or an embedded field.
    pub names: Vec<Ident>,
    /// The type.
    pub ty: Expr,
    /// Struct tag, ignored except for printing.
    pub tag: Option<Tag>,
}

/// A struct field's tag.
#[derive(Clone, Debug)]
pub struct Tag {
    /// The decoded string value (what `reflect` and `%T` print, quoted).
    pub value: String,
    /// Where its literal starts (messages print it as written).
    pub pos: Pos,
}

/// A function signature.
#[derive(Clone, Debug)]
pub struct FuncType {
    /// Parameters; the last may have `Expr::Ellipsis` type (variadic).
    pub params: Vec<Field>,
    /// Results; named results have names.
    pub results: Vec<Field>,
    /// Position of `func` or of the opening parenthesis.
    pub pos: Pos,
}

/// A `{ ... }` block.
#[derive(Clone, Debug)]
pub struct Block {
    /// Statements in order.
    pub stmts: Vec<Stmt>,
    /// Position of `{`.
    pub lbrace: Pos,
    /// Position of `}`.
    pub rbrace: Pos,
}

/// An expression (types included).
#[derive(Clone, Debug)]
pub struct Expr {
    /// Identity for the checker's side tables.
    pub id: ExprId,
    /// Position that gc reports for this expression (its first byte, or the
    /// operator for binary expressions as gc does).
    pub pos: Pos,
    /// What it is.
    pub kind: ExprKind,
}

/// The kinds of [`Expr`].
#[derive(Clone, Debug)]
pub enum ExprKind {
    /// A name.
    Ident(String),
    /// An integer literal as written (`0x1F`, `1_000`, `0o7`, `07`, `0b1`).
    IntLit(String),
    /// A floating-point literal as written.
    FloatLit(String),
    /// An imaginary literal; rejected as unsupported.
    ImagLit(String),
    /// A rune literal, already decoded.
    RuneLit(u32),
    /// A string literal (interpreted or raw), already decoded to bytes.
    StringLit(Vec<u8>),
    /// `T{...}`; `ty` is `None` for elided types inside another literal.
    Composite {
        /// The literal's type, if written.
        ty: Option<Box<Expr>>,
        /// Elements, keyed or not.
        elts: Vec<Element>,
        /// Position of `}` (gc reports some errors there).
        rbrace: Pos,
    },
    /// `func(...) ... { ... }`
    FuncLit {
        /// Signature.
        sig: FuncType,
        /// Body.
        body: Block,
    },
    /// `(x)`
    Paren(Box<Expr>),
    /// `x.sel` (also qualified identifiers `pkg.Name`).
    Selector(Box<Expr>, Ident),
    /// `x[i]` (also generic instantiation, unsupported); the third field is
    /// the position of a second index (`x[i, j]`), which only instantiation allows.
    Index(Box<Expr>, Box<Expr>, Option<Pos>),
    /// `x[lo:hi]` or `x[lo:hi:max]`.
    Slice {
        /// The sliced operand.
        x: Box<Expr>,
        /// Low bound.
        lo: Option<Box<Expr>>,
        /// High bound.
        hi: Option<Box<Expr>>,
        /// Capacity bound (3-index form).
        max: Option<Box<Expr>>,
    },
    /// `x.(T)`; `ty` is `None` for `x.(type)` in a type switch.
    TypeAssert(Box<Expr>, Option<Box<Expr>>),
    /// `f(args)` or `f(args...)` or a conversion `T(x)`.
    Call {
        /// Callee (or type).
        func: Box<Expr>,
        /// Arguments.
        args: Vec<Expr>,
        /// `true` if the last argument is followed by `...`.
        ellipsis: bool,
        /// Position of `)`.
        rparen: Pos,
    },
    /// `*x`: dereference or pointer type.
    Star(Box<Expr>),
    /// A unary operator: `+ - ! ^ &` (and `<-`, unsupported).
    Unary(UnOp, Box<Expr>),
    /// A binary operator.
    Binary(BinOp, Box<Expr>, Box<Expr>),
    /// `[N]T`, `[...]T` (len `None` with `ellipsis`), or `[]T` (len `None`).
    ArrayType {
        /// The length expression.
        len: Option<Box<Expr>>,
        /// `[...]T`
        ellipsis: bool,
        /// Element type.
        elem: Box<Expr>,
    },
    /// `map[K]V`
    MapType(Box<Expr>, Box<Expr>),
    /// `chan T` and friends; unsupported.
    ChanType(Box<Expr>),
    /// `func(...) ...` as a type.
    FuncType(FuncType),
    /// `struct { ... }`
    StructType(Vec<Field>),
    /// `interface { ... }`; embedded interfaces are fields without names,
    /// methods are fields with one name and a `FuncType` type.
    InterfaceType(Vec<Field>),
    /// `...T` in the last parameter of a signature.
    Ellipsis(Box<Expr>),
    /// A syntax error placeholder (parsing continues after an error).
    Bad,
}

/// One element of a composite literal.
#[derive(Clone, Debug)]
pub struct Element {
    /// `key:` if present (field name, index or map key).
    pub key: Option<Expr>,
    /// The value.
    pub value: Expr,
}

/// Unary operators.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum UnOp {
    /// `+x`
    Pos,
    /// `-x`
    Neg,
    /// `!x`
    Not,
    /// `^x`
    BitNot,
    /// `&x`
    Addr,
    /// `<-x` (unsupported)
    Recv,
}

/// Binary operators, in Go's precedence classes.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum BinOp {
    /// `||`
    OrOr,
    /// `&&`
    AndAnd,
    /// `==`
    Eq,
    /// `!=`
    Ne,
    /// `<`
    Lt,
    /// `<=`
    Le,
    /// `>`
    Gt,
    /// `>=`
    Ge,
    /// `+`
    Add,
    /// `-`
    Sub,
    /// `|`
    Or,
    /// `^`
    Xor,
    /// `*`
    Mul,
    /// `/`
    Div,
    /// `%`
    Rem,
    /// `<<`
    Shl,
    /// `>>`
    Shr,
    /// `&`
    And,
    /// `&^`
    AndNot,
}

impl BinOp {
    /// The operator as written in Go source.
    pub fn as_str(self) -> &'static str {
        use BinOp::*;
        match self {
            OrOr => "||",
            AndAnd => "&&",
            Eq => "==",
            Ne => "!=",
            Lt => "<",
            Le => "<=",
            Gt => ">",
            Ge => ">=",
            Add => "+",
            Sub => "-",
            Or => "|",
            Xor => "^",
            Mul => "*",
            Div => "/",
            Rem => "%",
            Shl => "<<",
            Shr => ">>",
            And => "&",
            AndNot => "&^",
        }
    }
}

/// A statement.
#[derive(Clone, Debug)]
pub struct Stmt {
    /// Position gc reports for it (first byte).
    pub pos: Pos,
    /// What it is.
    pub kind: StmtKind,
}

/// Assignment operators: `=`, `:=`, or `op=`.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum AssignOp {
    /// `=`
    Assign,
    /// `:=`
    Define,
    /// `op=`
    Op(BinOp),
}

/// The kinds of [`Stmt`].
#[derive(Clone, Debug)]
pub enum StmtKind {
    /// An empty statement.
    Empty,
    /// An expression statement (a call, or a receive).
    Expr(Expr),
    /// `var`, `const`, `type` inside a function.
    Decl(GenDecl),
    /// `lhs op rhs`
    Assign {
        /// Left-hand sides.
        lhs: Vec<Expr>,
        /// Operator.
        op: AssignOp,
        /// Right-hand sides.
        rhs: Vec<Expr>,
    },
    /// `x++` (`true`) or `x--` (`false`).
    IncDec(Expr, bool),
    /// `go f()` (unsupported).
    Go(Expr),
    /// `defer f()`
    Defer(Expr),
    /// `return ...`
    Return(Vec<Expr>),
    /// `break [label]`
    Break(Option<Ident>),
    /// `continue [label]`
    Continue(Option<Ident>),
    /// `goto label` (unsupported)
    Goto(Ident),
    /// `fallthrough`
    Fallthrough,
    /// A nested block.
    Block(Block),
    /// `if init; cond { } else ...`
    If {
        /// Optional init statement.
        init: Option<Box<Stmt>>,
        /// Condition.
        cond: Expr,
        /// Then branch.
        then: Block,
        /// `else` branch: a `Block` or an `If` statement.
        els: Option<Box<Stmt>>,
    },
    /// Expression switch (tagless when `tag` is `None`).
    Switch {
        /// Optional init statement.
        init: Option<Box<Stmt>>,
        /// The tag expression.
        tag: Option<Expr>,
        /// Clauses in order.
        clauses: Vec<CaseClause>,
        /// Position of `}` (implicit exits).
        rbrace: Pos,
    },
    /// `switch [init;] [v :=] x.(type) { ... }`
    TypeSwitch {
        /// Optional init statement.
        init: Option<Box<Stmt>>,
        /// The bound name in `v := x.(type)`, if any.
        bind: Option<Ident>,
        /// The operand `x` (without `.(type)`).
        x: Expr,
        /// Clauses; their `exprs` are types (or `nil`).
        clauses: Vec<CaseClause>,
        /// Position of `}`.
        rbrace: Pos,
    },
    /// `select` (unsupported).
    Select,
    /// `for init; cond; post { }` (all parts optional).
    For {
        /// Init statement.
        init: Option<Box<Stmt>>,
        /// Condition.
        cond: Option<Expr>,
        /// Post statement.
        post: Option<Box<Stmt>>,
        /// Body.
        body: Block,
    },
    /// `for k, v := range x { }` / `for k, v = range x` / `for range x`.
    Range {
        /// Key expression (a name for `:=`).
        key: Option<Expr>,
        /// Value expression.
        value: Option<Expr>,
        /// `true` for `:=`.
        define: bool,
        /// The ranged operand.
        x: Expr,
        /// Body.
        body: Block,
    },
    /// `label: stmt`
    Labeled(Ident, Box<Stmt>),
}

/// A `case` or `default` clause of a switch.
#[derive(Clone, Debug)]
pub struct CaseClause {
    /// Case expressions (types in a type switch); empty for `default`.
    pub exprs: Vec<Expr>,
    /// `true` for `default`.
    pub default: bool,
    /// The clause's statements.
    pub body: Vec<Stmt>,
    /// Position of `case`/`default`.
    pub pos: Pos,
}
