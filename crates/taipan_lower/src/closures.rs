//! Function values and cells (`hir::Closure`, `taipan_types/src/closures.rs`).
//!
//! A function value is a tuple: field 0 is the code address of its function
//! (`Op::CodeAddr`), the others are the captured values, in order (a cell
//! for a captured cell variable). The tuple's ordinary reference counting
//! (it releases its object fields when freed) is the closure's. Calling one
//! (`CallValue`) loads field 0 and calls it with the tuple itself first
//! (`Op::CallIndirect`); the code starts by copying its captures out of the
//! tuple into its locals.
//!
//! A cell is a one-element list of the variable's slot kind: reading the
//! variable reads element 0, assigning it stores element 0 (the list takes
//! the reference). An unbound cell holds zero or null; the checker only lets
//! a closure capture a variable that is bound, and the enclosing function's
//! own reads of it keep their `UnboundLocalError` checks (its bound flag).

use taipan_ir as ir;
use taipan_ir::{Op, Operand, RuntimeFn, SlotKind};
use taipan_types::hir::{self, Ty};

use crate::stmt::int;
use crate::{ir_type, slot_kind, FnLowerer};

/// What a closure's first field holds: its code address.
const CODE_FIELD: u32 = 0;

impl FnLowerer<'_, '_> {
    /// At the start of a function: cell locals hold their cells (new ones,
    /// or, for captures, the closure's), and by-value captures their values.
    pub fn enter_closure(&mut self, closure: &hir::Closure, params: &[hir::LocalId]) {
        for cell in &closure.cells {
            self.b.locals[cell.index()].ty = ir::Type::Obj;
        }
        if let (Some(captures), Some(this)) = (&closure.captures, params.first()) {
            let this = Operand::Local(ir::Local(this.0));
            for (i, id) in captures.iter().enumerate() {
                let kind = if closure.cells.contains(id) { SlotKind::Obj } else { slot_kind(self.hir_locals[id.index()].ty) };
                let field = Op::TupleGet { tuple: this, index: CODE_FIELD + 1 + i as u32, kind };
                if kind == SlotKind::Obj {
                    self.assign_local_borrowed(ir::Local(id.0), field);
                } else {
                    self.b.emit(Some(ir::Local(id.0)), field);
                }
            }
        }
        let captured = |id: &hir::LocalId| closure.captures.as_ref().is_some_and(|c| c.contains(id));
        for cell in closure.cells.iter().filter(|c| !captured(c)) {
            let ty = self.hir_locals[cell.index()].ty;
            let kind = slot_kind(ty);
            let new = Op::CallRuntime { func: RuntimeFn::ListNew, args: vec![crate::containers::kind_operand(kind), int(1)] };
            self.b.emit(Some(ir::Local(cell.0)), new);
            let unbound = unbound_value(ir_type(ty));
            self.b.emit(None, Op::CallRuntime { func: RuntimeFn::ListAppend, args: vec![Operand::Local(ir::Local(cell.0)), unbound] });
        }
    }

    /// The value of cell local `id` (of HIR type `ty`).
    pub fn cell_get(&mut self, id: hir::LocalId, checked: bool, ty: Ty) -> Operand {
        if checked {
            self.check_bound(id);
        }
        let get = Op::ListGet { list: Operand::Local(ir::Local(id.0)), index: int(0), kind: slot_kind(ty), checked: false };
        self.borrowed_value(ir_type(ty), get)
    }

    /// Stores `value` (already of the variable's type) into cell local `id`.
    pub fn cell_set(&mut self, id: hir::LocalId, value: Operand) {
        let kind = slot_kind(self.hir_locals[id.index()].ty);
        let set = Op::ListSet { list: Operand::Local(ir::Local(id.0)), index: int(0), value, kind, checked: false };
        self.b.emit(None, set);
        self.mark_bound(id);
    }

    /// A new function value: the code of `func` with its captures.
    pub fn make_closure(&mut self, func: hir::FuncId, captures: &[hir::Capture]) -> Operand {
        let code = self.b.value(ir::Type::Int, Op::CodeAddr(ir::FuncId(func.0)));
        let mut items = vec![(code, SlotKind::Int)];
        let locals = self.cx.functions.get(func.index()).and_then(|f| f.closure.captures.clone()).unwrap_or_default();
        for (i, c) in captures.iter().enumerate() {
            // A num for a captured variable that is one (`num.rs`).
            let num = locals.get(i).is_some_and(|id| self.cx.nums.local(Some(func), *id));
            items.push(match c {
                hir::Capture::Value(e) if num => (self.num_expr(e), slot_kind(e.ty)),
                hir::Capture::Value(e) => (self.expr(e), slot_kind(e.ty)),
                hir::Capture::Cell(id) => (Operand::Local(ir::Local(id.0)), SlotKind::Obj),
            });
        }
        self.new_value(ir::Type::Obj, Op::TupleNew { items })
    }

    /// `callee(args...)` for a function value: its code, called with the
    /// closure first. The closure is held by a reference of the call's own
    /// (the call may assign the variable it was read from).
    pub fn call_value(&mut self, callee: &hir::Expr, args: &[hir::Expr], ty: Ty) -> Operand {
        let closure = self.expr(callee);
        let closure = self.frozen(closure);
        let mut call_args = vec![closure];
        // The code of a function value takes and gives floats as nums
        // (`taipan_types::num_places`), whichever code it is.
        call_args.extend(args.iter().map(|a| if a.ty == Ty::Float { self.num_expr(a) } else { self.expr(a) }));
        let addr = self.b.value(ir::Type::Int, Op::TupleGet { tuple: closure, index: CODE_FIELD, kind: SlotKind::Int });
        let ret = if ty == Ty::Float { ir::Type::Num } else { ir_type(ty) };
        let op = Op::CallIndirect { addr, args: call_args, ret };
        if ret == ir::Type::None {
            self.b.emit(None, op);
            Operand::Const(ir::Const::None)
        } else {
            self.new_value(ret, op)
        }
    }
}

/// What an unbound cell holds.
fn unbound_value(ty: ir::Type) -> Operand {
    Operand::Const(match ty {
        ir::Type::Int => ir::Const::Int(0),
        ir::Type::Float => ir::Const::Float(0.0),
        ir::Type::Num => ir::Const::NumInt(0),
        ir::Type::Bool => ir::Const::Bool(false),
        ir::Type::None => ir::Const::None,
        ir::Type::Str | ir::Type::Obj => ir::Const::Null,
    })
}
