//! Methods of `int` and `float` values: `n.bit_length()`, `n.bit_count()`,
//! `x.is_integer()`. Each is a runtime function, called as the `math`
//! functions are (`Builtin::Math`).

use taipan_diagnostics::Span;
use taipan_syntax::ast;

use crate::checker::Checker;
use crate::hir::{Builtin, Expr, MathFn, Ty};

/// The method `name` of a value of type `ty`, with its result type.
fn method(ty: Ty, name: &str) -> Option<(MathFn, Ty)> {
    Some(match (ty, name) {
        (Ty::Int | Ty::Bool, "bit_length") => (MathFn::BitLength, Ty::Int),
        (Ty::Int | Ty::Bool, "bit_count") => (MathFn::BitCount, Ty::Int),
        (Ty::Float, "is_integer") => (MathFn::IsInteger, Ty::Bool),
        _ => return None,
    })
}

pub(crate) fn is_number_method(ty: Ty, name: &str) -> bool {
    method(ty, name).is_some()
}

impl Checker<'_, '_> {
    /// `receiver.name()` for a number method; `None` (reported) if its
    /// arguments are wrong.
    pub(crate) fn number_method(&mut self, receiver: Expr, name: &str, call: &ast::ExprCall, span: Span) -> Option<Expr> {
        let (f, ret) = method(receiver.ty, name)?;
        let qualified = format!("{}.{name}", receiver.ty.python_name());
        self.method_args(call, span, &qualified, &[], 0)?;
        let receiver = crate::expr::to_int(receiver);
        Some(crate::call::builtin(Builtin::Math(f), vec![receiver], ret, span))
    }
}
