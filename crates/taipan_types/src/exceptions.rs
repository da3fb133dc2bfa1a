//! Exception classes: the built-in ones, user classes deriving from them
//! (`class InsufficientFunds(ValueError): pass`), and calling one to make an
//! exception object (`ValueError("bad")`). `raise` and `try` are in `try_stmt.rs`.

use std::cell::RefCell;

use taipan_diagnostics::{Diagnostic, Span};
use taipan_syntax::{ast, span_of};

use crate::checker::{name_of, Checker, Resolved};
use crate::container_expr::obj_op;
use crate::hir::{ExcClass, ExcKind, Expr, ObjOp, Ty, UserExc};

/// The built-in exception class a name refers to, if taipan supports it.
/// (`SystemExit` is not: uncaught, CPython exits silently with its code.)
pub(crate) fn builtin_exception(name: &str) -> Option<ExcKind> {
    ExcKind::from_name(name).filter(|kind| *kind != ExcKind::SystemExit)
}

thread_local! {
    /// The user exception classes of the module being checked, in definition
    /// order. Set by the scan (`reset_user_exception_classes` first), read by
    /// name resolution and annotations, which see no module table.
    static USER_EXCEPTIONS: RefCell<Vec<&'static UserExc>> = const { RefCell::new(Vec::new()) };
}

pub(crate) fn reset_user_exception_classes() {
    USER_EXCEPTIONS.with(|u| u.borrow_mut().clear());
}

pub(crate) fn user_exception_classes() -> Vec<&'static UserExc> {
    USER_EXCEPTIONS.with(|u| u.borrow().clone())
}

/// The exception class (built-in or user) a name refers to.
pub(crate) fn exception_named(name: &str) -> Option<ExcClass> {
    if let Some(user) = USER_EXCEPTIONS.with(|u| u.borrow().iter().copied().find(|c| c.name == name)) {
        return Some(ExcClass::User(user));
    }
    builtin_exception(name).map(ExcClass::Builtin)
}

/// Whether a class statement defines an exception class: its one base is an
/// exception class (defined before it). Such a class may only have a body of
/// `pass`, `...` and docstrings for now.
pub(crate) fn is_exception_class(class: &ast::StmtClassDef) -> bool {
    match class.bases.as_slice() {
        [base] => name_of(base).and_then(exception_named).is_some(),
        _ => false,
    }
}

/// Registers `class Name(Base): pass`.
pub(crate) fn scan_exception_class(class: &ast::StmtClassDef, diags: &mut Vec<Diagnostic>) {
    let Some(base) = class.bases.first().and_then(name_of).and_then(exception_named) else { return };
    let name = class.name.as_str();
    if exception_named(name).is_some() {
        diags.push(Diagnostic::error(span_of(class), format!("redefinition of '{name}' is not supported yet")));
        return;
    }
    if !class.keywords.is_empty() || !class.decorator_list.is_empty() {
        diags.push(Diagnostic::error(span_of(class), "decorators and keywords on exception classes are not supported yet"));
    }
    for stmt in &class.body {
        let trivial = match stmt {
            ast::Stmt::Pass(_) => true,
            ast::Stmt::Expr(e) => matches!(&*e.value, ast::Expr::Constant(_)),
            _ => false,
        };
        if !trivial {
            let msg = "exception classes with fields or methods are not supported yet (only a body of `pass` or a docstring)";
            diags.push(Diagnostic::error(span_of(stmt), msg));
        }
    }
    USER_EXCEPTIONS.with(|u| {
        let mut user = u.borrow_mut();
        let index = user.len() as u32;
        // One small leak per class defined, so types referring to it are `Copy`.
        let class: &'static UserExc = Box::leak(Box::new(UserExc { index, name: Box::leak(name.into()), base }));
        user.push(class);
    });
}

/// The common base class of `classes` (`LookupError` for `KeyError` and
/// `IndexError`): the static type of `except (A, B) as e`.
pub(crate) fn common_base(classes: &[ExcClass]) -> ExcClass {
    let root = ExcClass::Builtin(ExcKind::BaseException);
    let Some((&first, rest)) = classes.split_first() else { return root };
    let mut base = first;
    for &class in rest {
        while !class.is_subclass_of(base) {
            base = base.base().unwrap_or(root);
        }
    }
    base
}

impl Checker<'_, '_> {
    /// `Kind(args...)`: a new exception object. Arguments may be of any type.
    pub fn exception_call(&mut self, name: &str, call: &ast::ExprCall, span: Span) -> Expr {
        let Some(kind) = exception_named(name) else { return Self::error_expr(span) };
        if !call.keywords.is_empty() {
            let msg = format!("{name}() takes no keyword arguments");
            return self.reject_call(call, span, msg);
        }
        let mut args = Vec::new();
        for a in &call.args {
            if let ast::Expr::Starred(_) = a {
                return self.reject_call(call, span, "star arguments are not supported yet".to_string());
            }
            args.push(self.expr(a, None));
        }
        self.record_exception_construction(kind, &args, span);
        obj_op(ObjOp::ExcNew(kind), args, Ty::Exception(kind), span)
    }

    /// The exception class `e` names (`ValueError`), if it is one.
    pub fn exception_class(&self, e: &ast::Expr) -> Option<ExcClass> {
        let name = name_of(e)?;
        match self.resolve(name) {
            Resolved::Builtin(b) => exception_named(b),
            _ => None,
        }
    }

    /// What `raise X` / `raise ... from X` raises: an exception value, or a
    /// class, which is called with no arguments (`raise ValueError`).
    pub fn exception_value(&mut self, e: &ast::Expr) -> Expr {
        let span = taipan_syntax::span_of(e);
        if let Some(kind) = self.exception_class(e) {
            self.record_exception_construction(kind, &[], span);
            return obj_op(ObjOp::ExcNew(kind), Vec::new(), Ty::Exception(kind), span);
        }
        let value = self.expr(e, None);
        match value.ty {
            Ty::Exception(_) | Ty::Unknown => value,
            _ => {
                self.error(span, "exceptions must derive from BaseException");
                Self::error_expr(span)
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn common_base_walks_up_the_hierarchy() {
        use ExcKind::*;
        let b = ExcClass::Builtin;
        assert_eq!(common_base(&[b(KeyError), b(IndexError)]), b(LookupError));
        assert_eq!(common_base(&[b(ZeroDivisionError)]), b(ZeroDivisionError));
        assert_eq!(common_base(&[b(ValueError), b(ZeroDivisionError)]), b(Exception));
        assert_eq!(common_base(&[b(OverflowError), b(ArithmeticError)]), b(ArithmeticError));
        assert_eq!(common_base(&[]), b(BaseException));
        let user: &'static UserExc = Box::leak(Box::new(UserExc { index: 0, name: "Mine", base: b(KeyError) }));
        assert_eq!(common_base(&[ExcClass::User(user), b(IndexError)]), b(LookupError));
        assert!(ExcClass::User(user).is_subclass_of(b(Exception)));
    }
}
