//! Generator expressions as values: stored, returned, passed to a function
//! taking an `Iterator[T]`, given to `zip()` or `next()` later.
//!
//! ```python
//! squares = (x * x for x in xs if x > k)
//! ```
//!
//! is desugared, once, into what CPython compiles it to: a nested generator
//! function that closes over what the expression reads (`k`), called where
//! the expression stands with its first iterable as the argument:
//!
//! ```python
//! def <genexpr>(.0: list[int]) -> Iterator[int]:
//!     for x in .0:
//!         if x > k:
//!             yield x * x
//! squares = <genexpr>(xs)
//! ```
//!
//! So the first iterable is evaluated when the generator is made (an error
//! in it is raised there, and rebinding `xs` later changes nothing), the
//! rest element by element as the consumer asks. The code is a function
//! value's (`closures.rs`): captured variables that something assigns are
//! cells (`closure_scan.rs` treats a stored generator expression as a
//! capturing scope), so the generator sees their latest values, as in
//! CPython. Lowering makes it a generator function like any other
//! (`taipan_lower/src/generator_fn.rs`).
//!
//! The first iterable is a value (a list, str, dict, generator object...),
//! or one of the iterables taipan has no objects for, whose arguments are
//! the values: `range(a, b)`, `enumerate(xs)`, `zip(xs, ys)`,
//! `reversed(s)` of a str or tuple, `d.items()`/`keys()`/`values()`
//! (CPython's versions of these do nothing at creation that their arguments
//! would not show). `itertools` iterables are made at once, as lists
//! (CPython's copy their inputs at creation too), but for `count`,
//! `repeat` and `cycle`, which are iterator objects
//! (`itertools_iterators.rs`). Rejected by name: a
//! `range()` step that is not a constant (CPython checks it for zero at
//! creation) and `reversed()` of a list (CPython's iterator starts from the
//! length at creation).

use taipan_diagnostics::Span;
use taipan_syntax::ast;
use taipan_syntax::{build, span_of, Ranged};

use crate::checker::{name_of, Checker, Resolved};
use crate::closures::{Code, CodeBody};
use crate::hir::{AssignTarget, Expr, ExprKind, Place, Stmt, StmtKind, Target, Ty};

/// The values a stored generator's first iterable is made of: the
/// arguments of its code, evaluated where the expression stands.
#[derive(Default)]
struct Lifted {
    args: Vec<Expr>,
    params: Vec<(String, Ty)>,
    failed: bool,
}

impl Lifted {
    /// `value` becomes the next parameter; the read of it, for the body.
    fn push(&mut self, value: Expr, original: &ast::Expr) -> ast::Expr {
        let name = format!(".{}", self.args.len());
        if value.ty == Ty::Unknown {
            self.failed = true;
        }
        self.params.push((name.clone(), value.ty));
        self.args.push(value);
        build::name(&name, original.range())
    }
}

impl Checker<'_, '_> {
    /// A generator expression used as a value (see the module doc): the
    /// generator object, an `Iterator[T]` (`expected`, when known, gives `T`).
    /// `iter(iterable)` made by library code written in Python (`groupby`,
    /// `reduce`): the stored generator expression `(element for element in
    /// iterable)` placed at the call's closing parenthesis, where no
    /// expression of the source starts, so its key is its own
    /// (`define_lambda`). With that span.
    pub(crate) fn made_iterator(&mut self, iterable: &ast::Expr, call: Span, element: &str) -> (Expr, Span) {
        let inner = Span::new(call.end.saturating_sub(1), call.end);
        let range = taipan_syntax::TextRange::new(inner.start.into(), inner.end.into());
        let generator = ast::ExprGeneratorExp {
            range,
            elt: Box::new(taipan_syntax::build::name(element, range)),
            generators: vec![ast::Comprehension {
                range: Default::default(),
                target: ast::Expr::Name(ast::ExprName { range, id: ast::Identifier::new(element), ctx: ast::ExprContext::Store }),
                iter: iterable.clone(),
                ifs: Vec::new(),
                is_async: false,
            }],
        };
        (self.stored_generator(&generator, None, inner), inner)
    }

    pub(crate) fn stored_generator(&mut self, g: &ast::ExprGeneratorExp, expected: Option<Ty>, span: Span) -> Expr {
        let Some(first) = g.generators.first() else { return Self::error_expr(span) };
        let mut lifted = Lifted::default();
        let first_iter = self.lift_iterable(&first.iter, &mut lifted);
        if lifted.failed {
            return Self::error_expr(span);
        }
        let mut body = g.clone();
        body.generators[0].iter = first_iter;
        let param_names: Vec<String> = lifted.params.iter().map(|p| p.0.clone()).collect();
        let free = crate::closure_scan::free_names_of_generator(&body, &param_names);
        if !self.generator_captures_are_exact(&free, span) {
            return Self::error_expr(span);
        }
        let ret = match expected {
            Some(t @ Ty::Iterator(_)) => t,
            _ => Ty::Unknown,
        };
        let param_types: Vec<Ty> = lifted.params.iter().map(|p| p.1).collect();
        let code = Code {
            name: "<genexpr>".to_string(),
            span,
            params: lifted.params,
            ret,
            ret_annotated: true,
            body: CodeBody::Generator(&body),
            free,
            self_name: None,
            generator_elem: Some(ret.iter_elem().unwrap_or(Ty::Unknown)),
            ty: Ty::callable(&param_types, ret),
        };
        let Some(closure) = self.function_value_code(code) else { return Self::error_expr(span) };
        let Ty::Callable(sig) = closure.ty else { return Self::error_expr(span) };
        // Making it runs none of it, but it reads the captured variables.
        self.forget_shared_narrowings();
        Expr { kind: ExprKind::CallValue { callee: Box::new(closure), args: lifted.args }, ty: sig.ret, span }
    }

    /// The first iterable, for the body of the generator's code: its values
    /// become parameters (see the module doc).
    fn lift_iterable(&mut self, e: &ast::Expr, lifted: &mut Lifted) -> ast::Expr {
        let ast::Expr::Call(call) = e else { return self.lift_value(e, lifted) };
        let builtin = name_of(&call.func).and_then(|n| match self.resolve(n) {
            Resolved::Builtin(b) => Some(b),
            _ => None,
        });
        if let Some(b @ ("range" | "enumerate" | "zip" | "reversed")) = builtin {
            if b == "range" && call.args.len() == 3 && !is_nonzero_int_literal(&call.args[2]) {
                let msg = "a range() step that is not a nonzero constant in the first iterable of a stored generator \
                           expression is not supported yet (CPython checks it when the generator is made)";
                self.error(span_of(&call.args[2]), msg);
                lifted.failed = true;
                return e.clone();
            }
            let mut rebuilt = call.clone();
            for (arg, out) in call.args.iter().zip(rebuilt.args.iter_mut()) {
                *out = match b {
                    "range" => self.lift_value(arg, lifted),
                    _ => self.lift_iterable(arg, lifted),
                };
            }
            if b == "reversed" {
                if let Some(Ty::List(_) | Ty::Deque(_)) = lifted.params.last().map(|p| p.1) {
                    let msg = "reversed() of a list as the first iterable of a stored generator expression is not \
                               supported yet (CPython's iterator starts from the length at creation): pass reversed(list(xs))";
                    self.error(span_of(e), msg);
                    lifted.failed = true;
                }
            }
            for (k, out) in call.keywords.iter().zip(rebuilt.keywords.iter_mut()) {
                out.value = self.lift_value(&k.value, lifted);
            }
            return ast::Expr::Call(rebuilt);
        }
        if let ast::Expr::Attribute(a) = &*call.func {
            let view = matches!(a.attr.as_str(), "items" | "keys" | "values");
            if view && call.args.is_empty() && call.keywords.is_empty() {
                let receiver = self.value(&a.value, None);
                if let Ty::Dict(..) = receiver.ty {
                    let mut rebuilt = call.clone();
                    let mut attribute = a.clone();
                    attribute.value = Box::new(lifted.push(receiver, &a.value));
                    rebuilt.func = Box::new(ast::Expr::Attribute(attribute));
                    return ast::Expr::Call(rebuilt);
                }
                // Not a dict: checked again as an ordinary call below.
            }
        }
        let itertools_list = match self.std_member(&call.func) {
            Some((crate::std_modules::StdModule::Itertools, member)) => {
                !crate::itertools_iterators::ITERATOR_MEMBERS.contains(&member.as_str())
            }
            _ => false,
        };
        if itertools_list {
            // Made at once, as a list of its elements.
            let iterable = self.iterable(e);
            let list = self.as_list(iterable);
            return lifted.push(list, e);
        }
        self.lift_value(e, lifted)
    }

    fn lift_value(&mut self, e: &ast::Expr, lifted: &mut Lifted) -> ast::Expr {
        let value = self.value(e, None);
        lifted.push(value, e)
    }

    /// Whether the variables the generator reads (`free`) can be captured
    /// as they are: a variable that is assigned must live in a cell, which
    /// `closure_scan.rs` gives it unless it took this generator expression
    /// for one consumed on the spot (a `sum()` that is not the builtin).
    fn generator_captures_are_exact(&mut self, free: &[String], span: Span) -> bool {
        for name in free {
            let Resolved::Local(id) = self.resolve(name) else { continue };
            if !self.cells.contains(&id) && self.closure_plan.assigned.contains(name) {
                let msg = format!(
                    "this generator expression reads '{name}', which this function assigns, but is not consumed on the \
                     spot: not supported here (assign the generator expression to a variable first)"
                );
                self.error(span, msg);
                return false;
            }
        }
        true
    }

    /// The body of a stored generator's code: `for x in <the generator
    /// expression>: yield x`, the generator expression's first iterable
    /// being made of the parameters (lowering runs its clauses in place).
    /// The type of the code's result, `Iterator[T]`; `None` if not known.
    pub(crate) fn stored_generator_body(&mut self, g: &ast::ExprGeneratorExp, ret: Ty, body: &mut Vec<Stmt>) -> Option<Ty> {
        let expected_elem = ret.iter_elem();
        let span = span_of(g);
        let generator = self.generator_expression(g, expected_elem);
        let elem = generator.ty.iter_elem().filter(|t| *t != Ty::Unknown)?;
        let x = self.fresh_local("<element>", elem);
        let read = Expr { kind: ExprKind::Local { id: x, checked: false }, ty: elem, span };
        let value = match expected_elem {
            Some(t) => self.coerce(read, t),
            None => read,
        };
        let ret = Ty::iterator(value.ty);
        let target = Target::Name { target: AssignTarget { place: Place::Local(x), convert: None }, ty: elem };
        let yield_stmt = Stmt { kind: StmtKind::Yield(value), span };
        body.push(Stmt { kind: StmtKind::ForEach { target, iter: generator, body: vec![yield_stmt], orelse: Vec::new() }, span });
        Some(ret)
    }
}

/// Whether `e` is an int literal other than zero (`-1` included).
fn is_nonzero_int_literal(e: &ast::Expr) -> bool {
    match e {
        ast::Expr::Constant(c) => matches!(&c.value, ast::Constant::Int(i) if i.to_string() != "0"),
        ast::Expr::UnaryOp(u) if matches!(u.op, ast::UnaryOp::USub) => is_nonzero_int_literal(&u.operand),
        _ => false,
    }
}
