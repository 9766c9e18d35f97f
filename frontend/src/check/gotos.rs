//! `goto` checks (types2's `blockBranches`): a forward `goto` may not
//! jump over a variable declaration of the label's block, and no `goto`
//! may jump into a block.
//!
//! Each block's statements are walked in order. A `goto` whose label is
//! already declared in this block or an enclosing one jumps backward
//! (fine); any other is *pending*. A variable declaration marks every
//! pending `goto` of the block as jumping over it (the latest one names
//! it). A label resolves the pending `goto`s naming it. Pending `goto`s
//! leave a block unmarked (leaving a declaration's scope is fine); those
//! still pending at the function's end name a label inside a block they
//! are not in.

use super::Checker;
use crate::ast::{GenKind, Spec, Stmt, StmtKind};
use crate::pos::Pos;
use std::collections::HashMap;

/// A `goto` not resolved yet.
struct Pending {
    label: String,
    /// Its label's position (where gc reports).
    pos: Pos,
    /// The latest variable declaration it jumps over: names and position.
    over: Option<(String, Pos)>,
}

struct Walk {
    /// Labels visible to a backward `goto`: this block's so far and the
    /// enclosing blocks'.
    visible: Vec<String>,
    /// Per label, where its block starts.
    block_of: HashMap<String, Pos>,
    /// Errors found: position and message.
    errors: Vec<(Pos, String)>,
}

impl Checker {
    /// Checks the `goto`s of a function body starting at `lbrace`.
    pub(crate) fn check_gotos(&mut self, stmts: &[Stmt], lbrace: Pos) {
        let mut w = Walk {
            visible: vec![],
            block_of: HashMap::new(),
            errors: vec![],
        };
        let left = self.goto_block(stmts, lbrace, &mut w);
        for p in left {
            if let Some(&start) = w.block_of.get(&p.label) {
                let at = self.pos_ref(start);
                let msg = format!("goto {} jumps into block starting at {at}", p.label);
                w.errors.push((p.pos, msg));
            }
        }
        for (pos, msg) in w.errors {
            self.error(pos, msg);
        }
    }

    /// Walks one block (starting at `start`); returns its pending gotos.
    fn goto_block(&self, stmts: &[Stmt], start: Pos, w: &mut Walk) -> Vec<Pending> {
        let outer = w.visible.len();
        let mut pending: Vec<Pending> = vec![];
        for s in stmts {
            self.goto_stmt(s, start, w, &mut pending);
        }
        w.visible.truncate(outer);
        for p in &mut pending {
            p.over = None;
        }
        pending
    }

    fn goto_stmt(&self, s: &Stmt, start: Pos, w: &mut Walk, pending: &mut Vec<Pending>) {
        let nested = |stmts: &[Stmt], at: Pos, w: &mut Walk, pending: &mut Vec<Pending>| {
            let inner = self.goto_block(stmts, at, w);
            pending.extend(inner);
        };
        match &s.kind {
            StmtKind::Labeled(l, inner) => {
                pending.retain(|p| {
                    if p.label != l.name {
                        return true;
                    }
                    if let Some((names, at)) = &p.over {
                        let at = self.pos_ref(*at);
                        let msg =
                            format!("goto {} jumps over declaration of {names} at {at}", p.label);
                        w.errors.push((p.pos, msg));
                    }
                    false
                });
                w.visible.push(l.name.clone());
                w.block_of.entry(l.name.clone()).or_insert(start);
                self.goto_stmt(inner, start, w, pending);
            }
            StmtKind::Goto(l) if !w.visible.contains(&l.name) => {
                pending.push(Pending {
                    label: l.name.clone(),
                    pos: l.pos,
                    over: None,
                });
            }
            StmtKind::Decl(g) if g.kind == GenKind::Var => {
                for sp in &g.specs {
                    // (gc names a `var` spec by its first name.)
                    if let Some(n) = match sp {
                        Spec::Value(v) => v.names.first(),
                        _ => None,
                    } {
                        mark_over(pending, n.name.clone(), n.pos);
                    }
                }
            }
            StmtKind::Assign {
                lhs,
                op: crate::ast::AssignOp::Define,
                ..
            } => {
                let names: Vec<String> = lhs.iter().map(|e| self.expr_str(e)).collect();
                mark_over(pending, names.join(", "), self.define_pos(s.pos));
            }
            StmtKind::Block(b) => nested(&b.stmts, b.lbrace, w, pending),
            StmtKind::If { then, els, .. } => {
                nested(&then.stmts, then.lbrace, w, pending);
                if let Some(e) = els {
                    match &e.kind {
                        StmtKind::Block(b) => nested(&b.stmts, b.lbrace, w, pending),
                        _ => self.goto_stmt(e, start, w, pending),
                    }
                }
            }
            StmtKind::For { body, .. } | StmtKind::Range { body, .. } => {
                nested(&body.stmts, body.lbrace, w, pending)
            }
            StmtKind::Switch { clauses, .. } | StmtKind::TypeSwitch { clauses, .. } => {
                for c in clauses {
                    nested(&c.body, c.pos, w, pending);
                }
            }
            _ => {}
        }
    }

    /// The position of the `:=` of the short variable declaration at `at`
    /// (gc reports declarations there).
    fn define_pos(&self, at: Pos) -> Pos {
        let text = &self.units[self.unit as usize].src.text;
        let from = at.0 as usize;
        text.get(from..)
            .and_then(|t| t.find(":="))
            .map_or(at, |i| Pos((from + i) as u32))
    }
}

/// Every pending goto now jumps over the declaration of `names` at `at`.
fn mark_over(pending: &mut [Pending], names: String, at: Pos) {
    for p in pending {
        p.over = Some((names.clone(), at));
    }
}
