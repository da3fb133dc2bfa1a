//! The standard-library modules taipan compiles beyond `math` and `sys`:
//! their names and members. Each module's calls are checked in its own
//! file (`random_module.rs`, `time_module.rs`, `functools_module.rs`,
//! `itertools_module.rs`, `operator_module.rs`); this file only answers "is
//! `m.x` supported".

use taipan_diagnostics::Span;
use taipan_syntax::ast;

use crate::checker::Checker;
use crate::hir::{Expr, Ty};
use crate::scan::Imported;

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum StdModule {
    Random,
    Time,
    Functools,
    Itertools,
    Operator,
    String,
}

impl StdModule {
    pub fn named(name: &str) -> Option<StdModule> {
        Some(match name {
            "random" => StdModule::Random,
            "time" => StdModule::Time,
            "functools" => StdModule::Functools,
            "itertools" => StdModule::Itertools,
            "operator" => StdModule::Operator,
            "string" => StdModule::String,
            _ => return None,
        })
    }

    pub fn name(self) -> &'static str {
        match self {
            StdModule::Random => "random",
            StdModule::Time => "time",
            StdModule::Functools => "functools",
            StdModule::Itertools => "itertools",
            StdModule::Operator => "operator",
            StdModule::String => "string",
        }
    }

    /// The members taipan supports.
    pub fn members(self) -> &'static [&'static str] {
        match self {
            StdModule::Random => crate::random_module::RANDOM_MEMBERS,
            StdModule::Time => crate::time_module::TIME_MEMBERS,
            StdModule::Functools => crate::functools_module::FUNCTOOLS_MEMBERS,
            StdModule::Itertools => crate::itertools_module::ITERTOOLS_MEMBERS,
            StdModule::Operator => crate::operator_module::OPERATOR_MEMBERS,
            StdModule::String => crate::string_module::STRING_MEMBERS,
        }
    }
}

impl Checker<'_, '_> {
    /// The module and member a callee names: `random.randint` (through an
    /// `import random [as r]`) or `randint` imported from it.
    pub(crate) fn std_member(&self, e: &ast::Expr) -> Option<(StdModule, String)> {
        self.imported_member(e, |import| match import {
            Imported::StdMember(m, member) => Some((m, Some(member))),
            Imported::StdModule(m) => Some((m, None)),
            _ => None,
        })
    }

    /// A call of a member of one of these modules.
    pub(crate) fn std_call(
        &mut self,
        module: StdModule,
        member: &str,
        call: &ast::ExprCall,
        span: Span,
        expected: Option<Ty>,
    ) -> Expr {
        if !module.members().contains(&member) {
            return self.reject_call(call, span, format!("{}.{member} is not supported yet", module.name()));
        }
        match module {
            StdModule::Random => self.random_call(member, call, span),
            StdModule::Time => self.time_call(member, call, span),
            StdModule::Functools => self.functools_call(member, call, span, expected),
            StdModule::Itertools => self.itertools_call(member, call, span, expected),
            StdModule::Operator => self.operator_module_call(member, call, span),
            StdModule::String => self.reject_call(call, span, format!("'str' object is not callable (string.{member})")),
        }
    }

    /// A member used as a value (not called).
    pub(crate) fn std_member_value(&mut self, module: StdModule, member: &str, span: Span) -> Expr {
        if let Some(value) = (module == StdModule::String).then(|| crate::string_module::constant(member)).flatten() {
            return Self::const_expr(crate::hir::Const::Str(value.to_string()), span);
        }
        if module.members().contains(&member) {
            self.error(span, format!("{}.{member} as a value is not supported yet (call it)", module.name()));
        } else {
            self.error(span, format!("{}.{member} is not supported yet", module.name()));
        }
        Self::error_expr(span)
    }
}

/// How an argument of a library function is checked and converted.
#[derive(Clone, Copy, PartialEq)]
pub(crate) enum ArgKind {
    /// An `int` (a `bool` converts).
    Int,
    /// A `float` (an `int` or `bool` converts).
    Float,
    /// Any number, unconverted (the caller picks by its type).
    Number,
    /// A `list[T]`.
    List,
    /// A list, tuple or str (indexable sequences), as a list.
    Sequence,
}

impl Checker<'_, '_> {
    /// Binds `call`'s arguments to `params` (positional, then by keyword)
    /// as CPython binds a Python-level function's, and checks each against
    /// its kind; `required` parameters come first. `None` when an error was
    /// reported (the arguments are still checked).
    pub(crate) fn std_args(
        &mut self,
        fname: &str,
        params: &[(&str, ArgKind)],
        required: usize,
        call: &ast::ExprCall,
        span: Span,
    ) -> Option<Vec<Option<Expr>>> {
        let mut bound: Vec<Option<&ast::Expr>> = vec![None; params.len()];
        let mut ok = true;
        if call.args.len() > params.len() {
            let takes = if required == params.len() {
                format!("{required} positional argument{}", if required == 1 { "" } else { "s" })
            } else {
                format!("from {required} to {} positional arguments", params.len())
            };
            self.error(span, format!("{fname}() takes {takes} but {} were given", call.args.len()));
            ok = false;
        }
        for (i, a) in call.args.iter().enumerate().take(params.len()) {
            bound[i] = Some(a);
        }
        for k in &call.keywords {
            let Some(kw) = &k.arg else { continue };
            match params.iter().position(|(p, _)| *p == kw.as_str()) {
                Some(p) if bound[p].is_none() => bound[p] = Some(&k.value),
                Some(_) => {
                    self.error(taipan_syntax::span_of(k), format!("{fname}() got multiple values for argument '{kw}'"));
                    ok = false;
                }
                None => {
                    self.error(taipan_syntax::span_of(k), format!("{fname}() got an unexpected keyword argument '{kw}'"));
                    ok = false;
                }
            }
        }
        let missing: Vec<&str> = params[..required].iter().zip(&bound).filter(|(_, b)| b.is_none()).map(|(p, _)| p.0).collect();
        if !missing.is_empty() {
            let names: Vec<String> = missing.iter().map(|m| format!("'{m}'")).collect();
            let s = if missing.len() == 1 { "" } else { "s" };
            self.error(
                span,
                format!("{fname}() missing {} required positional argument{s}: {}", missing.len(), names.join(" and ")),
            );
            ok = false;
        }
        if !ok {
            self.reject_call(call, span, String::new());
            return None;
        }
        let mut values = Vec::new();
        for ((name, kind), arg) in params.iter().zip(bound) {
            let Some(arg) = arg else {
                values.push(None);
                continue;
            };
            let value = self.value(arg, None);
            let value = self.std_arg(fname, name, *kind, value);
            ok &= value.ty != Ty::Unknown;
            values.push(Some(value));
        }
        ok.then_some(values)
    }

    fn std_arg(&mut self, fname: &str, param: &str, kind: ArgKind, arg: Expr) -> Expr {
        use crate::expr::{to_float, to_int};
        match (kind, arg.ty) {
            (_, Ty::Unknown) => arg,
            (ArgKind::Int, Ty::Int | Ty::Bool) => to_int(arg),
            (ArgKind::Float, t) if t.is_number() => to_float(arg),
            (ArgKind::Number, t) if t.is_number() => arg,
            (ArgKind::List | ArgKind::Sequence, Ty::List(_)) => arg,
            (ArgKind::Sequence, Ty::Str | Ty::Tuple(_) | Ty::TupleOf(_)) => self.as_list(arg),
            // Drawn from the list of its values: the same draws as from the range.
            (ArgKind::Sequence, Ty::Range) => Self::range_elements(arg),
            (kind, other) => {
                let wanted = match kind {
                    ArgKind::Int => "an int",
                    ArgKind::Float | ArgKind::Number => "a number",
                    ArgKind::List => "a list",
                    ArgKind::Sequence => "a list, tuple, str or range",
                };
                let msg = format!("{fname}() argument '{param}' must be {wanted}, not {}", other.python_name());
                self.error(arg.span, msg);
                Self::error_expr(arg.span)
            }
        }
    }
}

