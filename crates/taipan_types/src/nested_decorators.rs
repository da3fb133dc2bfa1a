//! Decorators on `def`s inside function bodies (and method bodies), rewritten
//! before the scan as CPython runs them, like the module-level ones
//! (`decorators.rs`):
//!
//! ```python
//! @deco
//! def inner(x: int) -> int: ...
//! # becomes
//! def __taipan_undecorated_inner(x: int) -> int: ...
//! inner = deco(__taipan_undecorated_inner)
//! ```
//!
//! so `inner` is a local holding a function value. Any decorator is
//! rewritten (a name or a call of one, a local function value as well as a
//! function of the module); the checker checks the call it makes.
//! `@functools.wraps(f)` is dropped: it copies `__name__`, `__doc__` and
//! `__wrapped__` onto the wrapper, which taipan programs cannot read.

use taipan_syntax::ast;

use crate::stmt_rewrite::{import_names, names_member};

/// The names the module binds to `functools` and to `functools.wraps`.
struct Wraps {
    modules: Vec<String>,
    members: Vec<String>,
}

impl Wraps {
    fn is_wraps(&self, d: &ast::Expr) -> bool {
        matches!(d, ast::Expr::Call(c) if names_member(&c.func, &self.modules, &self.members, "wraps"))
    }
}

/// Rewrites the decorated `def`s in every function body of the module
/// (`suite`, in place); true if anything changed.
pub(crate) fn expand(suite: &mut [ast::Stmt]) -> bool {
    let (modules, members) = import_names(suite, "functools", "wraps");
    let wraps = Wraps { modules, members };
    let mut changed = false;
    for stmt in suite.iter_mut() {
        changed |= module_stmt(stmt, &wraps);
    }
    changed
}

/// A statement of the module (or of a class body): the bodies of its `def`s.
fn module_stmt(stmt: &mut ast::Stmt, wraps: &Wraps) -> bool {
    match stmt {
        ast::Stmt::FunctionDef(d) => body(&mut d.body, wraps),
        ast::Stmt::ClassDef(c) => c.body.iter_mut().fold(false, |changed, s| module_stmt(s, wraps) | changed),
        _ => false,
    }
}

/// A function body, with the blocks inside it.
fn body(block: &mut Vec<ast::Stmt>, wraps: &Wraps) -> bool {
    let mut changed = false;
    let mut i = 0;
    while i < block.len() {
        changed |= nested_blocks(&mut block[i], wraps);
        if let ast::Stmt::FunctionDef(def) = &mut block[i] {
            let before = def.decorator_list.len();
            def.decorator_list.retain(|d| !wraps.is_wraps(d));
            changed |= def.decorator_list.len() != before;
            if !def.decorator_list.is_empty() {
                let (undecorated, assign) = crate::decorators::split(def);
                block.splice(i..=i, [undecorated, assign]);
                changed = true;
                i += 1;
            }
        }
        i += 1;
    }
    changed
}

/// The blocks of a compound statement inside a function body.
fn nested_blocks(stmt: &mut ast::Stmt, wraps: &Wraps) -> bool {
    let mut changed = false;
    crate::stmt_rewrite::for_each_block(stmt, false, &mut |b| changed |= body(b, wraps));
    changed
}

