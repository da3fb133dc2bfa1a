//! `functools.reduce(f, xs[, init])` as an expression, anywhere a value
//! goes (`print(reduce(f, xs, 1) + 1)`, an f-string, an argument). The
//! whole value of an assignment or a `return` is still the loop
//! `reduce_stmts.rs` writes before the scan; this is every other place.
//!
//! It is CPython's `functools.reduce` written in Python below and compiled
//! as the code of a function value (`closures.rs`), called where the call
//! stands: `xs` becomes an iterator there (a stored generator expression
//! `(x for x in xs)`, `stored_generator.rs`, evaluated at the call as
//! CPython's `iter()`), `f` a function value of two parameters (the
//! accumulator's type and the elements'). `f` is a lambda, a function,
//! `operator.add` & co. (the lambda `lambda a, b: a + b`), or any function
//! value. The accumulator keeps one type: `f` must return the type of
//! `init` (of the elements, without `init`).

use taipan_diagnostics::Span;
use taipan_syntax::{ast, span_of};

use crate::closures::{Code, CodeBody};
use crate::checker::Checker;
use crate::hir::{Expr, ExprKind, Ty};

/// With an initial value.
const REDUCE_INIT: &str = "\
def reduce(function, it, acc):
    for x in it:
        acc = function(acc, x)
    return acc
";

/// Without: the first element starts.
const REDUCE: &str = "\
def reduce(function, it):
    for acc in it:
        break
    else:
        raise TypeError(\"reduce() of empty iterable with no initial value\")
    for x in it:
        acc = function(acc, x)
    return acc
";

/// The name of the made generator expression's variable: no Python name can
/// spell it.
const ELEMENT: &str = "<reduce element>";

impl Checker<'_, '_> {
    /// `reduce(f, xs[, init])` where its value is used (see the module doc).
    pub(crate) fn reduce_expr(&mut self, call: &ast::ExprCall, span: Span) -> Expr {
        if call.args.iter().any(|a| matches!(a, ast::Expr::Starred(_))) {
            return self.reject_call(call, span, "star arguments are not supported yet".to_string());
        }
        // The arguments are not checked: a lambda's parameter types would
        // be unknown, its errors only repeating this one.
        if !call.keywords.is_empty() {
            self.error(span, "reduce() takes no keyword arguments");
            return Self::error_expr(span);
        }
        let (f, xs, init) = match call.args.as_slice() {
            [f, xs] => (f, xs, None),
            [f, xs, init] => (f, xs, Some(init)),
            args => {
                let msg = format!("reduce expected at least 2 arguments, got {}", args.len());
                let msg = if args.len() > 3 { format!("reduce expected at most 3 arguments, got {}", args.len()) } else { msg };
                self.error(span, msg);
                return Self::error_expr(span);
            }
        };
        let (it, _) = self.made_iterator(xs, span, ELEMENT);
        let elem = match it.ty {
            Ty::Iterator(elem) if *elem != Ty::Unknown => *elem,
            _ => return Self::error_expr(span),
        };
        let init = init.map(|i| self.value(i, None));
        let acc = match &init {
            Some(i) if i.ty == Ty::Unknown => return Self::error_expr(span),
            Some(i) => i.ty,
            None => elem,
        };
        let Some(function) = self.reduce_function(f, acc, elem) else { return Self::error_expr(span) };
        let mut params = vec![("function".to_string(), function.ty), ("it".to_string(), it.ty)];
        let mut args = vec![function, it];
        let template = match init {
            Some(init) => {
                params.push(("acc".to_string(), acc));
                args.push(init);
                REDUCE_INIT
            }
            None => REDUCE,
        };
        let suite = match taipan_syntax::parse_generated(template, span) {
            Ok(suite) => suite,
            Err(message) => {
                self.error(span, format!("internal error: functools.reduce: {message}"));
                return Self::error_expr(span);
            }
        };
        let Some(ast::Stmt::FunctionDef(def)) = suite.first() else { return Self::error_expr(span) };
        let param_types: Vec<Ty> = params.iter().map(|p| p.1).collect();
        let code = Code {
            name: "reduce".to_string(),
            span,
            params,
            ret: acc,
            ret_annotated: true,
            body: CodeBody::Def(def),
            free: Vec::new(),
            self_name: None,
            generator_elem: None,
            ty: Ty::callable(&param_types, acc),
        };
        let Some(code) = self.function_value_code(code) else { return Self::error_expr(span) };
        Expr { kind: ExprKind::CallValue { callee: Box::new(code), args }, ty: acc, span }
    }

    /// `f` as a function value `(acc, elem) -> acc`, or `None` (reported).
    fn reduce_function(&mut self, f: &ast::Expr, acc: Ty, elem: Ty) -> Option<Expr> {
        let span = span_of(f);
        if let ast::Expr::Lambda(l) = f {
            if l.args.args.len() != 2 {
                self.error(span, "the function of reduce() must take exactly two arguments");
                return None;
            }
        }
        let operator_lambda = match self.std_member(f) {
            Some((crate::std_modules::StdModule::Operator, member)) => {
                match crate::operator_module::binary_lambda(&member, span) {
                    Ok(lambda) => Some(lambda),
                    Err(msg) => {
                        self.error(span, msg);
                        return None;
                    }
                }
            }
            _ => None,
        };
        let f = operator_lambda.as_ref().unwrap_or(f);
        let value = self.value(f, Some(Ty::callable(&[acc, elem], acc)));
        match value.ty {
            Ty::Callable(sig) if sig.params.len() == 2 && sig.params[0] == acc && sig.params[1] == elem && sig.ret == acc => {
                Some(value)
            }
            Ty::Callable(sig) if sig.params.len() == 2 && sig.params[0] == acc && sig.params[1] == elem => {
                let msg = format!(
                    "this reduce() function returns {}, but the accumulator is {acc}: reduce() is supported when the function returns the accumulator's type",
                    sig.ret
                );
                self.error(span, msg);
                None
            }
            Ty::Unknown => None,
            other => {
                let msg = format!("the function of reduce() must take ({acc}, {elem}) and return {acc}, found {other}");
                self.error(span, msg);
                None
            }
        }
    }
}
