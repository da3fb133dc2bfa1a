//! `math.prod`, `math.fsum` and `math.dist`: the `math` functions of
//! iterables of numbers. Each takes its iterables as lists (a generator
//! expression is the list of its elements) and is one runtime call
//! (`runtime/src/math_ops/sequences.rs`), except `fsum` of a generator
//! expression or generator object, which lowering runs element by element
//! since CPython stops consuming it at an overflowing element.

use taipan_diagnostics::Span;
use taipan_syntax::ast;

use crate::call::builtin;
use crate::checker::Checker;
use crate::hir::{Builtin, Const, Expr, MathFn, Ty};

impl Checker<'_, '_> {
    /// `math.name(...)` for one of these functions; `None` for other names.
    pub(crate) fn math_sequence_call(&mut self, name: &str, call: &ast::ExprCall, span: Span) -> Option<Expr> {
        Some(match name {
            "prod" => self.math_prod(call, span),
            "fsum" => self.math_fsum(call, span),
            "dist" => self.math_dist(call, span),
            _ => return None,
        })
    }

    /// `prod(iterable, /, *, start=1)`: ints (and bools) with an int start
    /// give an int; any numbers with a float start a float.
    fn math_prod(&mut self, call: &ast::ExprCall, span: Span) -> Expr {
        let Some(keywords) = self.keywords(call, "prod", &["start"]) else { return Self::error_expr(span) };
        if self.arity(call, span, "prod", 1, 1).is_none() {
            return Self::error_expr(span);
        }
        let Some(list) = self.numbers_arg(&call.args[0], "prod") else { return Self::error_expr(span) };
        let start = match keywords.first() {
            Some((_, e)) => self.value(e, None),
            None => Self::const_expr(Const::Int(1), span),
        };
        if start.ty == Ty::Unknown || !self.evaluated_before_elements(&list, &start, "the start") {
            return Self::error_expr(span);
        }
        let elem = list.ty.iter_elem().unwrap_or(Ty::Unknown);
        match (elem, start.ty) {
            (Ty::Int | Ty::Bool, Ty::Int) => builtin(Builtin::Math(MathFn::ProdInt), vec![list, start], Ty::Int, span),
            (_, Ty::Float) => builtin(Builtin::Math(MathFn::ProdFloat), vec![list, start], Ty::Float, span),
            (Ty::Float, Ty::Int) => self.unsupported(
                start.span,
                "math.prod() of floats with an int start is not supported (CPython gives the int start for no \
                 elements): pass start=1.0",
            ),
            (_, Ty::Bool) => self.unsupported(start.span, "math.prod() with a bool start is not supported"),
            (_, other) => self.unsupported(start.span, &format!("math.prod() with a {other} start is not supported")),
        }
    }

    /// `fsum(iterable, /)`: the exactly rounded sum, a float.
    fn math_fsum(&mut self, call: &ast::ExprCall, span: Span) -> Expr {
        if self.keywords(call, "fsum", &[]).is_none() || self.arity(call, span, "fsum", 1, 1).is_none() {
            return Self::error_expr(span);
        }
        match self.numbers_arg(&call.args[0], "fsum") {
            Some(list) => builtin(Builtin::Math(MathFn::Fsum), vec![list], Ty::Float, span),
            None => Self::error_expr(span),
        }
    }

    /// `dist(p, q, /)`: two iterables of numbers; both are read before their
    /// lengths are compared, as CPython makes tuples of them first.
    fn math_dist(&mut self, call: &ast::ExprCall, span: Span) -> Expr {
        if self.keywords(call, "dist", &[]).is_none() || self.arity(call, span, "dist", 2, 2).is_none() {
            return Self::error_expr(span);
        }
        let p = self.numbers_arg(&call.args[0], "dist");
        let q = self.numbers_arg(&call.args[1], "dist");
        match (p, q) {
            (Some(p), Some(q)) => builtin(Builtin::Math(MathFn::Dist), vec![p, q], Ty::Float, span),
            _ => Self::error_expr(span),
        }
    }

    /// An iterable argument whose elements are numbers: a list (other
    /// iterables are converted), or for `fsum` and `dist`, which read every
    /// element as a float, also a tuple, whose fields may mix ints and
    /// floats (`(0, 1.5)`). `None` (reported) otherwise.
    fn numbers_arg(&mut self, e: &ast::Expr, name: &str) -> Option<Expr> {
        let arg = match e {
            ast::Expr::GeneratorExp(_) => self.consumed_arg(e, &format!("{name}()"))?,
            _ => self.iterable(e),
        };
        let reads_floats = matches!(name, "fsum" | "dist");
        match arg.ty {
            Ty::Unknown => return None,
            Ty::Tuple(fields) if reads_floats && fields.iter().all(|f| f.is_number()) => return Some(arg),
            Ty::TupleOf(elem) if reads_floats && elem.is_number() => return Some(arg),
            // A generator object stays one: `fsum` stops resuming it at an
            // overflowing element (`taipan_lower/src/math_sums.rs`).
            Ty::Iterator(elem) if name == "fsum" && elem.is_number() => return Some(arg),
            _ => {}
        }
        match arg.ty.iter_elem() {
            Some(t) if t.is_number() => Some(self.as_list(arg)),
            Some(t) => {
                self.error(arg.span, format!("math.{name}() of {} values is not supported (numbers only)", t.python_name()));
                None
            }
            None if matches!(arg.ty, Ty::Tuple(_)) => {
                self.error(arg.span, format!("math.{name}() of a {} is not supported (numbers only)", arg.ty));
                None
            }
            None => {
                self.error(arg.span, format!("{name}(): '{}' object is not iterable", arg.ty.python_name()));
                None
            }
        }
    }
}
