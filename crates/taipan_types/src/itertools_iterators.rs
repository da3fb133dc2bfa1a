//! `itertools.count()`, `itertools.repeat()` and `itertools.cycle()` as
//! iterator objects: stored (`counter = count()`), passed, given to `zip()`,
//! `next()`, `islice()`, anywhere a generator object goes.
//!
//! Each is the generator function CPython's documentation gives as its
//! equivalent, written in Python below, compiled as the code of a function
//! value (`closures.rs`) and called where the call stands with the
//! arguments, evaluated there. (`for i in count(a, s)` over one name is
//! still the plain loop `count_loops.rs` writes before the scan.)
//!
//! `count()` counts in ints, or in floats when the start is a float (CPython
//! adds the step each time, as here); an int start with a float step is
//! rejected, since CPython's first element is then the int.

use taipan_diagnostics::Span;
use taipan_syntax::ast;

use crate::checker::Checker;
use crate::closures::Code;
use crate::expr::{to_float, to_int};
use crate::hir::{Const, Expr, ExprKind, Ty};
use crate::std_modules::ArgKind;

const COUNT: &str = "def count(start, step):\n    n = start\n    while True:\n        yield n\n        n += step\n";
const REPEAT_FOREVER: &str = "def repeat(obj):\n    while True:\n        yield obj\n";
const REPEAT: &str = "def repeat(obj, times):\n    while times > 0:\n        yield obj\n        times -= 1\n";
// `saved` is a parameter (an empty list) so that it needs no annotation.
const CYCLE: &str = "def cycle(it, saved):\n    for x in it:\n        yield x\n        saved.append(x)\n    while saved:\n        for x in saved:\n            yield x\n";

/// The `itertools` members that are iterator objects here.
pub(crate) const ITERATOR_MEMBERS: &[&str] = &["count", "repeat", "cycle", "groupby"];

impl Checker<'_, '_> {
    /// `itertools.<name>(...)` for a member of [`ITERATOR_MEMBERS`]: a
    /// generator object.
    pub(crate) fn itertools_iterator(&mut self, name: &str, call: &ast::ExprCall, span: Span) -> Expr {
        if name == "groupby" {
            return self.itertools_groupby(call, span);
        }
        let Some((template, args, elem)) = self.itertools_iterator_args(name, call, span) else {
            return Self::error_expr(span);
        };
        if args.iter().any(|a| a.ty == Ty::Unknown) {
            return Self::error_expr(span);
        }
        let suite = match taipan_syntax::parse_generated(template, span) {
            Ok(suite) => suite,
            Err(message) => {
                self.error(span, format!("internal error: itertools.{name}: {message}"));
                return Self::error_expr(span);
            }
        };
        let Some(ast::Stmt::FunctionDef(def)) = suite.first() else { return Self::error_expr(span) };
        let names: Vec<String> = def.args.args.iter().map(|a| a.def.arg.to_string()).collect();
        let params: Vec<(String, Ty)> = names.into_iter().zip(args.iter().map(|a| a.ty)).collect();
        let ret = Ty::iterator(elem);
        let code = Code::library_generator(name, span, params, def, elem);
        let Some(closure) = self.function_value_code(code) else { return Self::error_expr(span) };
        Expr { kind: ExprKind::CallValue { callee: Box::new(closure), args }, ty: ret, span }
    }

    /// The template, the arguments (evaluated here) and the element type.
    fn itertools_iterator_args(&mut self, name: &str, call: &ast::ExprCall, span: Span) -> Option<(&'static str, Vec<Expr>, Ty)> {
        match name {
            "count" => {
                let params = [("start", ArgKind::Number), ("step", ArgKind::Number)];
                let values = self.std_args("count", &params, 0, call, span)?;
                let mut values = values.into_iter();
                let start = values.next().flatten().unwrap_or_else(|| Self::const_expr(Const::Int(0), span));
                let step = values.next().flatten().unwrap_or_else(|| Self::const_expr(Const::Int(1), span));
                match (start.ty, step.ty) {
                    (Ty::Float, _) => Some((COUNT, vec![start, to_float(step)], Ty::Float)),
                    (_, Ty::Float) => {
                        let msg = "count() of an int start and a float step is not supported (its first element is \
                                   an int, the others floats): write the start as a float";
                        self.error(span, msg);
                        None
                    }
                    _ => Some((COUNT, vec![to_int(start), to_int(step)], Ty::Int)),
                }
            }
            "repeat" => {
                let keywords = self.keywords(call, "repeat", &["times"])?;
                if call.args.is_empty() || call.args.len() + keywords.len() > 2 {
                    self.error(span, "repeat() takes an object and optionally the number of times");
                    return None;
                }
                let obj = self.value(&call.args[0], None);
                let elem = obj.ty;
                match call.args.get(1).or_else(|| keywords.first().map(|k| k.1)) {
                    None => Some((REPEAT_FOREVER, vec![obj], elem)),
                    Some(t) => {
                        let times = self.int_arg(t);
                        Some((REPEAT, vec![obj, times], elem))
                    }
                }
            }
            _ => {
                let [arg] = call.args.as_slice() else {
                    self.error(span, format!("cycle() takes exactly one argument ({} given)", call.args.len()));
                    return None;
                };
                if !call.keywords.is_empty() {
                    self.error(span, "cycle() takes no keyword arguments");
                    return None;
                }
                let it = self.value(arg, None);
                if it.ty == Ty::Unknown {
                    return None;
                }
                let Some(elem) = it.ty.iter_elem() else {
                    self.error(it.span, format!("'{}' object is not iterable", it.ty.python_name()));
                    return None;
                };
                let empty = ast::Expr::List(ast::ExprList { range: Default::default(), elts: Vec::new(), ctx: ast::ExprContext::Load });
                let saved = self.value(&empty, Some(Ty::list(elem)));
                let saved = Expr { span, ..saved };
                Some((CYCLE, vec![it, saved], elem))
            }
        }
    }
}
