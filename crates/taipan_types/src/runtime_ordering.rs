//! `a < b` (and `<=`, `>`, `>=`) between instances when the run-time classes
//! decide which ordering method runs: the left operand's class has
//! subclasses (one may override the method, or be the right operand's
//! class, whose reflected method CPython then tries first), or the methods
//! the static classes have do not take every class the other operand may
//! be. The comparison stays a `Compare` of two instances, which lowering
//! turns into the runtime's `do_richcompare` (`tp_compare_slot`: the class
//! table's methods, each called only with operands its `other` parameter
//! accepts, else treated as `NotImplemented`; `TypeError: '<' not supported
//! between instances of 'A' and 'B'` when all decline), the same code that
//! `sorted`, `min` and `max` use.

use taipan_abi::class_table::Special;
use taipan_diagnostics::Span;

use crate::checker::Checker;
use crate::class_env::MethodKind;
use crate::hir::{CmpOp, Expr, ExprKind, FuncId, Ty};
use crate::types::ClassId;

impl Checker<'_, '_> {
    /// The ids of class `id` and its subclasses.
    fn class_range(&self, id: ClassId) -> Option<(u32, u32)> {
        self.env.classes.by_id(id).map(|(_, i)| (i.id.index, i.end))
    }

    /// Whether method `f`, called on an instance of a class of `receiver`,
    /// takes every class of `other` as its `other` operand. A dataclass's
    /// generated ordering method takes only its receiver's own class
    /// (`NotImplemented` otherwise, as CPython's).
    fn other_accepts(&self, f: FuncId, receiver: (u32, u32), (lo, hi): (u32, u32)) -> bool {
        if crate::dataclass::generated_ordering(self.env, f) {
            return receiver == (lo, hi) && hi == lo + 1;
        }
        let Some(other) = self.env.sigs.get(f.index()).and_then(|s| s.params.get(1)) else { return false };
        let accepted = match other.ty {
            Ty::Instance(c) => self.class_range(c),
            Ty::Object => return true,
            _ => None,
        };
        accepted.is_some_and(|(p_lo, p_hi)| p_lo <= lo && hi <= p_hi)
    }

    /// Whether `a op b` (`method`, and `reflected` for the right operand)
    /// between instances of static classes `a` and `b` is decided by their
    /// run-time classes.
    pub(crate) fn ordering_needs_runtime(&self, a: ClassId, b: ClassId, method: &str, reflected: &str) -> bool {
        let (Some(a_range), Some(b_range)) = (self.class_range(a), self.class_range(b)) else { return false };
        if a_range.1 > a_range.0 + 1 {
            return true;
        }
        match self.uniform_method(a, method) {
            Ok(Some(f)) => !self.other_accepts(f, a_range, b_range),
            _ => match self.uniform_method(b, reflected) {
                Err(()) => true,
                Ok(Some(f)) => !self.other_accepts(f, b_range, a_range),
                Ok(None) => false,
            },
        }
    }

    /// `lhs op rhs` compared by the runtime (see the module doc), once every
    /// method it may call is one the class table can hold.
    pub(crate) fn runtime_ordering(
        &mut self,
        op: CmpOp,
        lhs: Expr,
        rhs: Expr,
        (method, reflected, symbol): (&str, &str, &str),
        span: Span,
    ) -> Expr {
        let (Ty::Instance(a), Ty::Instance(b)) = (lhs.ty, rhs.ty) else { return Self::error_expr(span) };
        let mut found = false;
        for (id, name) in [(a, method), (a, reflected), (b, method), (b, reflected)] {
            let Some((lo, hi)) = self.class_range(id) else { continue };
            let Some(special) = Special::ALL.into_iter().find(|s| s.method_name() == name) else { continue };
            for k in self.env.classes.infos.iter().filter(|k| k.id.index >= lo && k.id.index < hi) {
                let Some(m) = k.methods.get(name) else { continue };
                found = true;
                let sig = &self.env.sigs[m.func.index()];
                let problem = match m.kind {
                    MethodKind::Instance => crate::runtime_specials::signature_problem(special, sig),
                    _ => Some(format!("'{name}' must be an instance method")),
                };
                if let Some(problem) = problem {
                    let msg = format!(
                        "'{symbol}' between instances of '{}' and '{}' is decided at run time, which cannot call {}: {problem}",
                        a.name, b.name, sig.name
                    );
                    self.error(span, msg);
                    return Self::error_expr(span);
                }
            }
        }
        // CPython calls `a.method(b)` and `b.reflected(a)` with whatever the
        // operands are; a typed `other` that does not take them would make
        // taipan's `NotImplemented` differ from CPython's call.
        for (id, name, other) in [(a, method, b), (b, reflected, a)] {
            let (Some((lo, hi)), Some(other_range)) = (self.class_range(id), self.class_range(other)) else { continue };
            for k in self.env.classes.infos.iter().filter(|k| k.id.index >= lo && k.id.index < hi) {
                let Some(m) = k.methods.get(name) else { continue };
                if crate::dataclass::generated_ordering(self.env, m.func) || self.other_accepts(m.func, (lo, hi), other_range) {
                    continue;
                }
                let msg = format!(
                    "'{symbol}' between instances of '{}' and '{}' is not supported: CPython may call {}.{name} \
                     with a '{}' operand, which its 'other' parameter does not take",
                    a.name, b.name, k.id.name, other.name
                );
                self.error(span, msg);
                return Self::error_expr(span);
            }
        }
        if !found {
            self.error(span, format!("'{symbol}' not supported between instances of '{}' and '{}'", a.name, b.name));
            return Self::error_expr(span);
        }
        Expr { kind: ExprKind::Compare { operands: vec![lhs, rhs], ops: vec![op] }, ty: Ty::Bool, span }
    }
}
