//! The syntactic scope analysis behind closures (CPython's symtable, for
//! what taipan needs): which names a nested `def` or `lambda` reads from the
//! scopes around it (its *free* names), and, for a function body, which of
//! its variables must live in cells.
//!
//! A variable captured by a nested function is a cell unless it is a
//! parameter that nothing ever assigns (not the body, not a `nonlocal` in a
//! nested function): such a value can be copied into the closure, since no
//! one can tell the copy from the variable. Everything else captured is
//! shared through a cell, so later assignments (a loop variable, a counter
//! updated through `nonlocal`) are seen by every function that captured it.
//!
//! Comprehensions are not scopes here: taipan lowers them inline, reading the
//! function's variables directly. So are generator expressions consumed on
//! the spot (the iterable of a `for`, the argument of `sum()`, `list()`,
//! `str.join()`... [`INLINE_CONSUMERS`]); any other generator expression is
//! stored (`stored_generator.rs`): a capturing scope like a `lambda`, whose
//! first iterable is read by the enclosing scope. `key=` lambdas are not
//! capturing scopes either: they run during the call that takes them
//! (`lambda.rs`), so they read the variables as values; their reads still
//! count as reads of any function they are nested in.

use std::collections::HashMap;

use taipan_syntax::ast;
use taipan_syntax::visit::{for_each_child, Node};

/// What a function body (a `def`'s) needs to know about its closures.
#[derive(Clone, Debug, Default)]
pub(crate) struct ClosurePlan {
    /// Its variables (parameters included) that live in cells.
    pub cells: Vec<String>,
    /// Names of nested `def`s that may refer to themselves through their own
    /// closure: bound once in this body, by that `def`, outside any loop, and
    /// never assigned through `nonlocal`.
    pub self_refs: Vec<String>,
    /// Names bound by `except ... as name` (deleted at the clause's end).
    pub handler_names: Vec<String>,
    /// Its variables something assigns (all but the parameters nothing
    /// assigns): a closure may copy only the others.
    pub assigned: Vec<String>,
}

/// One scope: a `def`'s body or a `lambda`'s.
#[derive(Default)]
struct ScopeNames {
    params: Vec<String>,
    /// Names read, in order of first read.
    loads: Vec<String>,
    /// Per name bound in this scope: how many binding sites (a binding inside
    /// a loop counts twice: it runs more than once).
    bindings: HashMap<String, u32>,
    nonlocals: Vec<String>,
    globals: Vec<String>,
    handler_names: Vec<String>,
    /// Nested scopes, with whether they capture (a `key=` lambda does not).
    children: Vec<(Child, bool)>,
}

struct Child {
    /// The `def`'s name (`None` for a lambda).
    name: Option<String>,
    /// Names read from the scopes around it.
    free: Vec<String>,
    /// Names it (or a scope inside it) assigns through `nonlocal` that are
    /// free in it.
    assigns_free: Vec<String>,
}

impl ScopeNames {
    fn is_bound(&self, name: &str) -> bool {
        (self.params.iter().any(|p| p == name) || self.bindings.contains_key(name))
            && !self.nonlocals.iter().any(|n| n == name)
            && !self.globals.iter().any(|n| n == name)
    }

    /// The names read from outside: its reads, its nonlocals and its
    /// children's free names, minus what it binds itself.
    fn child(&self, name: Option<String>) -> Child {
        let mut free: Vec<String> = Vec::new();
        let children_free = self.children.iter().flat_map(|(c, _)| c.free.iter());
        for n in self.loads.iter().chain(&self.nonlocals).chain(children_free) {
            if !self.is_bound(n) && !self.globals.contains(n) && !free.contains(n) {
                free.push(n.clone());
            }
        }
        let mut assigns_free: Vec<String> = Vec::new();
        let children_assigns = self.children.iter().flat_map(|(c, _)| c.assigns_free.iter());
        for n in self.nonlocals.iter().chain(children_assigns) {
            if !self.is_bound(n) && !assigns_free.contains(n) {
                assigns_free.push(n.clone());
            }
        }
        Child { name, free, assigns_free }
    }

    fn plan(&self) -> ClosurePlan {
        let assigned_by_children: Vec<&String> =
            self.children.iter().flat_map(|(c, _)| c.assigns_free.iter()).collect();
        let self_ref_ok = |name: &str| {
            self.bindings.get(name) == Some(&1)
                && !self.params.iter().any(|p| p == name)
                && !assigned_by_children.iter().any(|n| *n == name)
        };
        let mut captured: Vec<String> = Vec::new();
        for (child, capturing) in &self.children {
            if !capturing {
                continue;
            }
            for n in &child.free {
                let own_name = child.name.as_deref() == Some(n.as_str()) && self_ref_ok(n);
                if !own_name && self.is_bound(n) && !captured.contains(n) {
                    captured.push(n.clone());
                }
            }
        }
        let cells = captured
            .into_iter()
            .filter(|n| {
                let untouched_param = self.params.contains(n)
                    && !self.bindings.contains_key(n)
                    && !assigned_by_children.iter().any(|a| *a == n);
                !untouched_param
            })
            .collect();
        let self_refs = self
            .children
            .iter()
            .filter_map(|(c, _)| c.name.clone())
            .filter(|n| self_ref_ok(n))
            .collect();
        let mut assigned: Vec<String> = self.bindings.keys().cloned().collect();
        assigned.extend(assigned_by_children.into_iter().cloned());
        ClosurePlan { cells, self_refs, handler_names: self.handler_names.clone(), assigned }
    }
}

/// The closure plan of a `def`'s body.
pub(crate) fn plan_of_def(def: &ast::StmtFunctionDef) -> ClosurePlan {
    def_scope(def).plan()
}

/// The names a nested `def` reads from the scopes around it, in order.
pub(crate) fn free_names_of_def(def: &ast::StmtFunctionDef) -> Vec<String> {
    def_scope(def).child(Some(def.name.to_string())).free
}

/// The names a `lambda` reads from the scopes around it, in order.
pub(crate) fn free_names_of_lambda(l: &ast::ExprLambda) -> Vec<String> {
    lambda_scope(l).child(None).free
}

/// The names a stored generator expression reads from the scopes around it,
/// in order, when `params` name the values its first iterable was made of
/// (`stored_generator.rs`).
pub(crate) fn free_names_of_generator(g: &ast::ExprGeneratorExp, params: &[String]) -> Vec<String> {
    let mut scope = ScopeNames { params: params.to_vec(), ..ScopeNames::default() };
    walk_generator_parts(g, &mut scope, 0, true);
    scope.child(None).free
}

/// The builtins and methods that consume a generator expression passed as
/// their first argument on the spot (`generator.rs`): the generator runs
/// inline, as a comprehension does. (Naming more here than the checker
/// accepts would only make some variables cells; a generator the checker
/// stores although it is named here is caught by `ClosurePlan::assigned`.)
const INLINE_CONSUMERS: &[&str] =
    &["sum", "any", "all", "min", "max", "sorted", "list", "tuple", "set", "dict", "next", "fsum", "prod"];
const INLINE_METHODS: &[&str] = &[
    "join", "extend", "update", "union", "intersection", "difference", "symmetric_difference", "issubset",
];

/// Whether `call` consumes a generator expression first argument on the spot.
fn consumes_inline(call: &ast::ExprCall) -> bool {
    match &*call.func {
        ast::Expr::Name(n) => INLINE_CONSUMERS.contains(&n.id.as_str()),
        ast::Expr::Attribute(a) => INLINE_METHODS.contains(&a.attr.as_str()) || matches!(a.attr.as_str(), "fsum" | "prod"),
        _ => false,
    }
}

/// The iterable of a `for` statement or of a comprehension's `for` clause:
/// a generator expression there (alone or in `enumerate()`) runs inline.
fn walk_iterable(e: &ast::Expr, scope: &mut ScopeNames, loop_depth: usize) {
    match e {
        ast::Expr::GeneratorExp(_) => walk_inline_comprehension(e, scope, loop_depth),
        ast::Expr::Call(call)
            if matches!(&*call.func, ast::Expr::Name(n) if n.id.as_str() == "enumerate")
                && matches!(call.args.first(), Some(ast::Expr::GeneratorExp(_))) =>
        {
            walk_expr(&call.func, scope, loop_depth);
            walk_inline_comprehension(&call.args[0], scope, loop_depth);
            for a in &call.args[1..] {
                walk_expr(a, scope, loop_depth);
            }
            for k in &call.keywords {
                walk_expr(&k.value, scope, loop_depth);
            }
        }
        _ => walk_expr(e, scope, loop_depth),
    }
}

/// A comprehension (or a generator expression consumed on the spot): not a
/// scope of its own (see the module doc).
fn walk_inline_comprehension(e: &ast::Expr, scope: &mut ScopeNames, loop_depth: usize) {
    // The comprehension's own variables are not the scope's: read the
    // comprehension as a scope of its own whose reads are ours.
    let mut inner = ScopeNames::default();
    let (elements, generators): (Vec<&ast::Expr>, &[ast::Comprehension]) = match e {
        ast::Expr::ListComp(c) => (vec![&*c.elt], &c.generators),
        ast::Expr::SetComp(c) => (vec![&*c.elt], &c.generators),
        ast::Expr::GeneratorExp(c) => (vec![&*c.elt], &c.generators),
        ast::Expr::DictComp(c) => (vec![&*c.key, &*c.value], &c.generators),
        _ => return walk_expr(e, scope, loop_depth),
    };
    for g in generators {
        walk_iterable(&g.iter, &mut inner, loop_depth);
        walk_expr(&g.target, &mut inner, loop_depth);
        for cond in &g.ifs {
            walk_expr(cond, &mut inner, loop_depth);
        }
    }
    for element in elements {
        walk_expr(element, &mut inner, loop_depth);
    }
    let comprehension = inner.child(None);
    for n in comprehension.free {
        if !scope.loads.contains(&n) {
            scope.loads.push(n);
        }
    }
    for (c, capturing) in inner.children {
        scope.children.push((c, capturing));
    }
}

/// A stored generator expression: its first iterable is read by `scope`,
/// the rest is a capturing scope of its own.
fn walk_stored_generator(g: &ast::ExprGeneratorExp, scope: &mut ScopeNames, loop_depth: usize) {
    if let Some(first) = g.generators.first() {
        walk_expr(&first.iter, scope, loop_depth);
    }
    let mut inner = ScopeNames::default();
    walk_generator_parts(g, &mut inner, 0, false);
    scope.children.push((inner.child(None), true));
}

/// The clauses and element of generator expression `g`, in `scope`; its
/// first iterable only `with_first_iterable`.
fn walk_generator_parts(g: &ast::ExprGeneratorExp, scope: &mut ScopeNames, loop_depth: usize, with_first_iterable: bool) {
    for (i, clause) in g.generators.iter().enumerate() {
        match i {
            0 if with_first_iterable => walk_expr(&clause.iter, scope, loop_depth),
            0 => {}
            _ => walk_iterable(&clause.iter, scope, loop_depth),
        }
        walk_expr(&clause.target, scope, loop_depth);
        for cond in &clause.ifs {
            walk_expr(cond, scope, loop_depth);
        }
    }
    walk_expr(&g.elt, scope, loop_depth);
}

/// The names a `def` declares `nonlocal` (anywhere in its own body).
pub(crate) fn nonlocal_names(def: &ast::StmtFunctionDef) -> Vec<String> {
    def_scope(def).nonlocals
}

fn params_of(args: &ast::Arguments) -> Vec<String> {
    let mut params: Vec<String> = args
        .posonlyargs
        .iter()
        .chain(&args.args)
        .chain(&args.kwonlyargs)
        .map(|a| a.def.arg.to_string())
        .collect();
    params.extend(args.vararg.iter().chain(&args.kwarg).map(|a| a.arg.to_string()));
    params
}

fn def_scope(def: &ast::StmtFunctionDef) -> ScopeNames {
    let mut scope = ScopeNames { params: params_of(&def.args), ..ScopeNames::default() };
    for s in &def.body {
        walk_stmt(s, &mut scope, 0);
    }
    scope
}

fn lambda_scope(l: &ast::ExprLambda) -> ScopeNames {
    let mut scope = ScopeNames { params: params_of(&l.args), ..ScopeNames::default() };
    walk_expr(&l.body, &mut scope, 0);
    scope
}

fn bind(scope: &mut ScopeNames, name: &str, loop_depth: usize) {
    *scope.bindings.entry(name.to_string()).or_insert(0) += if loop_depth > 0 { 2 } else { 1 };
}

fn walk_stmt(stmt: &ast::Stmt, scope: &mut ScopeNames, loop_depth: usize) {
    match stmt {
        ast::Stmt::FunctionDef(def) => {
            bind(scope, def.name.as_str(), loop_depth);
            for d in &def.decorator_list {
                walk_expr(d, scope, loop_depth);
            }
            for a in def.args.posonlyargs.iter().chain(&def.args.args).chain(&def.args.kwonlyargs) {
                if let Some(d) = &a.default {
                    walk_expr(d, scope, loop_depth);
                }
            }
            let child = def_scope(def).child(Some(def.name.to_string()));
            scope.children.push((child, true));
        }
        ast::Stmt::AsyncFunctionDef(def) => bind(scope, def.name.as_str(), loop_depth),
        ast::Stmt::ClassDef(c) => bind(scope, c.name.as_str(), loop_depth),
        ast::Stmt::Nonlocal(n) => scope.nonlocals.extend(n.names.iter().map(|n| n.to_string())),
        ast::Stmt::Global(g) => scope.globals.extend(g.names.iter().map(|n| n.to_string())),
        ast::Stmt::Try(t) => {
            for h in &t.handlers {
                let ast::ExceptHandler::ExceptHandler(h) = h;
                if let Some(name) = &h.name {
                    bind(scope, name.as_str(), loop_depth);
                    scope.handler_names.push(name.to_string());
                }
            }
            for_each_child(Node::Stmt(stmt), &mut |child| walk_node(child, scope, loop_depth));
        }
        ast::Stmt::For(f) => {
            walk_iterable(&f.iter, scope, loop_depth);
            walk_expr(&f.target, scope, loop_depth + 1);
            for s in f.body.iter().chain(&f.orelse) {
                walk_stmt(s, scope, loop_depth + 1);
            }
        }
        ast::Stmt::While(_) => {
            for_each_child(Node::Stmt(stmt), &mut |child| walk_node(child, scope, loop_depth + 1));
        }
        ast::Stmt::Import(i) => {
            for a in &i.names {
                let bound = a.asname.as_ref().unwrap_or(&a.name);
                bind(scope, bound.as_str(), loop_depth);
            }
        }
        ast::Stmt::ImportFrom(i) => {
            for a in &i.names {
                let bound = a.asname.as_ref().unwrap_or(&a.name);
                bind(scope, bound.as_str(), loop_depth);
            }
        }
        ast::Stmt::AnnAssign(a) => {
            // Only the target and the value run (the annotation is a type).
            walk_expr(&a.target, scope, loop_depth);
            if let Some(v) = &a.value {
                walk_expr(v, scope, loop_depth);
            }
        }
        _ => for_each_child(Node::Stmt(stmt), &mut |child| walk_node(child, scope, loop_depth)),
    }
}

fn walk_node(node: Node<'_>, scope: &mut ScopeNames, loop_depth: usize) {
    match node {
        Node::Stmt(s) => walk_stmt(s, scope, loop_depth),
        Node::Expr(e) => walk_expr(e, scope, loop_depth),
    }
}

fn walk_expr(e: &ast::Expr, scope: &mut ScopeNames, loop_depth: usize) {
    match e {
        ast::Expr::Name(n) => match n.ctx {
            ast::ExprContext::Load => {
                if !scope.loads.iter().any(|l| l == n.id.as_str()) {
                    scope.loads.push(n.id.to_string());
                }
            }
            _ => bind(scope, n.id.as_str(), loop_depth),
        },
        ast::Expr::Lambda(l) => {
            for a in l.args.posonlyargs.iter().chain(&l.args.args).chain(&l.args.kwonlyargs) {
                if let Some(d) = &a.default {
                    walk_expr(d, scope, loop_depth);
                }
            }
            let child = lambda_scope(l).child(None);
            scope.children.push((child, true));
        }
        ast::Expr::Call(call) => {
            walk_expr(&call.func, scope, loop_depth);
            for (i, a) in call.args.iter().enumerate() {
                match a {
                    ast::Expr::GeneratorExp(_) if i == 0 && consumes_inline(call) => {
                        walk_inline_comprehension(a, scope, loop_depth)
                    }
                    _ => walk_expr(a, scope, loop_depth),
                }
            }
            for k in &call.keywords {
                match (&k.value, k.arg.as_deref()) {
                    // A key function runs during the call: not a capture.
                    (ast::Expr::Lambda(l), Some("key")) => {
                        let child = lambda_scope(l).child(None);
                        scope.children.push((child, false));
                    }
                    _ => walk_expr(&k.value, scope, loop_depth),
                }
            }
        }
        ast::Expr::ListComp(_) | ast::Expr::SetComp(_) | ast::Expr::DictComp(_) => {
            walk_inline_comprehension(e, scope, loop_depth)
        }
        ast::Expr::GeneratorExp(g) => walk_stored_generator(g, scope, loop_depth),
        _ => for_each_child(Node::Expr(e), &mut |child| walk_node(child, scope, loop_depth)),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn def(src: &str) -> ast::StmtFunctionDef {
        let suite = taipan_syntax::parse_module(&taipan_diagnostics::SourceFile::new("t.py", src)).unwrap();
        match suite.into_iter().next() {
            Some(ast::Stmt::FunctionDef(d)) => d,
            _ => panic!("not a def"),
        }
    }

    #[test]
    fn captured_assigned_variables_are_cells() {
        let d = def("def f(n: int, m: int):\n    k = 1\n    g = lambda: n + m + k\n    m = 2\n");
        let plan = plan_of_def(&d);
        assert_eq!(plan.cells, vec!["m".to_string(), "k".to_string()]);
    }

    #[test]
    fn nonlocal_assignment_makes_a_parameter_a_cell() {
        let d = def("def f(n: int):\n    def inc() -> None:\n        nonlocal n\n        n += 1\n    inc()\n");
        assert_eq!(plan_of_def(&d).cells, vec!["n".to_string()]);
    }

    #[test]
    fn a_nested_def_may_call_itself_without_a_cell() {
        let d = def("def f():\n    def g(x: int) -> int:\n        return g(x - 1)\n    return g\n");
        let plan = plan_of_def(&d);
        assert!(plan.cells.is_empty());
        assert_eq!(plan.self_refs, vec!["g".to_string()]);
    }

    #[test]
    fn key_lambdas_and_comprehensions_capture_nothing() {
        let d = def("def f(xs: list[int]):\n    k = 2\n    ys = sorted(xs, key=lambda x: x * k)\n    zs = [x * k for x in xs]\n");
        assert!(plan_of_def(&d).cells.is_empty());
    }

    #[test]
    fn stored_generator_expressions_capture_and_consumed_ones_do_not() {
        let d = def("def f(xs: list[int]):\n    k = 1\n    n = sum(x * k for x in xs)\n    g = (x + k for x in xs)\n");
        assert_eq!(plan_of_def(&d).cells, vec!["k".to_string()]);
        let d = def("def f(xs: list[int]):\n    k = 1\n    for y in (x + k for x in xs):\n        print(y)\n");
        assert!(plan_of_def(&d).cells.is_empty());
    }

    #[test]
    fn a_stored_generators_first_iterable_is_read_by_the_enclosing_scope() {
        let d = def("def f():\n    xs = [1]\n    g = (x for x in xs)\n");
        assert!(plan_of_def(&d).cells.is_empty());
        let ast::Stmt::Assign(a) = &d.body[1] else { panic!() };
        let ast::Expr::GeneratorExp(g) = &*a.value else { panic!() };
        assert_eq!(free_names_of_generator(g, &[]), vec!["xs".to_string()]);
    }

    #[test]
    fn free_names_pass_through_middle_scopes() {
        let d = def("def f():\n    x = 1\n    def mid():\n        def inner() -> int:\n            return x\n        return inner\n    return mid\n");
        assert_eq!(plan_of_def(&d).cells, vec!["x".to_string()]);
        let ast::Stmt::FunctionDef(mid) = &d.body[1] else { panic!() };
        assert_eq!(free_names_of_def(mid), vec!["x".to_string()]);
    }
}
