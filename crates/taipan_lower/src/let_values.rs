//! `ExprKind::Let`: values evaluated once, in order, then read by index
//! (`"{1}{0}".format(a(), b())` calls `a()` before `b()`, each once).

use taipan_ir::Operand;
use taipan_types::hir;

use crate::FnLowerer;

impl FnLowerer<'_, '_> {
    pub fn let_values(&mut self, values: &[hir::Expr], body: &hir::Expr) -> Operand {
        // Frozen: a user variable read later in `body` must still give the
        // value it had when the `Let` evaluated it.
        let operands: Vec<Operand> = values
            .iter()
            .map(|v| {
                let op = self.expr(v);
                self.frozen(op)
            })
            .collect();
        self.let_values.push(operands);
        let result = self.expr(body);
        self.let_values.pop();
        result
    }

    pub fn let_value(&self, i: u32) -> Operand {
        // The checker only builds `LetValue(i)` inside a `Let` of more than `i` values.
        self.let_values
            .last()
            .and_then(|vs| vs.get(i as usize))
            .copied()
            .unwrap_or(Operand::Const(taipan_ir::Const::None))
    }
}
