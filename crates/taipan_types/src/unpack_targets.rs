//! Tuple assignments whose targets are not all plain names —
//! `a[i], a[j] = a[j], a[i]`, `self.w, self.h = w, h`, `p.x, (q, r[0]) =
//! pair` — are rewritten before the scan into assignments the checker
//! knows, in CPython's order: the whole value is evaluated first (a display's
//! elements from left to right), then each target is stored from left to
//! right, evaluating its own object and index only then:
//!
//! ```python
//! __taipan_unpack_0 = a[j]            # a[i], a[j] = a[j], a[i]
//! __taipan_unpack_1 = a[i]
//! a[i] = __taipan_unpack_0
//! a[j] = __taipan_unpack_1
//!
//! __taipan_unpack_2, (__taipan_unpack_3, __taipan_unpack_4) = pair
//! p.x = __taipan_unpack_2             # p.x, (q, r[0]) = pair
//! q = __taipan_unpack_3
//! r[0] = __taipan_unpack_4
//! ```
//!
//! A display element without side effects (a constant, an empty `[]`) is
//! stored directly, so it keeps the type its target gives it (`self.items,
//! self.n = [], 0`). Because the rewrite happens before the scan,
//! `self.w, self.h = w, h` in `__init__` declares both fields.

use taipan_syntax::ast;

use crate::stmt_rewrite::rewrite_blocks;

/// The module with every such assignment rewritten (`None` if it has none).
pub(crate) fn expand(suite: &[ast::Stmt]) -> Option<Vec<ast::Stmt>> {
    let mut out = suite.to_vec();
    let mut next_id = 0;
    let changed = rewrite_blocks(&mut out, &mut |stmt| rewrite(stmt, &mut next_id));
    changed.then_some(out)
}

fn rewrite(stmt: &ast::Stmt, next_id: &mut usize) -> Option<Vec<ast::Stmt>> {
    let ast::Stmt::Assign(a) = stmt else { return None };
    let [target @ (ast::Expr::Tuple(_) | ast::Expr::List(_))] = a.targets.as_slice() else { return None };
    if !has_non_name_leaf(target) {
        return None;
    }
    let range = a.range;
    let temp = |next_id: &mut usize| {
        let id = format!("__taipan_unpack_{next_id}");
        *next_id += 1;
        id
    };
    let assign = |target: ast::Expr, value: ast::Expr| {
        ast::Stmt::Assign(ast::StmtAssign { range, targets: vec![target], value: Box::new(value), type_comment: None })
    };
    let mut out = Vec::new();
    let mut stores = Vec::new();
    match (elements(target), &*a.value) {
        // A display of as many plain elements: one temporary per element.
        (Some(targets), ast::Expr::Tuple(ast::ExprTuple { elts: values, .. }) | ast::Expr::List(ast::ExprList { elts: values, .. }))
            if targets.len() == values.len()
                && !targets.iter().chain(values).any(|e| matches!(e, ast::Expr::Starred(_))) =>
        {
            for (t, v) in targets.iter().zip(values) {
                if is_pure(v) {
                    stores.push(assign(t.clone(), v.clone()));
                } else {
                    let id = temp(next_id);
                    out.push(assign(store_name(&id, range), v.clone()));
                    stores.push(assign(t.clone(), taipan_syntax::build::name(&id, range)));
                }
            }
        }
        // Any other value: unpack it into temporaries, then store them.
        _ => {
            let mut leaves = Vec::new();
            let renamed = rename_leaves(target, &mut leaves, &mut || temp(next_id), range);
            out.push(assign(renamed, (*a.value).clone()));
            for (leaf, id) in leaves {
                stores.push(assign(leaf, taipan_syntax::build::name(&id, range)));
            }
        }
    }
    // A nested target stored directly (`d[0], (d[1], r) = 1, (2, 3)`) is
    // itself such an assignment.
    for store in stores {
        match rewrite(&store, next_id) {
            Some(inner) => out.extend(inner),
            None => out.push(store),
        }
    }
    Some(out)
}

fn elements(e: &ast::Expr) -> Option<&[ast::Expr]> {
    match e {
        ast::Expr::Tuple(t) => Some(&t.elts),
        ast::Expr::List(l) => Some(&l.elts),
        _ => None,
    }
}

fn has_non_name_leaf(e: &ast::Expr) -> bool {
    match e {
        ast::Expr::Name(_) => false,
        ast::Expr::Starred(s) => has_non_name_leaf(&s.value),
        ast::Expr::Tuple(_) | ast::Expr::List(_) => elements(e).is_some_and(|es| es.iter().any(has_non_name_leaf)),
        _ => true,
    }
}

/// Evaluating it later than CPython would cannot be told apart: no side
/// effects, no reads of anything a store could change.
fn is_pure(e: &ast::Expr) -> bool {
    match e {
        ast::Expr::Constant(_) => true,
        ast::Expr::UnaryOp(u) => matches!(&*u.operand, ast::Expr::Constant(_)),
        ast::Expr::List(l) => l.elts.is_empty(),
        ast::Expr::Dict(d) => d.keys.is_empty(),
        ast::Expr::Tuple(t) => t.elts.iter().all(is_pure),
        _ => false,
    }
}

/// `target` with every leaf replaced by a fresh temporary name; `leaves`
/// gets each original leaf and its temporary, left to right.
fn rename_leaves(
    target: &ast::Expr,
    leaves: &mut Vec<(ast::Expr, String)>,
    fresh: &mut dyn FnMut() -> String,
    range: taipan_syntax::TextRange,
) -> ast::Expr {
    match target {
        ast::Expr::Tuple(t) => ast::Expr::Tuple(ast::ExprTuple {
            elts: t.elts.iter().map(|e| rename_leaves(e, leaves, fresh, range)).collect(),
            ..t.clone()
        }),
        ast::Expr::List(l) => ast::Expr::List(ast::ExprList {
            elts: l.elts.iter().map(|e| rename_leaves(e, leaves, fresh, range)).collect(),
            ..l.clone()
        }),
        ast::Expr::Starred(s) => ast::Expr::Starred(ast::ExprStarred {
            value: Box::new(rename_leaves(&s.value, leaves, fresh, range)),
            ..s.clone()
        }),
        leaf => {
            let id = fresh();
            leaves.push((leaf.clone(), id.clone()));
            store_name(&id, range)
        }
    }
}

fn store_name(id: &str, range: taipan_syntax::TextRange) -> ast::Expr {
    ast::Expr::Name(ast::ExprName { range, id: ast::Identifier::new(id), ctx: ast::ExprContext::Store })
}
