//! The parser: Go source text to an [`ast::File`](crate::ast::File).
//!
//! This is a recursive-descent parser ported from gc's
//! (`cmd/compile/internal/syntax/parser.go`), so that syntax errors have
//! gc's wording and positions, but it builds a `go/ast`-shaped tree (see
//! [`crate::ast`]). Unlike gc it stops at the first syntax error: there is
//! no error recovery, which keeps it simple and guarantees termination.
//!
//! Errors are reported the way `go build` prints them, sorted by position:
//! lexical errors (which never stop the lexer, and after which parsing goes
//! on like gc's does), then the first syntax error. A few errors that gc
//! leaves to its type checker but that the tree cannot represent are
//! reported here once the whole file has parsed: `x.(type)` outside a type
//! switch header, unary `~` outside a constraint, and more than two range
//! iteration variables.
//!
//! Representation choices beyond what [`crate::ast`] documents:
//!
//! * Parentheses are kept as [`ExprKind::Paren`] in expressions (gc keeps
//!   them too where it matters), except around the operand of `&` and
//!   around types in type context (`(T)`), which gc drops.
//! * A send statement `ch <- v` becomes the expression statement `<-ch`
//!   (channels are unsupported, and the checker rejects the receive).
//! * In interface elements and type constraints, `~T` is
//!   `Unary(BitNot, T)` and `A | B` is `Binary(Or, A, B)`.
//! * Generic instantiations `T[A, B]` keep only the first type argument.
//! * Struct tags hold the tag's decoded string value.

use crate::ast::{
    AssignOp, BinOp, Block, CaseClause, Decl, Element, Expr, ExprId, ExprKind, Field, File,
    FuncDecl, FuncType, GenDecl, GenKind, Ident, Import, Spec, Stmt, StmtKind, Tag, TypeSpec, UnOp,
    ValueSpec,
};
use crate::lexer::Lexer;
use crate::pos::{Diagnostic, Pos, SourceFile};
use crate::token::{LitKind, LitValue, Operator, Token, TokenKind};

use std::collections::HashSet;
use TokenKind as T;

type PResult<T> = Result<T, Diagnostic>;

/// Parses one Go source file.
///
/// On failure returns the errors sorted by position, as `go build` would
/// print them: any lexical errors and at most one syntax error (parsing
/// stops at the first one). Messages carry gc's wording, including its
/// `syntax error: ` prefix where gc has one.
pub fn parse_file(src: &SourceFile) -> Result<File, Vec<Diagnostic>> {
    crate::stack::with_frontend_stack(|| {
        let mut p = Parser::new(&src.text);
        let res = p.file();
        p.finish(res)
    })
}

/// Parses a standalone type expression such as `func(s string, n int) (string, error)`.
pub fn parse_type(text: &str) -> Result<Expr, Diagnostic> {
    crate::stack::with_frontend_stack(|| {
        let mut p = Parser::new(text);
        let res = p.standalone_type();
        p.finish(res).map_err(|mut errs| errs.swap_remove(0))
    })
}

/// A simple statement, before it is known where it ends up.
enum Simple {
    /// An expression statement.
    Expr(Expr),
    /// An assignment, `:=` or `op=`; `op_pos` is the operator's position.
    Assign {
        op_pos: Pos,
        lhs: Vec<Expr>,
        op: AssignOp,
        rhs: Vec<Expr>,
    },
    /// `x++` / `x--`.
    IncDec { op_pos: Pos, x: Expr, inc: bool },
    /// `ch <- v`.
    Send { op_pos: Pos, ch: Expr, value: Expr },
    /// `[lhs (= | :=)] range x` (only in `for` headers).
    Range {
        lhs: Vec<Expr>,
        define: bool,
        x: Expr,
    },
    /// `v := x.(type)` (only in `switch` headers); `guard` is the
    /// `x.(type)` expression.
    Guard { bind: Ident, guard: Expr },
}

/// One parameter as parsed, before names and types are distributed.
struct PField {
    name: Option<Ident>,
    ty: Option<Expr>,
}

/// Result of [`Parser::array_or_targs`].
enum ArrayOrTArgs {
    /// `[]E` or `[n]E`.
    Type(Expr),
    /// `[A, ...]`: type arguments whose operand is filled in by the caller
    /// (the first argument is kept).
    TArgs(Expr),
}

struct Parser<'a> {
    src: &'a str,
    lex: Lexer<'a>,
    /// The current token.
    tok: Token<'a>,
    /// Expression nesting level, for the composite literal ambiguity:
    /// negative at the top level of `if`/`for`/`switch` headers.
    xnest: i32,
    next_id: u32,
    depth: u32,
    /// The nesting limit ([`crate::stack::depth_limit`]).
    max_depth: u32,
    /// `x.(type)` expressions not (yet) claimed by a type switch header:
    /// their id and start position.
    guards: Vec<(ExprId, Pos)>,
    /// Errors gc's type checker would report (only reported if the file
    /// parses).
    deferred: Vec<Diagnostic>,
    /// Unary `~` expressions parsed as values (type elements for
    /// [`Parser::is_type_elem`]).
    tildes: HashSet<ExprId>,
}

/// `x` with enclosing parentheses removed.
fn unparen(mut x: &Expr) -> &Expr {
    while let ExprKind::Paren(inner) = &x.kind {
        x = inner;
    }
    x
}

/// `x` with enclosing parentheses removed (owned).
fn unparen_owned(mut x: Expr) -> Expr {
    loop {
        match x.kind {
            ExprKind::Paren(inner) => x = *inner,
            kind => {
                return Expr {
                    id: x.id,
                    pos: x.pos,
                    kind,
                }
            }
        }
    }
}

/// Position of the first byte of `x` (a binary expression's position is
/// that of its operator).
fn start_pos(mut x: &Expr) -> Pos {
    // Binary expressions are at their operator, index expressions at
    // their `[`.
    while let ExprKind::Binary(_, l, _) | ExprKind::Index(l, _, _) = &x.kind {
        x = l;
    }
    x.pos
}

/// Whether `x` syntactically must be a value (and not a type) expression.
fn is_value(x: &Expr) -> bool {
    match &x.kind {
        ExprKind::IntLit(_)
        | ExprKind::FloatLit(_)
        | ExprKind::ImagLit(_)
        | ExprKind::RuneLit(_)
        | ExprKind::StringLit(_)
        | ExprKind::Composite { .. }
        | ExprKind::FuncLit { .. }
        | ExprKind::Slice { .. }
        | ExprKind::TypeAssert(..)
        | ExprKind::Call { .. }
        | ExprKind::Unary(..)
        | ExprKind::Binary(..) => true,
        ExprKind::Paren(x) => is_value(x),
        ExprKind::Index(x, i, _) => is_value(x) || is_value(i),
        _ => false,
    }
}

impl<'a> Parser<'a> {
    fn new(src: &'a str) -> Self {
        let mut lex = Lexer::new(src);
        let tok = lex.next_token();
        Parser {
            src,
            lex,
            tok,
            xnest: 0,
            next_id: 0,
            depth: 0,
            max_depth: crate::stack::depth_limit(),
            guards: Vec::new(),
            deferred: Vec::new(),
            tildes: HashSet::new(),
        }
    }

    /// Combines the parse result with lexical and deferred errors.
    fn finish<R>(&mut self, res: PResult<R>) -> Result<R, Vec<Diagnostic>> {
        let mut errs = self.lex.take_errors();
        let ok = match res {
            Ok(r) => Some(r),
            Err(e) => {
                errs.push(e);
                None
            }
        };
        if ok.is_some() {
            if let Some(&(_, pos)) = self.guards.iter().min_by_key(|g| g.1) {
                errs.push(Diagnostic::new(
                    pos,
                    "invalid syntax tree: use of .(type) outside type switch",
                ));
            }
            errs.append(&mut self.deferred);
        }
        match ok {
            Some(r) if errs.is_empty() => Ok(r),
            _ => {
                errs.sort_by_key(|d| d.pos);
                Err(errs)
            }
        }
    }

    /// Whether `x` is a (possibly parenthesized) type element expression
    /// (and could not be an ordinary value expression).
    fn is_type_elem(&self, x: &Expr) -> bool {
        match &x.kind {
            ExprKind::ArrayType { .. }
            | ExprKind::StructType(_)
            | ExprKind::FuncType(_)
            | ExprKind::InterfaceType(_)
            | ExprKind::MapType(..)
            | ExprKind::ChanType(_) => true,
            ExprKind::Binary(_, l, r) => self.is_type_elem(l) || self.is_type_elem(r),
            ExprKind::Unary(_, y) => self.tildes.contains(&x.id) || self.is_type_elem(y),
            ExprKind::Star(y) | ExprKind::Paren(y) => self.is_type_elem(y),
            _ => false,
        }
    }

    // ------------------------------------------------------------------
    // Tokens and errors

    fn next(&mut self) {
        self.tok = self.lex.next_token();
    }

    fn pos(&self) -> Pos {
        self.tok.pos
    }

    fn got(&mut self, k: TokenKind) -> bool {
        if self.tok.kind == k {
            self.next();
            true
        } else {
            false
        }
    }

    fn want(&mut self, k: TokenKind) -> PResult<()> {
        if self.got(k) {
            Ok(())
        } else {
            Err(self.syntax_error(&format!("expected {}", k.describe())))
        }
    }

    fn is_op(&self, op: Operator) -> bool {
        self.tok.is_op(op)
    }

    /// The current token as gc names it in "unexpected X" messages.
    fn tok_string(&self) -> String {
        let t = &self.tok;
        let op = t.op.map_or("", Operator::as_str);
        match t.kind {
            T::Name => format!("name {}", t.lit),
            T::Semi => t.lit.to_string(),
            T::Literal => format!("literal {}", t.lit),
            T::Operator => op.to_string(),
            T::AssignOp => format!("{op}="),
            T::IncOp => format!("{op}{op}"),
            k => k.describe(),
        }
    }

    /// A syntax error at `pos`, worded like gc's `syntaxErrorAt`.
    fn syntax_error_at(&self, pos: Pos, msg: &str) -> Diagnostic {
        let suffix = if msg.is_empty() {
            String::new()
        } else if msg.starts_with("in ") || msg.starts_with("at ") || msg.starts_with("after ") {
            format!(" {msg}")
        } else if msg.starts_with("expected ") {
            format!(", {msg}")
        } else {
            return Diagnostic::new(pos, format!("syntax error: {msg}"));
        };
        Diagnostic::new(
            pos,
            format!("syntax error: unexpected {}{suffix}", self.tok_string()),
        )
    }

    /// A syntax error at the current token.
    fn syntax_error(&self, msg: &str) -> Diagnostic {
        self.syntax_error_at(self.pos(), msg)
    }

    /// Fails with a syntax error at the current token.
    fn fail<R>(&self, msg: &str) -> PResult<R> {
        Err(self.syntax_error(msg))
    }

    /// Enters a recursive production.
    fn enter(&mut self) -> PResult<()> {
        // The tree's height, bounded so that every pass walking it
        // recursively fits the frontend's stack (crate::stack).
        self.depth += 1;
        if self.depth > self.max_depth {
            return Err(Diagnostic::new(self.pos(), "exceeded max nesting depth"));
        }
        Ok(())
    }

    fn leave(&mut self) {
        self.depth -= 1;
    }

    fn mk(&mut self, pos: Pos, kind: ExprKind) -> Expr {
        let id = ExprId(self.next_id);
        self.next_id += 1;
        Expr { id, pos, kind }
    }

    fn ident_expr(&mut self, name: Ident) -> Expr {
        self.mk(name.pos, ExprKind::Ident(name.name))
    }

    // ------------------------------------------------------------------
    // Source files

    /// `SourceFile = PackageClause ";" { ImportDecl ";" } { TopLevelDecl ";" } .`
    fn file(&mut self) -> PResult<File> {
        if !self.got(T::Package) {
            return self.fail("package statement must be first");
        }
        let package = self.name()?;
        self.want(T::Semi)?;

        let mut imports = Vec::new();
        let mut decls = Vec::new();
        // gc does not bother continuing if the package clause has errors
        // (including lexical errors in the token after it)
        if self.lex.has_errors() {
            return Ok(File {
                package,
                imports,
                decls,
            });
        }
        let mut prev = T::Import;
        // Whether the last declaration was a function without body.
        let mut bodyless_func = false;
        while self.tok.kind != T::Eof {
            if self.tok.kind == T::Import && prev != T::Import {
                return self.fail("imports must appear before other declarations");
            }
            prev = self.tok.kind;
            let pos = self.pos();
            match self.tok.kind {
                T::Import => {
                    self.next();
                    if self.got(T::Lparen) {
                        self.list("grouped declaration", T::Semi, T::Rparen, |p| {
                            imports.push(p.import_spec()?);
                            Ok(false)
                        })?;
                    } else {
                        imports.push(self.import_spec()?);
                    }
                    bodyless_func = false;
                }
                T::Const | T::Type | T::Var => {
                    decls.push(Decl::Gen(self.gen_decl()?));
                    bodyless_func = false;
                }
                T::Func => {
                    self.next();
                    let f = self.func_decl(pos)?;
                    bodyless_func = f.body.is_none();
                    decls.push(Decl::Func(Box::new(f)));
                }
                _ => {
                    if self.tok.kind == T::Lbrace && bodyless_func {
                        return self.fail("unexpected semicolon or newline before {");
                    }
                    return self.fail("non-declaration statement outside function body");
                }
            }
            if self.tok.kind != T::Eof && !self.got(T::Semi) {
                return self.fail("after top level declaration");
            }
        }
        Ok(File {
            package,
            imports,
            decls,
        })
    }

    /// A type expression followed by the end of the input.
    fn standalone_type(&mut self) -> PResult<Expr> {
        let t = self.type_()?;
        self.got(T::Semi);
        if self.tok.kind != T::Eof {
            return self.fail("after type");
        }
        Ok(t)
    }

    /// `list = [ f { sep f } [sep] ] close .`
    ///
    /// `f` returns `true` when no more elements are accepted. Returns the
    /// position of the closing token.
    fn list(
        &mut self,
        context: &str,
        sep: TokenKind,
        close: TokenKind,
        mut f: impl FnMut(&mut Self) -> PResult<bool>,
    ) -> PResult<Pos> {
        let mut done = false;
        while self.tok.kind != T::Eof && self.tok.kind != close && !done {
            done = f(self)?;
            // sep is optional before close
            if !self.got(sep) && self.tok.kind != close {
                return self.fail(&format!(
                    "in {context}; possibly missing {} or {}",
                    sep.describe(),
                    close.describe()
                ));
            }
        }
        let pos = self.pos();
        self.want(close)?;
        Ok(pos)
    }

    // ------------------------------------------------------------------
    // Declarations

    /// `ImportSpec = [ "." | PackageName ] ImportPath .`
    fn import_spec(&mut self) -> PResult<Import> {
        let alias = match self.tok.kind {
            T::Name => Some(self.name()?),
            T::Dot => {
                let pos = self.pos();
                self.next();
                Some(Ident {
                    name: ".".to_string(),
                    pos,
                })
            }
            _ => None,
        };
        if self.tok.kind != T::Literal {
            return self.fail("missing import path");
        }
        let pos = self.pos();
        if self.tok.lit_kind != LitKind::String && !self.tok.bad {
            return Err(self.syntax_error_at(pos, "import path must be a string"));
        }
        let path = match std::mem::take(&mut self.tok.value) {
            LitValue::Str(b) => String::from_utf8_lossy(&b).into_owned(),
            _ => String::new(),
        };
        self.next();
        Ok(Import { alias, path, pos })
    }

    /// A `const`, `type` or `var` declaration, grouped or not; the current
    /// token is the keyword.
    fn gen_decl(&mut self) -> PResult<GenDecl> {
        let pos = self.pos();
        let kind = match self.tok.kind {
            T::Const => GenKind::Const,
            T::Type => GenKind::Type,
            _ => GenKind::Var,
        };
        self.next();
        let mut specs = Vec::new();
        if self.got(T::Lparen) {
            self.list("grouped declaration", T::Semi, T::Rparen, |p| {
                let iota = specs.len() as u32;
                specs.push(p.spec(kind, iota)?);
                Ok(false)
            })?;
        } else {
            specs.push(self.spec(kind, 0)?);
        }
        Ok(GenDecl { kind, specs, pos })
    }

    fn spec(&mut self, kind: GenKind, iota: u32) -> PResult<Spec> {
        Ok(match kind {
            GenKind::Const => Spec::Value(self.const_spec(iota)?),
            GenKind::Var => Spec::Value(self.var_spec(iota)?),
            GenKind::Type => Spec::Type(self.type_spec()?),
        })
    }

    /// Like `got(Assign)` but reports `:=` as an error.
    fn got_assign(&mut self) -> PResult<bool> {
        match self.tok.kind {
            T::Define => self.fail("expected ="),
            T::Assign => {
                self.next();
                Ok(true)
            }
            _ => Ok(false),
        }
    }

    /// `ConstSpec = IdentifierList [ [ Type ] "=" ExpressionList ] .`
    fn const_spec(&mut self, iota: u32) -> PResult<ValueSpec> {
        let first = self.name()?;
        let names = self.name_list(first)?;
        let mut ty = None;
        let mut values = Vec::new();
        if !matches!(self.tok.kind, T::Eof | T::Semi | T::Rparen) {
            ty = self.type_or_nil()?;
            if self.got_assign()? {
                values = self.expr_list()?;
            }
        }
        Ok(ValueSpec {
            names,
            ty,
            values,
            iota,
        })
    }

    /// `VarSpec = IdentifierList ( Type [ "=" ExpressionList ] | "=" ExpressionList ) .`
    fn var_spec(&mut self, iota: u32) -> PResult<ValueSpec> {
        let first = self.name()?;
        let names = self.name_list(first)?;
        let mut ty = None;
        let mut values = Vec::new();
        if self.got_assign()? {
            values = self.expr_list()?;
        } else {
            ty = Some(self.type_()?);
            if self.got_assign()? {
                values = self.expr_list()?;
            }
        }
        Ok(ValueSpec {
            names,
            ty,
            values,
            iota,
        })
    }

    /// `TypeSpec = identifier [ TypeParams ] [ "=" ] Type .`
    fn type_spec(&mut self) -> PResult<TypeSpec> {
        let name = self.name()?;
        let mut type_params = Vec::new();
        let mut alias = false;
        let ty;
        if self.tok.kind == T::Lbrack {
            // array/slice type or type parameter list
            let pos = self.pos();
            self.next();
            match self.tok.kind {
                T::Name => {
                    let mark = self.deferred.len();
                    let n = self.name()?;
                    let mut x = self.ident_expr(n);
                    if self.tok.kind != T::Lbrack {
                        self.xnest += 1;
                        let px = self.pexpr(Some(x))?;
                        x = self.binary_expr(Some(px), 0)?;
                        self.xnest -= 1;
                    }
                    let force = self.tok.kind == T::Comma;
                    match self.extract_name(x, force) {
                        Ok((pname, ptype)) if ptype.is_some() || self.tok.kind != T::Rbrack => {
                            // `~` is fine in a constraint
                            self.deferred.truncate(mark);
                            type_params =
                                self.param_list(Some(pname), ptype, T::Rbrack, true, false)?;
                            alias = self.got_assign()?;
                            ty = self.type_or_nil()?;
                        }
                        Ok((pname, _)) => {
                            let len = self.ident_expr(pname);
                            ty = Some(self.array_type(pos, Some(len))?);
                        }
                        Err(x) => ty = Some(self.array_type(pos, Some(x))?),
                    }
                }
                T::Rbrack => {
                    self.next();
                    ty = Some(self.slice_type(pos)?);
                }
                _ => ty = Some(self.array_type(pos, None)?),
            }
        } else {
            alias = self.got_assign()?;
            ty = self.type_or_nil()?;
        }
        let Some(ty) = ty else {
            return self.fail("in type declaration");
        };
        Ok(TypeSpec {
            name,
            type_params,
            alias,
            ty,
        })
    }

    /// Splits `x` into a type parameter name and constraint if `x` can be
    /// written as `name expr` (gc's `extractName`): `Ok((name, None))` for
    /// a plain name, `Ok((name, Some(expr)))` for a split, `Err(x)` if it
    /// cannot be split.
    fn extract_name(&mut self, x: Expr, force: bool) -> Result<(Ident, Option<Expr>), Expr> {
        match x.kind {
            ExprKind::Ident(name) => Ok((Ident { name, pos: x.pos }, None)),
            ExprKind::Binary(BinOp::Mul, l, r)
                if matches!(l.kind, ExprKind::Ident(_)) && (force || self.is_type_elem(&r)) =>
            {
                let ExprKind::Ident(name) = l.kind else {
                    unreachable!()
                };
                let star = self.mk(x.pos, ExprKind::Star(r));
                Ok((Ident { name, pos: l.pos }, Some(star)))
            }
            ExprKind::Binary(BinOp::Or, l, r) => {
                let f = force || self.is_type_elem(&r);
                match self.extract_name(*l, f) {
                    Ok((name, Some(lhs))) => {
                        let or = self.mk(x.pos, ExprKind::Binary(BinOp::Or, Box::new(lhs), r));
                        Ok((name, Some(or)))
                    }
                    Ok((name, None)) => {
                        let l = self.ident_expr(name);
                        Err(self.mk(x.pos, ExprKind::Binary(BinOp::Or, Box::new(l), r)))
                    }
                    Err(l) => Err(self.mk(x.pos, ExprKind::Binary(BinOp::Or, Box::new(l), r))),
                }
            }
            ExprKind::Call {
                func,
                mut args,
                ellipsis: false,
                ..
            } if matches!(func.kind, ExprKind::Ident(_))
                && args.len() == 1
                && (force || self.is_type_elem(&args[0])) =>
            {
                let ExprKind::Ident(name) = func.kind else {
                    unreachable!()
                };
                let arg = args.pop().map(unparen_owned);
                Ok((
                    Ident {
                        name,
                        pos: func.pos,
                    },
                    arg,
                ))
            }
            kind => Err(Expr {
                id: x.id,
                pos: x.pos,
                kind,
            }),
        }
    }

    /// `FunctionDecl = "func" FunctionName [ TypeParams ] ( Function | Signature ) .`
    /// `MethodDecl   = "func" Receiver MethodName ( Function | Signature ) .`
    ///
    /// `func` has been consumed; `pos` is its position.
    fn func_decl(&mut self, pos: Pos) -> PResult<FuncDecl> {
        let mut recv = None;
        let has_recv = self.got(T::Lparen);
        if has_recv {
            let mut rcvr = self.param_list(None, None, T::Rparen, false, false)?;
            let n: usize = rcvr.iter().map(|f| f.names.len().max(1)).sum();
            match n {
                0 => return Err(Diagnostic::new(self.pos(), "method has no receiver")),
                1 => recv = rcvr.pop(),
                _ => return Err(Diagnostic::new(self.pos(), "method has multiple receivers")),
            }
        }
        if self.tok.kind != T::Name {
            return self.fail(if has_recv {
                "expected name"
            } else {
                "expected name or ("
            });
        }
        let name = self.name()?;
        let sig_pos = self.pos();
        let (type_params, sig) = self.func_type("", sig_pos)?;
        let body = if self.tok.kind == T::Lbrace {
            Some(self.func_body()?)
        } else {
            None
        };
        Ok(FuncDecl {
            recv,
            name,
            type_params,
            sig,
            body,
            pos,
        })
    }

    fn func_body(&mut self) -> PResult<Block> {
        self.block_stmt("")
    }

    // ------------------------------------------------------------------
    // Expressions

    fn expr(&mut self) -> PResult<Expr> {
        self.binary_expr(None, 0)
    }

    /// `Expression = UnaryExpr | Expression binary_op Expression .`
    fn binary_expr(&mut self, x: Option<Expr>, prec: u8) -> PResult<Expr> {
        let mut x = match x {
            Some(x) => x,
            None => self.unary_expr()?,
        };
        let depth = self.depth;
        while matches!(self.tok.kind, T::Operator | T::Star) && self.tok.prec > prec {
            let pos = self.pos();
            let Some(op) = self.tok.op.and_then(Operator::to_binop) else {
                break; // cannot happen: only binary operators have a precedence
            };
            let tprec = self.tok.prec;
            self.next();
            // a chain of operators nests to the left
            self.enter()?;
            let y = self.binary_expr(None, tprec)?;
            x = self.mk(pos, ExprKind::Binary(op, Box::new(x), Box::new(y)));
        }
        self.depth = depth;
        Ok(x)
    }

    /// `UnaryExpr = PrimaryExpr | unary_op UnaryExpr .`
    fn unary_expr(&mut self) -> PResult<Expr> {
        self.enter()?;
        let x = self.unary_expr_inner()?;
        self.leave();
        Ok(x)
    }

    fn unary_expr_inner(&mut self) -> PResult<Expr> {
        let pos = self.pos();
        match self.tok.kind {
            T::Operator | T::Star => {
                let op = match self.tok.op {
                    Some(Operator::Mul) => None,
                    Some(Operator::Add) => Some(UnOp::Pos),
                    Some(Operator::Sub) => Some(UnOp::Neg),
                    Some(Operator::Not) => Some(UnOp::Not),
                    Some(Operator::Xor) | Some(Operator::Tilde) => Some(UnOp::BitNot),
                    Some(Operator::And) => Some(UnOp::Addr),
                    _ => return self.pexpr(None),
                };
                let tilde = self.is_op(Operator::Tilde);
                if tilde {
                    self.deferred.push(Diagnostic::new(
                        pos,
                        "cannot use ~ outside of interface or type constraint (use ^ for bitwise complement)",
                    ));
                }
                self.next();
                let x = self.unary_expr()?;
                if tilde {
                    let t = self.mk(pos, ExprKind::Unary(UnOp::BitNot, Box::new(x)));
                    self.tildes.insert(t.id);
                    return Ok(t);
                }
                Ok(match op {
                    None => self.mk(pos, ExprKind::Star(Box::new(x))),
                    Some(UnOp::Addr) => {
                        // unary_expr may have returned a parenthesized
                        // composite literal: remove the parentheses
                        let x = unparen_owned(x);
                        self.mk(pos, ExprKind::Unary(UnOp::Addr, Box::new(x)))
                    }
                    Some(op) => self.mk(pos, ExprKind::Unary(op, Box::new(x))),
                })
            }
            T::Arrow => {
                // receive op (<-x) or receive-only channel (<-chan E)
                self.next();
                let x = self.unary_expr()?;
                if matches!(x.kind, ExprKind::ChanType(_)) {
                    return Ok(x);
                }
                Ok(self.mk(pos, ExprKind::Unary(UnOp::Recv, Box::new(x))))
            }
            _ => self.pexpr(None),
        }
    }

    /// `Operand = Literal | OperandName | MethodExpr | "(" Expression ")" .`
    fn operand(&mut self) -> PResult<Expr> {
        let pos = self.pos();
        match self.tok.kind {
            T::Name => {
                let n = self.name()?;
                Ok(self.ident_expr(n))
            }
            T::Literal => self.literal(),
            T::Lparen => {
                self.next();
                self.xnest += 1;
                let x = self.expr()?;
                self.xnest -= 1;
                self.want(T::Rparen)?;
                Ok(self.mk(pos, ExprKind::Paren(Box::new(x))))
            }
            T::Func => {
                self.next();
                let sig_pos = self.pos();
                let (_, mut sig) = self.func_type("function type", sig_pos)?;
                sig.pos = pos;
                if self.tok.kind == T::Lbrace {
                    self.xnest += 1;
                    let body = self.func_body()?;
                    self.xnest -= 1;
                    return Ok(self.mk(pos, ExprKind::FuncLit { sig, body }));
                }
                Ok(self.mk(pos, ExprKind::FuncType(sig)))
            }
            T::Lbrack | T::Chan | T::Map | T::Struct | T::Interface => self.type_(),
            _ => self.fail("expected expression"),
        }
    }

    /// The current literal token as an expression.
    fn literal(&mut self) -> PResult<Expr> {
        let pos = self.pos();
        let text = self.tok.lit.to_string();
        let kind = match self.tok.lit_kind {
            LitKind::Int => ExprKind::IntLit(text),
            LitKind::Float => ExprKind::FloatLit(text),
            LitKind::Imag => ExprKind::ImagLit(text),
            LitKind::Rune => match self.tok.value {
                LitValue::Rune(r) => ExprKind::RuneLit(r),
                _ => ExprKind::RuneLit(0),
            },
            LitKind::String => match std::mem::take(&mut self.tok.value) {
                LitValue::Str(s) => ExprKind::StringLit(s),
                _ => ExprKind::StringLit(Vec::new()),
            },
        };
        self.next();
        Ok(self.mk(pos, kind))
    }

    /// pexpr parses a PrimaryExpr (gc's `pexpr`); `x` is an already parsed
    /// operand, if any.
    fn pexpr(&mut self, x: Option<Expr>) -> PResult<Expr> {
        let x = match x {
            Some(x) => x,
            None => self.operand()?,
        };
        // Each selector, index, call or literal suffix nests the tree one
        // level deeper (x.f.g is Selector(Selector(x))).
        let depth = self.depth;
        let res = self.pexpr_suffixes(x);
        self.depth = depth;
        res
    }

    fn pexpr_suffixes(&mut self, mut x: Expr) -> PResult<Expr> {
        loop {
            if matches!(self.tok.kind, T::Dot | T::Lbrack | T::Lparen | T::Lbrace) {
                self.enter()?;
            }
            let start = start_pos(&x);
            match self.tok.kind {
                T::Dot => {
                    self.next();
                    match self.tok.kind {
                        T::Name => {
                            let sel = self.name()?;
                            x = self.mk(start, ExprKind::Selector(Box::new(x), sel));
                        }
                        T::Lparen => {
                            self.next();
                            if self.got(T::Type) {
                                x = self.mk(start, ExprKind::TypeAssert(Box::new(x), None));
                                self.guards.push((x.id, start));
                            } else {
                                let t = self.type_()?;
                                x = self.mk(
                                    start,
                                    ExprKind::TypeAssert(Box::new(x), Some(Box::new(t))),
                                );
                            }
                            self.want(T::Rparen)?;
                        }
                        _ => return self.fail("expected name or ("),
                    }
                }
                T::Lbrack => {
                    // An index expression is at its `[`, as in gc.
                    let lbrack = self.pos();
                    self.next();
                    let mut lo = None;
                    if self.tok.kind != T::Colon {
                        if self.tok.kind == T::Rbrack {
                            // invalid empty instance, slice or index expression
                            return self.fail("expected operand");
                        }
                        let (i, comma, second) = self.type_list(false)?;
                        if comma || self.tok.kind == T::Rbrack {
                            self.want(T::Rbrack)?;
                            x = self.mk(lbrack, ExprKind::Index(Box::new(x), Box::new(i), second));
                            continue;
                        }
                        lo = Some(Box::new(i));
                    }
                    // x[i:...
                    if !self.got(T::Colon) {
                        return self.fail("expected comma, : or ]");
                    }
                    self.xnest += 1;
                    let mut hi = None;
                    let mut max = None;
                    if self.tok.kind != T::Colon && self.tok.kind != T::Rbrack {
                        hi = Some(Box::new(self.expr()?));
                    }
                    if self.tok.kind == T::Colon {
                        if hi.is_none() {
                            return Err(Diagnostic::new(
                                self.pos(),
                                "middle index required in 3-index slice",
                            ));
                        }
                        self.next();
                        if self.tok.kind == T::Rbrack {
                            return Err(Diagnostic::new(
                                self.pos(),
                                "final index required in 3-index slice",
                            ));
                        }
                        max = Some(Box::new(self.expr()?));
                    }
                    self.xnest -= 1;
                    self.want(T::Rbrack)?;
                    // At its `[` too (types2's StartPos stops there).
                    x = self.mk(
                        lbrack,
                        ExprKind::Slice {
                            x: Box::new(x),
                            lo,
                            hi,
                            max,
                        },
                    );
                }
                T::Lparen => {
                    self.next();
                    let (args, ellipsis, rparen) = self.arg_list()?;
                    x = self.mk(
                        start,
                        ExprKind::Call {
                            func: Box::new(x),
                            args,
                            ellipsis,
                            rparen,
                        },
                    );
                }
                T::Lbrace => {
                    // determine if '{' belongs to a composite literal or a
                    // block statement
                    let t = unparen(&x);
                    let complit_ok = match &t.kind {
                        ExprKind::Ident(_) | ExprKind::Selector(..) => self.xnest >= 0,
                        ExprKind::Index(..) => self.xnest >= 0 && !is_value(t),
                        ExprKind::ArrayType { .. }
                        | ExprKind::StructType(_)
                        | ExprKind::MapType(..) => true,
                        _ => false,
                    };
                    if !complit_ok {
                        break;
                    }
                    if matches!(x.kind, ExprKind::Paren(_)) {
                        return self.fail("cannot parenthesize type in composite literal");
                    }
                    let (elts, _, rbrace) = self.complit()?;
                    x = self.mk(
                        start,
                        ExprKind::Composite {
                            ty: Some(Box::new(x)),
                            elts,
                            rbrace,
                        },
                    );
                }
                _ => break,
            }
        }
        Ok(x)
    }

    /// `Element = Expression | LiteralValue .`
    fn bare_complitexpr(&mut self) -> PResult<Expr> {
        if self.tok.kind == T::Lbrace {
            // elided type
            let (elts, lbrace, rbrace) = self.complit()?;
            return Ok(self.mk(
                lbrace,
                ExprKind::Composite {
                    ty: None,
                    elts,
                    rbrace,
                },
            ));
        }
        self.expr()
    }

    /// `LiteralValue = "{" [ ElementList [ "," ] ] "}" .`
    ///
    /// Returns the elements and the positions of `{` and `}`.
    fn complit(&mut self) -> PResult<(Vec<Element>, Pos, Pos)> {
        self.enter()?;
        let lbrace = self.pos();
        self.xnest += 1;
        self.want(T::Lbrace)?;
        let mut elts = Vec::new();
        let rbrace = self.list("composite literal", T::Comma, T::Rbrace, |p| {
            let e = p.bare_complitexpr()?;
            if p.tok.kind == T::Colon {
                p.next();
                let value = p.bare_complitexpr()?;
                elts.push(Element {
                    key: Some(e),
                    value,
                });
            } else {
                elts.push(Element {
                    key: None,
                    value: e,
                });
            }
            Ok(false)
        })?;
        self.xnest -= 1;
        self.leave();
        Ok((elts, lbrace, rbrace))
    }

    /// Arguments of a call after `(`; returns them, whether `...` follows
    /// the last one, and the position of `)`.
    fn arg_list(&mut self) -> PResult<(Vec<Expr>, bool, Pos)> {
        self.xnest += 1;
        let mut args = Vec::new();
        let mut dots = false;
        let rparen = self.list("argument list", T::Comma, T::Rparen, |p| {
            args.push(p.expr()?);
            dots = p.got(T::DotDotDot);
            Ok(dots)
        })?;
        self.xnest -= 1;
        Ok((args, dots, rparen))
    }

    /// `ExpressionList = Expression { "," Expression } .`
    fn expr_list(&mut self) -> PResult<Vec<Expr>> {
        let mut list = vec![self.expr()?];
        while self.got(T::Comma) {
            list.push(self.expr()?);
        }
        Ok(list)
    }

    /// `typeList = arg { "," arg } [ "," ] .` Returns the first element
    /// (others are dropped) and whether there was a comma. If `strict` is
    /// false, the first element may be a (non-type) expression.
    fn type_list(&mut self, strict: bool) -> PResult<(Expr, bool, Option<Pos>)> {
        self.xnest += 1;
        let x = if strict { self.type_()? } else { self.expr()? };
        let mut comma = false;
        let mut second = None;
        if self.got(T::Comma) {
            comma = true;
            if let Some(t) = self.type_or_nil()? {
                second = Some(start_pos(&t));
                while self.got(T::Comma) {
                    if self.type_or_nil()?.is_none() {
                        break;
                    }
                }
            }
        }
        self.xnest -= 1;
        Ok((x, comma, second))
    }

    fn name(&mut self) -> PResult<Ident> {
        if self.tok.kind == T::Name {
            let id = Ident {
                name: self.tok.lit.to_string(),
                pos: self.pos(),
            };
            self.next();
            return Ok(id);
        }
        self.fail("expected name")
    }

    /// `IdentifierList = identifier { "," identifier } .`
    fn name_list(&mut self, first: Ident) -> PResult<Vec<Ident>> {
        let mut l = vec![first];
        while self.got(T::Comma) {
            l.push(self.name()?);
        }
        Ok(l)
    }

    /// `TypeName = identifier | QualifiedIdent, possibly instantiated.`
    fn qualified_name(&mut self, name: Option<Ident>) -> PResult<Expr> {
        let name = match name {
            Some(n) => n,
            None if self.tok.kind == T::Name => self.name()?,
            None => return self.fail("expected name"),
        };
        let mut x = self.ident_expr(name);
        if self.tok.kind == T::Dot {
            self.next();
            let sel = self.name()?;
            x = self.mk(x.pos, ExprKind::Selector(Box::new(x), sel));
        }
        if self.tok.kind == T::Lbrack {
            x = self.type_instance(x)?;
        }
        Ok(x)
    }

    // ------------------------------------------------------------------
    // Types

    fn type_(&mut self) -> PResult<Expr> {
        match self.type_or_nil()? {
            Some(t) => Ok(t),
            None => self.fail("expected type"),
        }
    }

    /// ```text
    /// Type     = TypeName | TypeLit | "(" Type ")" .
    /// TypeLit  = ArrayType | StructType | PointerType | FunctionType |
    ///            InterfaceType | SliceType | MapType | ChannelType .
    /// ```
    fn type_or_nil(&mut self) -> PResult<Option<Expr>> {
        self.enter()?;
        let t = self.type_or_nil_inner()?;
        self.leave();
        Ok(t)
    }

    fn type_or_nil_inner(&mut self) -> PResult<Option<Expr>> {
        let pos = self.pos();
        let t = match self.tok.kind {
            T::Star => {
                self.next();
                let t = self.type_()?;
                self.mk(pos, ExprKind::Star(Box::new(t)))
            }
            T::Arrow => {
                // recvchantype
                self.next();
                self.want(T::Chan)?;
                let elem = self.chan_elem()?;
                self.mk(pos, ExprKind::ChanType(Box::new(elem)))
            }
            T::Func => {
                self.next();
                let sig_pos = self.pos();
                let (_, mut sig) = self.func_type("function type", sig_pos)?;
                sig.pos = pos;
                self.mk(pos, ExprKind::FuncType(sig))
            }
            T::Lbrack => {
                self.next();
                if self.got(T::Rbrack) {
                    return self.slice_type(pos).map(Some);
                }
                return self.array_type(pos, None).map(Some);
            }
            T::Chan => {
                self.next();
                self.got(T::Arrow);
                let elem = self.chan_elem()?;
                self.mk(pos, ExprKind::ChanType(Box::new(elem)))
            }
            T::Map => {
                self.next();
                self.want(T::Lbrack)?;
                let key = self.type_()?;
                self.want(T::Rbrack)?;
                let val = self.type_()?;
                self.mk(pos, ExprKind::MapType(Box::new(key), Box::new(val)))
            }
            T::Struct => self.struct_type()?,
            T::Interface => self.interface_type()?,
            T::Name => self.qualified_name(None)?,
            T::Lparen => {
                self.next();
                let t = self.type_()?;
                self.want(T::Rparen)?;
                t
            }
            _ => return Ok(None),
        };
        Ok(Some(t))
    }

    /// `[` has been consumed: `[A, ...]` type arguments of `typ`.
    fn type_instance(&mut self, typ: Expr) -> PResult<Expr> {
        let pos = typ.pos;
        self.want(T::Lbrack)?;
        if self.tok.kind == T::Rbrack {
            return self.fail("expected type argument list");
        }
        let (i, _, second) = self.type_list(true)?;
        self.want(T::Rbrack)?;
        Ok(self.mk(pos, ExprKind::Index(Box::new(typ), Box::new(i), second)))
    }

    /// Signature with optional type parameters (forbidden, with `context`
    /// naming the construct, unless `context` is empty). `pos` becomes the
    /// signature's position.
    fn func_type(&mut self, context: &str, pos: Pos) -> PResult<(Vec<Field>, FuncType)> {
        let tpos = self.pos();
        let mut tparams = Vec::new();
        if self.got(T::Lbrack) {
            if !context.is_empty() {
                return Err(
                    self.syntax_error_at(tpos, &format!("{context} must have no type parameters"))
                );
            }
            if self.tok.kind == T::Rbrack {
                return self.fail("empty type parameter list");
            }
            tparams = self.param_list(None, None, T::Rbrack, true, false)?;
        }
        self.want(T::Lparen)?;
        let params = self.param_list(None, None, T::Rparen, false, true)?;
        let results = self.func_result()?;
        Ok((
            tparams,
            FuncType {
                params,
                results,
                pos,
            },
        ))
    }

    /// `[` has been consumed (at `pos`); `len` is the already parsed array
    /// length, if any.
    fn array_type(&mut self, pos: Pos, len: Option<Expr>) -> PResult<Expr> {
        let mut ellipsis = false;
        let len = match len {
            Some(l) => Some(l),
            None if self.got(T::DotDotDot) => {
                ellipsis = true;
                None
            }
            None => {
                self.xnest += 1;
                let l = self.expr()?;
                self.xnest -= 1;
                Some(l)
            }
        };
        if self.tok.kind == T::Comma {
            return self.fail("unexpected comma; expected ]");
        }
        self.want(T::Rbrack)?;
        let elem = self.type_()?;
        Ok(self.mk(
            pos,
            ExprKind::ArrayType {
                len: len.map(Box::new),
                ellipsis,
                elem: Box::new(elem),
            },
        ))
    }

    /// `[` and `]` have been consumed (`pos` is that of `[`).
    fn slice_type(&mut self, pos: Pos) -> PResult<Expr> {
        let elem = self.type_()?;
        Ok(self.mk(
            pos,
            ExprKind::ArrayType {
                len: None,
                ellipsis: false,
                elem: Box::new(elem),
            },
        ))
    }

    fn chan_elem(&mut self) -> PResult<Expr> {
        match self.type_or_nil()? {
            Some(t) => Ok(t),
            None => self.fail("missing channel element type"),
        }
    }

    /// `StructType = "struct" "{" { FieldDecl ";" } "}" .`
    fn struct_type(&mut self) -> PResult<Expr> {
        let pos = self.pos();
        self.want(T::Struct)?;
        self.want(T::Lbrace)?;
        let mut fields = Vec::new();
        self.list("struct type", T::Semi, T::Rbrace, |p| {
            fields.push(p.field_decl()?);
            Ok(false)
        })?;
        Ok(self.mk(pos, ExprKind::StructType(fields)))
    }

    /// `InterfaceType = "interface" "{" { ( MethodDecl | EmbeddedElem ) ";" } "}" .`
    fn interface_type(&mut self) -> PResult<Expr> {
        let pos = self.pos();
        self.want(T::Interface)?;
        self.want(T::Lbrace)?;
        let mut elems = Vec::new();
        self.list("interface type", T::Semi, T::Rbrace, |p| {
            let f = if p.tok.kind == T::Name {
                Some(p.method_decl()?)
            } else {
                None
            };
            let f = match f {
                Some(f) if !f.names.is_empty() => f,
                f => {
                    let ty = p.embedded_elem(f.map(|f| f.ty))?;
                    Field {
                        names: Vec::new(),
                        ty,
                        tag: None,
                    }
                }
            };
            elems.push(f);
            Ok(false)
        })?;
        Ok(self.mk(pos, ExprKind::InterfaceType(elems)))
    }

    /// `Result = Parameters | Type .`
    fn func_result(&mut self) -> PResult<Vec<Field>> {
        if self.got(T::Lparen) {
            return self.param_list(None, None, T::Rparen, false, false);
        }
        Ok(match self.type_or_nil()? {
            Some(ty) => vec![Field {
                names: Vec::new(),
                ty,
                tag: None,
            }],
            None => Vec::new(),
        })
    }

    /// An optional struct tag.
    fn tag(&mut self) -> Option<Tag> {
        if self.tok.kind != T::Literal {
            return None;
        }
        let pos = self.pos();
        let value = match std::mem::take(&mut self.tok.value) {
            LitValue::Str(s) => String::from_utf8_lossy(&s).into_owned(),
            _ => self.tok.lit.to_string(),
        };
        self.next();
        Some(Tag { value, pos })
    }

    /// `FieldDecl      = (IdentifierList Type | AnonymousField) [ Tag ] .`
    /// `AnonymousField = [ "*" ] TypeName .`
    fn field_decl(&mut self) -> PResult<Field> {
        let pos = self.pos();
        match self.tok.kind {
            T::Name => {
                let name = self.name()?;
                if matches!(self.tok.kind, T::Dot | T::Literal | T::Semi | T::Rbrace) {
                    // embedded type
                    let ty = self.qualified_name(Some(name))?;
                    let tag = self.tag();
                    return Ok(Field {
                        names: Vec::new(),
                        ty,
                        tag,
                    });
                }
                // name1, name2, ... Type [ tag ]
                let names = self.name_list(name)?;
                let ty;
                if names.len() == 1 && self.tok.kind == T::Lbrack {
                    match self.array_or_targs()? {
                        ArrayOrTArgs::Type(t) => ty = t,
                        ArrayOrTArgs::TArgs(i) => {
                            // embedded instantiated type T[P1, P2, ...]
                            let mut names = names;
                            let Some(n) = names.pop() else { unreachable!() };
                            let x = self.ident_expr(n);
                            let ty =
                                self.mk(x.pos, ExprKind::Index(Box::new(x), Box::new(i), None));
                            let tag = self.tag();
                            return Ok(Field {
                                names: Vec::new(),
                                ty,
                                tag,
                            });
                        }
                    }
                } else {
                    ty = self.type_()?;
                }
                let tag = self.tag();
                Ok(Field { names, ty, tag })
            }
            T::Star => {
                self.next();
                if self.tok.kind == T::Lparen {
                    return self.fail("cannot parenthesize embedded type");
                }
                let t = self.qualified_name(None)?;
                let ty = self.mk(pos, ExprKind::Star(Box::new(t)));
                let tag = self.tag();
                Ok(Field {
                    names: Vec::new(),
                    ty,
                    tag,
                })
            }
            T::Lparen => self.fail("cannot parenthesize embedded type"),
            _ => self.fail("expected field name or embedded type"),
        }
    }

    /// After a name: `[]E`, `[n]E`, or type arguments `[A, ...]`.
    fn array_or_targs(&mut self) -> PResult<ArrayOrTArgs> {
        let pos = self.pos();
        self.want(T::Lbrack)?;
        if self.got(T::Rbrack) {
            return Ok(ArrayOrTArgs::Type(self.slice_type(pos)?));
        }
        // x [n]E or x[n,], x[n1, n2], ...
        let (n, comma, _) = self.type_list(false)?;
        self.want(T::Rbrack)?;
        if !comma {
            if let Some(elem) = self.type_or_nil()? {
                return Ok(ArrayOrTArgs::Type(self.mk(
                    pos,
                    ExprKind::ArrayType {
                        len: Some(Box::new(n)),
                        ellipsis: false,
                        elem: Box::new(elem),
                    },
                )));
            }
        }
        Ok(ArrayOrTArgs::TArgs(n))
    }

    /// `MethodSpec = MethodName Signature | InterfaceTypeName .`
    ///
    /// Returns a field with a name for a method, without for an embedded
    /// type.
    fn method_decl(&mut self) -> PResult<Field> {
        let name = self.name()?;
        const CONTEXT: &str = "interface method";
        match self.tok.kind {
            T::Lparen => {
                let pos = self.pos();
                let (_, sig) = self.func_type(CONTEXT, pos)?;
                let ty = self.mk(pos, ExprKind::FuncType(sig));
                Ok(Field {
                    names: vec![name],
                    ty,
                    tag: None,
                })
            }
            T::Lbrack => {
                // generic method m[T C](x T) or embedded instantiated type
                let lpos = self.pos();
                self.next();
                if self.tok.kind == T::Rbrack {
                    let pos = self.pos();
                    self.next();
                    if self.tok.kind == T::Lparen {
                        return Err(Diagnostic::new(pos, "empty type parameter list"));
                    }
                    return Err(Diagnostic::new(pos, "empty type argument list"));
                }
                let list = self.param_list(None, None, T::Rbrack, false, false)?;
                if list.first().is_some_and(|f| !f.names.is_empty()) {
                    // generic method
                    let pos = self.pos();
                    self.func_type(CONTEXT, pos)?;
                    return Err(Diagnostic::new(
                        lpos,
                        "interface method must have no type parameters",
                    ));
                }
                let x = self.ident_expr(name);
                let ty = match list.into_iter().next() {
                    Some(f) => self.mk(x.pos, ExprKind::Index(Box::new(x), Box::new(f.ty), None)),
                    None => x,
                };
                Ok(Field {
                    names: Vec::new(),
                    ty,
                    tag: None,
                })
            }
            _ => {
                let ty = self.qualified_name(Some(name))?;
                Ok(Field {
                    names: Vec::new(),
                    ty,
                    tag: None,
                })
            }
        }
    }

    /// `EmbeddedElem = MethodSpec | EmbeddedTerm { "|" EmbeddedTerm } .`
    fn embedded_elem(&mut self, t: Option<Expr>) -> PResult<Expr> {
        let mut t = match t {
            Some(t) => t,
            None => self.embedded_term()?,
        };
        while self.is_op(Operator::Or) {
            let pos = self.pos();
            self.next();
            self.enter()?;
            let y = self.embedded_term()?;
            t = self.mk(pos, ExprKind::Binary(BinOp::Or, Box::new(t), Box::new(y)));
        }
        Ok(t)
    }

    /// `EmbeddedTerm = [ "~" ] Type .`
    fn embedded_term(&mut self) -> PResult<Expr> {
        if self.is_op(Operator::Tilde) {
            let pos = self.pos();
            self.next();
            let t = self.type_()?;
            return Ok(self.mk(pos, ExprKind::Unary(UnOp::BitNot, Box::new(t))));
        }
        match self.type_or_nil()? {
            Some(t) => Ok(t),
            None => self.fail("expected ~ term or type"),
        }
    }

    /// `ParameterDecl = [ IdentifierList ] [ "..." ] Type .`
    fn param_decl(&mut self, name: Option<Ident>, follow: TokenKind) -> PResult<PField> {
        // type set notation is ok in type parameter lists
        let type_sets_ok = follow == T::Rbrack;
        let mut f = PField {
            name: None,
            ty: None,
        };
        if name.is_none() && type_sets_ok && self.is_op(Operator::Tilde) {
            f.ty = Some(self.embedded_elem(None)?);
            return Ok(f);
        }
        if self.tok.kind == T::Name || name.is_some() {
            let name = match name {
                Some(n) => n,
                None => self.name()?,
            };
            if self.tok.kind == T::Lbrack {
                // name "[" ...
                match self.array_or_targs()? {
                    ArrayOrTArgs::TArgs(i) => {
                        let x = self.ident_expr(name);
                        f.ty =
                            Some(self.mk(x.pos, ExprKind::Index(Box::new(x), Box::new(i), None)));
                    }
                    ArrayOrTArgs::Type(t) => {
                        f.name = Some(name);
                        f.ty = Some(t);
                    }
                }
                if type_sets_ok && self.is_op(Operator::Or) {
                    f.ty = Some(self.embedded_elem(f.ty.take())?);
                }
                return Ok(f);
            }
            if self.tok.kind == T::Dot {
                // name "." ...
                let mut t = self.qualified_name(Some(name))?;
                if type_sets_ok && self.is_op(Operator::Or) {
                    t = self.embedded_elem(Some(t))?;
                }
                f.ty = Some(t);
                return Ok(f);
            }
            if type_sets_ok && self.is_op(Operator::Or) {
                // name "|" ...
                let t = self.ident_expr(name);
                f.ty = Some(self.embedded_elem(Some(t))?);
                return Ok(f);
            }
            f.name = Some(name);
        }
        if self.tok.kind == T::DotDotDot {
            // [name] "..." ...
            let pos = self.pos();
            self.next();
            let Some(elem) = self.type_or_nil()? else {
                return self.fail("... is missing type");
            };
            f.ty = Some(self.mk(pos, ExprKind::Ellipsis(Box::new(elem))));
            return Ok(f);
        }
        if type_sets_ok && self.is_op(Operator::Tilde) {
            // [name] "~" ...
            f.ty = Some(self.embedded_elem(None)?);
            return Ok(f);
        }
        f.ty = self.type_or_nil()?;
        if type_sets_ok && self.is_op(Operator::Or) && f.ty.is_some() {
            f.ty = Some(self.embedded_elem(f.ty.take())?);
        }
        if f.name.is_some() || f.ty.is_some() {
            return Ok(f);
        }
        self.fail(&format!("expected {}", follow.describe()))
    }

    /// `Parameters    = "(" [ ParameterList [ "," ] ] ")" .`
    /// `ParameterList = ParameterDecl { "," ParameterDecl } .`
    ///
    /// `(` or `[` has been consumed. `name` is an already parsed first name
    /// and `typ` its type, if any. Named parameters sharing a type are
    /// grouped into one [`Field`].
    fn param_list(
        &mut self,
        name: Option<Ident>,
        typ: Option<Expr>,
        close: TokenKind,
        require_names: bool,
        dddok: bool,
    ) -> PResult<Vec<Field>> {
        let mut list: Vec<PField> = Vec::new();
        if let (Some(n), Some(t)) = (&name, &typ) {
            if self.tok.kind == close {
                self.next();
                return Ok(vec![Field {
                    names: vec![n.clone()],
                    ty: t.clone(),
                    tag: None,
                }]);
            }
        }
        let mut name = name;
        let mut typ = typ;
        let mut named = 0; // parameters that have an explicit name and type
        let mut typed = 0; // parameters that have an explicit type
        let end = self.list("parameter list", T::Comma, close, |p| {
            let par = match typ.take() {
                Some(t) => PField {
                    name: name.take(),
                    ty: Some(t),
                },
                None => p.param_decl(name.take(), close)?,
            };
            if par.name.is_some() && par.ty.is_some() {
                named += 1;
            }
            if par.ty.is_some() {
                typed += 1;
            }
            list.push(par);
            Ok(false)
        })?;
        if list.is_empty() {
            return Ok(Vec::new());
        }

        // distribute parameter types
        if named == 0 && !require_names {
            // all unnamed => found names are named types
            for par in &mut list {
                if let Some(n) = par.name.take() {
                    par.ty = Some(self.ident_expr(n));
                }
            }
        } else if named != list.len() {
            // some named or we're in a type parameter list => all must be
            // named
            let mut err_pos = None;
            let mut have_typ = false;
            for par in list.iter().rev() {
                match (&par.ty, &par.name) {
                    (Some(t), None) => {
                        have_typ = true;
                        err_pos = Some(start_pos(t));
                    }
                    (Some(_), Some(_)) => have_typ = true,
                    (None, Some(n)) if !have_typ => err_pos = Some(n.pos),
                    _ => {}
                }
            }
            if let Some(mut pos) = err_pos {
                let msg = if named == typed {
                    pos = end;
                    if require_names {
                        "missing type constraint"
                    } else {
                        "missing parameter type"
                    }
                } else if require_names {
                    if list.len() == 1 {
                        "missing type parameter name or invalid array length"
                    } else {
                        "missing type parameter name"
                    }
                } else {
                    "missing parameter name"
                };
                return Err(self.syntax_error_at(pos, msg));
            }
        }

        // group names sharing a type, and check the use of ...
        let total = list.len();
        let mut fields = Vec::new();
        let mut names = Vec::new();
        for (i, par) in list.into_iter().enumerate() {
            let Some(ty) = par.ty else {
                names.extend(par.name);
                continue;
            };
            let grouped = !names.is_empty();
            names.extend(par.name);
            if let ExprKind::Ellipsis(_) = ty.kind {
                if !dddok || grouped || i + 1 < total {
                    let msg = if dddok {
                        "can only use ... with final parameter"
                    } else {
                        "invalid use of ..."
                    };
                    return Err(Diagnostic::new(ty.pos, msg));
                }
            }
            fields.push(Field {
                names: std::mem::take(&mut names),
                ty,
                tag: None,
            });
        }
        Ok(fields)
    }

    // ------------------------------------------------------------------
    // Statements

    /// ```text
    /// SimpleStmt = EmptyStmt | ExpressionStmt | SendStmt | IncDecStmt |
    ///              Assignment | ShortVarDecl .
    /// ```
    ///
    /// `lhs` is an already parsed expression list, if any. `keyword` is the
    /// statement whose header this is (`For` permits a range clause,
    /// `Switch` a type switch guard), or `Eof` for none.
    fn simple_stmt(&mut self, lhs: Option<Vec<Expr>>, keyword: TokenKind) -> PResult<Simple> {
        if keyword == T::For && self.tok.kind == T::Range {
            return self.range_clause(Vec::new(), false);
        }
        let mut lhs = match lhs {
            Some(l) => l,
            None => self.expr_list()?,
        };
        if lhs.len() == 1 && !matches!(self.tok.kind, T::Assign | T::Define) {
            let op_pos = self.pos();
            let Some(x) = lhs.pop() else { unreachable!() };
            return Ok(match self.tok.kind {
                T::AssignOp => {
                    // lhs op= rhs
                    let Some(op) = self.tok.op.and_then(Operator::to_binop) else {
                        return self.fail("");
                    };
                    self.next();
                    let rhs = self.expr()?;
                    Simple::Assign {
                        op_pos,
                        lhs: vec![x],
                        op: AssignOp::Op(op),
                        rhs: vec![rhs],
                    }
                }
                T::IncOp => {
                    let inc = self.tok.op == Some(Operator::Add);
                    self.next();
                    Simple::IncDec { op_pos, x, inc }
                }
                T::Arrow => {
                    self.next();
                    let value = self.expr()?;
                    Simple::Send {
                        op_pos,
                        ch: x,
                        value,
                    }
                }
                _ => Simple::Expr(x),
            });
        }
        match self.tok.kind {
            T::Assign | T::Define => {
                let op_pos = self.pos();
                let define = self.tok.kind == T::Define;
                self.next();
                if keyword == T::For && self.tok.kind == T::Range {
                    return self.range_clause(lhs, define);
                }
                let mut rhs = self.expr_list()?;
                if keyword == T::Switch
                    && define
                    && lhs.len() == 1
                    && rhs.len() == 1
                    && matches!(rhs[0].kind, ExprKind::TypeAssert(_, None))
                    && matches!(lhs[0].kind, ExprKind::Ident(_))
                {
                    // switch … lhs := rhs.(type)
                    if let (Some(l), Some(guard)) = (lhs.pop(), rhs.pop()) {
                        if let ExprKind::Ident(name) = l.kind {
                            let bind = Ident { name, pos: l.pos };
                            return Ok(Simple::Guard { bind, guard });
                        }
                    }
                    unreachable!()
                }
                Ok(Simple::Assign {
                    op_pos,
                    lhs,
                    op: if define {
                        AssignOp::Define
                    } else {
                        AssignOp::Assign
                    },
                    rhs,
                })
            }
            _ => self.fail("expected := or = or comma"),
        }
    }

    /// The current token is `range`.
    fn range_clause(&mut self, lhs: Vec<Expr>, define: bool) -> PResult<Simple> {
        self.next();
        let x = self.expr()?;
        Ok(Simple::Range { lhs, define, x })
    }

    /// A simple statement as a statement.
    fn simple_to_stmt(&mut self, s: Simple) -> Stmt {
        match s {
            Simple::Expr(e) => Stmt {
                pos: start_pos(&e),
                kind: StmtKind::Expr(e),
            },
            Simple::Assign { lhs, op, rhs, .. } => Stmt {
                pos: lhs.first().map_or(Pos(0), start_pos),
                kind: StmtKind::Assign { lhs, op, rhs },
            },
            Simple::IncDec { x, inc, .. } => Stmt {
                pos: start_pos(&x),
                kind: StmtKind::IncDec(x, inc),
            },
            Simple::Send { op_pos, ch, .. } => {
                // channels are unsupported: keep a receive the checker
                // rejects
                let pos = start_pos(&ch);
                let e = self.mk(op_pos, ExprKind::Unary(UnOp::Recv, Box::new(ch)));
                Stmt {
                    pos,
                    kind: StmtKind::Expr(e),
                }
            }
            Simple::Range { x, .. } => Stmt {
                pos: start_pos(&x),
                kind: StmtKind::Expr(x),
            },
            Simple::Guard { bind, guard } => {
                let lhs = self.ident_expr(bind);
                Stmt {
                    pos: lhs.pos,
                    kind: StmtKind::Assign {
                        lhs: vec![lhs],
                        op: AssignOp::Define,
                        rhs: vec![guard],
                    },
                }
            }
        }
    }

    /// Statement, or `None` if the current token cannot start one.
    fn stmt_or_nil(&mut self) -> PResult<Option<Stmt>> {
        self.enter()?;
        let s = self.stmt_inner()?;
        self.leave();
        Ok(s)
    }

    fn stmt_inner(&mut self) -> PResult<Option<Stmt>> {
        let pos = self.pos();
        // Most statements (assignments) start with an identifier.
        if self.tok.kind == T::Name {
            let mut lhs = self.expr_list()?;
            if lhs.len() == 1
                && self.tok.kind == T::Colon
                && matches!(lhs[0].kind, ExprKind::Ident(_))
            {
                if let Some(Expr {
                    kind: ExprKind::Ident(name),
                    pos,
                    ..
                }) = lhs.pop()
                {
                    return self.labeled_stmt(Ident { name, pos }).map(Some);
                }
            }
            let s = self.simple_stmt(Some(lhs), T::Eof)?;
            return Ok(Some(self.simple_to_stmt(s)));
        }
        let kind = match self.tok.kind {
            T::Var | T::Const | T::Type => StmtKind::Decl(self.gen_decl()?),
            T::Lbrace => StmtKind::Block(self.block_stmt("")?),
            T::Operator | T::Star => match self.tok.op {
                Some(
                    Operator::Add
                    | Operator::Sub
                    | Operator::Mul
                    | Operator::And
                    | Operator::Xor
                    | Operator::Not,
                ) => {
                    let s = self.simple_stmt(None, T::Eof)?;
                    return Ok(Some(self.simple_to_stmt(s)));
                }
                _ => return Ok(None),
            },
            T::Literal
            | T::Func
            | T::Lparen
            | T::Lbrack
            | T::Struct
            | T::Map
            | T::Chan
            | T::Interface
            | T::Arrow => {
                let s = self.simple_stmt(None, T::Eof)?;
                return Ok(Some(self.simple_to_stmt(s)));
            }
            T::For => return self.for_stmt().map(Some),
            T::Switch => return self.switch_stmt().map(Some),
            T::Select => return self.select_stmt().map(Some),
            T::If => return self.if_stmt().map(Some),
            T::Fallthrough => {
                self.next();
                StmtKind::Fallthrough
            }
            T::Break | T::Continue => {
                let brk = self.tok.kind == T::Break;
                self.next();
                let label = if self.tok.kind == T::Name {
                    Some(self.name()?)
                } else {
                    None
                };
                if brk {
                    StmtKind::Break(label)
                } else {
                    StmtKind::Continue(label)
                }
            }
            T::Go | T::Defer => {
                let is_go = self.tok.kind == T::Go;
                self.next();
                let x = self.pexpr(None)?;
                if let ExprKind::Paren(_) = x.kind {
                    let kw = if is_go { "go" } else { "defer" };
                    return Err(Diagnostic::new(
                        x.pos,
                        format!("expression in {kw} must not be parenthesized"),
                    ));
                }
                if is_go {
                    StmtKind::Go(x)
                } else {
                    StmtKind::Defer(x)
                }
            }
            T::Goto => {
                self.next();
                StmtKind::Goto(self.name()?)
            }
            T::Return => {
                self.next();
                let mut results = Vec::new();
                if self.tok.kind != T::Semi && self.tok.kind != T::Rbrace {
                    results = self.expr_list()?;
                }
                StmtKind::Return(results)
            }
            T::Semi => StmtKind::Empty,
            _ => return Ok(None),
        };
        Ok(Some(Stmt { pos, kind }))
    }

    /// `StatementList = { Statement ";" } .`
    fn stmt_list(&mut self) -> PResult<Vec<Stmt>> {
        let mut l = Vec::new();
        while !matches!(self.tok.kind, T::Eof | T::Rbrace | T::Case | T::Default) {
            let Some(s) = self.stmt_or_nil()? else {
                break;
            };
            l.push(s);
            // ";" is optional before "}"
            if !self.got(T::Semi) && self.tok.kind != T::Rbrace {
                return self.fail("at end of statement");
            }
        }
        Ok(l)
    }

    /// `label` has been parsed and the current token is `:`.
    fn labeled_stmt(&mut self, label: Ident) -> PResult<Stmt> {
        let colon = self.pos();
        self.want(T::Colon)?;
        let s = if self.tok.kind == T::Rbrace {
            // an empty statement before "}"
            Stmt {
                pos: self.pos(),
                kind: StmtKind::Empty,
            }
        } else {
            match self.stmt_or_nil()? {
                Some(s) => s,
                None => return Err(self.syntax_error_at(colon, "missing statement after label")),
            }
        };
        Ok(Stmt {
            pos: label.pos,
            kind: StmtKind::Labeled(label, Box::new(s)),
        })
    }

    /// A block; `context` names the construct for the "expected {" error.
    fn block_stmt(&mut self, context: &str) -> PResult<Block> {
        self.enter()?;
        let lbrace = self.pos();
        if !self.got(T::Lbrace) {
            return self.fail(&format!("expected {{ after {context}"));
        }
        let stmts = self.stmt_list()?;
        let rbrace = self.pos();
        self.want(T::Rbrace)?;
        self.leave();
        Ok(Block {
            stmts,
            lbrace,
            rbrace,
        })
    }

    /// The header of an `if`, `for` or `switch` statement (the current
    /// token is the keyword): init, condition (or tag, or type switch
    /// guard) and post statement. A range clause is returned as init.
    #[allow(clippy::type_complexity)]
    fn header(
        &mut self,
        keyword: TokenKind,
    ) -> PResult<(Option<Simple>, Option<Simple>, Option<Simple>)> {
        self.next();
        if self.tok.kind == T::Lbrace {
            if keyword == T::If {
                return self.fail("missing condition in if statement");
            }
            return Ok((None, None, None));
        }
        let outer = self.xnest;
        self.xnest = -1;

        let mut init = None;
        if self.tok.kind != T::Semi {
            // accept potential varDecl but complain
            if self.got(T::Var) {
                return self.fail(&format!(
                    "var declaration not allowed in {} initializer",
                    keyword.as_str()
                ));
            }
            let s = self.simple_stmt(None, keyword)?;
            if let Simple::Range { .. } = s {
                self.xnest = outer;
                return Ok((Some(s), None, None));
            }
            init = Some(s);
        }

        let mut cond = None;
        let mut post = None;
        let mut semi = None;
        if self.tok.kind != T::Lbrace {
            if self.tok.kind == T::Semi {
                semi = Some((self.pos(), self.tok.lit));
                self.next();
            } else {
                // asking for a '{' rather than a ';' here leads to a better
                // error message
                self.want(T::Lbrace)?;
            }
            if keyword == T::For {
                if self.tok.kind != T::Semi {
                    if self.tok.kind == T::Lbrace {
                        return self.fail("expected for loop condition");
                    }
                    cond = Some(self.simple_stmt(None, T::Eof)?);
                }
                self.want(T::Semi)?;
                if self.tok.kind != T::Lbrace {
                    let s = self.simple_stmt(None, T::Eof)?;
                    if let Simple::Assign {
                        op: AssignOp::Define,
                        op_pos,
                        ..
                    } = s
                    {
                        return Err(self.syntax_error_at(
                            op_pos,
                            "cannot declare in post statement of for loop",
                        ));
                    }
                    post = Some(s);
                }
            } else if self.tok.kind != T::Lbrace {
                cond = Some(self.simple_stmt(None, keyword)?);
            }
        } else {
            cond = init.take();
        }

        match &cond {
            None => {
                if let (T::If, Some((pos, lit))) = (keyword, semi) {
                    let msg = if lit != "semicolon" {
                        format!("unexpected {lit}, expected {{ after if clause")
                    } else {
                        "missing condition in if statement".to_string()
                    };
                    return Err(self.syntax_error_at(pos, &msg));
                }
            }
            Some(Simple::Expr(_) | Simple::Guard { .. }) => {}
            Some(s) => {
                // A common syntax error is to write '=' instead of '=='.
                let (pos, what) = match s {
                    Simple::Assign {
                        op_pos,
                        lhs,
                        op: AssignOp::Assign,
                        rhs,
                    } => (
                        *op_pos,
                        format!(
                            "assignment {} = {}",
                            self.emphasize(lhs),
                            self.emphasize(rhs)
                        ),
                    ),
                    Simple::Assign {
                        op_pos,
                        lhs,
                        op,
                        rhs,
                    } => {
                        let op = match op {
                            AssignOp::Op(b) => format!("{}=", b.as_str()),
                            _ => ":=".to_string(),
                        };
                        (
                            *op_pos,
                            format!("{} {op} {}", self.list_string(lhs), self.list_string(rhs)),
                        )
                    }
                    Simple::IncDec { op_pos, x, inc } => (
                        *op_pos,
                        format!("{}{}", self.expr_string(x), if *inc { "++" } else { "--" }),
                    ),
                    Simple::Send { op_pos, ch, value } => (
                        *op_pos,
                        format!("{} <- {}", self.expr_string(ch), self.expr_string(value)),
                    ),
                    Simple::Expr(x) | Simple::Range { x, .. } | Simple::Guard { guard: x, .. } => {
                        (start_pos(x), self.expr_string(x))
                    }
                };
                return Err(self.syntax_error_at(pos, &format!("cannot use {what} as value")));
            }
        }
        self.xnest = outer;
        Ok((init, cond, post))
    }

    fn if_stmt(&mut self) -> PResult<Stmt> {
        self.enter()?;
        let pos = self.pos();
        let (init, cond, _) = self.header(T::If)?;
        let then = self.block_stmt("if clause")?;
        let mut els = None;
        if self.got(T::Else) {
            els = Some(Box::new(match self.tok.kind {
                T::If => self.if_stmt()?,
                T::Lbrace => Stmt {
                    pos: self.pos(),
                    kind: StmtKind::Block(self.block_stmt("")?),
                },
                _ => return self.fail("else must be followed by if or statement block"),
            }));
        }
        let init = init.map(|s| Box::new(self.simple_to_stmt(s)));
        let cond = match cond {
            Some(Simple::Expr(e)) => e,
            _ => self.mk(pos, ExprKind::Bad), // cannot happen: header checks
        };
        self.leave();
        Ok(Stmt {
            pos,
            kind: StmtKind::If {
                init,
                cond,
                then,
                els,
            },
        })
    }

    /// Removes the guard `x.(type)` from the unclaimed ones and returns `x`.
    fn claim_guard(&mut self, guard: Expr) -> Expr {
        if let Some(i) = self.guards.iter().rposition(|g| g.0 == guard.id) {
            self.guards.remove(i);
        }
        match guard.kind {
            ExprKind::TypeAssert(x, None) => *x,
            kind => Expr {
                id: guard.id,
                pos: guard.pos,
                kind,
            },
        }
    }

    fn switch_stmt(&mut self) -> PResult<Stmt> {
        let pos = self.pos();
        let (init, tag, _) = self.header(T::Switch)?;
        // a type switch guard `[v :=] x.(type)` claims its `.(type)`
        let (bind, guard_x, tag) = match tag {
            Some(Simple::Guard { bind, guard }) => {
                (Some(bind), Some(self.claim_guard(guard)), None)
            }
            Some(Simple::Expr(e)) if matches!(e.kind, ExprKind::TypeAssert(_, None)) => {
                (None, Some(self.claim_guard(e)), None)
            }
            Some(Simple::Expr(e)) => (None, None, Some(e)),
            _ => (None, None, None),
        };
        if !self.got(T::Lbrace) {
            return self.fail("missing { after switch clause");
        }
        let mut clauses = Vec::new();
        while self.tok.kind != T::Eof && self.tok.kind != T::Rbrace {
            clauses.push(self.case_clause()?);
        }
        let rbrace = self.pos();
        self.want(T::Rbrace)?;
        let init = init.map(|s| Box::new(self.simple_to_stmt(s)));
        let kind = match guard_x {
            Some(x) => StmtKind::TypeSwitch {
                init,
                bind,
                x,
                clauses,
                rbrace,
            },
            None => StmtKind::Switch {
                init,
                tag,
                clauses,
                rbrace,
            },
        };
        Ok(Stmt { pos, kind })
    }

    fn case_clause(&mut self) -> PResult<CaseClause> {
        // A clause nests its body one level deeper than the switch.
        self.enter()?;
        let c = self.case_clause_inner();
        self.leave();
        c
    }

    fn case_clause_inner(&mut self) -> PResult<CaseClause> {
        let pos = self.pos();
        let (exprs, default) = match self.tok.kind {
            T::Case => {
                self.next();
                (self.expr_list()?, false)
            }
            T::Default => {
                self.next();
                (Vec::new(), true)
            }
            _ => return self.fail("expected case or default or }"),
        };
        self.want(T::Colon)?;
        let body = self.stmt_list()?;
        Ok(CaseClause {
            exprs,
            default,
            body,
            pos,
        })
    }

    /// `select { ... }`: parsed for syntax errors, then dropped.
    fn select_stmt(&mut self) -> PResult<Stmt> {
        let pos = self.pos();
        self.next();
        if !self.got(T::Lbrace) {
            return self.fail("missing { after select clause");
        }
        while self.tok.kind != T::Eof && self.tok.kind != T::Rbrace {
            match self.tok.kind {
                T::Case => {
                    self.next();
                    self.simple_stmt(None, T::Eof)?;
                }
                T::Default => self.next(),
                _ => return self.fail("expected case or default or }"),
            }
            self.want(T::Colon)?;
            self.stmt_list()?;
        }
        self.want(T::Rbrace)?;
        Ok(Stmt {
            pos,
            kind: StmtKind::Select,
        })
    }

    fn for_stmt(&mut self) -> PResult<Stmt> {
        let pos = self.pos();
        let (init, cond, post) = self.header(T::For)?;
        let body = self.block_stmt("for clause")?;
        if let Some(Simple::Range { lhs, define, x }) = init {
            if let Some(extra) = lhs.get(2) {
                self.deferred.push(Diagnostic::new(
                    start_pos(extra),
                    "range clause permits at most two iteration variables",
                ));
            }
            let mut it = lhs.into_iter();
            return Ok(Stmt {
                pos,
                kind: StmtKind::Range {
                    key: it.next(),
                    value: it.next(),
                    define,
                    x,
                    body,
                },
            });
        }
        let init = init.map(|s| Box::new(self.simple_to_stmt(s)));
        let post = post.map(|s| Box::new(self.simple_to_stmt(s)));
        let cond = match cond {
            Some(Simple::Expr(e)) => Some(e),
            _ => None,
        };
        Ok(Stmt {
            pos,
            kind: StmtKind::For {
                init,
                cond,
                post,
                body,
            },
        })
    }

    // ------------------------------------------------------------------
    // Printing expressions for messages, like gc's `syntax.String`.

    fn expr_string(&self, e: &Expr) -> String {
        crate::syntax_string::expr_string(self.src, e)
    }

    fn list_string(&self, l: &[Expr]) -> String {
        crate::syntax_string::list_string(self.src, l)
    }

    /// The list, with a single binary expression parenthesized.
    fn emphasize(&self, l: &[Expr]) -> String {
        match l {
            [x @ Expr {
                kind: ExprKind::Binary(..),
                ..
            }] => format!("({})", self.expr_string(x)),
            _ => self.list_string(l),
        }
    }
}

#[cfg(test)]
mod tests;
