//! Star arguments and `*args` parameters.
//!
//! - `f(a, *t, b)` for a user function `f` and a fixed-size tuple `t`: the
//!   positional arguments are evaluated once each, in order (an
//!   `ExprKind::Let`), and `t`'s fields become arguments, so the arity is
//!   checked at compile time as for any call.
//! - `print(a, *xs, b)`: a fixed tuple expands the same way; a list or a
//!   `tuple[T, ...]` (whose length is only known at run time) prints as the
//!   `str()`s of every value joined by `sep`, which is what `print` writes,
//!   provided no value's `str()` runs user code (that could print or raise
//!   half-way through CPython's line).
//! - `def f(a: int, *args: int)`: `args` is a `tuple[int, ...]` of the extra
//!   positional arguments (`call.rs` builds it at each call).

use std::collections::HashMap;

use taipan_diagnostics::{Diagnostic, Span};
use taipan_syntax::ast;
use taipan_syntax::span_of;

use crate::checker::{Checker, Resolved};
use crate::hir::{
    AssignTarget, Comprehension, ComprehensionClause, ComprehensionKind, Const, Expr, ExprKind, ObjOp, Place, StrOp,
    Target, Ty,
};
use crate::scan::Imported;

/// The type of the `*args: T` parameter: `tuple[T, ...]`.
pub(crate) fn star_param_type(arg: &ast::Arg, imports: &HashMap<String, Imported>, diags: &mut Vec<Diagnostic>) -> Ty {
    let span = span_of(arg);
    let Some(annotation) = &arg.annotation else {
        diags.push(Diagnostic::error(span, format!("parameter '{}' needs a type annotation", arg.arg)));
        return Ty::Unknown;
    };
    match crate::annotation::resolve(annotation, imports, diags) {
        Some(crate::annotation::Annotation { ty: Some(elem), is_final: false }) if elem != Ty::None => Ty::tuple_of(elem),
        Some(_) => {
            diags.push(Diagnostic::error(span, "this '*args' annotation is not supported"));
            Ty::Unknown
        }
        None => Ty::Unknown,
    }
}

/// An extension module's exported function cannot have `*args` yet: its
/// Python entry point binds arguments by the parameter list alone.
pub(crate) fn exported_star_error(
    env: &crate::env::ModuleEnv<'_>,
    decl: &crate::scan::FuncDecl<'_>,
    sig: &crate::env::FuncSig,
) -> Option<Diagnostic> {
    let extension = env.module_name != "__main__";
    let exported = decl.owner.is_none() && !decl.name.starts_with('_');
    (extension && exported && sig.star.is_some()).then(|| {
        let msg = format!("'*args' parameters of exported functions are not supported yet ('{}')", decl.name);
        Diagnostic::error(decl.span, msg)
    })
}

/// One positional argument of a call with star arguments, once evaluated.
enum Piece {
    /// A value printed or passed as it is.
    One(Expr),
    /// The elements of a list or `tuple[T, ...]` (a `LetValue`), of type `T`.
    Many(Expr, Ty),
}

/// A `LetValue` read of value `index`, of type `ty`.
fn let_value(index: usize, ty: Ty, span: Span) -> Expr {
    Expr { kind: ExprKind::LetValue(index as u32), ty, span }
}

fn obj_op(op: ObjOp, args: Vec<Expr>, ty: Ty, span: Span) -> Expr {
    Expr { kind: ExprKind::ObjOp { op, args }, ty, span }
}

/// Whether `str()` of a value of type `ty` runs no user code (no `__str__`
/// or `__repr__` of a class).
fn str_runs_no_user_code(ty: Ty) -> bool {
    match ty {
        Ty::Int | Ty::Float | Ty::Bool | Ty::Str | Ty::None => true,
        Ty::Optional(e) | Ty::List(e) | Ty::TupleOf(e) | Ty::Set(e) => str_runs_no_user_code(*e),
        Ty::Tuple(fields) => fields.iter().all(|f| str_runs_no_user_code(*f)),
        Ty::Dict(k, v) => str_runs_no_user_code(*k) && str_runs_no_user_code(*v),
        _ => false,
    }
}

impl Checker<'_, '_> {
    /// A call with `*` arguments: `Some` with the checked call (or an error),
    /// or `None` for `print`, which `print_call` handles.
    pub(crate) fn star_call(&mut self, call: &ast::ExprCall, span: Span) -> Option<Expr> {
        let callee = crate::checker::name_of(&call.func).map(|n| self.resolve(n));
        match callee {
            Some(Resolved::Function(f)) => Some(self.star_user_call(f, call, span)),
            Some(Resolved::Builtin("print")) => None,
            _ => Some(self.reject_call(call, span, "star arguments are only supported in calls of module functions and print()".to_string())),
        }
    }

    /// `f(..., *t, ...)` of a user function.
    fn star_user_call(&mut self, f: crate::hir::FuncId, call: &ast::ExprCall, span: Span) -> Expr {
        let Some((values, pieces)) = self.star_pieces(&call.args) else { return Self::error_expr(span) };
        let mut positional = Vec::new();
        for piece in pieces {
            match piece {
                Piece::One(e) => positional.push(e),
                Piece::Many(e, _) => {
                    let msg = format!(
                        "star arguments of a {} are not supported yet: the number of arguments is only known at run time \
                         (pass a fixed-size tuple)",
                        e.ty
                    );
                    return self.unsupported(e.span, &msg);
                }
            }
        }
        let body = self.user_call_with(f, call, span, None, Some(positional));
        if body.ty == Ty::Unknown && !matches!(body.kind, ExprKind::Call { .. }) {
            return body;
        }
        let ty = body.ty;
        Expr { kind: ExprKind::Let { values, body: Box::new(body) }, ty, span }
    }

    /// The positional arguments `args` (some starred), each evaluated once
    /// into a `Let` value: the values, and what each argument contributes.
    fn star_pieces(&mut self, args: &[ast::Expr]) -> Option<(Vec<Expr>, Vec<Piece>)> {
        let mut values = Vec::new();
        let mut pieces = Vec::new();
        let mut ok = true;
        for a in args {
            let (inner, starred) = match a {
                ast::Expr::Starred(s) => (&*s.value, true),
                a => (a, false),
            };
            let value = self.value(inner, None);
            // `*r` of a range: its values.
            let value = if starred && value.ty == Ty::Range { Self::range_elements(value) } else { value };
            // `*xs` of a `Collection`/`Sequence`: the list of its elements.
            let value = if starred { self.abstract_elements(value) } else { value };
            let (ty, vspan) = (value.ty, value.span);
            let index = values.len();
            values.push(value);
            if !starred {
                pieces.push(Piece::One(let_value(index, ty, vspan)));
                continue;
            }
            match ty {
                Ty::Unknown => ok = false,
                Ty::Tuple(fields) => {
                    for (k, field) in fields.iter().enumerate() {
                        let t = let_value(index, ty, vspan);
                        pieces.push(Piece::One(obj_op(ObjOp::TupleField(k as u32), vec![t], *field, vspan)));
                    }
                }
                Ty::List(elem) | Ty::TupleOf(elem) => pieces.push(Piece::Many(let_value(index, ty, vspan), *elem)),
                other => {
                    let msg = match other {
                        Ty::Str | Ty::Dict(..) | Ty::Set(_) => {
                            format!("star arguments of a {other} are not supported yet (use a list or a tuple)")
                        }
                        _ => format!("argument after * must be an iterable, not {}", other.python_name()),
                    };
                    self.error(vspan, msg);
                    ok = false;
                }
            }
        }
        ok.then_some((values, pieces))
    }

    /// `print(...)` with star arguments: `args` become `ExprKind::Print`'s
    /// arguments through `make_print`, wrapped in the `Let` evaluating them.
    pub(crate) fn star_print(
        &mut self,
        args: &[ast::Expr],
        span: Span,
        sep: Option<&str>,
        make_print: impl FnOnce(Vec<Expr>) -> Expr,
    ) -> Expr {
        let Some((values, pieces)) = self.star_pieces(args) else { return Self::error_expr(span) };
        for v in &values {
            self.reject_function_values(v, "printing");
        }
        let dynamic = pieces.iter().any(|p| matches!(p, Piece::Many(..)));
        let body = if !dynamic {
            let args = pieces.into_iter().filter_map(|p| match p {
                Piece::One(e) => Some(e),
                Piece::Many(..) => None,
            });
            make_print(args.collect())
        } else {
            let Some(line) = self.joined_line(pieces, sep.unwrap_or(" "), span) else { return Self::error_expr(span) };
            make_print(vec![line])
        };
        Expr { kind: ExprKind::Let { values, body: Box::new(body) }, ty: Ty::None, span }
    }

    /// `sep.join([str(piece) ...])` over every printed value.
    fn joined_line(&mut self, pieces: Vec<Piece>, sep: &str, span: Span) -> Option<Expr> {
        let strs = Ty::list(Ty::Str);
        let mut list: Option<Expr> = None;
        for piece in pieces {
            let ty = match &piece {
                Piece::One(e) => e.ty,
                Piece::Many(_, elem) => *elem,
            };
            if !str_runs_no_user_code(ty) {
                let msg = format!(
                    "print() with star arguments of variable length prints only values whose str() runs no user code; \
                     this one is a {ty}"
                );
                self.error(span, msg);
                return None;
            }
            let part = match piece {
                Piece::One(e) => {
                    let s = obj_op(ObjOp::Str, vec![e], Ty::Str, span);
                    Expr { kind: ExprKind::List { items: vec![s] }, ty: strs, span }
                }
                Piece::Many(seq, elem) => {
                    let x = self.fresh_local("print item", elem);
                    let read = Expr { kind: ExprKind::Local { id: x, checked: false }, ty: elem, span };
                    let target = Target::Name { target: AssignTarget { place: Place::Local(x), convert: None }, ty: elem };
                    let element = obj_op(ObjOp::Str, vec![read], Ty::Str, span);
                    let clauses = vec![ComprehensionClause::For { target, iter: seq }];
                    let c = Comprehension { kind: ComprehensionKind::List, clauses, element, value: None };
                    Expr { kind: ExprKind::Comprehension(Box::new(c)), ty: strs, span }
                }
            };
            list = Some(match list {
                None => part,
                Some(prev) => obj_op(ObjOp::Concat, vec![prev, part], strs, span),
            });
        }
        let list = list?;
        let sep = Self::const_expr(Const::Str(sep.to_string()), span);
        Some(obj_op(ObjOp::StrOp(StrOp::Join), vec![sep, list], Ty::Str, span))
    }
}
