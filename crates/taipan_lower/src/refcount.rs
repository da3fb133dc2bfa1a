//! Reference counting: where lowering puts `IncRef` and `DecRef`.
//!
//! The IR's rules (see the comment above `ir::Op::IncRef`): every object local
//! owns one reference or is null, and codegen releases every object local on
//! each way out of the function. Lowering keeps to them with one discipline:
//!
//! - an expression's operand is a constant (immortal), a user variable
//!   (borrowed: the variable keeps its reference), or a temporary that owns a
//!   reference: ops giving a new reference write a fresh temp
//!   ([`FnLowerer::new_value`]), ops giving a borrowed one are followed by an
//!   `IncRef` of their temp at once ([`FnLowerer::borrowed_value`]);
//! - every owned temp is registered in `temps`, and released (`DecRef`, which
//!   also nulls it) at the end of the statement that made it, or, for a
//!   condition, right after its truth value is known, so a loop never
//!   overwrites a temp that still owns a reference;
//! - storing into a variable takes a reference for the variable and drops the
//!   variable's old one ([`FnLowerer::assign_local`]).

use taipan_ir as ir;
use taipan_ir::{Op, Operand};

use crate::FnLowerer;

impl FnLowerer<'_, '_> {
    /// Emits `op` into a new temporary of type `ty`. An object result is a new
    /// reference, owned by the temp until the end of the statement.
    pub fn new_value(&mut self, ty: ir::Type, op: Op) -> Operand {
        let dest = self.b.temp(ty);
        self.b.emit(Some(dest), op);
        if ty.is_object() {
            self.temps.push(dest);
        }
        Operand::Local(dest)
    }

    /// Emits an op whose object result is *borrowed* (`ListGet`, `TupleGet`,
    /// `LoadGlobal`): the temp takes its own reference at once.
    /// (A float element read from a container that may hold nums is a
    /// `Num`: `FnBuilder::result_type`.)
    pub fn borrowed_value(&mut self, ty: ir::Type, op: Op) -> Operand {
        let ty = self.b.result_type(ty, &op);
        let dest = self.b.temp(ty);
        self.b.emit(Some(dest), op);
        if ty.is_object() {
            self.b.emit(None, Op::IncRef(Operand::Local(dest)));
            self.temps.push(dest);
        }
        Operand::Local(dest)
    }

    /// Where the temps of the code about to be lowered start.
    pub fn temp_mark(&self) -> usize {
        self.temps.len()
    }

    /// Releases the temps registered since `mark`.
    pub fn release_temps(&mut self, mark: usize) {
        let released: Vec<ir::Local> = self.temps.drain(mark..).collect();
        for t in released {
            self.b.emit(None, Op::DecRef(Operand::Local(t)));
        }
    }

    /// `var = value` for a local of any type: for an object, the variable takes
    /// a reference to the new value and releases its old one (after the
    /// increment, so `x = x` and values reachable only from the old one survive).
    pub fn assign_local(&mut self, var: ir::Local, value: Operand) {
        let is_object = self.b.locals[var.index()].ty.is_object();
        if is_object {
            if value == Operand::Local(var) {
                return;
            }
            self.b.emit(None, Op::IncRef(value));
            self.b.emit(None, Op::DecRef(Operand::Local(var)));
        }
        self.b.copy(var, value);
    }

    /// `var = value` as the last use of `value`: when it is an object
    /// temporary of the current statement (which owns a reference, released
    /// at the statement's end), the variable takes over that reference and
    /// the temporary is emptied, saving a pair of count updates. The old value
    /// can be released first: the temporary's own reference keeps the new one
    /// alive.
    pub fn assign_local_moving(&mut self, var: ir::Local, value: Operand) {
        let Operand::Local(t) = value else { return self.assign_local(var, value) };
        if t == var || !self.temps.contains(&t) {
            return self.assign_local(var, value);
        }
        self.temps.retain(|x| *x != t);
        self.b.emit(None, Op::DecRef(Operand::Local(var)));
        self.b.copy(var, value);
        self.b.copy(t, Operand::Const(ir::Const::Null));
    }

    /// `var = op` for an op that cannot raise and gives a *borrowed* object
    /// (an element of a container that keeps it alive) and does not read
    /// `var`: the old value is dropped first and the op writes the variable
    /// directly, saving a temp and a pair of count updates.
    pub fn assign_local_borrowed(&mut self, var: ir::Local, op: Op) {
        debug_assert!(!op.can_raise());
        self.b.emit(None, Op::DecRef(Operand::Local(var)));
        self.b.emit(Some(var), op);
        self.b.emit(None, Op::IncRef(Operand::Local(var)));
    }

    /// `global = value` for a global of any type: the global takes a reference
    /// and the old value is released after the store.
    pub fn assign_global(&mut self, global: ir::GlobalId, ty: ir::Type, value: Operand) {
        if !ty.is_object() {
            self.b.emit(None, Op::StoreGlobal { global, value });
            return;
        }
        self.b.emit(None, Op::IncRef(value));
        // Unchecked: an unassigned global reads as null, which `DecRef` skips.
        let old = self.b.temp(ty);
        self.b.emit(Some(old), Op::LoadGlobal { global, checked: false });
        self.b.emit(None, Op::StoreGlobal { global, value });
        self.b.emit(None, Op::DecRef(Operand::Local(old)));
    }

    /// A copy of `value` that later code cannot change: constants and temps as
    /// they are, user variables copied (with a reference of its own for an
    /// object).
    pub fn frozen(&mut self, value: Operand) -> Operand {
        match value {
            Operand::Local(l) if l.index() < self.hir_locals.len() => {
                let ty = self.b.locals[l.index()].ty;
                let t = self.b.temp(ty);
                self.b.copy(t, value);
                if ty.is_object() {
                    self.b.emit(None, Op::IncRef(Operand::Local(t)));
                    self.temps.push(t);
                }
                Operand::Local(t)
            }
            other => other,
        }
    }
}
