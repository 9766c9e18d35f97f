//! Choosing each `defer`'s kind the way cmd/compile does (Go 1.27):
//!
//! 1. A defer in a loop (a `for`, or after a label that a later `goto`
//!    jumps back to) is **heap-allocated**, and its function is not
//!    open-coded.
//! 2. Otherwise, a function with more than 8 defers, or with
//!    `returns × defers > 15`, or with a named result whose address is
//!    taken, gets **stack-allocated** defers.
//! 3. Otherwise every defer of the function is **open-coded**.
//!
//! Defers in dead code (after `return`, `panic`, `goto` or an endless
//! loop in the same block, or under a constant-false condition) are
//! eliminated by gc and get no kind at all.
//!
//! "Address taken" follows gc's escape analysis in its simplest cases:
//! `&r` counts unless it is passed straight to a parameter of a
//! package-level function that only dereferences it (the lowering's
//! `param_stays_local`), or it initializes a local pointer variable
//! (`p := &r`) that is used the same harmless ways
//! (`local_ptr_stays_local`); any other `&r`, even one gc would prove
//! harmless, counts (a conservative approximation).

use std::collections::HashSet;

use crate::ast::{AssignOp, Block, Expr, ExprKind, Stmt, StmtKind, UnOp};
use crate::check::{strip_parens, Builtin, CallKind, Info, ObjId};
use crate::constant::ConstVal;
use crate::pos::Pos;

/// How gc compiles a defer statement (its `-d=defer` kind); the vm's
/// records have their own kinds (`DeferRecordKind`).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum DeferStrategy {
    /// Bitmask-controlled code at every exit.
    OpenCoded,
    /// A `_defer` record in the frame (`deferprocStack`).
    Stack,
    /// A `_defer` record from the goroutine's pool (`deferproc`).
    Heap,
}

impl DeferStrategy {
    /// gc's `-d=defer` wording.
    pub fn describe(self) -> &'static str {
        match self {
            DeferStrategy::OpenCoded => "open-coded defer",
            DeferStrategy::Stack => "stack-allocated defer",
            DeferStrategy::Heap => "heap-allocated defer",
        }
    }
}

/// The defer statements of one function body, with their kinds.
#[derive(Debug, Default)]
pub struct FuncDefers {
    /// Live defer statements: position and kind, in source order.
    pub sites: Vec<(Pos, DeferStrategy)>,
}

impl FuncDefers {
    /// Whether the function's defers are open-coded.
    pub fn open_coded(&self) -> bool {
        self.sites
            .first()
            .is_some_and(|s| s.1 == DeferStrategy::OpenCoded)
    }

    /// The kind of the defer statement at `pos` (dead ones have none).
    pub fn kind_at(&self, pos: Pos) -> Option<DeferStrategy> {
        self.sites.iter().find(|s| s.0 == pos).map(|s| s.1)
    }
}

struct Walk<'a> {
    info: &'a Info,
    types: &'a gust_vm::types::TypeTable,
    /// The function has exactly one result (a switch lookup table needs it).
    one_result: bool,
    looping_labels: HashSet<String>,
    sites: Vec<(Pos, bool)>,
    returns: u32,
    addr_taken: HashSet<String>,
    /// Whether argument `i` of a call of package-level function `o` stays
    /// local to the call.
    stays_local: &'a dyn Fn(ObjId, usize) -> bool,
    /// Whether local pointer variable `p` stays local to the function.
    local_stays_local: &'a dyn Fn(ObjId) -> bool,
}

/// Classifies the defers of a function body; `named_results` are the
/// names of its named results, `results` its number of results;
/// `stays_local(o, i)` tells whether a pointer passed as argument `i` of a
/// call of package-level function `o` stays local to the call,
/// `local_stays_local(p)` whether local pointer variable `p` stays local
/// to the function.
pub fn classify(
    body: &Block,
    info: &Info,
    types: &gust_vm::types::TypeTable,
    named_results: &[String],
    results: usize,
    stays_local: &dyn Fn(ObjId, usize) -> bool,
    local_stays_local: &dyn Fn(ObjId) -> bool,
) -> FuncDefers {
    let mut labels = vec![];
    let mut gotos = vec![];
    collect_jumps(&body.stmts, &mut labels, &mut gotos);
    let looping_labels = labels
        .iter()
        .filter(|(name, pos)| gotos.iter().any(|(g, gpos)| g == name && gpos > pos))
        .map(|(n, _)| n.clone())
        .collect();
    let mut w = Walk {
        info,
        types,
        one_result: results == 1,
        looping_labels,
        sites: vec![],
        returns: 0,
        addr_taken: HashSet::new(),
        stays_local,
        local_stays_local,
    };
    w.stmts(&body.stmts, 0);
    let n = w.sites.len() as u32;
    let any_loop = w.sites.iter().any(|s| s.1);
    let heap_result = named_results.iter().any(|r| w.addr_taken.contains(r));
    let open = !any_loop && n <= 8 && w.returns * n <= 15 && !heap_result;
    FuncDefers {
        sites: w
            .sites
            .iter()
            .map(|&(pos, in_loop)| {
                let k = if in_loop {
                    DeferStrategy::Heap
                } else if open {
                    DeferStrategy::OpenCoded
                } else {
                    DeferStrategy::Stack
                };
                (pos, k)
            })
            .collect(),
    }
}

/// Labels (name, position) and gotos (label, position) of a body.
fn collect_jumps(stmts: &[Stmt], labels: &mut Vec<(String, Pos)>, gotos: &mut Vec<(String, Pos)>) {
    for s in stmts {
        match &s.kind {
            StmtKind::Labeled(l, inner) => {
                labels.push((l.name.clone(), l.pos));
                collect_jumps(std::slice::from_ref(inner), labels, gotos);
            }
            StmtKind::Goto(l) => gotos.push((l.name.clone(), s.pos)),
            StmtKind::Block(b) => collect_jumps(&b.stmts, labels, gotos),
            StmtKind::If { then, els, .. } => {
                collect_jumps(&then.stmts, labels, gotos);
                if let Some(e) = els {
                    collect_jumps(std::slice::from_ref(e), labels, gotos);
                }
            }
            StmtKind::For { body, .. } | StmtKind::Range { body, .. } => {
                collect_jumps(&body.stmts, labels, gotos)
            }
            StmtKind::Switch { clauses, .. } | StmtKind::TypeSwitch { clauses, .. } => clauses
                .iter()
                .for_each(|c| collect_jumps(&c.body, labels, gotos)),
            _ => {}
        }
    }
}

impl Walk<'_> {
    /// Walks a statement list at loop depth `depth`; code after a
    /// terminating statement is dead until the next label.
    fn stmts(&mut self, stmts: &[Stmt], depth: u32) {
        let mut depth = depth;
        let mut dead = false;
        for s in stmts {
            if let StmtKind::Labeled(l, _) = &s.kind {
                dead = false;
                if self.looping_labels.contains(&l.name) {
                    // Everything after a looping label in this block is
                    // "in a loop" for escape analysis.
                    depth += 1;
                }
            }
            if dead {
                continue;
            }
            self.stmt(s, depth);
            dead = self.terminates(s);
        }
    }

    fn stmt(&mut self, s: &Stmt, depth: u32) {
        match &s.kind {
            StmtKind::Defer(e) => {
                self.sites.push((s.pos, depth > 0));
                self.expr(e);
            }
            StmtKind::Return(es) => {
                self.returns += 1;
                es.iter().for_each(|e| self.expr(e));
            }
            StmtKind::Expr(e) | StmtKind::IncDec(e, _) | StmtKind::Go(e) => self.expr(e),
            StmtKind::Assign { lhs, op, rhs } => {
                lhs.iter().for_each(|e| self.expr(e));
                let define = matches!(op, AssignOp::Define) && lhs.len() == rhs.len();
                for (i, e) in rhs.iter().enumerate() {
                    let p = define.then(|| lhs[i].pos);
                    self.init(p, e);
                }
            }
            StmtKind::Decl(g) => {
                for sp in &g.specs {
                    if let crate::ast::Spec::Value(v) = sp {
                        let one_each = v.names.len() == v.values.len();
                        for (i, e) in v.values.iter().enumerate() {
                            self.init(one_each.then(|| v.names[i].pos), e);
                        }
                    }
                }
            }
            StmtKind::Block(b) => self.stmts(&b.stmts, depth),
            StmtKind::Labeled(_, inner) => self.stmt(inner, depth),
            StmtKind::If {
                init,
                cond,
                then,
                els,
            } => {
                if let Some(i) = init {
                    self.stmt(i, depth);
                }
                self.expr(cond);
                match self.info.consts.get(&cond.id) {
                    Some(ConstVal::Bool(false)) => {
                        if let Some(e) = els {
                            self.stmt(e, depth);
                        }
                    }
                    Some(ConstVal::Bool(true)) => self.stmts(&then.stmts, depth),
                    _ => {
                        self.stmts(&then.stmts, depth);
                        if let Some(e) = els {
                            self.stmt(e, depth);
                        }
                    }
                }
            }
            StmtKind::For {
                init,
                cond,
                post,
                body,
            } => {
                if let Some(i) = init {
                    self.stmt(i, depth);
                }
                if let Some(c) = cond {
                    self.expr(c);
                }
                if let Some(p) = post {
                    self.stmt(p, depth + 1);
                }
                self.stmts(&body.stmts, depth + 1);
            }
            StmtKind::Range { x, body, .. } => {
                self.expr(x);
                self.stmts(&body.stmts, depth + 1);
            }
            StmtKind::Switch {
                init, tag, clauses, ..
            } => {
                if let Some(i) = init {
                    self.stmt(i, depth);
                }
                if let Some(t) = tag {
                    self.expr(t);
                }
                let table = tag
                    .as_ref()
                    .map(|t| self.lookup_table_cases(t, clauses))
                    .unwrap_or_default();
                if !table.is_empty() {
                    // The generated `return table[i]`.
                    self.returns += 1;
                }
                for (i, c) in clauses.iter().enumerate() {
                    if !table.contains(&i) {
                        self.stmts(&c.body, depth);
                    }
                }
            }
            StmtKind::TypeSwitch {
                init, x, clauses, ..
            } => {
                if let Some(i) = init {
                    self.stmt(i, depth);
                }
                self.expr(x);
                clauses.iter().for_each(|c| self.stmts(&c.body, depth));
            }
            _ => {}
        }
    }

    /// gc's `tryLookupTable` (Go 1.27): in a function with one result, an
    /// integer switch whose cases `return <constant>` becomes a table
    /// lookup when at least 4 case values qualify and they fill at least
    /// 40% of their range. Returns the indexes of the clauses it removes.
    fn lookup_table_cases(&self, tag: &Expr, clauses: &[crate::ast::CaseClause]) -> Vec<usize> {
        let tag_int = self
            .info
            .types
            .get(&tag.id)
            .is_some_and(|t| matches!(self.types.under(*t), gust_vm::types::Type::Int(_)));
        if !self.one_result || !tag_int {
            return vec![];
        }
        let ends_in_fallthrough =
            |c: &crate::ast::CaseClause| c.body.last().is_some_and(crate::check::is_fallthrough);
        let const_return = |c: &crate::ast::CaseClause| match c.body.as_slice() {
            [Stmt {
                kind: StmtKind::Return(rs),
                ..
            }] => rs.len() == 1 && self.info.consts.contains_key(&rs[0].id),
            _ => false,
        };
        let (mut vals, mut removed) = (vec![], vec![]);
        let mut prev_falls = false;
        for (i, c) in clauses.iter().enumerate() {
            let target_of_fallthrough = prev_falls;
            prev_falls = ends_in_fallthrough(c);
            if c.default {
                continue;
            }
            let mut cv = vec![];
            for e in &c.exprs {
                match self
                    .info
                    .consts
                    .get(&e.id)
                    .and_then(|v| v.to_int())
                    .and_then(|v| i64::try_from(v).ok())
                {
                    Some(v) => cv.push(v),
                    None => return vec![],
                }
            }
            if const_return(c) && !target_of_fallthrough && !prev_falls {
                vals.extend(cv);
                removed.push(i);
            }
        }
        vals.sort();
        vals.dedup();
        let (Some(&lo), Some(&hi)) = (vals.first(), vals.last()) else {
            return vec![];
        };
        let size = hi as i128 - lo as i128 + 1;
        if vals.len() < 4 || (vals.len() as i128) * 100 < size * 40 {
            return vec![];
        }
        removed
    }

    /// Whether control never continues after `s` (gc's dead-code rule).
    fn terminates(&self, s: &Stmt) -> bool {
        match &s.kind {
            StmtKind::Return(_) | StmtKind::Goto(_) => true,
            StmtKind::Expr(e) => {
                matches!(&e.kind, ExprKind::Call { .. })
                    && matches!(
                        self.info.calls.get(&e.id),
                        Some(CallKind::Builtin(Builtin::Panic))
                    )
            }
            StmtKind::For {
                cond: None, body, ..
            } => !has_break(&body.stmts),
            _ => false,
        }
    }

    /// `e` initializing the variable declared at `var` (if any): `&name`
    /// there is harmless when the variable is a pointer that stays local.
    fn init(&mut self, var: Option<Pos>, e: &Expr) {
        let local = var
            .and_then(|pos| self.info.defs.get(&pos))
            .is_some_and(|&p| (self.local_stays_local)(p));
        if local && addr_of_name(e).is_some() {
            return;
        }
        self.expr(e);
    }

    /// Notes `&name` (address-taken named results), closures included,
    /// except where it is passed straight to a parameter that stays local.
    fn expr(&mut self, e: &Expr) {
        let mut harmless = HashSet::new();
        crate::visit::find_in_expr::<()>(e, &mut |x| {
            let ExprKind::Call { func, args, .. } = &x.kind else {
                return None;
            };
            let callee = match &strip_parens(func).kind {
                ExprKind::Ident(_) => self.info.uses.get(&strip_parens(func).id),
                _ => None,
            };
            if let (Some(&o), Some(CallKind::Call)) = (callee, self.info.calls.get(&x.id)) {
                for (i, a) in args.iter().enumerate() {
                    if addr_of_name(a).is_some() && (self.stays_local)(o, i) {
                        harmless.insert(a.id);
                    }
                }
            }
            None
        });
        crate::visit::find_in_expr::<()>(e, &mut |x| {
            if let Some(n) = addr_of_name(x).filter(|_| !harmless.contains(&x.id)) {
                self.addr_taken.insert(n.to_string());
            }
            None
        });
    }
}

/// The name `x` of an expression `&x`.
fn addr_of_name(e: &Expr) -> Option<&str> {
    match &e.kind {
        ExprKind::Unary(UnOp::Addr, inner) => match &strip_parens(inner).kind {
            ExprKind::Ident(n) => Some(n),
            _ => None,
        },
        _ => None,
    }
}

/// Whether a loop body contains a `break` for the loop (unlabelled, not
/// inside a nested loop or switch); labelled breaks count too.
fn has_break(stmts: &[Stmt]) -> bool {
    stmts.iter().any(|s| match &s.kind {
        StmtKind::Break(_) => true,
        StmtKind::Block(b) => has_break(&b.stmts),
        StmtKind::If { then, els, .. } => {
            has_break(&then.stmts)
                || els
                    .as_ref()
                    .is_some_and(|e| has_break(std::slice::from_ref(e)))
        }
        StmtKind::Labeled(_, inner) => has_break(std::slice::from_ref(inner)),
        StmtKind::For { body, .. } | StmtKind::Range { body, .. } => body
            .stmts
            .iter()
            .any(|s| matches!(&s.kind, StmtKind::Break(Some(_)))),
        StmtKind::Switch { clauses, .. } | StmtKind::TypeSwitch { clauses, .. } => {
            clauses.iter().any(|c| {
                c.body
                    .iter()
                    .any(|s| matches!(&s.kind, StmtKind::Break(Some(_))))
            })
        }
        _ => false,
    })
}
