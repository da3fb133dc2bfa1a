//! Where generator expressions are accepted. A generator is lazy: CPython
//! evaluates its first iterable when it is made and each element only when
//! its consumer asks for the next one. taipan has no generator objects, so it
//! accepts one only where it is consumed on the spot, and the HIR says how
//! (`ComprehensionKind::Generator`):
//!
//! - as the iterable of a `for` statement or of a comprehension's `for`
//!   clause, alone or in `enumerate()` ([`Checker::lazy_iterable`]), and as
//!   the argument of `any`, `all`, `sum`, `next`, `list.extend` and
//!   `set.update`, lowering runs the generator's clauses around the
//!   consumer's own work, element by element, so a `break` or a deciding
//!   element stops it as in CPython;
//! - as the argument of a builtin that reads every element before any other
//!   code runs (`min`, `max`, `sorted`, `list`, `tuple`, `str.join`, set
//!   algebra), it is the list of its elements; `set()` and `dict()` of one
//!   are the set or dict comprehension with its clauses. Where CPython would
//!   call an instance's special methods between elements (`min` comparing,
//!   set algebra hashing), elements that may be instances are rejected.
//!
//! Anywhere else (stored, returned, passed to a user function,
//! `enumerate()` elsewhere, `zip()`, `in`) it is rejected:
//! [`GENERATOR_ELSEWHERE`].

use taipan_diagnostics::Span;
use taipan_syntax::{ast, span_of};

use crate::checker::{name_of, Checker, Resolved};
use crate::container_expr::obj_op;
use crate::hir::{ComprehensionKind, Conversion, Expr, ExprKind, ObjOp, SeqOp, Ty};

/// The error for a generator expression where none is accepted.
pub const GENERATOR_ELSEWHERE: &str = "generator expressions outside a call that consumes them are not supported yet: \
     pass one directly to sum(), any(), list(), str.join() and the like, or loop over it";

impl Checker<'_, '_> {
    /// The iterable of a `for` statement or clause: what [`Checker::iterable`]
    /// accepts, or a generator expression (walked lazily by lowering).
    pub fn lazy_iterable(&mut self, e: &ast::Expr) -> Expr {
        match e {
            ast::Expr::GeneratorExp(g) => self.generator_expression(g, None),
            // `enumerate(generator)` is walked in place too.
            ast::Expr::Call(call)
                if matches!(call.args.first(), Some(ast::Expr::GeneratorExp(_)))
                    && name_of(&call.func)
                        .is_some_and(|n| matches!(self.resolve(n), Resolved::Builtin("enumerate"))) =>
            {
                self.enumerate_call(call, span_of(e), true)
            }
            _ => self.iterable(e),
        }
    }

    /// Reports `other`, an argument CPython evaluates after making the
    /// generator `consumed` but before computing any of its elements, unless
    /// it cannot be told apart from evaluating it after them (no effects, no
    /// errors). `false` if reported.
    pub(crate) fn evaluated_before_elements(&mut self, consumed: &Expr, other: &Expr, what: &str) -> bool {
        if !is_generator(consumed) || other.ty == Ty::Unknown || effect_free(other) {
            return true;
        }
        let msg = format!(
            "{what} of a call consuming a generator expression must be a constant or a variable \
             (CPython evaluates it before the generator's elements): assign it to a variable first"
        );
        self.error(other.span, msg);
        false
    }
}

impl Checker<'_, '_> {
    /// `next(generator)` / `next(generator, default)`: the first element (a
    /// `T | None` with a `None` default). `next()` of anything else is
    /// rejected (taipan has no iterator objects).
    pub(crate) fn next_call(&mut self, call: &ast::ExprCall, span: Span, expected: Option<Ty>) -> Expr {
        // Resuming a generator runs its body, which may assign fields.
        self.forget_shared_narrowings();
        let (gen, default) = match (call.args.as_slice(), call.keywords.as_slice()) {
            ([ast::Expr::GeneratorExp(g)], []) => (g, None),
            ([ast::Expr::GeneratorExp(g), d], []) => (g, Some(d)),
            ([g], []) => return self.next_of_generator(g, None, span, expected),
            ([g, d], []) => return self.next_of_generator(g, Some(d), span, expected),
            _ => {
                let msg =
                    "next() is only supported on a generator expression, as in next((x for x in xs if x > 0), None)";
                return self.reject_call(call, span, msg.to_string());
            }
        };
        let mut gen = self.generator_expression(gen, None);
        let elem = gen.ty.iter_elem().unwrap_or(Ty::Unknown);
        if elem == Ty::Unknown {
            return Self::error_expr(span);
        }
        let Some(d) = default else {
            return obj_op(ObjOp::Seq(SeqOp::Next), vec![gen], elem, span);
        };
        let ty = next_default_type(d, elem, expected);
        let default = self.value(d, Some(ty));
        let default = self.coerce(default, ty);
        if default.ty == Ty::Unknown || !self.evaluated_before_elements(&gen, &default, "the default") {
            return Self::error_expr(span);
        }
        if ty != elem {
            if let ExprKind::Comprehension(c) = &mut gen.kind {
                let element = std::mem::replace(&mut c.element, Self::error_expr(span));
                c.element = self.coerce(element, ty);
            }
            gen.ty = Ty::list(ty);
        }
        obj_op(ObjOp::Seq(SeqOp::Next), vec![gen, default], ty, span)
    }
}

/// Whether `e` is a generator expression (see the module doc).
pub fn is_generator(e: &Expr) -> bool {
    matches!(&e.kind, ExprKind::Comprehension(c) if c.kind == ComprehensionKind::Generator)
}

/// Whether evaluating `e` can neither raise nor have an effect: constants,
/// variables that are surely bound, and conversions of those that can
/// neither fail nor call user code (not `int(float)`, not truth tests).
fn effect_free(e: &Expr) -> bool {
    match &e.kind {
        ExprKind::Const(_) => true,
        ExprKind::Local { checked, .. } | ExprKind::Global { checked, .. } => !checked,
        ExprKind::Convert { conv, arg } => {
            !matches!(conv, Conversion::FloatToInt | Conversion::Truth) && effect_free(arg)
        }
        _ => false,
    }
}

/// `set(generator)`: the set comprehension with the generator's clauses,
/// which adds each element as it is made (hashing it, which for an instance
/// calls its `__hash__`, in CPython's order).
pub fn into_set_comprehension(generator: Expr, set_ty: Ty) -> Expr {
    match generator.kind {
        ExprKind::Comprehension(mut c) => {
            c.kind = ComprehensionKind::Set;
            Expr { kind: ExprKind::Comprehension(c), ty: set_ty, span: generator.span }
        }
        _ => generator,
    }
}

/// Whether the runtime may call user code back (special methods of
/// instances) when it compares or hashes values of type `ty`: consumers
/// that do so between a generator's elements in CPython cannot take the
/// list of the elements instead.
pub fn may_call_back(ty: Ty) -> bool {
    match ty {
        Ty::Instance(_) => true,
        Ty::Optional(t) | Ty::List(t) | Ty::TupleOf(t) | Ty::Set(t) | Ty::Deque(t) => may_call_back(*t),
        Ty::Tuple(fields) => fields.iter().any(|f| may_call_back(*f)),
        Ty::Dict(k, v) => may_call_back(*k) || may_call_back(*v),
        _ => false,
    }
}

/// The type of `next(it, default)` for elements of type `elem`: a `None`
/// default makes the result optional, as for mypy.
pub(crate) fn next_default_type(default: &ast::Expr, elem: Ty, expected: Option<Ty>) -> Ty {
    let is_none = matches!(default, ast::Expr::Constant(c) if matches!(c.value, ast::Constant::None));
    match (is_none, expected) {
        (true, Some(t @ Ty::Optional(inner))) if *inner == elem => t,
        (true, _) if matches!(elem, Ty::Optional(_)) => elem,
        (true, _) => Ty::optional(elem),
        (false, _) => elem,
    }
}
