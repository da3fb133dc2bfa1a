//! `__iter__` on a user class that hands out a builtin iterator over one of
//! its fields:
//!
//! ```python
//! def __iter__(self) -> Iterator[int]:
//!     return iter(self.items)          # or iter(self.table.items()), ...
//! ```
//!
//! Iterating such an instance (`for x in obj`, comprehensions, `list(obj)`,
//! `sum(obj)`, `sorted(obj)`, ...) is iterating the field: CPython calls
//! `__iter__` once, when the iteration starts, and the iterator it returns
//! walks the field's container as a `for` over the container would (seeing
//! appends, raising on a dict that changes size). So the checker replaces
//! the instance by the field where it is iterated (`Checker::iterable`), and
//! the method itself is not compiled (the scan leaves it out).
//!
//! A class may also be its own iterator: `__iter__` returns `self` and
//! `__next__` returns the next element or raises `StopIteration`. A `for`
//! statement over such an instance is built here as CPython runs it:
//!
//! ```python
//! it = obj                   # iter(obj): __iter__ returns self
//! more = True
//! while more:
//!     try:
//!         target = it.__next__()
//!     except StopIteration:
//!         more = False
//!     else:
//!         body               # its exceptions are not caught; break/continue
//! else:                      # reach the loop
//!     orelse
//! ```
//!
//! An `__iter__` written as a generator is an ordinary method
//! (`generator_fn.rs`): iterating the instance iterates the generator
//! object it returns. So is any other `__iter__` annotated to return an
//! `Iterator[T]` (`return iter(sorted(self.items))`, `return
//! self._walk()`): its body runs when the iteration starts, as in CPython.
//! Any other `__iter__` is rejected, and so is iterating an iterator class
//! anywhere but in a `for` statement.

use std::cell::Cell;

use taipan_diagnostics::{Diagnostic, Span};
use taipan_syntax::ast;
use taipan_syntax::span_of;

use crate::checker::Checker;
use crate::class_env::MethodKind;
use crate::container_expr::obj_op;
use crate::hir::{self, ArgSlot, AssignTarget, Const, DictOp, Expr, ExprKind, ObjOp, Place, Stmt, StmtKind, Ty};
use crate::scan::{Imported, ModuleScan};
use crate::types::ExcClass;

thread_local! {
    /// The span of the iterable of the `for` statement being checked: the
    /// one place where an iterator class may be iterated (any other would
    /// need a run-time iterator object).
    static FOR_STATEMENT_ITERABLE: Cell<Option<Span>> = const { Cell::new(None) };
}

/// What a delegating `__iter__` iterates: `self.<field>` or a view of it.
#[derive(Clone, Copy, Debug)]
pub(crate) struct IterDelegate<'a> {
    pub def: &'a ast::StmtFunctionDef,
    pub field: &'a str,
    /// `iter(self.d.keys() / .values() / .items())`.
    pub view: Option<DictOp>,
}

/// The statements of a body after its docstring.
fn without_docstring(body: &[ast::Stmt]) -> &[ast::Stmt] {
    match body {
        [ast::Stmt::Expr(doc), rest @ ..] if matches!(&*doc.value, ast::Expr::Constant(c) if matches!(c.value, ast::Constant::Str(_))) => rest,
        all => all,
    }
}

/// `return self`, after an optional docstring: the class is its own iterator.
fn returns_self(def: &ast::StmtFunctionDef) -> bool {
    let Some(self_name) = def.args.args.first().map(|a| a.def.arg.as_str()) else { return false };
    matches!(without_docstring(&def.body), [ast::Stmt::Return(ret)]
        if matches!(ret.value.as_deref(), Some(ast::Expr::Name(n)) if n.id.as_str() == self_name))
}

/// `return iter(self.f)` (or a dict view of it), after an optional docstring.
fn delegate_of(def: &ast::StmtFunctionDef) -> Option<IterDelegate<'_>> {
    let self_name = def.args.args.first()?.def.arg.as_str();
    let [ast::Stmt::Return(ret)] = without_docstring(&def.body) else { return None };
    let ast::Expr::Call(call) = ret.value.as_deref()? else { return None };
    if !matches!(&*call.func, ast::Expr::Name(n) if n.id.as_str() == "iter") || !call.keywords.is_empty() {
        return None;
    }
    let [arg] = call.args.as_slice() else { return None };
    let (target, view) = match arg {
        ast::Expr::Call(v) if v.args.is_empty() && v.keywords.is_empty() => match &*v.func {
            ast::Expr::Attribute(a) => {
                let view = match a.attr.as_str() {
                    "keys" => DictOp::Keys,
                    "values" => DictOp::Values,
                    "items" => DictOp::Items,
                    _ => return None,
                };
                (&*a.value, Some(view))
            }
            _ => return None,
        },
        other => (other, None),
    };
    let ast::Expr::Attribute(field) = target else { return None };
    matches!(&*field.value, ast::Expr::Name(n) if n.id.as_str() == self_name).then_some(IterDelegate {
        def,
        field: field.attr.as_str(),
        view,
    })
}

/// Whether `__iter__` is compiled as a method returning an iterator object:
/// a generator, or (neither delegating to a field nor returning `self`)
/// annotated `-> Iterator[T]` / `-> Generator[...]`.
pub(crate) fn returns_iterator_object(def: &ast::StmtFunctionDef) -> bool {
    if crate::generator_fn::is_generator(&def.body) {
        return true;
    }
    let annotated_iterator = match def.returns.as_deref() {
        Some(ast::Expr::Subscript(sub)) => match &*sub.value {
            ast::Expr::Name(n) => matches!(n.id.as_str(), "Iterator" | "Generator"),
            ast::Expr::Attribute(a) => matches!(a.attr.as_str(), "Iterator" | "Generator"),
            _ => false,
        },
        _ => false,
    };
    annotated_iterator && delegate_of(def).is_none() && !returns_self(def)
}

/// For the scan: whether the method `def` is an `__iter__` this file
/// handles (so it is not compiled as a method). Any other `__iter__` is
/// reported.
pub(crate) fn scan_iter_method(def: &ast::StmtFunctionDef, diags: &mut Vec<Diagnostic>) -> bool {
    if def.name.as_str() != "__iter__" {
        return false;
    }
    // A generator `__iter__` is compiled as a method (`generator_fn.rs`),
    // and so is one returning another iterator object.
    if returns_iterator_object(def) {
        return false;
    }
    if !def.decorator_list.is_empty() || def.args.args.len() != 1 {
        diags.push(Diagnostic::error(span_of(def), "__iter__ must be a plain method taking only 'self'"));
        return true;
    }
    if delegate_of(def).is_none() && !returns_self(def) {
        let msg = "__iter__ is supported only as 'return iter(self.field)' (a builtin iterator over a field), \
                   'return self' (with __next__), as a generator (with 'yield'), or annotated '-> Iterator[T]'";
        diags.push(Diagnostic::error(span_of(def), msg));
    }
    true
}

/// The `__iter__` class `c` defines or inherits.
pub(crate) fn iter_method<'a>(scan: &ModuleScan<'a>, c: usize) -> Option<&'a ast::StmtFunctionDef> {
    let mut class = Some(c);
    while let Some(k) = class {
        let decl = &scan.classes[k];
        let own = decl.def.body.iter().find_map(|s| match s {
            ast::Stmt::FunctionDef(f) if f.name.as_str() == "__iter__" => Some(f),
            _ => None,
        });
        if own.is_some() {
            return own;
        }
        class = decl.base;
    }
    None
}

/// The delegating `__iter__` class `c` defines or inherits.
fn delegate_in_class<'a>(scan: &ModuleScan<'a>, c: usize) -> Option<IterDelegate<'a>> {
    iter_method(scan, c).and_then(delegate_of)
}

/// The element type an `Iterator[T]` / `Iterable[T]` annotation (from
/// `typing`) promises.
fn annotated_element(def: &ast::StmtFunctionDef, scan: &ModuleScan<'_>, diags: &mut Vec<Diagnostic>) -> Option<Ty> {
    let returns = def.returns.as_deref()?;
    let ast::Expr::Subscript(sub) = returns else { return None };
    let ast::Expr::Name(n) = &*sub.value else { return None };
    let Some(Imported::Typing(m)) = scan.imports.get(n.id.as_str()) else { return None };
    if m != "Iterator" && m != "Iterable" {
        return None;
    }
    crate::annotation::resolve(&sub.slice, &scan.imports, diags)?.ty
}

impl Checker<'_, '_> {
    /// `value` where it is iterated: the field its class's `__iter__`
    /// iterates, for an instance; `value` itself otherwise.
    pub(crate) fn iterated_instance(&mut self, value: Expr) -> Expr {
        let Ty::Instance(id) = value.ty else { return value };
        let Some((c, _)) = self.env.classes.by_id(id) else { return value };
        if iter_method(&self.env.scan, c).is_some_and(returns_iterator_object) {
            return self.generator_iter_call(c, value);
        }
        let span = value.span;
        if iter_method(&self.env.scan, c).is_some_and(returns_self) && FOR_STATEMENT_ITERABLE.get() != Some(span) {
            let msg = format!(
                "iterating a '{}' (an iterator class: __iter__ returns self) is supported only in a for statement yet",
                id.name
            );
            return self.iter_error(span, msg);
        }
        let Some(delegate) = delegate_in_class(&self.env.scan, c) else { return value };
        if self.iter_overridden(c) {
            let msg = format!("iterating a '{}', whose subclasses override __iter__, is not supported yet", id.name);
            return self.iter_error(span, msg);
        }
        let Some((index, field_ty)) = self.env.classes.field(c, delegate.field) else {
            let msg = format!("'{}' object has no attribute '{}' (in __iter__)", id.name, delegate.field);
            return self.iter_error(span_of(delegate.def), msg);
        };
        let field = Expr { kind: ExprKind::FieldGet { obj: Box::new(value), index }, ty: field_ty, span };
        let iterable = match (delegate.view, field_ty) {
            (None, ty) if ty.iter_elem().is_some() => field,
            (Some(view), Ty::Dict(k, v)) => {
                let ty = match view {
                    DictOp::Keys => Ty::list(*k),
                    DictOp::Values => Ty::list(*v),
                    _ => Ty::list(Ty::tuple(&[*k, *v])),
                };
                obj_op(ObjOp::Dict(view), vec![field], ty, span)
            }
            (_, ty) => {
                let msg = format!("__iter__ of '{}' iterates field '{}' of type {ty}, which is not supported", id.name, delegate.field);
                return self.iter_error(span_of(delegate.def), msg);
            }
        };
        let elem = iterable.ty.iter_elem();
        let mut diags = Vec::new();
        let annotated = annotated_element(delegate.def, &self.env.scan, &mut diags);
        if annotated.is_none() || annotated != elem {
            let msg = format!(
                "__iter__ of '{}' must be annotated '-> Iterator[{}]' (from typing)",
                id.name,
                elem.map_or("T".to_string(), |e| e.to_string())
            );
            // Reported at the method; the iteration itself is well typed.
            self.error(span_of(delegate.def), msg);
        }
        iterable
    }

    /// The iterable of a `for` statement: what `Checker::lazy_iterable`
    /// gives, where an iterator class may also be iterated.
    pub(crate) fn for_statement_iterable(&mut self, e: &ast::Expr) -> Expr {
        let outer = FOR_STATEMENT_ITERABLE.replace(Some(span_of(e)));
        let iter = self.lazy_iterable(e);
        FOR_STATEMENT_ITERABLE.set(outer);
        iter
    }

    /// Whether a subclass of class `c` has another `__iter__` than `c`
    /// (the run-time class would decide).
    fn iter_overridden(&self, c: usize) -> bool {
        let info = &self.env.classes.infos[c];
        let own = iter_method(&self.env.scan, c);
        self.env.classes.infos.iter().enumerate().any(|(k, sub)| {
            sub.id.index > info.id.index
                && sub.id.index < info.end
                && !matches!((iter_method(&self.env.scan, k), own), (Some(a), Some(b)) if std::ptr::eq(a, b))
        })
    }

    /// For a `for` statement over `iter`: the class of `iter` if it is its
    /// own iterator (`__iter__` returns `self`), so that
    /// [`Checker::for_self_iterator`] builds the loop.
    pub(crate) fn self_iterator_class(&mut self, iter: &Expr) -> Option<usize> {
        let Ty::Instance(id) = iter.ty else { return None };
        let (c, _) = self.env.classes.by_id(id)?;
        iter_method(&self.env.scan, c).filter(|def| returns_self(def))?;
        if self.iter_overridden(c) {
            let msg = format!("iterating a '{}', whose subclasses override __iter__, is not supported yet", id.name);
            self.error(iter.span, msg);
        }
        Some(c)
    }

    /// `for target in iter` where `iter` is an instance of class `c`, its
    /// own iterator (see the module doc).
    pub(crate) fn for_self_iterator(&mut self, c: usize, iter: Expr, f: &ast::StmtFor, span: Span, out: &mut Vec<Stmt>) {
        let class = self.env.classes.infos[c].id;
        let next = self.env.classes.method_ref(c, "__next__").filter(|(m, _)| m.kind == MethodKind::Instance);
        let elem = next.as_ref().map(|(m, _)| &self.env.sigs[m.func.index()]).and_then(|sig| {
            (sig.params.len() == 1 && !matches!(sig.ret, Ty::None | Ty::Unknown)).then_some(sig.ret)
        });
        if elem.is_none() {
            let msg = format!(
                "'{}' returns itself from __iter__, so it needs a method __next__(self) returning the next element",
                class.name
            );
            self.error(iter.span, msg);
        }
        let (target, body, orelse) = self.for_parts(f, elem);
        let (Some(elem), Some((next, overrides))) = (elem, next) else { return };

        let iter_ty = iter.ty;
        let it = self.fresh_local("<iterator>", iter_ty);
        let more = self.fresh_local("<more>", Ty::Bool);
        let local = |id, ty| Expr { kind: ExprKind::Local { id, checked: false }, ty, span };
        let assign = |id, value| Stmt {
            kind: StmtKind::Assign { targets: vec![AssignTarget { place: Place::Local(id), convert: None }], value },
            span,
        };
        let call = Expr {
            kind: ExprKind::Call { func: next.func, args: vec![local(it, iter_ty)], slots: vec![ArgSlot::Arg(0)], check_defined: None },
            ty: elem,
            span,
        };
        let call = if overrides.is_empty() {
            call
        } else {
            Expr { kind: ExprKind::MethodCall { call: Box::new(call), overrides }, ty: elem, span }
        };
        let stop = hir::ExceptHandler {
            kinds: vec![ExcClass::Builtin(taipan_abi::ExcKind::StopIteration)],
            name: None,
            body: vec![assign(more, Self::const_expr(Const::Bool(false), span))],
            span,
        };
        let step = Stmt {
            kind: StmtKind::Try {
                body: vec![Stmt { kind: StmtKind::Unpack { target, value: call }, span }],
                handlers: vec![stop],
                orelse: body,
                finalbody: Vec::new(),
            },
            span,
        };
        out.push(assign(it, iter));
        out.push(assign(more, Self::const_expr(Const::Bool(true), span)));
        out.push(Stmt { kind: StmtKind::While { cond: local(more, Ty::Bool), body: vec![step], orelse }, span });
    }

    fn iter_error(&mut self, span: Span, msg: String) -> Expr {
        self.error(span, msg);
        Self::error_expr(span)
    }
}
