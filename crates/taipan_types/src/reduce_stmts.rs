//! `functools.reduce(f, xs[, init])` as the whole value of an assignment or a
//! `return` is rewritten before the scan (like `count_loops.rs`) into the loop
//! it runs:
//!
//! ```python
//! total = reduce(lambda a, b: a + b, xs, 0)
//! # becomes
//! __taipan_items_0 = xs
//! __taipan_acc_0 = 0
//! for __taipan_x_0 in __taipan_items_0:
//!     __taipan_acc_0 = __taipan_acc_0 + __taipan_x_0   # the lambda's body
//! total = __taipan_acc_0
//! ```
//!
//! Without `init` the first element starts the fold (`xs` must then be a
//! list, tuple, str or range: other displays and calls, such as generator
//! expressions and `d.items()`, are left to `reduce_expr.rs`), and an empty
//! `xs` raises CPython's `TypeError:
//! reduce() of empty iterable with no initial value`. `f` is a two-parameter
//! lambda (its body is inlined with the parameters renamed) or the name of a
//! function (called). The arguments are evaluated once, in order, as in a
//! call. `reduce` anywhere else is rejected by `functools_module.rs`.

use taipan_syntax::ast;
use taipan_syntax::span_of;
use taipan_syntax::TextRange;

use crate::stmt_rewrite::{import_names, names_member, rewrite_blocks};

/// The module with every supported `reduce` statement rewritten (`None` if
/// there is none).
pub(crate) fn expand(suite: &[ast::Stmt]) -> Option<Vec<ast::Stmt>> {
    let (modules, members) = import_names(suite, "functools", "reduce");
    if modules.is_empty() && members.is_empty() {
        return None;
    }
    let mut out = suite.to_vec();
    let mut next_id = 0;
    let is_reduce = |e: &ast::Expr| names_member(e, &modules, &members, "reduce");
    let changed = rewrite_blocks(&mut out, &mut |stmt| reduce_stmt(stmt, &is_reduce, &mut next_id));
    changed.then_some(out)
}

/// Where the folded value goes.
enum Sink<'a> {
    Assign(&'a ast::Expr),
    AnnAssign(&'a ast::StmtAnnAssign),
    Return,
}

fn reduce_stmt(stmt: &ast::Stmt, is_reduce: &dyn Fn(&ast::Expr) -> bool, next_id: &mut usize) -> Option<Vec<ast::Stmt>> {
    let (value, sink) = match stmt {
        ast::Stmt::Assign(a) if a.targets.len() == 1 => (&*a.value, Sink::Assign(&a.targets[0])),
        ast::Stmt::AnnAssign(a) => (a.value.as_deref()?, Sink::AnnAssign(a)),
        ast::Stmt::Return(r) => (r.value.as_deref()?, Sink::Return),
        _ => return None,
    };
    let ast::Expr::Call(call) = value else { return None };
    if !is_reduce(&call.func) || !call.keywords.is_empty() || !(2..=3).contains(&call.args.len()) {
        return None;
    }
    if call.args.iter().any(|a| matches!(a, ast::Expr::Starred(_))) {
        return None;
    }
    // The loop without `init` indexes `xs`: an iterable that is no sequence
    // is left to `reduce_expr.rs`.
    if call.args.len() == 2 && !maybe_sequence(&call.args[1]) {
        return None;
    }
    let id = *next_id;
    *next_id += 1;
    let (items, acc, x) = (format!("__taipan_items_{id}"), format!("__taipan_acc_{id}"), format!("__taipan_x_{id}"));
    // The step, as source with placeholders the function's body replaces.
    let lambda = match &call.args[0] {
        ast::Expr::Lambda(l) => Some(l),
        ast::Expr::Name(_) => None,
        _ => return None,
    };
    let step = match lambda {
        Some(_) => "__taipan_step".to_string(),
        None => format!("__taipan_fn({acc}, {x})"),
    };
    let has_init = call.args.len() == 3;
    let source = if has_init {
        format!(
            "{items} = __taipan_xs\n{acc} = __taipan_init\nfor {x} in {items}:\n    {acc} = {step}\n__taipan_sink = {acc}\n"
        )
    } else {
        format!(
            "{items} = __taipan_xs\n\
             if len({items}) == 0:\n    raise TypeError(\"reduce() of empty iterable with no initial value\")\n\
             {acc} = {items}[0]\nfor {x} in {items}[1:]:\n    {acc} = {step}\n__taipan_sink = {acc}\n"
        )
    };
    let mut generated = taipan_syntax::parse_generated(&source, span_of(value)).ok()?;
    let mut fill = Fill {
        xs: call.args[1].clone(),
        init: call.args.get(2).cloned(),
        func: call.args[0].clone(),
        step: match lambda {
            Some(l) => Some(inline_lambda(l, &acc, &x)?),
            None => None,
        },
    };
    generated = generated.into_iter().map(|s| fill.stmt(s)).collect();
    // The last statement hands the value on.
    let last = generated.pop()?;
    let ast::Stmt::Assign(mut sink_assign) = last else { return None };
    match sink {
        Sink::Assign(target) => {
            sink_assign.targets = vec![target.clone()];
            generated.push(ast::Stmt::Assign(sink_assign));
        }
        Sink::AnnAssign(a) => {
            let mut a = a.clone();
            a.value = Some(sink_assign.value);
            generated.push(ast::Stmt::AnnAssign(a));
        }
        Sink::Return => generated.push(ast::Stmt::Return(ast::StmtReturn {
            range: sink_assign.range,
            value: Some(sink_assign.value),
        })),
    }
    Some(generated)
}

/// Whether `xs` may be a list, tuple, str or range (its type is not known
/// yet): false for the displays and calls that make other iterables.
fn maybe_sequence(xs: &ast::Expr) -> bool {
    match xs {
        ast::Expr::GeneratorExp(_) | ast::Expr::Dict(_) | ast::Expr::Set(_) | ast::Expr::DictComp(_) | ast::Expr::SetComp(_) => false,
        ast::Expr::Call(c) => match &*c.func {
            ast::Expr::Name(n) => !matches!(n.id.as_str(), "enumerate" | "zip" | "reversed" | "iter" | "map" | "filter" | "set" | "dict"),
            ast::Expr::Attribute(a) => !matches!(a.attr.as_str(), "items" | "keys" | "values"),
            _ => true,
        },
        _ => true,
    }
}

/// The body of `lambda a, b: body` with `a` and `b` renamed to `acc` and `x`;
/// `None` for other lambdas, or a body with scopes of its own that could
/// rebind the names.
fn inline_lambda(l: &ast::ExprLambda, acc: &str, x: &str) -> Option<ast::Expr> {
    let a = &l.args;
    let simple = a.posonlyargs.is_empty()
        && a.kwonlyargs.is_empty()
        && a.vararg.is_none()
        && a.kwarg.is_none()
        && a.args.len() == 2
        && a.args.iter().all(|p| p.default.is_none());
    if !simple {
        return None;
    }
    let mut rename = Rename {
        from: [a.args[0].def.arg.to_string(), a.args[1].def.arg.to_string()],
        to: [acc.to_string(), x.to_string()],
        nested_scope: false,
    };
    let body = ast::Fold::fold_expr(&mut rename, (*l.body).clone()).ok()?;
    (!rename.nested_scope).then_some(body)
}

/// Renames the lambda's parameters in its body.
struct Rename {
    from: [String; 2],
    to: [String; 2],
    nested_scope: bool,
}

impl ast::Fold<TextRange> for Rename {
    type TargetU = TextRange;
    type Error = ();
    type UserContext = ();

    fn will_map_user(&mut self, _user: &TextRange) {}

    fn map_user(&mut self, user: TextRange, _context: ()) -> Result<TextRange, ()> {
        Ok(user)
    }

    fn fold_expr(&mut self, node: ast::Expr) -> Result<ast::Expr, ()> {
        match node {
            ast::Expr::Name(mut n) => {
                if let Some(i) = self.from.iter().position(|f| f == n.id.as_str()) {
                    n.id = ast::Identifier::new(self.to[i].clone());
                }
                Ok(ast::Expr::Name(n))
            }
            e @ (ast::Expr::Lambda(_)
            | ast::Expr::ListComp(_)
            | ast::Expr::SetComp(_)
            | ast::Expr::DictComp(_)
            | ast::Expr::GeneratorExp(_)
            | ast::Expr::NamedExpr(_)) => {
                self.nested_scope = true;
                Ok(e)
            }
            other => ast::fold::fold_expr(self, other),
        }
    }
}

/// The call's pieces, put where the generated code names them.
struct Fill {
    xs: ast::Expr,
    init: Option<ast::Expr>,
    func: ast::Expr,
    step: Option<ast::Expr>,
}

impl Fill {
    fn stmt(&mut self, stmt: ast::Stmt) -> ast::Stmt {
        ast::Fold::fold_stmt(self, stmt).unwrap_or_else(|never| match never {})
    }
}

impl ast::Fold<TextRange> for Fill {
    taipan_syntax::fold_keeping_ranges!();

    fn fold_expr(&mut self, node: ast::Expr) -> Result<ast::Expr, Self::Error> {
        if let ast::Expr::Name(n) = &node {
            let replacement = match n.id.as_str() {
                "__taipan_xs" => Some(self.xs.clone()),
                "__taipan_init" => self.init.clone(),
                "__taipan_fn" => Some(self.func.clone()),
                "__taipan_step" => self.step.clone(),
                _ => None,
            };
            if let Some(r) = replacement {
                return Ok(r);
            }
        }
        ast::fold::fold_expr(self, node)
    }
}
