//! Generator functions: a `def` with `yield` in its body.
//!
//! ```python
//! def countdown(n: int) -> Iterator[int]:
//!     while n > 0:
//!         yield n
//!         n -= 1
//! ```
//!
//! The function must be annotated `-> Iterator[T]` (or `Iterable[T]`,
//! `Generator[T, None, None]`, from `typing` or `collections.abc`); every
//! `yield` is a statement whose value has type `T`, and `return` takes no
//! value (it ends the iteration). Calling the function runs none of its body:
//! it gives a generator object (`Ty::Iterator(T)`) that runs the body up to
//! the next `yield` each time its consumer asks for an element
//! (`taipan_lower/src/generator_fn.rs`). `yield from it` is the loop
//! `for x in it: yield x` (without `send()` there is nothing else to it).
//!
//! Rejected by name: a `yield` whose value is used (`x = yield`, which only
//! `send()` can give a value), and a `yield` inside a `try` with a `finally`
//! clause or with a handler that catches `GeneratorExit` (a bare `except:`,
//! `BaseException`), or inside a `with`: CPython runs that code when a
//! suspended generator is dropped (`close()`), which taipan does not.

use taipan_diagnostics::{Diagnostic, Span};
use taipan_syntax::ast;
use taipan_syntax::span_of;
use taipan_syntax::visit::{for_each_child, Node};

use crate::checker::Checker;
use crate::hir::{AssignTarget, Expr, ExprKind, ObjOp, Place, SeqOp, Stmt, StmtKind, Target, Ty};

/// Whether a function body contains `yield` or `yield from` (not counting
/// nested functions, lambdas and classes, which have their own bodies).
pub(crate) fn is_generator(body: &[ast::Stmt]) -> bool {
    fn walk(node: Node<'_>, found: &mut bool) {
        match node {
            Node::Stmt(ast::Stmt::FunctionDef(_) | ast::Stmt::AsyncFunctionDef(_) | ast::Stmt::ClassDef(_)) => {}
            Node::Expr(ast::Expr::Lambda(_)) => {}
            Node::Expr(ast::Expr::Yield(_) | ast::Expr::YieldFrom(_)) => *found = true,
            _ => for_each_child(node, &mut |child| {
                if !*found {
                    walk(child, found)
                }
            }),
        }
    }
    let mut found = false;
    for s in body {
        walk(Node::Stmt(s), &mut found);
    }
    found
}

/// The element type of a generator function returning `ret`: reported (and
/// `Unknown`) unless `ret` is an `Iterator[T]`.
pub(crate) fn element_type(ret: Ty, def_span: Span, diags: &mut Vec<Diagnostic>) -> Ty {
    match ret {
        Ty::Iterator(elem) => *elem,
        Ty::Unknown => Ty::Unknown,
        other => {
            let msg = format!(
                "a generator function (it contains 'yield') must be annotated '-> Iterator[T]' \
                 (or Iterable[T], Generator[T, None, None], from typing or collections.abc), not '{other}'"
            );
            diags.push(Diagnostic::error(def_span, msg));
            Ty::Unknown
        }
    }
}

/// `Iterator[T]`, `Iterable[T]` and `Generator[T, None, None]` (from `typing`
/// or `collections.abc`; `args` is what the brackets hold): all the type of
/// a generator object, `Ty::iterator(T)`. A generator's send and return
/// types must be `None` (`send()` and `return value` are not supported).
/// `resolve` resolves a type argument.
pub(crate) fn iterator_annotation(
    name: &str,
    args: &ast::Expr,
    span: Span,
    resolve: &mut dyn FnMut(&ast::Expr, &mut Vec<Diagnostic>) -> Option<Ty>,
    diags: &mut Vec<Diagnostic>,
) -> Option<Ty> {
    let args: Vec<&ast::Expr> = match args {
        ast::Expr::Tuple(t) => t.elts.iter().collect(),
        one => vec![one],
    };
    let expected = if name == "Generator" { 3 } else { 1 };
    if args.len() != expected {
        let plural = if expected == 1 { "" } else { "s" };
        let msg = format!("'{name}' expects {expected} type argument{plural}, got {}", args.len());
        diags.push(Diagnostic::error(span, msg));
        return None;
    }
    let elem = resolve(args[0], diags)?;
    for extra in &args[1..] {
        if resolve(extra, diags)? != Ty::None {
            let msg = "Generator send and return types other than None are not supported yet \
                       (send() and 'return value' in a generator are not supported)";
            diags.push(Diagnostic::error(span_of(*extra), msg));
            return None;
        }
    }
    Some(Ty::iterator(elem))
}

/// Reports every `yield` of a generator body that sits where CPython would
/// run code when the suspended generator is dropped (see the module doc).
pub(crate) fn check_yield_positions(body: &[ast::Stmt], diags: &mut Vec<Diagnostic>) {
    for s in body {
        check_stmt(s, None, diags);
    }
}

/// Whether an `except` clause catches `GeneratorExit` (which CPython throws
/// into a generator that is dropped while suspended).
fn catches_generator_exit(handler: &ast::ExceptHandler) -> bool {
    let ast::ExceptHandler::ExceptHandler(h) = handler;
    let catches = |e: &ast::Expr| matches!(e, ast::Expr::Name(n) if matches!(n.id.as_str(), "BaseException" | "GeneratorExit"));
    match h.type_.as_deref() {
        None => true,
        Some(ast::Expr::Tuple(t)) => t.elts.iter().any(catches),
        Some(e) => catches(e),
    }
}

fn check_stmt(stmt: &ast::Stmt, guard: Option<&'static str>, diags: &mut Vec<Diagnostic>) {
    let stmts = |list: &[ast::Stmt], guard: Option<&'static str>, diags: &mut Vec<Diagnostic>| {
        for s in list {
            check_stmt(s, guard, diags);
        }
    };
    match stmt {
        ast::Stmt::FunctionDef(_) | ast::Stmt::AsyncFunctionDef(_) | ast::Stmt::ClassDef(_) => {}
        ast::Stmt::Expr(e) if matches!(&*e.value, ast::Expr::Yield(_) | ast::Expr::YieldFrom(_)) => {
            if let Some(reason) = guard {
                let msg = format!(
                    "'yield' inside {reason} is not supported yet (CPython runs that code when a suspended generator is closed)"
                );
                diags.push(Diagnostic::error(span_of(stmt), msg));
            }
        }
        ast::Stmt::Try(t) => {
            let (body_guard, rest_guard) = if !t.finalbody.is_empty() {
                let g = Some("a try statement with a finally clause");
                (g, g)
            } else if t.handlers.iter().any(catches_generator_exit) {
                (Some("a try statement whose except clause catches GeneratorExit (a bare except or BaseException)"), guard)
            } else {
                (guard, guard)
            };
            stmts(&t.body, body_guard, diags);
            for h in &t.handlers {
                let ast::ExceptHandler::ExceptHandler(h) = h;
                stmts(&h.body, rest_guard, diags);
            }
            stmts(&t.orelse, rest_guard, diags);
            stmts(&t.finalbody, rest_guard, diags);
        }
        ast::Stmt::With(w) => stmts(&w.body, Some("a with statement"), diags),
        _ => for_each_child(Node::Stmt(stmt), &mut |child| {
            if let Node::Stmt(s) = child {
                check_stmt(s, guard, diags);
            }
        }),
    }
}

impl Checker<'_, '_> {
    /// `yield value` / bare `yield` / `yield from iterable`, as a statement.
    pub(crate) fn yield_stmt(&mut self, e: &ast::Expr, span: Span, out: &mut Vec<Stmt>) {
        let Some(elem) = self.generator_elem else {
            self.error(span, "'yield' outside function");
            return;
        };
        match e {
            ast::Expr::Yield(y) => {
                let value = match y.value.as_deref() {
                    Some(v) => {
                        let value = self.value(v, Some(elem));
                        self.coerce(value, elem)
                    }
                    None if matches!(elem, Ty::None | Ty::Unknown) => Self::const_expr(crate::hir::Const::None, span),
                    None => {
                        self.error(span, format!("a bare 'yield' yields None, but the generator's elements are {elem}"));
                        return;
                    }
                };
                out.push(Stmt { kind: StmtKind::Yield(value), span });
            }
            ast::Expr::YieldFrom(y) => self.yield_from(&y.value, elem, span, out),
            _ => {}
        }
    }

    /// `yield from it`: `for x in it: yield x`, with `x` a hidden local.
    fn yield_from(&mut self, iterable: &ast::Expr, elem: Ty, span: Span, out: &mut Vec<Stmt>) {
        let iter = self.for_statement_iterable(iterable);
        let found = match iter.ty {
            Ty::Unknown => return,
            Ty::Str | Ty::List(_) | Ty::TupleOf(_) | Ty::Tuple(_) | Ty::Dict(..) | Ty::Set(_) | Ty::Iterator(_) => {
                iter.ty.iter_elem()
            }
            _ => None,
        };
        let Some(found) = found else {
            self.error(iter.span, format!("'yield from' of a '{}' is not supported", iter.ty.python_name()));
            return;
        };
        let x = self.fresh_local("<yielded>", found);
        let read = Expr { kind: ExprKind::Local { id: x, checked: false }, ty: found, span };
        let value = self.coerce(read, elem);
        let target = Target::Name { target: AssignTarget { place: Place::Local(x), convert: None }, ty: found };
        let body = vec![Stmt { kind: StmtKind::Yield(value), span }];
        out.push(Stmt { kind: StmtKind::ForEach { target, iter, body, orelse: Vec::new() }, span });
    }
}

impl Checker<'_, '_> {
    /// `next(g)` / `next(g, default)` of a generator object (`g` is not a
    /// generator expression): its next element, a `T | None` with a `None`
    /// default, as for mypy.
    pub(crate) fn next_of_generator(
        &mut self,
        g: &ast::Expr,
        default: Option<&ast::Expr>,
        span: Span,
        expected: Option<Ty>,
    ) -> Expr {
        let g = self.value(g, None);
        let elem = match g.ty {
            Ty::Iterator(elem) => *elem,
            Ty::Unknown => return Self::error_expr(span),
            other => {
                let msg = format!(
                    "next() of a '{}' is not supported: only generator objects and generator expressions",
                    other.python_name()
                );
                self.error(g.span, msg);
                return Self::error_expr(span);
            }
        };
        let Some(d) = default else {
            return crate::container_expr::obj_op(ObjOp::Seq(SeqOp::Next), vec![g], elem, span);
        };
        let ty = crate::generator::next_default_type(d, elem, expected);
        let default = self.value(d, Some(ty));
        let default = self.coerce(default, ty);
        if default.ty == Ty::Unknown {
            return Self::error_expr(span);
        }
        crate::container_expr::obj_op(ObjOp::Seq(SeqOp::Next), vec![g, default], ty, span)
    }

    /// `iter(g)` of a generator object: `g` itself; of a list (str, tuple):
    /// a list iterator, also a generator object.
    pub(crate) fn iter_call(&mut self, call: &ast::ExprCall, span: Span) -> Expr {
        let [arg] = call.args.as_slice() else {
            return self.reject_call(call, span, "iter() takes exactly one argument here".to_string());
        };
        if !call.keywords.is_empty() {
            return self.reject_call(call, span, "iter() takes no keyword arguments".to_string());
        }
        let value = self.value(arg, None);
        // An instance whose `__iter__` is a generator: the generator object.
        let value = if matches!(value.ty, Ty::Instance(_)) { self.iterated_instance(value) } else { value };
        match value.ty {
            Ty::Iterator(_) => Expr { span, ..value },
            Ty::Unknown => Self::error_expr(span),
            // A fresh iterator over the object (itself for a generator):
            // `abstract_collections.rs`.
            Ty::Abstract(..) => {
                let iterator = self.iterate_abstract(value);
                Expr { span, ..iterator }
            }
            // A list iterator reads the list at each step; a str or tuple
            // cannot change, so iterating the list of its elements is the same.
            Ty::List(elem) => crate::container_expr::obj_op(ObjOp::Seq(SeqOp::ListIter), vec![value], Ty::iterator(*elem), span),
            Ty::Str | Ty::TupleOf(_) | Ty::Tuple(_) if value.ty.iter_elem().is_some() => {
                let elem = value.ty.iter_elem().unwrap_or(Ty::Unknown);
                let list = self.as_list(value);
                crate::container_expr::obj_op(ObjOp::Seq(SeqOp::ListIter), vec![list], Ty::iterator(elem), span)
            }
            other => {
                let msg = format!(
                    "iter() of a '{}' is not supported yet: only of a list, tuple, str or generator object (iterate over the {} directly)",
                    other.python_name(),
                    other.python_name()
                );
                self.error(span, msg);
                Self::error_expr(span)
            }
        }
    }
}

impl Checker<'_, '_> {
    /// `value.__iter__()` for an instance of class `c` whose `__iter__`
    /// returns an iterator object (a generator's, or another): where
    /// CPython iterates the instance, it iterates the object this call makes.
    pub(crate) fn generator_iter_call(&mut self, c: usize, value: Expr) -> Expr {
        let span = value.span;
        let Some((method, overrides)) = self.env.classes.method_ref(c, "__iter__") else { return value };
        let subclass_delegates = self.env.classes.infos.iter().enumerate().any(|(k, sub)| {
            let info = &self.env.classes.infos[c];
            sub.id.index > info.id.index
                && sub.id.index < info.end
                && crate::iter_protocol::iter_method(&self.env.scan, k).is_some_and(|d| !crate::iter_protocol::returns_iterator_object(d))
        });
        if subclass_delegates {
            let msg = format!("iterating a '{}', whose subclasses override __iter__ without 'yield', is not supported yet", self.env.classes.infos[c].id.name);
            self.error(span, msg);
            return Self::error_expr(span);
        }
        let ret = self.env.sigs[method.func.index()].ret;
        let call = Expr {
            kind: ExprKind::Call { func: method.func, args: vec![value], slots: vec![crate::hir::ArgSlot::Arg(0)], check_defined: None },
            ty: ret,
            span,
        };
        if overrides.is_empty() {
            call
        } else {
            Expr { kind: ExprKind::MethodCall { call: Box::new(call), overrides }, ty: ret, span }
        }
    }
}

impl Checker<'_, '_> {
    /// `set(g)` of a generator object: `{x for x in g}`, which adds (hashes)
    /// each element as it is made, as CPython's `set()` does.
    pub(crate) fn set_of_generator(&mut self, g: Expr, elem: Ty, set_ty: Ty, span: Span) -> Expr {
        use crate::hir::{Comprehension, ComprehensionClause, ComprehensionKind};
        let x = self.fresh_local("<element>", elem);
        let target = Target::Name { target: AssignTarget { place: Place::Local(x), convert: None }, ty: elem };
        let c = Comprehension {
            kind: ComprehensionKind::Set,
            clauses: vec![ComprehensionClause::For { target, iter: g }],
            element: Expr { kind: ExprKind::Local { id: x, checked: false }, ty: elem, span },
            value: None,
        };
        Expr { kind: ExprKind::Comprehension(Box::new(c)), ty: set_ty, span }
    }
}
