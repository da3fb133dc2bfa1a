//! `math.fsum` of a generator, run element by element: CPython stops
//! consuming the generator at the element whose sum overflows
//! (`OverflowError: intermediate overflow in fsum`), so the elements after
//! it, and their effects, never happen. The partial sums live in a runtime
//! accumulator (`tp_math_fsum_state`), a statement temporary.

use taipan_ir as ir;
use taipan_ir::{Op, Operand, RuntimeFn, UnaryOp};
use taipan_types::hir::{self, Comprehension, Ty};

use crate::FnLowerer;

impl FnLowerer<'_, '_> {
    /// `fsum(...)` of a generator expression: its clauses run here.
    pub(crate) fn fsum_generated(&mut self, g: &Comprehension) -> Operand {
        let state = self.runtime(RuntimeFn::MathFsumState, vec![], ir::Type::Obj);
        self.walk_clauses(&g.clauses, &mut |this| {
            let x = this.expr(&g.element);
            this.fsum_add(state, x, g.element.ty);
        });
        self.release_clause_targets(&g.clauses);
        self.runtime(RuntimeFn::MathFsumResult, vec![state], ir::Type::Float)
    }

    /// `fsum(it)` of a generator object (`Ty::Iterator`): a loop resuming it.
    pub(crate) fn fsum_iterated(&mut self, iterator: &hir::Expr) -> Operand {
        let state = self.runtime(RuntimeFn::MathFsumState, vec![], ir::Type::Obj);
        let elem = iterator.ty.iter_elem().unwrap_or(Ty::Float);
        if let Some(open) = self.begin_loop(iterator, |this, x| this.fsum_add(state, x, elem)) {
            self.end_loop(open);
        }
        self.runtime(RuntimeFn::MathFsumResult, vec![state], ir::Type::Float)
    }

    /// Adds the number `x` of type `ty` to the accumulator `state`.
    fn fsum_add(&mut self, state: Operand, mut x: Operand, ty: Ty) {
        if ty == Ty::Bool {
            x = self.b.value(ir::Type::Int, Op::Unary(UnaryOp::BoolToInt, x));
        }
        if ty != Ty::Float {
            x = self.b.value(ir::Type::Float, Op::Unary(UnaryOp::IntToFloat, x));
        }
        self.b.emit(None, Op::CallRuntime { func: RuntimeFn::MathFsumAdd, args: vec![state, x] });
    }
}
