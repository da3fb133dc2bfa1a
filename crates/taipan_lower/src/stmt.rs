//! Statements → blocks.

use taipan_ir as ir;
use taipan_ir::{ExcKind, Op, Operand, Terminator};
use taipan_types::hir::{self, Const, StmtKind};

use crate::{FnLowerer, LoopTargets};

impl FnLowerer<'_, '_> {
    pub fn stmts(&mut self, stmts: &[hir::Stmt]) {
        for s in stmts {
            // Code after `return`, `break`, ... is unreachable: nothing to emit.
            if !self.b.is_open() {
                return;
            }
            self.b.line = self.line_of(s.span);
            let mark = self.temp_mark();
            self.stmt(s);
            self.release_temps(mark);
        }
    }

    fn stmt(&mut self, s: &hir::Stmt) {
        match &s.kind {
            StmtKind::Expr(e) => {
                self.expr(e);
            }
            StmtKind::Assign { targets, value } => {
                let value_ty = value.ty;
                // A value that may be an int going to a num place stays one.
                let to_num = targets.iter().any(|t| {
                    self.target_type(t) == Some(ir::Type::Num) || (t.convert == Some(hir::Conversion::Box) && value_ty == hir::Ty::Float)
                });
                let v = if to_num { self.expr_keeping_num(value) } else { self.expr(value) };
                match targets.as_slice() {
                    // One plain variable: the value's last use, so it can move.
                    [hir::AssignTarget { place: hir::Place::Local(id), convert: None }] => {
                        let v = self.to_type(v, self.b.locals[id.index()].ty);
                        self.assign_local_moving(ir::Local(id.0), v);
                        self.mark_bound(*id);
                    }
                    _ => {
                        for t in targets {
                            self.store(t, v, value_ty);
                        }
                    }
                }
            }
            StmtKind::If { cond, then_body, else_body } => self.if_stmt(cond, then_body, else_body),
            StmtKind::SetField { obj, index, value } => self.set_field(obj, *index, value),
            StmtKind::While { cond, body, orelse } => self.while_stmt(cond, body, orelse),
            StmtKind::ForRange { target, start, stop, step, body, orelse } => {
                self.for_range(s, target, start, stop, step, body, orelse)
            }
            StmtKind::Break | StmtKind::Continue => {
                if let Some(targets) = self.loops.last().copied() {
                    let to = if s.kind == StmtKind::Break { targets.break_to } else { targets.continue_to };
                    self.leave_loop_body();
                    self.b.jump(to);
                }
            }
            StmtKind::Return(value) => {
                let ret = self.ret;
                let v = value.as_ref().map(|v| self.expr_as(v, ret));
                let v = if self.ret == ir::Type::None { None } else { v };
                let v = self.return_through_cleanups(v);
                self.b.terminate(Terminator::Return(v));
            }
            StmtKind::Assert { cond, msg } => {
                let line = self.b.line;
                let c = self.condition(cond);
                let ok = self.b.new_block();
                let fail = self.b.new_block();
                self.b.branch(c, ok, fail);
                self.b.switch_to(fail);
                let term = match msg {
                    Some(m) => {
                        Terminator::Raise { kind: ExcKind::AssertionError, message: Some(self.str_const(m)), line }
                    }
                    None => Terminator::RaiseCode { code: ir::ErrCode::AssertionFailed, line },
                };
                self.b.terminate(term);
                self.b.switch_to(ok);
            }
            StmtKind::SetItem { container, index, value, aug } => self.set_item(container, index, value, *aug),
            StmtKind::Unpack { target, value } => self.unpack(target, value),
            StmtKind::ForEach { target, iter, body, orelse } => self.for_each(s, target, iter, body, orelse),
            StmtKind::Raise { exc, cause } => self.raise_stmt(exc.as_ref(), cause.as_ref()),
            StmtKind::Yield(value) => self.yield_stmt(value),
            StmtKind::Try { body, handlers, orelse, finalbody } => self.try_stmt(body, handlers, orelse, finalbody),
            StmtKind::DelLocal(id) => self.del_local(*id),
            StmtKind::MarkDefined(g) => self.b.emit(
                None,
                Op::StoreGlobal { global: ir::GlobalId(g.0), value: Operand::Const(ir::Const::Bool(true)) },
            ),
        }
    }

    /// A loop's body, where `continue` goes to `continue_to` and `break` to
    /// `break_to`.
    pub fn loop_body(&mut self, body: &[hir::Stmt], continue_to: ir::BlockId, break_to: ir::BlockId) {
        self.loops.push(LoopTargets { continue_to, break_to });
        self.stmts(body);
        self.loops.pop();
    }

    /// Stores `value` (of HIR type `ty`) into an assignment target.
    pub fn store(&mut self, target: &hir::AssignTarget, value: Operand, ty: hir::Ty) {
        let num_target = self.target_type(target) == Some(ir::Type::Num);
        let value = match target.convert {
            // An int into a num place stays an int (`num.rs`).
            Some(hir::Conversion::IntToFloat) if num_target => self.to_type(value, ir::Type::Num),
            Some(conv) => self.convert(conv, value, ty).0,
            None => value,
        };
        match target.place {
            hir::Place::Local(id) => {
                let value = self.to_type(value, self.b.locals[id.index()].ty);
                self.assign_local(ir::Local(id.0), value);
                self.mark_bound(id);
            }
            hir::Place::Cell(id) => {
                let value = self.to_type(value, ir::Type::Float);
                self.cell_set(id, value)
            }
            hir::Place::Global(id) => {
                // The global's own type: a value converted to an optional
                // (`None` made null) does not know which optional.
                let ty = match self.cx.globals.get(id.index()) {
                    Some(_) => self.target_type(target).unwrap_or(ir::Type::Int),
                    None => crate::ir_type(ty_after(target, ty)),
                };
                let value = self.to_type(value, ty);
                self.assign_global(ir::GlobalId(id.0), ty, value)
            }
        }
    }

    /// The IR type of an assignment target's place (`None` for a cell).
    pub(crate) fn target_type(&self, target: &hir::AssignTarget) -> Option<ir::Type> {
        match target.place {
            hir::Place::Local(id) => Some(self.b.locals[id.index()].ty),
            hir::Place::Global(id) => match self.cx.globals.get(id.index()) {
                Some(_) if self.cx.nums.global(id) => Some(ir::Type::Num),
                Some(global) => Some(crate::ir_type(global.ty)),
                None => None,
            },
            hir::Place::Cell(_) => None,
        }
    }

    /// `del x`: `UnboundLocalError` if `x` is unbound, else its value is
    /// released (`DecRef` nulls the local) and it is unbound.
    fn del_local(&mut self, id: hir::LocalId) {
        self.check_bound(id);
        let local = ir::Local(id.0);
        if self.b.locals[local.index()].ty.is_object() {
            self.b.emit(None, Op::DecRef(Operand::Local(local)));
        }
        if let Some(flag) = self.bound_flags[id.index()] {
            self.b.copy(flag, Operand::Const(ir::Const::Bool(false)));
        }
    }

    /// After an assignment to local `id`: it is bound.
    pub fn mark_bound(&mut self, id: hir::LocalId) {
        if let Some(flag) = self.bound_flags[id.index()] {
            self.b.copy(flag, Operand::Const(ir::Const::Bool(true)));
        }
    }

    fn if_stmt(&mut self, cond: &hir::Expr, then_body: &[hir::Stmt], else_body: &[hir::Stmt]) {
        // The checker folds constant conditions (`if __name__ == "__main__":`).
        if let Some(Const::Bool(c)) = cond.as_const() {
            self.stmts(if *c { then_body } else { else_body });
            return;
        }
        let c = self.condition(cond);
        let then_block = self.b.new_block();
        let else_block = self.b.new_block();
        let join = self.b.new_block();
        self.b.branch(c, then_block, else_block);
        self.b.switch_to(then_block);
        self.stmts(then_body);
        self.b.jump(join);
        self.b.switch_to(else_block);
        self.stmts(else_body);
        self.b.jump(join);
        self.b.switch_to(join);
    }

    fn while_stmt(&mut self, cond: &hir::Expr, body: &[hir::Stmt], orelse: &[hir::Stmt]) {
        let constant = match cond.as_const() {
            Some(Const::Bool(c)) => Some(*c),
            _ => None,
        };
        if constant == Some(false) {
            self.stmts(orelse);
            return;
        }
        let line = self.b.line;
        let head = self.b.new_block();
        let body_block = self.b.new_block();
        let else_block = self.b.new_block();
        let exit = self.b.new_block();
        self.b.jump(head);
        self.b.switch_to(head);
        self.b.line = line;
        if constant == Some(true) {
            self.b.jump(body_block);
        } else {
            let c = self.condition(cond);
            self.b.branch(c, body_block, else_block);
        }
        self.b.switch_to(body_block);
        self.loop_body(body, head, exit);
        self.b.jump(head);
        self.b.switch_to(else_block);
        self.stmts(orelse);
        self.b.jump(exit);
        self.b.switch_to(exit);
    }

    pub fn select(&mut self, cond: Operand, a: Operand, b: Operand) -> Operand {
        match cond {
            Operand::Const(ir::Const::Bool(true)) => a,
            Operand::Const(ir::Const::Bool(false)) => b,
            _ => self.b.value(ir::Type::Bool, Op::Select { cond, a, b }),
        }
    }
}

/// The type a value of type `ty` has once converted for `target`.
fn ty_after(target: &hir::AssignTarget, ty: hir::Ty) -> hir::Ty {
    match target.convert {
        Some(hir::Conversion::IntToFloat | hir::Conversion::ToFloat) => hir::Ty::Float,
        Some(hir::Conversion::BoolToInt | hir::Conversion::FloatToInt) => hir::Ty::Int,
        Some(hir::Conversion::Truth) => hir::Ty::Bool,
        // Some optional: every optional is one IR type (a maybe-null object).
        Some(hir::Conversion::NoneToNull) => hir::Ty::optional(hir::Ty::Unknown),
        Some(hir::Conversion::Box) => hir::Ty::optional(ty),
        Some(hir::Conversion::BoxIntAsFloat) => hir::Ty::optional(hir::Ty::Float),
        Some(hir::Conversion::Unbox) => ty.without_none(),
        Some(hir::Conversion::CheckNotNone) => ty,
        // A str stored into a union: an `Obj` (as `object`'s IR type is).
        Some(hir::Conversion::Reinterpret) => hir::Ty::Object,
        None => ty,
    }
}

pub(crate) fn int(n: i64) -> Operand {
    Operand::Const(ir::Const::Int(n))
}
