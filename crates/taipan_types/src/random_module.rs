//! `import random`: the module-level functions of CPython's hidden
//! `random.Random()` instance and the methods of `random.Random` objects
//! (`Ty::Random`), drawing the same numbers for the same seed (the
//! generator is in `runtime/src/random_ops.rs`). A module-level call is
//! `Builtin::Random`; a method call `Builtin::RandomMethod`, whose first
//! argument is the generator. `SystemRandom` and the distributions beyond
//! `gauss` and `expovariate` are rejected.

use std::collections::HashMap;

use taipan_diagnostics::Span;
use taipan_syntax::ast;

use crate::call::builtin;
use crate::checker::Checker;
use crate::hir::{Builtin, Const, Expr, RandomFn, Ty};
use crate::scan::Imported;
use crate::std_modules::ArgKind::{self, Float, Int, List, Number, Sequence};
use crate::std_modules::StdModule;

/// The members of `random` taipan supports.
pub(crate) const RANDOM_MEMBERS: &[&str] = &[
    "seed", "random", "getrandbits", "randrange", "randint", "uniform", "gauss", "expovariate", "choice", "shuffle",
    "sample", "choices", "Random",
];

/// Whether an annotation (or callee) names the class `random.Random`:
/// `random.Random` through `import random [as r]`, or `Random` imported
/// from it.
pub(crate) fn names_random_class(e: &ast::Expr, imports: &HashMap<String, Imported>) -> bool {
    match e {
        ast::Expr::Name(n) => {
            matches!(imports.get(n.id.as_str()), Some(Imported::StdMember(StdModule::Random, m)) if m == "Random")
        }
        ast::Expr::Attribute(a) => {
            a.attr.as_str() == "Random"
                && crate::checker::name_of(&a.value)
                    .is_some_and(|m| matches!(imports.get(m), Some(Imported::StdModule(StdModule::Random))))
        }
        _ => false,
    }
}

impl Checker<'_, '_> {
    /// `random.name(...)`: a module-level function, or `random.Random(...)`.
    pub(crate) fn random_call(&mut self, name: &str, call: &ast::ExprCall, span: Span) -> Expr {
        if name == "Random" {
            return self.random_new(call, span);
        }
        if self.env.module_name != "__main__" {
            // The importing interpreter's `random` has its own state: a
            // Python caller's `random.seed()` would not reach this one.
            let msg = format!("random.{name} is not supported in extension modules yet (its state would not be the interpreter's)");
            return self.reject_call(call, span, msg);
        }
        self.random_draw(None, name, call, span)
    }

    /// `rng.name(...)` of a `random.Random` value: the module function of
    /// the same name, drawing from `rng`.
    pub(crate) fn random_method(&mut self, rng: Expr, name: &str, call: &ast::ExprCall, span: Span) -> Expr {
        if name == "Random" || !RANDOM_MEMBERS.contains(&name) {
            return self.reject_call(call, span, format!("'Random' object method '{name}' is not supported yet"));
        }
        self.random_draw(Some(rng), name, call, span)
    }

    /// A draw from `generator` (`None`: the module's hidden one).
    fn random_draw(&mut self, generator: Option<Expr>, name: &str, call: &ast::ExprCall, span: Span) -> Expr {
        let generator = &generator;
        let call_of = |f: RandomFn, args: Vec<Expr>, ty: Ty| draw(generator, f, args, ty, span);
        let params: &[(&str, ArgKind)] = match name {
            "seed" => return self.random_seed(generator, call, span),
            "random" => &[],
            "getrandbits" => &[("k", Int)],
            "randrange" => &[("start", Int), ("stop", Int), ("step", Int)],
            "randint" => &[("a", Int), ("b", Int)],
            "uniform" => &[("a", Number), ("b", Number)],
            "gauss" => &[("mu", Float), ("sigma", Float)],
            "expovariate" => &[("lambd", Float)],
            "choice" => &[("seq", Sequence)],
            "shuffle" => &[("x", List)],
            "sample" => &[("population", Sequence), ("k", Int)],
            "choices" => &[("population", Sequence), ("weights", List), ("k", Int)],
            _ => return self.reject_call(call, span, format!("random.{name} is not supported yet")),
        };
        if name == "choices" && call.args.len() > 2 {
            let msg = "random.choices() takes k= by keyword";
            return self.reject_call(call, span, msg.to_string());
        }
        if let Some(range) = self.random_of_range(generator, name, call, span) {
            return range;
        }
        let required = match name {
            "randrange" | "choices" => 1,
            "gauss" => 0,
            _ => params.len(),
        };
        let Some(args) = self.std_args(name, params, required, call, span) else {
            return Self::error_expr(span);
        };
        let given = |i: usize| args.get(i).cloned().flatten();
        let int = |n: i64| Self::const_expr(Const::Int(n), span);
        let float = |x: f64| Self::const_expr(Const::Float(x), span);
        match name {
            "random" => call_of(RandomFn::Random, vec![], Ty::Float),
            "getrandbits" => call_of(RandomFn::Getrandbits, args.into_iter().flatten().collect(), Ty::Int),
            "randrange" => match (given(0), given(1), given(2)) {
                (Some(stop), None, None) => call_of(RandomFn::RandrangeStop, vec![stop], Ty::Int),
                (Some(start), Some(stop), step) => {
                    call_of(RandomFn::Randrange, vec![start, stop, step.unwrap_or_else(|| int(1))], Ty::Int)
                }
                _ => {
                    self.error(span, "randrange() with a step needs a stop argument");
                    Self::error_expr(span)
                }
            },
            "randint" => call_of(RandomFn::Randint, args.into_iter().flatten().collect(), Ty::Int),
            "uniform" => {
                let (a, b) = (given(0).unwrap_or_else(|| float(0.0)), given(1).unwrap_or_else(|| float(0.0)));
                let ints = |e: &Expr| matches!(e.ty, Ty::Int | Ty::Bool);
                if ints(&a) && ints(&b) {
                    let (a, b) = (crate::expr::to_int(a), crate::expr::to_int(b));
                    call_of(RandomFn::UniformInt, vec![a, b], Ty::Float)
                } else {
                    let (a, b) = (crate::expr::to_float(a), crate::expr::to_float(b));
                    call_of(RandomFn::Uniform, vec![a, b], Ty::Float)
                }
            }
            "gauss" => {
                let mu = given(0).unwrap_or_else(|| float(0.0));
                let sigma = given(1).unwrap_or_else(|| float(1.0));
                call_of(RandomFn::Gauss, vec![mu, sigma], Ty::Float)
            }
            "expovariate" => call_of(RandomFn::Expovariate, args.into_iter().flatten().collect(), Ty::Float),
            "choice" => {
                let seq = given(0).unwrap_or_else(|| Self::error_expr(span));
                let Ty::List(elem) = seq.ty else { return Self::error_expr(span) };
                call_of(RandomFn::Choice, vec![seq], *elem)
            }
            "shuffle" => call_of(RandomFn::Shuffle, args.into_iter().flatten().collect(), Ty::None),
            "sample" => {
                let ty = args[0].as_ref().map_or(Ty::Unknown, |p| p.ty);
                call_of(RandomFn::Sample, args.into_iter().flatten().collect(), ty)
            }
            _ => {
                let population = given(0).unwrap_or_else(|| Self::error_expr(span));
                let ty = population.ty;
                let k = given(2).unwrap_or_else(|| int(1));
                match given(1) {
                    None => call_of(RandomFn::Choices, vec![population, k], ty),
                    Some(w) if matches!(w.ty, Ty::List(&(Ty::Int | Ty::Float | Ty::Bool))) => {
                        call_of(RandomFn::ChoicesWeighted, vec![population, w, k], ty)
                    }
                    Some(w) => {
                        let msg = format!("random.choices() weights must be a list of numbers, not {}", w.ty);
                        self.error(w.span, msg);
                        Self::error_expr(span)
                    }
                }
            }
        }
    }

    /// `choice`, `sample` and `choices` of a `range(...)` argument, drawn
    /// without building the range.
    fn random_of_range(&mut self, generator: &Option<Expr>, name: &str, call: &ast::ExprCall, span: Span) -> Option<Expr> {
        let f = match name {
            "choice" => RandomFn::ChoiceRange,
            "sample" => RandomFn::SampleRange,
            "choices" => RandomFn::ChoicesRange,
            _ => return None,
        };
        let ast::Expr::Call(range) = call.args.first()? else { return None };
        if !crate::stmt::is_range_call(self, &call.args[0]) {
            return None;
        }
        // The other arguments, with a placeholder for the range.
        let params: &[(&str, ArgKind)] = if f == RandomFn::ChoiceRange { &[] } else { &[("k", Int)] };
        let (positional, keywords) = (&call.args[1..], &call.keywords);
        let rest = ast::ExprCall { args: positional.to_vec(), keywords: keywords.clone(), ..call.clone() };
        let Some((start, stop, step)) = self.range_args(range, taipan_syntax::span_of(&call.args[0])) else {
            return Some(Self::error_expr(span));
        };
        let required = usize::from(f == RandomFn::SampleRange);
        let Some(args) = self.std_args(name, params, required, &rest, span) else {
            return Some(Self::error_expr(span));
        };
        let mut all = vec![start, stop, step];
        match (f, args.into_iter().next().flatten()) {
            (RandomFn::ChoiceRange, _) => return Some(draw(generator, f, all, Ty::Int, span)),
            (_, Some(k)) => all.push(k),
            (_, None) => all.push(Self::const_expr(Const::Int(1), span)),
        }
        Some(draw(generator, f, all, Ty::list(Ty::Int), span))
    }

    /// `seed(n)` with an int, `seed()` or `seed(None)`: fresh OS entropy.
    fn random_seed(&mut self, generator: &Option<Expr>, call: &ast::ExprCall, span: Span) -> Expr {
        let what = if generator.is_none() { "random.seed" } else { "Random.seed" };
        match self.seed_arg(what, "a", call, span) {
            Some(Some(n)) => draw(generator, RandomFn::Seed, vec![n], Ty::None, span),
            Some(None) => draw(generator, RandomFn::SeedEntropy, vec![], Ty::None, span),
            None => Self::error_expr(span),
        }
    }

    /// `random.Random(n)`, seeded as `seed(n)`; `Random()` / `Random(None)`
    /// from OS entropy.
    fn random_new(&mut self, call: &ast::ExprCall, span: Span) -> Expr {
        match self.seed_arg("random.Random", "x", call, span) {
            Some(Some(n)) => builtin(Builtin::Random(RandomFn::New), vec![n], Ty::Random, span),
            Some(None) => builtin(Builtin::Random(RandomFn::NewEntropy), vec![], Ty::Random, span),
            None => Self::error_expr(span),
        }
    }

    /// The one optional seed argument of `seed` or `Random` (positional or
    /// by the name `param`): `Some(Some(n))` for an int, `Some(None)` for
    /// none or `None` (OS entropy), `None` after an error.
    fn seed_arg(&mut self, what: &str, param: &str, call: &ast::ExprCall, span: Span) -> Option<Option<Expr>> {
        let by_name = call.keywords.iter().find(|k| k.arg.as_ref().is_some_and(|a| a.as_str() == param));
        let arg = match (call.args.as_slice(), call.keywords.len(), by_name) {
            ([], 0, _) => None,
            ([a], 0, _) => Some(a),
            ([], 1, Some(k)) => Some(&k.value),
            _ => {
                let msg = format!("{what}() takes one argument (an int or None)");
                self.reject_call(call, span, msg);
                return None;
            }
        };
        let Some(arg) = arg else { return Some(None) };
        let seed = self.value(arg, None);
        match seed.ty {
            Ty::Unknown => None,
            Ty::None => Some(None),
            Ty::Int | Ty::Bool => Some(Some(crate::expr::to_int(seed))),
            other => {
                let msg = format!("{what}() of a {} is not supported yet (an int or None)", other.python_name());
                self.error(seed.span, msg);
                None
            }
        }
    }
}

/// A call of `f` drawing from `generator`: the module's hidden one
/// (`None`), or a `random.Random` value passed first.
fn draw(generator: &Option<Expr>, f: RandomFn, args: Vec<Expr>, ty: Ty, span: Span) -> Expr {
    match generator {
        None => builtin(Builtin::Random(f), args, ty, span),
        Some(rng) => {
            let args = std::iter::once(rng.clone()).chain(args).collect();
            builtin(Builtin::RandomMethod(f), args, ty, span)
        }
    }
}
