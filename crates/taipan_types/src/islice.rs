//! `itertools.islice(it, stop)` / `islice(it, start, stop[, step])` with
//! int literal (or `None`) bounds, rewritten before the scan into the
//! generator expression that takes the same elements, consuming `it` as
//! CPython's islice does:
//!
//! ```text
//! islice(it, 2, 10, 3)  →  (x for i, x in zip(range(10), it) if i >= 2 and (i - 2) % 3 == 0)
//! islice(it, 5)         →  (x for _, x in zip(range(5), it))
//! islice(it, 1, None)   →  (x for i, x in enumerate(it) if i >= 1)
//! ```
//!
//! `zip` takes from `range(stop)` first, so it stops without taking an
//! element of `it` beyond index `stop - 1`, which is where CPython's
//! `islice` stops too. Bounds that are not literals are rejected later (a
//! negative one must raise CPython's `ValueError` at the call, which this
//! rewrite could not do), and so are negative literals.

use std::collections::HashSet;

use taipan_syntax::ast;
use taipan_syntax::build::{call, name};
use taipan_syntax::visit::{for_each_child, Node};
use taipan_syntax::TextRange;

/// The rewritten module, or `None` when no call could be rewritten.
pub(crate) fn expand(suite: &[ast::Stmt]) -> Option<Vec<ast::Stmt>> {
    let (modules, members) = bindings(suite);
    if modules.is_empty() && members.is_empty() {
        return None;
    }
    let mut rewriter = Rewriter { modules, members, counter: 0, changed: false };
    let out = match ast::Fold::fold(&mut rewriter, suite.to_vec()) {
        Ok(out) => out,
        Err(never) => match never {},
    };
    rewriter.changed.then_some(out)
}

/// The names bound to `itertools` and to `islice`.
fn bindings(suite: &[ast::Stmt]) -> (HashSet<String>, HashSet<String>) {
    let (mut modules, mut members) = (HashSet::new(), HashSet::new());
    let mut visit = |node: Node<'_>| match node {
        Node::Stmt(ast::Stmt::Import(i)) => {
            for alias in i.names.iter().filter(|a| a.name.as_str() == "itertools") {
                modules.insert(alias.asname.as_ref().unwrap_or(&alias.name).to_string());
            }
        }
        Node::Stmt(ast::Stmt::ImportFrom(i)) if i.module.as_ref().is_some_and(|m| m.as_str() == "itertools") => {
            for alias in i.names.iter().filter(|a| a.name.as_str() == "islice") {
                members.insert(alias.asname.as_ref().unwrap_or(&alias.name).to_string());
            }
        }
        _ => {}
    };
    for stmt in suite {
        visit(Node::Stmt(stmt));
        for_each_child(Node::Stmt(stmt), &mut |child| visit(child));
    }
    (modules, members)
}

struct Rewriter {
    modules: HashSet<String>,
    members: HashSet<String>,
    counter: u32,
    changed: bool,
}

/// A bound: `Some(None)` for `None`, `Some(Some(n))` for a literal `n >= 0`,
/// `None` for anything else.
fn bound(e: &ast::Expr) -> Option<Option<u64>> {
    match e {
        ast::Expr::Constant(c) => match &c.value {
            ast::Constant::None => Some(None),
            ast::Constant::Int(n) => u64::try_from(n.clone()).ok().filter(|n| *n <= i64::MAX as u64).map(Some),
            _ => None,
        },
        _ => None,
    }
}

fn int(n: u64, range: TextRange) -> ast::Expr {
    ast::Expr::Constant(ast::ExprConstant { range, value: ast::Constant::Int(n.into()), kind: None })
}

impl Rewriter {
    fn is_islice(&self, f: &ast::Expr) -> bool {
        match f {
            ast::Expr::Name(n) => self.members.contains(n.id.as_str()),
            ast::Expr::Attribute(a) => {
                a.attr.as_str() == "islice" && matches!(&*a.value, ast::Expr::Name(m) if self.modules.contains(m.id.as_str()))
            }
            _ => false,
        }
    }

    /// The generator expression of `islice(args)`, if its bounds are literals.
    fn rewrite(&mut self, c: &ast::ExprCall) -> Option<ast::Expr> {
        if !c.keywords.is_empty() {
            return None;
        }
        let (it, start, stop, step) = match c.args.as_slice() {
            [it, stop] => (it, Some(0), bound(stop)?, Some(1)),
            [it, start, stop] => (it, bound(start)?, bound(stop)?, Some(1)),
            [it, start, stop, step] => (it, bound(start)?, bound(stop)?, bound(step)?),
            _ => return None,
        };
        let (start, step) = (start.unwrap_or(0), step.unwrap_or(1));
        if step == 0 {
            return None;
        }
        let range = c.range;
        self.counter += 1;
        let (index, item) = (format!("<islice index {}>", self.counter), format!("<islice item {}>", self.counter));
        let source = match stop {
            Some(stop) => call("zip", vec![call("range", vec![int(stop, range)], Vec::new(), range), it.clone()], Vec::new(), range),
            None => call("enumerate", vec![it.clone()], Vec::new(), range),
        };
        let mut ifs = Vec::new();
        if start > 0 {
            let at_start = ast::Expr::Compare(ast::ExprCompare {
                range,
                left: Box::new(name(&index, range)),
                ops: vec![ast::CmpOp::GtE],
                comparators: vec![int(start, range)],
            });
            ifs.push(at_start);
        }
        if step > 1 {
            let offset = ast::Expr::BinOp(ast::ExprBinOp {
                range,
                left: Box::new(name(&index, range)),
                op: ast::Operator::Sub,
                right: Box::new(int(start, range)),
            });
            let remainder =
                ast::Expr::BinOp(ast::ExprBinOp { range, left: Box::new(offset), op: ast::Operator::Mod, right: Box::new(int(step, range)) });
            ifs.push(ast::Expr::Compare(ast::ExprCompare {
                range,
                left: Box::new(remainder),
                ops: vec![ast::CmpOp::Eq],
                comparators: vec![int(0, range)],
            }));
        }
        let store = |id: &str| ast::Expr::Name(ast::ExprName { range, id: ast::Identifier::new(id), ctx: ast::ExprContext::Store });
        let target = ast::Expr::Tuple(ast::ExprTuple { range, elts: vec![store(&index), store(&item)], ctx: ast::ExprContext::Store });
        let cond = match ifs.len() {
            0 => Vec::new(),
            1 => ifs,
            _ => vec![ast::Expr::BoolOp(ast::ExprBoolOp { range, op: ast::BoolOp::And, values: ifs })],
        };
        Some(ast::Expr::GeneratorExp(ast::ExprGeneratorExp {
            range,
            elt: Box::new(name(&item, range)),
            generators: vec![ast::Comprehension { range: Default::default(), target, iter: source, ifs: cond, is_async: false }],
        }))
    }
}

impl ast::Fold<TextRange> for Rewriter {
    taipan_syntax::fold_keeping_ranges!();

    fn fold_expr(&mut self, node: ast::Expr) -> Result<ast::Expr, Self::Error> {
        let node = ast::fold::fold_expr(self, node)?;
        let ast::Expr::Call(c) = &node else { return Ok(node) };
        if !self.is_islice(&c.func) {
            return Ok(node);
        }
        match self.rewrite(c) {
            Some(generator) => {
                self.changed = true;
                Ok(generator)
            }
            None => Ok(node),
        }
    }
}
