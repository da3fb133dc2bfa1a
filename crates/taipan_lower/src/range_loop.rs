//! `for target in range(start, stop, step)`, walked with a hidden counter
//! and no `range` object; with a second, check-free copy of the loop when
//! the lists it indexes by the loop variable are proved long enough
//! (`range_bounds.rs`).

use taipan_ir as ir;
use taipan_ir::{CmpOp, ExcKind, IntBinOp, Op, Operand, RuntimeFn, Terminator};
use taipan_types::hir::{self, LocalId, Place};

use crate::containers::RANGE_STEP_ZERO;
use crate::stmt::int;
use crate::{range_bounds, FnLowerer};

/// The evaluated bounds of a range loop and where it goes when done.
#[derive(Clone, Copy)]
struct RangeLoop {
    stop: Operand,
    step: Operand,
    /// Whether the step is positive (a run-time step counts the values down
    /// and does not use this).
    positive: bool,
    /// A step of 1 or -1: the counter is compared with `stop`.
    unit_step: bool,
    line: u32,
    else_block: ir::BlockId,
    exit: ir::BlockId,
}

impl FnLowerer<'_, '_> {
    /// `for target in range(start, stop, step)`. A hidden counter walks the
    /// range (so assigning the loop variable in the body does not disturb the
    /// iteration); the variable receives the counter at the top of each pass,
    /// so after the loop it keeps the last value, as in Python.
    #[allow(clippy::too_many_arguments)]
    pub fn for_range(
        &mut self,
        s: &hir::Stmt,
        target: &hir::AssignTarget,
        start: &hir::Expr,
        stop: &hir::Expr,
        step: &hir::Expr,
        body: &[hir::Stmt],
        orelse: &[hir::Stmt],
    ) {
        let line = self.line_of(s.span);
        let start = self.expr(start);
        let stop = self.expr(stop);
        let step_value = self.expr(step);
        // The bounds are evaluated once: keep them in temporaries the body
        // cannot assign. (`start` is read right away, by the guard and the
        // counter's first value.)
        let stop = self.frozen(stop);
        let step_value = self.frozen(step_value);
        self.b.line = line;
        let constant_step = match step_value {
            Operand::Const(ir::Const::Int(n)) => Some(n),
            _ => None,
        };
        // The first copy's blocks come first, so a plain loop reads top-down.
        let first_copy = (self.b.new_block(), self.b.new_block());
        let else_block = self.b.new_block();
        let exit = self.b.new_block();
        if constant_step == Some(0) {
            let message = self.str_const(RANGE_STEP_ZERO);
            self.b.terminate(Terminator::Raise { kind: ExcKind::ValueError, message: Some(message), line });
            return;
        }
        // Whether the step is positive, known when the step is a constant; a
        // run-time step is checked for zero here and then counted down below.
        let positive = match constant_step {
            Some(n) => n > 0,
            None => {
                self.check_range_step(step_value);
                true
            }
        };
        let unit_step = matches!(constant_step, Some(1) | Some(-1));
        let range = RangeLoop { stop, step: step_value, positive, unit_step, line, else_block, exit };

        let proven = self.check_free_lists(target, body, constant_step);
        match proven {
            Some((index, lists)) => {
                let fast = self.b.new_block();
                let slow = self.b.new_block();
                let guard = self.lists_cover_range(start, stop, step_value, constant_step, &lists);
                self.b.branch(guard, fast, slow);
                self.b.switch_to(fast);
                self.proven_indices.push((index, lists));
                self.range_loop(range, first_copy, start, target, body);
                self.proven_indices.pop();
                self.b.switch_to(slow);
                let second_copy = (self.b.new_block(), self.b.new_block());
                self.range_loop(range, second_copy, start, target, body);
            }
            None => self.range_loop(range, first_copy, start, target, body),
        }

        self.b.switch_to(else_block);
        self.stmts(orelse);
        self.b.jump(exit);
        self.b.switch_to(exit);
    }

    /// One copy of the loop, from the current block, in the blocks given for
    /// its body and latch; exhausted, it goes to `range.else_block`.
    fn range_loop(
        &mut self,
        range: RangeLoop,
        (body_block, latch): (ir::BlockId, ir::BlockId),
        start: Operand,
        target: &hir::AssignTarget,
        body: &[hir::Stmt],
    ) {
        let RangeLoop { stop, step, positive, unit_step, line, else_block, exit } = range;
        let counter = self.b.temp(ir::Type::Int);
        self.b.copy(counter, start);
        let counter_op = Operand::Local(counter);
        // With a step of 1 or -1 the counter is compared with `stop`. Any other
        // step counts the values down instead: the count is computed once, so the
        // loop test does not depend on the step's sign and the counter never has
        // to be checked for wrapping past the end of the 64-bit range.
        let remaining = (!unit_step).then(|| self.b.temp(ir::Type::Int));
        let first = match remaining {
            None => self.in_range(positive, counter_op, stop),
            Some(remaining) => {
                let count = self.b.value(
                    ir::Type::Int,
                    Op::CallRuntime { func: RuntimeFn::RangeLen, args: vec![counter_op, stop, step] },
                );
                self.b.copy(remaining, count);
                self.b.value(ir::Type::Bool, Op::Cmp(CmpOp::Ne, Operand::Local(remaining), int(0)))
            }
        };
        self.b.branch(first, body_block, else_block);

        self.b.switch_to(body_block);
        self.store(target, counter_op, hir::Ty::Int);
        self.loop_body(body, latch, exit);
        self.b.jump(latch);

        self.b.switch_to(latch);
        self.b.line = line;
        // Past the last value the sum may wrap; it is never used then.
        let next = self.b.value(ir::Type::Int, Op::IntBin(IntBinOp::AddUnchecked, counter_op, step));
        let more = match remaining {
            // One past the last value is at most `stop`, which cannot wrap.
            None => self.in_range(positive, next, stop),
            Some(remaining) => {
                // The count is unsigned: it only has to reach zero.
                let left =
                    self.b.value(ir::Type::Int, Op::IntBin(IntBinOp::SubUnchecked, Operand::Local(remaining), int(1)));
                self.b.copy(remaining, left);
                self.b.value(ir::Type::Bool, Op::Cmp(CmpOp::Ne, left, int(0)))
            }
        };
        self.b.copy(counter, next);
        self.b.branch(more, body_block, else_block);
    }

    /// The loop variable and the lists the loop may index by it without
    /// checks, when the loop qualifies: the variable is a plain local, the
    /// step is positive (or only known at run time: the guard tests it), and
    /// the body cannot change a list's length.
    fn check_free_lists(
        &self,
        target: &hir::AssignTarget,
        body: &[hir::Stmt],
        constant_step: Option<i64>,
    ) -> Option<(LocalId, Vec<LocalId>)> {
        let (Place::Local(index), None) = (target.place, target.convert) else { return None };
        if constant_step.is_some_and(|n| n < 0) || !self.cx.stability.stmts(body) {
            return None;
        }
        let lists = range_bounds::lists_indexed_by(body, index, self.hir_locals);
        (!lists.is_empty()).then_some((index, lists))
    }

    /// Whether every value of the range indexes each of `lists`: the range
    /// counts up from `start >= 0` and `stop <= len(xs)` for each list. (Its
    /// values are below `stop`; an empty range passes or fails harmlessly.)
    fn lists_cover_range(
        &mut self,
        start: Operand,
        stop: Operand,
        step: Operand,
        constant_step: Option<i64>,
        lists: &[LocalId],
    ) -> Operand {
        let no = Operand::Const(ir::Const::Bool(false));
        let mut guard = self.b.value(ir::Type::Bool, Op::Cmp(CmpOp::Ge, start, int(0)));
        if constant_step.is_none() {
            let up = self.b.value(ir::Type::Bool, Op::Cmp(CmpOp::Gt, step, int(0)));
            guard = self.select(guard, up, no);
        }
        for list in lists {
            let len = self.b.value(ir::Type::Int, Op::ContainerLen(Operand::Local(ir::Local(list.0))));
            let fits = self.b.value(ir::Type::Bool, Op::Cmp(CmpOp::Le, stop, len));
            guard = self.select(guard, fits, no);
        }
        guard
    }

    /// Whether `xs[i]` is proved in range by an enclosing loop's guard.
    pub fn index_proven(&self, list: &hir::Expr, index: &hir::Expr) -> bool {
        let (hir::ExprKind::Local { id: list, .. }, hir::ExprKind::Local { id: index, .. }) = (&list.kind, &index.kind)
        else {
            return false;
        };
        self.proven_indices.iter().any(|(i, lists)| i == index && lists.contains(list))
    }

    /// `value < stop` for a positive step, `value > stop` for a negative one.
    fn in_range(&mut self, positive: bool, value: Operand, stop: Operand) -> Operand {
        let cmp = if positive { CmpOp::Lt } else { CmpOp::Gt };
        self.b.value(ir::Type::Bool, Op::Cmp(cmp, value, stop))
    }
}
