//! The special methods of the arithmetic and bitwise operators beyond the
//! forward ones `expr.rs` calls: reflected (`2 * v` is `v.__rmul__(2)` when
//! the left operand is not an instance), in-place (`v += w` is
//! `v = v.__iadd__(w)` when the class defines it, else `v.__add__(w)`), and
//! the unary `+x`, `~x` and `abs(x)`.

use taipan_diagnostics::Span;

use crate::checker::Checker;
use crate::hir::{BinOp, Expr, ExprKind, Ty};

/// The method a binary operator calls on its left operand.
pub(crate) fn forward_method(op: BinOp) -> &'static str {
    match op {
        BinOp::Add => "__add__",
        BinOp::Sub => "__sub__",
        BinOp::Mul => "__mul__",
        BinOp::TrueDiv => "__truediv__",
        BinOp::FloorDiv => "__floordiv__",
        BinOp::Mod => "__mod__",
        BinOp::Pow => "__pow__",
        BinOp::LShift => "__lshift__",
        BinOp::RShift => "__rshift__",
        BinOp::BitAnd => "__and__",
        BinOp::BitOr => "__or__",
        BinOp::BitXor => "__xor__",
        BinOp::MatMul => "__matmul__",
    }
}

/// `__radd__` for `__add__`, `__iadd__` (`prefix` "r" or "i").
fn variant(op: BinOp, prefix: &str) -> String {
    format!("__{prefix}{}", &forward_method(op)[2..])
}

impl Checker<'_, '_> {
    /// Whether the instance type `ty` has method `name`.
    pub(crate) fn instance_has(&self, ty: Ty, name: &str) -> bool {
        let Ty::Instance(id) = ty else { return false };
        self.env.classes.by_id(id).is_some_and(|(c, _)| self.env.classes.method_ref(c, name).is_some())
    }

    /// `lhs op rhs` through `rhs.__rop__(lhs)`, when `lhs` is not an instance
    /// with the forward method and `rhs` is one with the reflected method.
    /// The left operand is still evaluated first.
    pub(crate) fn reflected_operator(&mut self, op: BinOp, lhs: Expr, rhs: Expr, span: Span) -> Result<Expr, (Expr, Expr)> {
        let reflected = variant(op, "r");
        if self.instance_has(lhs.ty, forward_method(op)) || !self.instance_has(rhs.ty, &reflected) {
            return Err((lhs, rhs));
        }
        let read = Expr { kind: ExprKind::LetValue(0), ty: lhs.ty, span: lhs.span };
        let msg = crate::expr::unsupported_operands(op, lhs.ty, rhs.ty);
        match self.operator_call(&reflected, vec![rhs, read], &msg, span) {
            Ok(call) => {
                let ty = call.ty;
                Ok(Expr { kind: ExprKind::Let { values: vec![lhs], body: Box::new(call) }, ty, span })
            }
            Err(_) => Ok(Self::error_expr(span)),
        }
    }

    /// `target op= rhs` of an instance whose class defines `__iop__`.
    pub(crate) fn inplace_operator(&mut self, op: BinOp, current: Expr, rhs: Expr, span: Span) -> Result<Expr, (Expr, Expr)> {
        let inplace = variant(op, "i");
        if !self.instance_has(current.ty, &inplace) {
            return Err((current, rhs));
        }
        let msg = crate::expr::unsupported_operands(op, current.ty, rhs.ty);
        Ok(self.operator_call(&inplace, vec![current, rhs], &msg, span).unwrap_or_else(|_| Self::error_expr(span)))
    }

    /// `+x`, `~x`, `abs(x)` of an instance: `__pos__`, `__invert__`, `__abs__`.
    pub(crate) fn unary_method(&mut self, method: &str, symbol: &str, arg: Expr, span: Span) -> Result<Expr, Expr> {
        // An `IntEnum` member is an int here (`abs(Level.LOW)`, `-Level.LOW`).
        let arg = self.int_enum_as_int(arg);
        let Ty::Instance(c) = arg.ty else { return Err(arg) };
        let msg = if method == "__abs__" {
            format!("bad operand type for abs(): '{}'", c.name)
        } else {
            format!("bad operand type for unary {symbol}: '{}'", c.name)
        };
        Ok(self.operator_call(method, vec![arg], &msg, span).unwrap_or_else(|_| Self::error_expr(span)))
    }
}
