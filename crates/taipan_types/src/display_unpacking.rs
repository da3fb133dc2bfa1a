//! `*` and `**` unpacking in displays, before the scan, as the operations
//! they perform:
//!
//! ```text
//! [a, *xs, b, *ys]   →  [a] + list(xs) + [b] + list(ys)
//! (*xs, b)           →  tuple(list(xs) + [b])
//! {*xs, b}           →  set(list(xs) + [b])
//! {**d, k: v, **e}   →  dict(d) | {k: v} | dict(e)
//! ```
//!
//! Each keeps CPython's order of evaluation (left to right) and its result:
//! the same elements in the same order (a set is built by inserting them in
//! that order, as CPython's `{*xs, b}` is), and for dicts the same keys in
//! first-insertion order with the last value, as `dict.update` leaves them.
//! Targets (`first, *rest = xs`) are not displays and are left alone.
//!
//! Also, a generator unpacked into targets (`a, b = map(int, line.split())`,
//! after `map_filter.rs`) is unpacked from `list(generator)`: CPython takes
//! all its elements before assigning any, and raises the same `ValueError`
//! when their number is wrong (it stops taking at one too many, `list()`
//! takes them all: only a generator with side effects could tell).

use taipan_syntax::ast;
use taipan_syntax::visit::{for_each_child, Node};
use taipan_syntax::TextRange;

/// The rewritten module, or `None` when no display unpacks.
pub(crate) fn expand(suite: &[ast::Stmt]) -> Option<Vec<ast::Stmt>> {
    if !suite.iter().any(|s| has_unpacking(Node::Stmt(s))) {
        return None;
    }
    match ast::Fold::fold(&mut Rewriter, suite.to_vec()) {
        Ok(out) => Some(out),
        Err(never) => match never {},
    }
}

fn unpacks(e: &ast::Expr) -> bool {
    let starred = |elts: &[ast::Expr]| elts.iter().any(|x| matches!(x, ast::Expr::Starred(_)));
    match e {
        ast::Expr::List(l) => l.ctx == ast::ExprContext::Load && starred(&l.elts),
        ast::Expr::Tuple(t) => t.ctx == ast::ExprContext::Load && starred(&t.elts),
        ast::Expr::Set(s) => starred(&s.elts),
        ast::Expr::Dict(d) => d.keys.iter().any(Option::is_none),
        _ => false,
    }
}

/// `a, b = <generator>`.
fn unpacks_generator(s: &ast::Stmt) -> bool {
    match s {
        ast::Stmt::Assign(a) => {
            matches!(a.targets.as_slice(), [ast::Expr::Tuple(_) | ast::Expr::List(_)])
                && matches!(&*a.value, ast::Expr::GeneratorExp(_))
        }
        _ => false,
    }
}

fn has_unpacking(node: Node<'_>) -> bool {
    if let Node::Expr(e) = node {
        if unpacks(e) {
            return true;
        }
    }
    if let Node::Stmt(s) = node {
        if unpacks_generator(s) {
            return true;
        }
    }
    let mut found = false;
    for_each_child(node, &mut |child| found = found || has_unpacking(child));
    found
}

struct Rewriter;

impl ast::Fold<TextRange> for Rewriter {
    taipan_syntax::fold_keeping_ranges!();

    fn fold_stmt(&mut self, node: ast::Stmt) -> Result<ast::Stmt, Self::Error> {
        let node = ast::fold::fold_stmt(self, node)?;
        if !unpacks_generator(&node) {
            return Ok(node);
        }
        let ast::Stmt::Assign(mut a) = node else { return Ok(node) };
        let range = a.range;
        a.value = Box::new(call("list", *a.value, range));
        Ok(ast::Stmt::Assign(a))
    }

    fn fold_expr(&mut self, node: ast::Expr) -> Result<ast::Expr, Self::Error> {
        let node = ast::fold::fold_expr(self, node)?;
        if !unpacks(&node) {
            return Ok(node);
        }
        Ok(match node {
            ast::Expr::List(l) => concatenation(l.elts, l.range),
            ast::Expr::Tuple(t) => call("tuple", concatenation(t.elts, t.range), t.range),
            ast::Expr::Set(s) => call("set", concatenation(s.elts, s.range), s.range),
            ast::Expr::Dict(d) => merge(d),
            other => other,
        })
    }
}

/// `f(arg)`.
fn call(f: &str, arg: ast::Expr, range: TextRange) -> ast::Expr {
    taipan_syntax::build::call(f, vec![arg], Vec::new(), range)
}

fn binary(left: Option<ast::Expr>, op: ast::Operator, right: ast::Expr, range: TextRange) -> ast::Expr {
    match left {
        None => right,
        Some(left) => ast::Expr::BinOp(ast::ExprBinOp { range, left: Box::new(left), op, right: Box::new(right) }),
    }
}

/// `[a] + list(xs) + [b, c]` for the elements `a, *xs, b, c`.
fn concatenation(elts: Vec<ast::Expr>, range: TextRange) -> ast::Expr {
    let mut out: Option<ast::Expr> = None;
    let mut plain: Vec<ast::Expr> = Vec::new();
    let flush = |plain: &mut Vec<ast::Expr>, out: &mut Option<ast::Expr>| {
        if !plain.is_empty() {
            let part = ast::Expr::List(ast::ExprList { range, elts: std::mem::take(plain), ctx: ast::ExprContext::Load });
            *out = Some(binary(out.take(), ast::Operator::Add, part, range));
        }
    };
    for e in elts {
        match e {
            ast::Expr::Starred(s) => {
                flush(&mut plain, &mut out);
                out = Some(binary(out.take(), ast::Operator::Add, call("list", *s.value, s.range), range));
            }
            other => plain.push(other),
        }
    }
    flush(&mut plain, &mut out);
    out.unwrap_or_else(|| ast::Expr::List(ast::ExprList { range, elts: Vec::new(), ctx: ast::ExprContext::Load }))
}

/// `dict(d) | {k: v} | dict(e)` for the entries `**d, k: v, **e`.
fn merge(d: ast::ExprDict) -> ast::Expr {
    let range = d.range;
    let mut out: Option<ast::Expr> = None;
    let (mut keys, mut values) = (Vec::new(), Vec::new());
    let flush = |keys: &mut Vec<Option<ast::Expr>>, values: &mut Vec<ast::Expr>, out: &mut Option<ast::Expr>| {
        if !keys.is_empty() {
            let part = ast::Expr::Dict(ast::ExprDict { range, keys: std::mem::take(keys), values: std::mem::take(values) });
            *out = Some(binary(out.take(), ast::Operator::BitOr, part, range));
        }
    };
    for (key, value) in d.keys.into_iter().zip(d.values) {
        match key {
            None => {
                flush(&mut keys, &mut values, &mut out);
                out = Some(binary(out.take(), ast::Operator::BitOr, call("dict", value, range), range));
            }
            Some(k) => {
                keys.push(Some(k));
                values.push(value);
            }
        }
    }
    flush(&mut keys, &mut values, &mut out);
    out.unwrap_or_else(|| ast::Expr::Dict(ast::ExprDict { range, keys: Vec::new(), values: Vec::new() }))
}
