//! A generic view of the AST's tree shape: the direct children of a statement
//! or an expression, for walkers that only care about nesting or about where
//! names and calls occur.

use rustpython_parser::ast::{self, Ranged};
use taipan_diagnostics::Span;

/// A statement or an expression.
#[derive(Clone, Copy, Debug)]
pub enum Node<'a> {
    Stmt(&'a ast::Stmt),
    Expr(&'a ast::Expr),
}

impl Node<'_> {
    pub fn span(self) -> Span {
        match self {
            Node::Stmt(s) => crate::span_of(s),
            Node::Expr(e) => crate::span_of(e),
        }
    }

    pub fn range(self) -> crate::TextRange {
        match self {
            Node::Stmt(s) => s.range(),
            Node::Expr(e) => e.range(),
        }
    }
}

/// Calls `f` on every direct child statement and expression of `node`, in
/// source order: bodies of compound statements, default values and annotations
/// of `def`s, decorators, operands. Match patterns are skipped (only their
/// guards and bodies are visited).
pub fn for_each_child<'a>(node: Node<'a>, f: &mut dyn FnMut(Node<'a>)) {
    match node {
        Node::Stmt(s) => stmt_children(s, f),
        Node::Expr(e) => expr_children(e, f),
    }
}

fn stmts<'a>(list: &'a [ast::Stmt], f: &mut dyn FnMut(Node<'a>)) {
    for s in list {
        f(Node::Stmt(s));
    }
}

fn exprs<'a>(list: impl IntoIterator<Item = &'a ast::Expr>, f: &mut dyn FnMut(Node<'a>)) {
    for e in list {
        f(Node::Expr(e));
    }
}

fn arguments<'a>(args: &'a ast::Arguments, f: &mut dyn FnMut(Node<'a>)) {
    for a in args.posonlyargs.iter().chain(&args.args).chain(&args.kwonlyargs) {
        exprs(a.def.annotation.as_deref(), f);
        exprs(a.default.as_deref(), f);
    }
    for a in args.vararg.iter().chain(&args.kwarg) {
        exprs(a.annotation.as_deref(), f);
    }
}

fn handlers<'a>(list: &'a [ast::ExceptHandler], f: &mut dyn FnMut(Node<'a>)) {
    for h in list {
        let ast::ExceptHandler::ExceptHandler(h) = h;
        exprs(h.type_.as_deref(), f);
        stmts(&h.body, f);
    }
}

fn comprehensions<'a>(generators: &'a [ast::Comprehension], f: &mut dyn FnMut(Node<'a>)) {
    for g in generators {
        f(Node::Expr(&g.target));
        f(Node::Expr(&g.iter));
        exprs(&g.ifs, f);
    }
}

fn stmt_children<'a>(stmt: &'a ast::Stmt, f: &mut dyn FnMut(Node<'a>)) {
    use ast::Stmt as S;
    match stmt {
        S::FunctionDef(d) => {
            exprs(&d.decorator_list, f);
            arguments(&d.args, f);
            exprs(d.returns.as_deref(), f);
            stmts(&d.body, f);
        }
        S::AsyncFunctionDef(d) => {
            exprs(&d.decorator_list, f);
            arguments(&d.args, f);
            exprs(d.returns.as_deref(), f);
            stmts(&d.body, f);
        }
        S::ClassDef(c) => {
            exprs(&c.decorator_list, f);
            exprs(&c.bases, f);
            exprs(c.keywords.iter().map(|k| &k.value), f);
            stmts(&c.body, f);
        }
        S::Return(r) => exprs(r.value.as_deref(), f),
        S::Delete(d) => exprs(&d.targets, f),
        S::Assign(a) => {
            exprs(&a.targets, f);
            f(Node::Expr(&a.value));
        }
        S::TypeAlias(t) => {
            f(Node::Expr(&t.name));
            f(Node::Expr(&t.value));
        }
        S::AugAssign(a) => {
            f(Node::Expr(&a.target));
            f(Node::Expr(&a.value));
        }
        S::AnnAssign(a) => {
            f(Node::Expr(&a.target));
            f(Node::Expr(&a.annotation));
            exprs(a.value.as_deref(), f);
        }
        S::For(l) => {
            f(Node::Expr(&l.target));
            f(Node::Expr(&l.iter));
            stmts(&l.body, f);
            stmts(&l.orelse, f);
        }
        S::AsyncFor(l) => {
            f(Node::Expr(&l.target));
            f(Node::Expr(&l.iter));
            stmts(&l.body, f);
            stmts(&l.orelse, f);
        }
        S::While(w) => {
            f(Node::Expr(&w.test));
            stmts(&w.body, f);
            stmts(&w.orelse, f);
        }
        S::If(i) => {
            f(Node::Expr(&i.test));
            stmts(&i.body, f);
            stmts(&i.orelse, f);
        }
        S::With(w) => {
            for item in &w.items {
                f(Node::Expr(&item.context_expr));
                exprs(item.optional_vars.as_deref(), f);
            }
            stmts(&w.body, f);
        }
        S::AsyncWith(w) => {
            for item in &w.items {
                f(Node::Expr(&item.context_expr));
                exprs(item.optional_vars.as_deref(), f);
            }
            stmts(&w.body, f);
        }
        S::Match(m) => {
            // Patterns nest only through brackets, which the text check bounds.
            f(Node::Expr(&m.subject));
            for case in &m.cases {
                exprs(case.guard.as_deref(), f);
                stmts(&case.body, f);
            }
        }
        S::Raise(r) => {
            exprs(r.exc.as_deref(), f);
            exprs(r.cause.as_deref(), f);
        }
        S::Try(t) => {
            stmts(&t.body, f);
            handlers(&t.handlers, f);
            stmts(&t.orelse, f);
            stmts(&t.finalbody, f);
        }
        S::TryStar(t) => {
            stmts(&t.body, f);
            handlers(&t.handlers, f);
            stmts(&t.orelse, f);
            stmts(&t.finalbody, f);
        }
        S::Assert(a) => {
            f(Node::Expr(&a.test));
            exprs(a.msg.as_deref(), f);
        }
        S::Expr(e) => f(Node::Expr(&e.value)),
        S::Import(_) | S::ImportFrom(_) | S::Global(_) | S::Nonlocal(_) | S::Pass(_) | S::Break(_) | S::Continue(_) => {
        }
    }
}

fn expr_children<'a>(expr: &'a ast::Expr, f: &mut dyn FnMut(Node<'a>)) {
    use ast::Expr as E;
    match expr {
        E::BoolOp(b) => exprs(&b.values, f),
        E::NamedExpr(n) => {
            f(Node::Expr(&n.target));
            f(Node::Expr(&n.value));
        }
        E::BinOp(b) => {
            f(Node::Expr(&b.left));
            f(Node::Expr(&b.right));
        }
        E::UnaryOp(u) => f(Node::Expr(&u.operand)),
        E::Lambda(l) => {
            arguments(&l.args, f);
            f(Node::Expr(&l.body));
        }
        E::IfExp(i) => {
            f(Node::Expr(&i.test));
            f(Node::Expr(&i.body));
            f(Node::Expr(&i.orelse));
        }
        E::Dict(d) => {
            exprs(d.keys.iter().flatten(), f);
            exprs(&d.values, f);
        }
        E::Set(s) => exprs(&s.elts, f),
        E::ListComp(c) => {
            f(Node::Expr(&c.elt));
            comprehensions(&c.generators, f);
        }
        E::SetComp(c) => {
            f(Node::Expr(&c.elt));
            comprehensions(&c.generators, f);
        }
        E::DictComp(c) => {
            f(Node::Expr(&c.key));
            f(Node::Expr(&c.value));
            comprehensions(&c.generators, f);
        }
        E::GeneratorExp(c) => {
            f(Node::Expr(&c.elt));
            comprehensions(&c.generators, f);
        }
        E::Await(a) => f(Node::Expr(&a.value)),
        E::Yield(y) => exprs(y.value.as_deref(), f),
        E::YieldFrom(y) => f(Node::Expr(&y.value)),
        E::Compare(c) => {
            f(Node::Expr(&c.left));
            exprs(&c.comparators, f);
        }
        E::Call(c) => {
            f(Node::Expr(&c.func));
            exprs(&c.args, f);
            exprs(c.keywords.iter().map(|k| &k.value), f);
        }
        E::FormattedValue(v) => {
            f(Node::Expr(&v.value));
            exprs(v.format_spec.as_deref(), f);
        }
        E::JoinedStr(j) => exprs(&j.values, f),
        E::Attribute(a) => f(Node::Expr(&a.value)),
        E::Subscript(s) => {
            f(Node::Expr(&s.value));
            f(Node::Expr(&s.slice));
        }
        E::Starred(s) => f(Node::Expr(&s.value)),
        E::List(l) => exprs(&l.elts, f),
        E::Tuple(t) => exprs(&t.elts, f),
        E::Slice(s) => {
            exprs(s.lower.as_deref(), f);
            exprs(s.upper.as_deref(), f);
            exprs(s.step.as_deref(), f);
        }
        E::Constant(_) | E::Name(_) => {}
    }
}
