//! A module-level function decorated by functions of the module itself —
//! `@memo`, `@traced`, `@repeat(3)`, each a `def` taking a `Callable` and
//! returning one — is rewritten before the scan into what CPython runs:
//!
//! ```python
//! def __taipan_undecorated_fib(n: int) -> int: ...   # the decorated body
//! fib = memo(__taipan_undecorated_fib)               # @memo
//! ```
//!
//! so `fib` is a module global holding a function value (`closures.rs`),
//! and the body's own calls of `fib` go through the wrapper, as in CPython.
//! Decorators are applied bottom-up (`@a @b def f` is `f = a(b(f))`). Other
//! decorators (the `functools` caches, `staticmethod` & co, which have
//! their own rewrites and checks) are left alone, and so are functions with
//! any decorator this does not handle: the scan rejects them by name.
//! Methods decorated the same way are `decorated_methods.rs`, decorated
//! `def`s inside functions `nested_decorators.rs`.

use std::collections::HashSet;

use taipan_diagnostics::Diagnostic;
use taipan_syntax::{ast, Ranged};

use crate::hir::UNDECORATED_PREFIX as UNDECORATED;

/// The module with every such function rewritten (`None` if it has none),
/// and the errors of decorated methods that cannot be compiled.
pub(crate) fn expand(suite: &[ast::Stmt]) -> (Option<Vec<ast::Stmt>>, Vec<Diagnostic>) {
    let mut diags = Vec::new();
    let mut nested = suite.to_vec();
    let nested_changed = crate::nested_decorators::expand(&mut nested);
    let suite = if nested_changed { nested.as_slice() } else { suite };
    let functions: HashSet<&str> = suite
        .iter()
        .filter_map(|s| match s {
            ast::Stmt::FunctionDef(d) => Some(d.name.as_str()),
            _ => None,
        })
        .collect();
    let is_user_decorator = |d: &ast::Expr| match d {
        ast::Expr::Name(n) => functions.contains(n.id.as_str()),
        ast::Expr::Call(c) => matches!(&*c.func, ast::Expr::Name(n) if functions.contains(n.id.as_str())),
        _ => false,
    };
    let mut changed = nested_changed;
    let mut out = Vec::with_capacity(suite.len());
    for stmt in suite {
        match stmt {
            ast::Stmt::FunctionDef(d) if !d.decorator_list.is_empty() && d.decorator_list.iter().all(is_user_decorator) => {
                let (undecorated, assign) = split(&d);
                out.push(undecorated);
                out.push(assign);
                changed = true;
            }
            ast::Stmt::ClassDef(c) => match crate::decorated_methods::rewrite_class(c, &is_user_decorator, &mut diags) {
                Some((class, after)) => {
                    out.push(ast::Stmt::ClassDef(class));
                    out.extend(after);
                    changed = true;
                }
                None => out.push(stmt.clone()),
            },
            other => out.push(other.clone()),
        }
    }
    (changed.then_some(out), diags)
}

/// `def __taipan_undecorated_f` and `f = a(b(__taipan_undecorated_f))`.
pub(crate) fn split(def: &ast::StmtFunctionDef) -> (ast::Stmt, ast::Stmt) {
    let inner = format!("{UNDECORATED}{}", def.name);
    let mut undecorated = def.clone();
    undecorated.name = ast::Identifier::new(inner.clone());
    undecorated.decorator_list.clear();
    let range = def.range;
    let value = applied(&def.decorator_list, &inner, range);
    let target = ast::Expr::Name(ast::ExprName { range, id: def.name.clone(), ctx: ast::ExprContext::Store });
    let assign = ast::Stmt::Assign(ast::StmtAssign { range, targets: vec![target], value: Box::new(value), type_comment: None });
    (ast::Stmt::FunctionDef(undecorated), assign)
}

/// `a(b(inner))` for the decorators `@a @b`, applied bottom-up. A mismatch
/// between a decorator and what it is given is reported at the decorator.
pub(crate) fn applied(decorators: &[ast::Expr], inner: &str, range: taipan_syntax::TextRange) -> ast::Expr {
    let bottom = decorators.last().map_or(range, |b| b.range());
    let mut value = taipan_syntax::build::name(inner, bottom);
    for decorator in decorators.iter().rev() {
        value = ast::Expr::Call(ast::ExprCall {
            range: decorator.range(),
            func: Box::new(decorator.clone()),
            args: vec![value],
            keywords: Vec::new(),
        });
    }
    value
}
