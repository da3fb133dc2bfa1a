//! `for i in itertools.count(start, step):` — an endless loop a `break` or
//! `return` ends — is rewritten before the scan (like `memoize.rs`) into the
//! `while` loop it is:
//!
//! ```python
//! __taipan_count_0 = start          # evaluated once, before the loop,
//! __taipan_step_0 = step            # as count()'s arguments are
//! while True:
//!     i = __taipan_count_0
//!     __taipan_count_0 += __taipan_step_0
//!     ...body...
//! ```
//!
//! so `continue` moves to the next number and nothing is built. Only a plain
//! name as the target; `count` anywhere else is rejected by
//! `itertools_module.rs` (an endless iterator cannot be built as a list).

use taipan_diagnostics::Span;
use taipan_syntax::ast;
use taipan_syntax::span_of;

use crate::stmt_rewrite::{import_names, names_member, rewrite_blocks};

/// The module with every `for ... in count(...)` rewritten (`None` if it has
/// none).
pub(crate) fn expand(suite: &[ast::Stmt]) -> Option<Vec<ast::Stmt>> {
    let (modules, members) = import_names(suite, "itertools", "count");
    if modules.is_empty() && members.is_empty() {
        return None;
    }
    let mut out = suite.to_vec();
    let mut next_id = 0;
    let is_count = |e: &ast::Expr| names_member(e, &modules, &members, "count");
    let changed = rewrite_blocks(&mut out, &mut |stmt| count_loop(stmt, &is_count, &mut next_id));
    changed.then_some(out)
}

/// The statements replacing `stmt` if it is `for <name> in count(...)`.
fn count_loop(stmt: &ast::Stmt, is_count: &dyn Fn(&ast::Expr) -> bool, next_id: &mut usize) -> Option<Vec<ast::Stmt>> {
    let ast::Stmt::For(f) = stmt else { return None };
    let ast::Expr::Call(call) = &*f.iter else { return None };
    if !is_count(&call.func) || !matches!(&*f.target, ast::Expr::Name(_)) {
        return None;
    }
    let (start, step) = count_args(call)?;
    let id = *next_id;
    *next_id += 1;
    let span: Span = span_of(&*f.iter);
    let source = format!(
        "__taipan_count_{id} = 0\n__taipan_step_{id} = 1\nwhile True:\n    __taipan_target = __taipan_count_{id}\n    __taipan_count_{id} += __taipan_step_{id}\n"
    );
    let mut generated = taipan_syntax::parse_generated(&source, span).ok()?;
    let [ast::Stmt::Assign(start_assign), ast::Stmt::Assign(step_assign), ast::Stmt::While(w)] = generated.as_mut_slice()
    else {
        return None;
    };
    if let Some(start) = start {
        *start_assign.value = start.clone();
    }
    if let Some(step) = step {
        *step_assign.value = step.clone();
    }
    let ast::Stmt::Assign(bind) = &mut w.body[0] else { return None };
    bind.targets = vec![(*f.target).clone()];
    w.body.extend(f.body.iter().cloned());
    w.orelse = f.orelse.clone();
    Some(generated)
}

/// `count()`, `count(start)`, `count(start, step)`, also by keyword. `None`
/// for other argument lists, which are then rejected where `count` is
/// checked as an iterable.
fn count_args(call: &ast::ExprCall) -> Option<(Option<&ast::Expr>, Option<&ast::Expr>)> {
    if call.args.len() > 2 || call.args.iter().any(|a| matches!(a, ast::Expr::Starred(_))) {
        return None;
    }
    let mut start = call.args.first();
    let mut step = call.args.get(1);
    for k in &call.keywords {
        match k.arg.as_ref().map(|a| a.as_str()) {
            Some("start") if start.is_none() => start = Some(&k.value),
            Some("step") if step.is_none() => step = Some(&k.value),
            _ => return None,
        }
    }
    Some((start, step))
}
