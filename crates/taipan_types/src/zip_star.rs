//! `zip(*rows)`, the transpose idiom, is a generator expression over the
//! columns:
//!
//! ```text
//! (tuple(r[i] for r in rows_) for rows_ in [rows]
//!     for i in range(min([len(r) for r in rows_], default=0)))
//! ```
//!
//! so each column is a `tuple[T, ...]` and the whole goes wherever a
//! generator goes (`list(zip(*m))`, `for col in zip(*m)`), as CPython's zip
//! object does. `rows` is evaluated once, when the call runs, as in CPython;
//! its items must support `len` and indexing (lists, tuples, strings). The
//! rewrite happens before the scan, unless the module defines `zip` itself.

use taipan_syntax::ast;
use taipan_syntax::build::{call, name as load};
use taipan_syntax::visit::{for_each_child, Node};
use taipan_syntax::TextRange;

/// The rewritten module, or `None` when nothing changed.
pub(crate) fn expand(suite: &[ast::Stmt]) -> Option<Vec<ast::Stmt>> {
    if !suite.iter().any(|s| has_zip_star(Node::Stmt(s))) || defines_zip(suite) {
        return None;
    }
    let mut rewriter = Rewriter { counter: 0 };
    match ast::Fold::fold(&mut rewriter, suite.to_vec()) {
        Ok(out) => Some(out),
        Err(never) => match never {},
    }
}

/// `zip(*rows)`: its only argument starred, no keywords.
fn star_argument(call: &ast::ExprCall) -> Option<&ast::Expr> {
    let ast::Expr::Name(f) = &*call.func else { return None };
    match (f.id.as_str(), call.args.as_slice()) {
        ("zip", [ast::Expr::Starred(s)]) if call.keywords.is_empty() => Some(&s.value),
        _ => None,
    }
}

fn has_zip_star(node: Node<'_>) -> bool {
    if let Node::Expr(ast::Expr::Call(call)) = node {
        if star_argument(call).is_some() {
            return true;
        }
    }
    let mut found = false;
    for_each_child(node, &mut |child| found = found || has_zip_star(child));
    found
}

fn defines_zip(suite: &[ast::Stmt]) -> bool {
    let is_zip = |e: &ast::Expr| matches!(e, ast::Expr::Name(n) if n.id.as_str() == "zip");
    suite.iter().any(|s| match s {
        ast::Stmt::FunctionDef(f) => f.name.as_str() == "zip",
        ast::Stmt::ClassDef(c) => c.name.as_str() == "zip",
        ast::Stmt::Assign(a) => a.targets.iter().any(is_zip),
        ast::Stmt::AnnAssign(a) => is_zip(&a.target),
        ast::Stmt::Import(i) => i.names.iter().any(|a| a.asname.as_ref().unwrap_or(&a.name).as_str() == "zip"),
        ast::Stmt::ImportFrom(i) => i.names.iter().any(|a| a.asname.as_ref().unwrap_or(&a.name).as_str() == "zip"),
        _ => false,
    })
}

struct Rewriter {
    counter: u32,
}

impl ast::Fold<TextRange> for Rewriter {
    taipan_syntax::fold_keeping_ranges!();

    fn fold_expr(&mut self, node: ast::Expr) -> Result<ast::Expr, Self::Error> {
        let node = ast::fold::fold_expr(self, node)?;
        let ast::Expr::Call(call) = &node else { return Ok(node) };
        match star_argument(call) {
            Some(rows) => Ok(self.columns(rows.clone(), call.range)),
            None => Ok(node),
        }
    }
}

impl Rewriter {
    /// The generator of the columns of `rows` (see the module doc).
    fn columns(&mut self, rows: ast::Expr, range: TextRange) -> ast::Expr {
        self.counter += 1;
        let (rows_var, row, index) =
            (format!("<zip rows {}>", self.counter), format!("<zip row {}>", self.counter), format!("<zip index {}>", self.counter));
        let item = subscript(load(&row, range), load(&index, range), range);
        let column = call("tuple", vec![generator(false, item, &row, load(&rows_var, range), range)], Vec::new(), range);
        let lengths = generator(true, call("len", vec![load(&row, range)], Vec::new(), range), &row, load(&rows_var, range), range);
        let zero = ast::Expr::Constant(ast::ExprConstant { range, value: ast::Constant::Int(0.into()), kind: None });
        let default = ast::Keyword { range, arg: Some(ast::Identifier::new("default")), value: zero };
        let shortest = call("min", vec![lengths], vec![default], range);
        let once = ast::Expr::List(ast::ExprList { range, elts: vec![rows], ctx: ast::ExprContext::Load });
        ast::Expr::GeneratorExp(ast::ExprGeneratorExp {
            range,
            elt: Box::new(column),
            generators: vec![
                comprehension(&rows_var, once, range),
                comprehension(&index, call("range", vec![shortest], Vec::new(), range), range),
            ],
        })
    }
}

fn subscript(value: ast::Expr, index: ast::Expr, range: TextRange) -> ast::Expr {
    ast::Expr::Subscript(ast::ExprSubscript { range, value: Box::new(value), slice: Box::new(index), ctx: ast::ExprContext::Load })
}

fn comprehension(var: &str, iter: ast::Expr, range: TextRange) -> ast::Comprehension {
    let target = ast::Expr::Name(ast::ExprName { range, id: ast::Identifier::new(var), ctx: ast::ExprContext::Store });
    ast::Comprehension { range: Default::default(), target, iter, ifs: Vec::new(), is_async: false }
}

/// `[elt for var in iter]` (a list when `list`) or `(elt for var in iter)`.
fn generator(list: bool, elt: ast::Expr, var: &str, iter: ast::Expr, range: TextRange) -> ast::Expr {
    let generators = vec![comprehension(var, iter, range)];
    if list {
        ast::Expr::ListComp(ast::ExprListComp { range, elt: Box::new(elt), generators })
    } else {
        ast::Expr::GeneratorExp(ast::ExprGeneratorExp { range, elt: Box::new(elt), generators })
    }
}
