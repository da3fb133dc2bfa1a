//! `import time`: the clocks programs time themselves with, and `sleep`
//! (`runtime/src/time_ops.rs`). Formatting and calendar functions
//! (`strftime`, `localtime`, ...) are rejected.

use taipan_diagnostics::Span;
use taipan_syntax::ast;

use crate::call::builtin;
use crate::checker::Checker;
use crate::hir::{Builtin, Expr, TimeFn, Ty};
use crate::std_modules::ArgKind;

/// The members of `time` taipan supports.
pub(crate) const TIME_MEMBERS: &[&str] =
    &["time", "time_ns", "perf_counter", "perf_counter_ns", "monotonic", "monotonic_ns", "process_time", "sleep"];

impl Checker<'_, '_> {
    pub(crate) fn time_call(&mut self, name: &str, call: &ast::ExprCall, span: Span) -> Expr {
        let (f, ty) = match name {
            "time" => (TimeFn::Time, Ty::Float),
            "time_ns" => (TimeFn::TimeNs, Ty::Int),
            "perf_counter" | "monotonic" => (TimeFn::PerfCounter, Ty::Float),
            "perf_counter_ns" | "monotonic_ns" => (TimeFn::PerfCounterNs, Ty::Int),
            "process_time" => (TimeFn::ProcessTime, Ty::Float),
            "sleep" => (TimeFn::Sleep, Ty::None),
            _ => return self.reject_call(call, span, format!("time.{name} is not supported yet")),
        };
        if self.positional(call, name).is_none() {
            return self.reject_call(call, span, String::new());
        }
        let params: &[(&str, ArgKind)] = if f == TimeFn::Sleep { &[("secs", ArgKind::Float)] } else { &[] };
        if call.args.len() != params.len() {
            let msg = match params.len() {
                0 => format!("time.{name}() takes no arguments ({} given)", call.args.len()),
                _ => format!("time.sleep() takes exactly one argument ({} given)", call.args.len()),
            };
            return self.reject_call(call, span, msg);
        }
        match self.std_args(name, params, params.len(), call, span) {
            Some(args) => builtin(Builtin::Time(f), args.into_iter().flatten().collect(), ty, span),
            None => Self::error_expr(span),
        }
    }
}
