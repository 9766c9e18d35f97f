//! Package initialization order: package-level variables are initialized
//! in declaration order, except that a variable waits for the variables
//! its initializer refers to, directly or through functions (Go spec,
//! "Package initialization").

use std::collections::{HashMap, HashSet};

use super::{Checker, DeclRef, ObjId, ObjKind};

impl Checker {
    /// Fills `init_order` with `(unit, decl, spec, name)` entries (`name`
    /// for one variable of a spec whose variables have their own values,
    /// `None` for a whole spec) and `inits`
    /// with the `init` function bodies, package by package.
    pub(crate) fn compute_init_order(&mut self) {
        for p in 1..self.pkgs.len() {
            // Variables of this package in declaration order.
            let mut vars: Vec<(DeclKey, ObjId)> = vec![];
            for (&_, &o) in self.pkgs[p].scope.iter() {
                if let (
                    ObjKind::Var(_),
                    Some(DeclRef::Spec {
                        unit,
                        decl,
                        spec,
                        name,
                    }),
                ) = (&self.objs[o as usize].kind, self.objs[o as usize].decl)
                {
                    vars.push(((unit, decl, spec, name), o));
                }
            }
            // Blank variables are not in the scope; find them by position.
            for (i, o) in self.objs.iter().enumerate() {
                if o.name == "_" && o.pkg == p as u32 {
                    if let (
                        ObjKind::Var(_),
                        Some(DeclRef::Spec {
                            unit,
                            decl,
                            spec,
                            name,
                        }),
                    ) = (&o.kind, o.decl)
                    {
                        vars.push(((unit, decl, spec, name), i as ObjId));
                    }
                }
            }
            vars.sort();
            let var_set: HashSet<ObjId> = vars.iter().map(|v| v.1).collect();
            let deps: HashMap<ObjId, HashSet<ObjId>> = vars
                .iter()
                .map(|&(_, o)| (o, self.var_deps(o, &var_set)))
                .collect();
            let mut done: HashSet<ObjId> = HashSet::new();
            let mut emitted: HashSet<(u32, u32, u32)> = HashSet::new();
            while done.len() < vars.len() {
                let next = vars.iter().find(|(_, o)| {
                    !done.contains(o) && deps[o].iter().all(|d| done.contains(d) || d == o)
                });
                let Some(&((unit, decl, spec, name), o)) =
                    next.or_else(|| vars.iter().find(|(_, o)| !done.contains(o)))
                else {
                    break;
                };
                if self.own_initializer(unit, decl, spec) {
                    // var x, y = f(), g(): each variable on its own.
                    done.insert(o);
                    self.init_order.push((unit, decl, spec, Some(name)));
                    continue;
                }
                // One multi-valued initializer: the spec's variables
                // initialize together.
                for &((u, d, s, _), o) in &vars {
                    if (u, d, s) == (unit, decl, spec) {
                        done.insert(o);
                    }
                }
                if emitted.insert((unit, decl, spec)) {
                    self.init_order.push((unit, decl, spec, None));
                }
            }
        }
    }

    /// Whether each variable of a spec has its own initializer (as many
    /// values as names, more than one).
    fn own_initializer(&self, unit: u32, decl: u32, spec: u32) -> bool {
        let ast = &self.units[unit as usize].ast;
        match &ast.decls[decl as usize] {
            crate::ast::Decl::Gen(g) => match &g.specs[spec as usize] {
                crate::ast::Spec::Value(v) => v.names.len() > 1 && v.values.len() == v.names.len(),
                _ => false,
            },
            _ => false,
        }
    }

    /// The package-level variables `o`'s initializer depends on,
    /// transitively through the functions it refers to.
    fn var_deps(&self, o: ObjId, vars: &HashSet<ObjId>) -> HashSet<ObjId> {
        let mut out = HashSet::new();
        let mut seen = HashSet::new();
        let mut work: Vec<ObjId> = self.deps.get(&o).cloned().unwrap_or_default();
        while let Some(d) = work.pop() {
            if !seen.insert(d) {
                continue;
            }
            if vars.contains(&d) {
                out.insert(d);
                continue;
            }
            if let Some(more) = self.deps.get(&d) {
                work.extend(more.iter().copied());
            }
        }
        out
    }
}

type DeclKey = (u32, u32, u32, u32);
