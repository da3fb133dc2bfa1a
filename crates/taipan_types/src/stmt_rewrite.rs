//! Rewriting statements before the scan, in every block of the module
//! (function and class bodies, loops, `if`, `with`, `try`): the walk that
//! `count_loops.rs`, `reduce_stmts.rs` and `nested_decorators.rs` share.

use taipan_syntax::ast;

/// Replaces each statement for which `replace` gives statements by them,
/// innermost blocks first. True if anything changed.
pub(crate) fn rewrite_blocks(
    block: &mut Vec<ast::Stmt>,
    replace: &mut dyn FnMut(&ast::Stmt) -> Option<Vec<ast::Stmt>>,
) -> bool {
    let mut changed = false;
    let mut i = 0;
    while i < block.len() {
        changed |= rewrite_nested(&mut block[i], replace);
        if let Some(replacement) = replace(&block[i]) {
            let n = replacement.len();
            block.splice(i..=i, replacement);
            changed = true;
            i += n;
        } else {
            i += 1;
        }
    }
    changed
}

fn rewrite_nested(stmt: &mut ast::Stmt, replace: &mut dyn FnMut(&ast::Stmt) -> Option<Vec<ast::Stmt>>) -> bool {
    let mut changed = false;
    for_each_block(stmt, true, &mut |b| changed |= rewrite_blocks(b, replace));
    changed
}

/// Calls `visit` on each block directly inside `stmt`: the bodies of
/// `def`s, of classes (with `classes`), loops, `if`, `with` and `try`.
pub(crate) fn for_each_block(stmt: &mut ast::Stmt, classes: bool, visit: &mut dyn FnMut(&mut Vec<ast::Stmt>)) {
    match stmt {
        ast::Stmt::FunctionDef(d) => visit(&mut d.body),
        ast::Stmt::ClassDef(c) if classes => visit(&mut c.body),
        ast::Stmt::For(f) => {
            visit(&mut f.body);
            visit(&mut f.orelse);
        }
        ast::Stmt::While(w) => {
            visit(&mut w.body);
            visit(&mut w.orelse);
        }
        ast::Stmt::If(s) => {
            visit(&mut s.body);
            visit(&mut s.orelse);
        }
        ast::Stmt::With(w) => visit(&mut w.body),
        ast::Stmt::Try(t) => {
            visit(&mut t.body);
            for h in &mut t.handlers {
                let ast::ExceptHandler::ExceptHandler(h) = h;
                visit(&mut h.body);
            }
            visit(&mut t.orelse);
            visit(&mut t.finalbody);
        }
        _ => {}
    }
}

/// The names a module binds to `module` (`import module [as m]`) and to
/// `module.member` (`from module import member [as x]`).
pub(crate) fn import_names(suite: &[ast::Stmt], module: &str, member: &str) -> (Vec<String>, Vec<String>) {
    let (mut modules, mut members) = (Vec::new(), Vec::new());
    for stmt in suite {
        match stmt {
            ast::Stmt::Import(i) => {
                for alias in i.names.iter().filter(|a| a.name.as_str() == module) {
                    modules.push(alias.asname.as_ref().unwrap_or(&alias.name).to_string());
                }
            }
            ast::Stmt::ImportFrom(i) if i.module.as_ref().is_some_and(|m| m.as_str() == module) => {
                for alias in i.names.iter().filter(|a| a.name.as_str() == member) {
                    members.push(alias.asname.as_ref().unwrap_or(&alias.name).to_string());
                }
            }
            _ => {}
        }
    }
    (modules, members)
}

/// Whether `e` names `module.member` through those bindings.
pub(crate) fn names_member(e: &ast::Expr, modules: &[String], members: &[String], member: &str) -> bool {
    match e {
        ast::Expr::Name(n) => members.iter().any(|m| m == n.id.as_str()),
        ast::Expr::Attribute(a) => {
            a.attr.as_str() == member
                && matches!(&*a.value, ast::Expr::Name(m) if modules.iter().any(|x| x == m.id.as_str()))
        }
        _ => false,
    }
}
