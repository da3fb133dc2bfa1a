//! `collections.deque[T]`: construction, methods and `d.maxlen`
//! (`ObjOp::Deque`). What a deque shares with a list (`len`, `in`, `==`,
//! orderings, iteration, truthiness, `d[i] = v`) is checked where lists are.

use taipan_diagnostics::Span;
use taipan_syntax::ast;
use taipan_syntax::span_of;

use crate::checker::Checker;
use crate::container_expr::obj_op;
use crate::hir::{Const, DequeOp, Expr, ObjOp, Ty};

impl Checker<'_, '_> {
    /// `deque()`, `deque(iterable)`, `deque(iterable, maxlen)` (`maxlen=`
    /// also by name). The element type comes from the iterable, else from
    /// the annotation the value is assigned to.
    pub(crate) fn deque_call(&mut self, call: &ast::ExprCall, span: Span, expected: Option<Ty>) -> Expr {
        let Some(keywords) = self.keywords(call, "deque", &["maxlen", "iterable"]) else {
            return self.reject_call(call, span, String::new());
        };
        if self.arity(call, span, "deque", 0, 2).is_none() {
            return self.reject_call(call, span, String::new());
        }
        let by_name = |k: &str| keywords.iter().find(|(n, _)| *n == k).map(|(_, e)| *e);
        let iterable_ast = call.args.first().or_else(|| by_name("iterable"));
        let maxlen_ast = call.args.get(1).or_else(|| by_name("maxlen"));
        if call.args.len() == 2 && by_name("maxlen").is_some() || !call.args.is_empty() && by_name("iterable").is_some() {
            return self.reject_call(call, span, "argument for deque() given by name and position".to_string());
        }
        let expected_elem = match expected {
            Some(Ty::Deque(e)) => Some(*e),
            _ => None,
        };
        let items = match iterable_ast {
            None => None,
            // A display takes the annotation's element type (`deque[float]` of `[1, 2]`).
            Some(e @ ast::Expr::List(_)) if expected_elem.is_some() => {
                Some(self.value(e, expected_elem.map(Ty::list)))
            }
            Some(e) => match self.consumed_arg(e, "deque()") {
                Some(items) => Some(self.as_list(items)),
                None => return self.reject_call(call, span, String::new()),
            },
        };
        let elem = match (&items, expected_elem) {
            (Some(items), want) => {
                let Some(found) = items.ty.iter_elem() else { return Self::error_expr(span) };
                if let Some(want) = want.filter(|w| *w != found) {
                    let msg = format!("deque() of {found} elements cannot be a deque[{want}]");
                    self.error(items.span, msg);
                    return Self::error_expr(span);
                }
                found
            }
            (None, Some(want)) => want,
            (None, None) => {
                let msg = "deque() needs a type annotation here (as in 'd: deque[int] = deque()')";
                return self.reject_call(call, span, msg.to_string());
            }
        };
        if elem == Ty::Unknown {
            return Self::error_expr(span);
        }
        let maxlen = match maxlen_ast {
            None | Some(ast::Expr::Constant(ast::ExprConstant { value: ast::Constant::None, .. })) => {
                Self::const_expr(Const::None, span)
            }
            Some(e) => {
                let m = self.value(e, Some(Ty::Int));
                match m.ty {
                    Ty::Int => m,
                    Ty::Bool => crate::expr::to_int(m),
                    Ty::Unknown => return Self::error_expr(span),
                    other => {
                        self.error(m.span, format!("an integer is required (got type {})", other.python_name()));
                        return Self::error_expr(span);
                    }
                }
            }
        };
        let items = items.unwrap_or_else(|| Self::const_expr(Const::None, span));
        obj_op(ObjOp::Deque(DequeOp::New), vec![items, maxlen], Ty::deque(elem), span)
    }

    /// `d.method(...)` on a `deque[elem]`.
    pub(crate) fn deque_method(&mut self, d: Expr, elem: Ty, name: &str, call: &ast::ExprCall, span: Span) -> Expr {
        let qualified = format!("deque.{name}");
        let (op, expected, min, ret): (DequeOp, Vec<Option<Ty>>, usize, Ty) = match name {
            "append" => (DequeOp::Append { left: false }, vec![Some(elem)], 1, Ty::None),
            "appendleft" => (DequeOp::Append { left: true }, vec![Some(elem)], 1, Ty::None),
            "pop" => (DequeOp::Pop { left: false }, vec![], 0, elem),
            "popleft" => (DequeOp::Pop { left: true }, vec![], 0, elem),
            "clear" => (DequeOp::Clear, vec![], 0, Ty::None),
            "reverse" => (DequeOp::Reverse, vec![], 0, Ty::None),
            "rotate" => (DequeOp::Rotate, vec![Some(Ty::Int)], 0, Ty::None),
            "count" => (DequeOp::Count, vec![Some(elem)], 1, Ty::Int),
            "remove" => (DequeOp::Remove, vec![Some(elem)], 1, Ty::None),
            "index" => (DequeOp::Index, vec![Some(elem)], 1, Ty::Int),
            "insert" => (DequeOp::Insert, vec![Some(Ty::Int), Some(elem)], 2, Ty::None),
            "copy" => (DequeOp::Copy, vec![], 0, d.ty),
            "extend" | "extendleft" => return self.deque_extend(d, elem, name == "extendleft", call, span),
            _ => {
                let msg = format!("deque method '{name}' is not supported yet");
                return self.reject_call(call, span, msg);
            }
        };
        if matches!(name, "count" | "remove" | "index") && self.reject_runtime_comparison(d.ty, span, &qualified) {
            return Self::error_expr(span);
        }
        let Some(args) = self.method_args(call, span, &qualified, &expected, min) else {
            return Self::error_expr(span);
        };
        let mut all = vec![d];
        all.extend(args);
        if op == DequeOp::Rotate && all.len() == 1 {
            all.push(Self::const_expr(Const::Int(1), span));
        }
        obj_op(ObjOp::Deque(op), all, ret, span)
    }

    /// `d.extend(iterable)` / `d.extendleft(iterable)`.
    fn deque_extend(&mut self, d: Expr, elem: Ty, left: bool, call: &ast::ExprCall, span: Span) -> Expr {
        let name = if left { "deque.extendleft" } else { "deque.extend" };
        if self.positional(call, name).is_none() || self.arity(call, span, name, 1, 1).is_none() {
            return self.reject_call(call, span, String::new());
        }
        let items = match &call.args[0] {
            e @ ast::Expr::List(_) => self.value(e, Some(Ty::list(elem))),
            // CPython appends each element as the generator makes it (and
            // raises if the generator reads the deque): not the same as
            // extending by the list of its elements.
            ast::Expr::GeneratorExp(_) => {
                let msg = format!("{name}() of a generator expression is not supported yet: pass a list comprehension");
                return self.unsupported(span, &msg);
            }
            e => match self.consumed_arg(e, name) {
                // Another deque is read as a list (its layout starts as one's).
                Some(items) if matches!(items.ty, Ty::Deque(_)) => items,
                Some(items) => self.as_list(items),
                None => return Self::error_expr(span),
            },
        };
        let found = items.ty.iter_elem().unwrap_or(Ty::Unknown);
        if found == Ty::Unknown {
            return Self::error_expr(span);
        }
        if found != elem {
            self.error(span_of(&call.args[0]), format!("{name}() of a deque[{elem}] takes {elem} elements, not {found}"));
            return Self::error_expr(span);
        }
        obj_op(ObjOp::Deque(DequeOp::Extend { left }), vec![d, items], Ty::None, span)
    }

    /// `d.maxlen` (the only attribute of a deque that is not a method).
    pub(crate) fn deque_attribute(&mut self, d: Expr, attr: &str, span: Span) -> Expr {
        if attr != "maxlen" {
            return self.unsupported(span, &format!("'deque' object attribute '{attr}' is not supported yet"));
        }
        obj_op(ObjOp::Deque(DequeOp::Maxlen), vec![d], Ty::optional(Ty::Int), span)
    }
}
