//! A class may be defined after module-level code that calls functions, as
//! long as none of the code that can run before its definition uses it
//! (CPython would raise `NameError` there; taipan has no run-time check for
//! classes, unlike functions' definition markers).
//!
//! What can run before the class statement: the module statements before
//! it, and, transitively, every function they may call. Calls are followed
//! by name (`f(...)`, `C(...)`), methods by attribute name (`x.m` reaches
//! every method called `m`), and a class that is reached brings all its
//! methods (operators and printing call them implicitly). Conservative: a
//! use anywhere in what is reached counts.

use std::collections::HashSet;

use taipan_syntax::ast;
use taipan_syntax::visit::{for_each_child, Node};

use crate::scan::{visit_runtime_exprs, ModuleScan};

/// Whether code that can run before module statement `class_stmt` may use
/// the class `name`.
pub(crate) fn used_before_definition(scan: &ModuleScan<'_>, suite: &[ast::Stmt], class_stmt: usize, name: &str) -> bool {
    let mut names: Vec<String> = Vec::new();
    let mut attrs: Vec<String> = Vec::new();
    for stmt in &suite[..class_stmt.min(suite.len())] {
        visit_runtime_exprs(Node::Stmt(stmt), &mut |e| note(e, &mut names, &mut attrs));
    }
    let mut seen_functions: HashSet<usize> = HashSet::new();
    let mut seen_names: HashSet<String> = HashSet::new();
    let mut seen_attrs: HashSet<String> = HashSet::new();
    loop {
        if names.iter().any(|n| n == name) {
            return true;
        }
        let mut reached: Vec<usize> = Vec::new();
        for n in names.drain(..) {
            if !seen_names.insert(n.clone()) {
                continue;
            }
            if let Some(&f) = scan.function_index.get(&n) {
                reached.push(f);
            }
            if let Some(&c) = scan.class_index.get(&n) {
                reached.extend(scan.classes[c].methods.iter().map(|(_, f)| *f));
            }
        }
        for a in attrs.drain(..) {
            if !seen_attrs.insert(a.clone()) {
                continue;
            }
            reached.extend(
                scan.functions.iter().enumerate().filter(|(_, f)| f.owner.is_some() && f.def.name.as_str() == a).map(|(i, _)| i),
            );
        }
        reached.retain(|f| seen_functions.insert(*f));
        if reached.is_empty() {
            return false;
        }
        for f in reached {
            for stmt in &scan.functions[f].def.body {
                walk(Node::Stmt(stmt), &mut names, &mut attrs);
            }
        }
    }
}

/// Every expression of a body, nested `def`s and lambdas included.
fn walk(node: Node<'_>, names: &mut Vec<String>, attrs: &mut Vec<String>) {
    if let Node::Expr(e) = node {
        note(e, names, attrs);
    }
    for_each_child(node, &mut |child| walk(child, names, attrs));
}

fn note(e: &ast::Expr, names: &mut Vec<String>, attrs: &mut Vec<String>) {
    match e {
        ast::Expr::Name(n) => names.push(n.id.to_string()),
        ast::Expr::Attribute(a) => attrs.push(a.attr.to_string()),
        _ => {}
    }
}
