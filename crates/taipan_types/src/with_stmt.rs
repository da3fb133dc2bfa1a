//! `with` statements on instances of user classes defining `__enter__` and
//! `__exit__`, desugared (as PEP 343 specifies) onto `try`:
//!
//! ```text
//! mgr = EXPR                      # hidden locals: mgr, hit, exc
//! TARGET = mgr.__enter__()        # or just the call, without `as`
//! hit = False
//! try:
//!     BODY
//! except BaseException as exc:
//!     hit = True
//!     if not mgr.__exit__(None, exc, None):
//!         raise
//! finally:
//!     if not hit:
//!         mgr.__exit__(None, None, None)
//! ```
//!
//! so `__exit__` runs on every way out of the body (`return`, `break`,
//! `continue`, an exception), after a `return`'s value is computed, and a
//! truthy result suppresses the exception. An exception in `EXPR` or in
//! `__enter__` does not call `__exit__`. Several items nest, left to right.
//! The target is a name, so storing it cannot raise, and is stored before
//! the `try` (PEP 343 stores it inside; the difference is unobservable).
//!
//! `__exit__`'s exception class and traceback parameters cannot be
//! represented (taipan has no class or traceback objects): they receive
//! `None`, and the method's body may not read them
//! ([`exit_parameter_type`], [`check_exit_body`]). Its exception parameter
//! receives the exception object, or `None`.

use taipan_diagnostics::{Diagnostic, Span};
use taipan_syntax::ast;
use taipan_syntax::span_of;

use crate::checker::{name_of, Assigned, Checker, Resolved};
use crate::hir::{
    self, AssignTarget, Const, ExcClass, ExcKind, ExceptHandler, Expr, ExprKind, Place, Stmt, StmtKind, Ty, UnaryOp,
};

/// The type of `exc` in `__exit__(self, exc_type, exc, tb)`.
fn exception_or_none() -> Ty {
    Ty::optional(Ty::Exception(ExcClass::Builtin(ExcKind::BaseException)))
}

/// The type of parameter `index` (0 is `self`) of a method named
/// `__exit__` with four parameters, when its annotation is one mypy accepts
/// there and that taipan represents specially: the class and traceback
/// parameters (`type[BaseException] | None`, `TracebackType | None`,
/// `object`) receive `None` (`Ty::None`); an `exc: object` is a
/// `BaseException | None`. `None`: resolve the annotation as usual.
pub(crate) fn exit_parameter_type(method: &str, n_params: usize, index: usize, annotation: &ast::Expr) -> Option<Ty> {
    if method != "__exit__" || n_params != 4 {
        return None;
    }
    match index {
        1 if is_object(annotation) || is_exception_class_annotation(annotation) => Some(Ty::None),
        3 if is_object(annotation) || is_traceback_annotation(annotation) => Some(Ty::None),
        2 if is_object(annotation) => Some(exception_or_none()),
        _ => None,
    }
}

fn is_object(e: &ast::Expr) -> bool {
    name_of(e) == Some("object")
}

/// `X | None`, `None | X` or `Optional[X]`: `X`.
fn without_none(e: &ast::Expr) -> &ast::Expr {
    let is_none = |e: &ast::Expr| matches!(e, ast::Expr::Constant(c) if matches!(c.value, ast::Constant::None));
    match e {
        ast::Expr::BinOp(b) if b.op == ast::Operator::BitOr && is_none(&b.right) => &b.left,
        ast::Expr::BinOp(b) if b.op == ast::Operator::BitOr && is_none(&b.left) => &b.right,
        ast::Expr::Subscript(s) if matches!(&*s.value, ast::Expr::Name(n) if n.id.as_str() == "Optional")
            || matches!(&*s.value, ast::Expr::Attribute(a) if a.attr.as_str() == "Optional") =>
        {
            &s.slice
        }
        other => other,
    }
}

/// `type[E] | None` (or `Type[E]`, `typing.Type[E]`) for an exception class `E`.
fn is_exception_class_annotation(e: &ast::Expr) -> bool {
    let ast::Expr::Subscript(s) = without_none(e) else { return false };
    let generic = match &*s.value {
        ast::Expr::Name(n) => n.id.as_str(),
        ast::Expr::Attribute(a) => a.attr.as_str(),
        _ => return false,
    };
    matches!(generic, "type" | "Type") && name_of(&s.slice).is_some_and(|n| crate::exceptions::exception_named(n).is_some())
}

/// `TracebackType | None` (or `types.TracebackType | None`).
fn is_traceback_annotation(e: &ast::Expr) -> bool {
    match without_none(e) {
        ast::Expr::Name(n) => n.id.as_str() == "TracebackType",
        ast::Expr::Attribute(a) => a.attr.as_str() == "TracebackType",
        _ => false,
    }
}

/// Rejects reads, in an `__exit__` method's body, of the parameters that
/// receive `None` in place of a class or a traceback (`sig_params[i]` is
/// `Ty::None` for them).
pub(crate) fn check_exit_body(def: &ast::StmtFunctionDef, sig_params: &[Ty], diags: &mut Vec<Diagnostic>) {
    if def.name.as_str() != "__exit__" || sig_params.len() != 4 {
        return;
    }
    let unrepresented: Vec<&str> = def
        .args
        .args
        .iter()
        .zip(sig_params)
        .enumerate()
        .filter(|(i, (_, ty))| (*i == 1 || *i == 3) && **ty == Ty::None)
        .map(|(_, (a, _))| a.def.arg.as_str())
        .collect();
    for stmt in &def.body {
        crate::scan::visit_runtime_exprs(taipan_syntax::visit::Node::Stmt(stmt), &mut |e| {
            if let ast::Expr::Name(n) = e {
                if unrepresented.contains(&n.id.as_str()) {
                    let msg = format!(
                        "reading __exit__'s parameter '{}' is not supported yet: it stands for an exception class \
                         or a traceback, which taipan does not represent (test the exception parameter instead)",
                        n.id
                    );
                    diags.push(Diagnostic::error(span_of(e), msg));
                }
            }
        });
    }
}

impl Checker<'_, '_> {
    pub(crate) fn with_stmt(&mut self, w: &ast::StmtWith, span: Span, out: &mut Vec<Stmt>) {
        let before = self.narrowed.clone();
        self.with_items(&w.items, &w.body, span, out);
        // Narrowing does not follow exceptional paths: what held before the
        // `with` holds after it for what it does not assign (`__enter__` and
        // `__exit__` are calls: they end field narrowings).
        self.narrowed = before;
        self.forget_shared_narrowings();
        let with = ast::Stmt::With(w.clone());
        self.forget_assigned_in(std::slice::from_ref(&with));
    }

    /// `with` the first of `items`, around the others and `body`.
    fn with_items(&mut self, items: &[ast::WithItem], body: &[ast::Stmt], span: Span, out: &mut Vec<Stmt>) {
        let Some((item, rest)) = items.split_first() else {
            out.extend(self.block(body));
            return;
        };
        let Some(manager) = self.context_manager(&item.context_expr) else {
            // Still check the body, for its own errors.
            self.block(body);
            return;
        };
        let mgr_ty = manager.ty;
        let item_span = manager.span;
        let mgr = self.fresh_local("with manager", mgr_ty);
        let read_mgr = move || Expr { kind: ExprKind::Local { id: mgr, checked: false }, ty: mgr_ty, span: item_span };
        out.push(assign(mgr, manager, item_span));

        let no_protocol = format!("'{}' object does not support the context manager protocol", mgr_ty.python_name());
        let enter = match self.operator_call("__enter__", vec![read_mgr()], &no_protocol, item_span) {
            Ok(e) => e,
            Err(_) => return,
        };
        let exit_sig = self.exit_signature(mgr_ty, item_span);
        match item.optional_vars.as_deref() {
            None => out.push(Stmt { kind: StmtKind::Expr(enter), span: item_span }),
            Some(ast::Expr::Name(n)) => {
                let target_span = span_of(item.optional_vars.as_deref().unwrap_or(&item.context_expr));
                let value: Assigned<'_> = (&enter).into();
                match self.assign_name(n.id.as_str(), target_span, value) {
                    Some(t) => out.push(Stmt { kind: StmtKind::Assign { targets: vec![t], value: enter }, span: item_span }),
                    None => out.push(Stmt { kind: StmtKind::Expr(enter), span: item_span }),
                }
            }
            Some(other) => {
                self.error(span_of(other), "'with ... as' targets other than a name are not supported yet");
                return;
            }
        }
        let Some(suppresses) = exit_sig else { return };

        let hit = self.fresh_local("with exception raised", Ty::Bool);
        let bool_const = |b: bool| Expr { kind: ExprKind::Const(Const::Bool(b)), ty: Ty::Bool, span: item_span };
        out.push(assign(hit, bool_const(false), item_span));

        let before_body = self.flow.clone();
        let mut try_body = Vec::new();
        self.with_items(rest, body, span, &mut try_body);
        if suppresses {
            // The body may stop anywhere, and the statement still completes.
            self.flow = self.flow.join(&before_body);
        }

        let exc_ty = Ty::Exception(ExcClass::Builtin(ExcKind::BaseException));
        let exc = self.fresh_local("with exception", exc_ty);
        let read_exc = Expr { kind: ExprKind::Local { id: exc, checked: false }, ty: exc_ty, span: item_span };
        let none = || Expr { kind: ExprKind::Const(Const::None), ty: Ty::None, span: item_span };
        let Some(exit_on_error) = self.exit_call(read_mgr(), [none(), read_exc, none()], &no_protocol, item_span) else {
            return;
        };
        let Some(exit_normally) = self.exit_call(read_mgr(), [none(), none(), none()], &no_protocol, item_span) else {
            return;
        };
        let reraise = Stmt { kind: StmtKind::Raise { exc: None, cause: None }, span: item_span };
        let mut handler_body = vec![assign(hit, bool_const(true), item_span)];
        if suppresses {
            let cond = not(exit_on_error);
            handler_body.push(Stmt { kind: StmtKind::If { cond, then_body: vec![reraise], else_body: vec![] }, span: item_span });
        } else {
            handler_body.push(Stmt { kind: StmtKind::Expr(exit_on_error), span: item_span });
            handler_body.push(reraise);
        }
        let handler = ExceptHandler {
            kinds: vec![ExcClass::Builtin(ExcKind::BaseException)],
            name: Some(AssignTarget { place: Place::Local(exc), convert: None }),
            body: handler_body,
            span: item_span,
        };
        let read_hit = Expr { kind: ExprKind::Local { id: hit, checked: false }, ty: Ty::Bool, span: item_span };
        let exit_stmt = Stmt { kind: StmtKind::Expr(exit_normally), span: item_span };
        let finalbody =
            vec![Stmt { kind: StmtKind::If { cond: not(read_hit), then_body: vec![exit_stmt], else_body: vec![] }, span: item_span }];
        out.push(Stmt { kind: StmtKind::Try { body: try_body, handlers: vec![handler], orelse: vec![], finalbody }, span });
    }

    /// The manager of a `with` item: an instance of a user class.
    fn context_manager(&mut self, e: &ast::Expr) -> Option<Expr> {
        if let ast::Expr::Call(call) = e {
            if name_of(&call.func).is_some_and(|n| n == "open" && matches!(self.resolve(n), Resolved::UnsupportedBuiltin)) {
                self.error(span_of(e), "with open(...) is not supported: taipan programs have no file I/O");
                return None;
            }
        }
        let manager = self.value(e, None);
        match manager.ty {
            Ty::Unknown => None,
            Ty::Instance(_) => Some(manager),
            other => {
                let msg = format!("'{}' object does not support the context manager protocol", other.python_name());
                self.error(manager.span, msg);
                None
            }
        }
    }

    /// Checks the manager's `__exit__`: whether its result can suppress an
    /// exception (`bool` or `bool | None`: true; `None`: false). `None`
    /// (reported) when it has none, or one taipan cannot call faithfully.
    fn exit_signature(&mut self, mgr_ty: Ty, span: Span) -> Option<bool> {
        let Ty::Instance(id) = mgr_ty else { return None };
        let (c, _) = self.env.classes.by_id(id)?;
        let Some((m, _)) = self.env.classes.method_ref(c, "__exit__") else {
            let msg = format!(
                "'{}' object does not support the context manager protocol (missed __exit__ method)",
                mgr_ty.python_name()
            );
            self.error(span, msg);
            return None;
        };
        let sig = &self.env.sigs[m.func.index()];
        let ret = sig.ret;
        let exc_param = sig.params.get(2).map(|p| p.ty);
        if sig.params.len() == 4 && exc_param != Some(exception_or_none()) && exc_param != Some(Ty::Unknown) {
            let msg = format!(
                "{}()'s exception parameter must be annotated 'BaseException | None' (or 'object') to be called by 'with'",
                sig.name
            );
            self.error(span, msg);
            return None;
        }
        match ret {
            Ty::None => Some(false),
            Ty::Bool => Some(true),
            Ty::Optional(Ty::Bool) => Some(true),
            Ty::Unknown => None,
            other => {
                let msg = format!("{}() returns {other}: 'with' supports __exit__ returning bool, bool | None or None", sig.name);
                self.error(span, msg);
                None
            }
        }
    }

    /// `mgr.__exit__(args)`.
    fn exit_call(&mut self, mgr: Expr, args: [Expr; 3], no_protocol: &str, span: Span) -> Option<Expr> {
        let mut operands = vec![mgr];
        operands.extend(args);
        self.operator_call("__exit__", operands, no_protocol, span).ok()
    }
}

fn assign(local: hir::LocalId, value: Expr, span: Span) -> Stmt {
    let target = AssignTarget { place: Place::Local(local), convert: None };
    Stmt { kind: StmtKind::Assign { targets: vec![target], value }, span }
}

/// `not value`, by truthiness.
fn not(value: Expr) -> Expr {
    let span = value.span;
    Expr { kind: ExprKind::Unary { op: UnaryOp::Not, arg: Box::new(value) }, ty: Ty::Bool, span }
}
