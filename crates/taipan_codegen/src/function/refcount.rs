//! The IR's reference rules (the comment above `ir::Op::IncRef`): object locals
//! start null, object parameters are increfed on entry, and every object local
//! is released on each way out of the function, except that a returned local's
//! reference moves to the caller.
//!
//! `IncRef` and `DecRef` are inlined: a null check, the immortal check (a
//! negative count: literals live in read-only data and must never be written),
//! the ±1, and on zero a call of the runtime's `tp_dealloc`. Constants are
//! immortal, so a refcount op on one emits nothing. `DecRef` of a local also
//! nulls it: its reference is gone, and the release on the way out must not drop
//! it again.
//!
//! Borrowed parameters: an object parameter the function never reassigns,
//! releases or returns would be increfed on entry and released on every exit,
//! which cancel out, since the caller keeps its own reference for the whole
//! call. Such parameters get no refcount code at all (mypyc does the same), so
//! passing a list to a helper costs nothing.

use std::collections::HashSet;

use cranelift_codegen::ir as clif;
use cranelift_codegen::ir::condcodes::IntCC;
use cranelift_codegen::ir::{types, InstBuilder};
use cranelift_module::Module;
use taipan_abi::{object, RuntimeFn};
use taipan_ir as ir;

use super::memory::Region;
use super::FunctionTranslator;
use crate::CodegenError;

/// The object parameters of `func` that can be borrowed (see the module doc):
/// never the destination of an instruction, the operand of a `DecRef`, or a
/// returned local.
pub(super) fn borrowed_params(func: &ir::Function) -> HashSet<ir::Local> {
    let mut borrowed: HashSet<ir::Local> =
        func.params.iter().copied().filter(|p| func.locals.get(p.index()).is_some_and(|l| l.ty.is_object())).collect();
    for block in &func.blocks {
        for inst in &block.insts {
            if let Some(dest) = inst.dest {
                borrowed.remove(&dest);
            }
            if let ir::Op::DecRef(ir::Operand::Local(l)) = &inst.op {
                borrowed.remove(l);
            }
        }
        if let ir::Terminator::Return(Some(ir::Operand::Local(l))) = &block.term {
            borrowed.remove(l);
        }
    }
    borrowed
}

/// The object locals (not parameters) that are null at every point where the
/// function can be left: before each op that can raise, at each raising
/// terminator and return, and at the end of every block (so, by induction from
/// the null they start with, at the start of every block too). Such a local
/// needs no release on the way out; leaving it out of the releases also keeps
/// its (null) value from being carried into every cold error path, where
/// Cranelift would rematerialise it in the hot path before each check.
///
/// The typical one is a statement's temporary: `t = xs[i]; incref t; ...;
/// v = t; t = null`, all between two ops that can raise.
pub(super) fn transient_locals(func: &ir::Function) -> HashSet<ir::Local> {
    let n_params = func.params.len();
    let mut candidates: HashSet<ir::Local> = (n_params..func.locals.len())
        .filter(|&i| func.locals[i].ty.is_object())
        .map(|i| ir::Local(i as u32))
        .collect();
    for block in &func.blocks {
        // The candidates that may be non-null at this point of the block.
        let mut live: HashSet<ir::Local> = HashSet::new();
        for inst in &block.insts {
            if inst.op.can_raise() {
                // On an error the destination keeps its old value.
                candidates.retain(|l| !live.contains(l));
            }
            if let ir::Op::DecRef(ir::Operand::Local(l)) = &inst.op {
                live.remove(l);
            }
            if let Some(dest) = inst.dest {
                if inst.op == ir::Op::Copy(ir::Operand::Const(ir::Const::Null)) {
                    live.remove(&dest);
                } else {
                    live.insert(dest);
                }
            }
        }
        // A returned local moves to the caller: never null at that exit.
        if let ir::Terminator::Return(Some(ir::Operand::Local(l))) = &block.term {
            candidates.remove(l);
        }
        // Every terminator leaves the block, and the raising ones the function.
        candidates.retain(|l| !live.contains(l));
    }
    candidates
}

impl<M: Module + ?Sized> FunctionTranslator<'_, '_, M> {
    /// At entry: nulls every object local that is not a parameter and takes a
    /// reference to every owned object parameter (the caller keeps its own).
    pub(super) fn take_initial_references(&mut self) -> Result<(), CodegenError> {
        for var in self.transient_locals.clone() {
            let null = self.b.ins().iconst(self.cx.pointer, 0);
            self.b.def_var(var, null);
        }
        let n_params = self.func.params.len();
        for (local, var) in self.object_locals.clone() {
            if local.index() < n_params {
                let param = self.b.use_var(var);
                self.incref(param);
            } else {
                let null = self.b.ins().iconst(self.cx.pointer, 0);
                self.b.def_var(var, null);
            }
        }
        Ok(())
    }

    /// Releases every object local except `moved` (a local being returned).
    pub(super) fn release_object_locals(&mut self, moved: Option<ir::Local>) -> Result<(), CodegenError> {
        for (local, var) in self.object_locals.clone() {
            if Some(local) != moved {
                let obj = self.b.use_var(var);
                self.decref(obj)?;
            }
        }
        Ok(())
    }

    /// The object an `IncRef`/`DecRef` operand refers to, or `None` for a
    /// constant (immortal: nothing to count).
    pub(super) fn counted_object(&mut self, operand: &ir::Operand) -> Result<Option<clif::Value>, CodegenError> {
        match operand {
            ir::Operand::Const(_) => Ok(None),
            ir::Operand::Local(_) => self.operand(operand),
        }
    }

    /// After `DecRef` of a local: the local no longer owns a reference, so it
    /// becomes null, as the rule "every object local owns one reference or is
    /// null" requires. Without this, the release on the way out would drop the
    /// reference a second time, and so would an error between the `DecRef` and the
    /// local's next assignment (a raising op leaves its destination unchanged).
    pub(super) fn forget_released_local(&mut self, operand: &ir::Operand) -> Result<(), CodegenError> {
        if let ir::Operand::Local(local) = operand {
            if let Some(var) = self.var(*local)? {
                let null = self.b.ins().iconst(self.cx.pointer, 0);
                self.b.def_var(var, null);
            }
        }
        Ok(())
    }

    /// Assigns a new reference to `dest`; with no destination nobody would ever
    /// release it, so it is released at once.
    pub(super) fn define_new_reference(&mut self, dest: Option<ir::Local>, obj: clif::Value) -> Result<(), CodegenError> {
        match dest {
            Some(_) => self.define(dest, Some(obj)),
            None => self.decref(obj),
        }
    }

    /// A block for refcount code, cold when the code around it is (an error path).
    fn refcount_block(&mut self) -> clif::Block {
        let block = self.b.create_block();
        let in_cold_code = self.b.current_block().is_some_and(|current| self.b.func.layout.is_cold(current));
        if in_cold_code {
            self.b.set_cold_block(block);
        }
        block
    }

    /// `IncRef`: `if obj && obj.refcnt >= 0 { obj.refcnt += 1 }`.
    pub(super) fn incref(&mut self, obj: clif::Value) {
        let flags = self.mem(Region::Refcount);
        let (check, bump, done) = (self.refcount_block(), self.refcount_block(), self.refcount_block());
        self.b.ins().brif(obj, check, &[], done, &[]);

        self.b.switch_to_block(check);
        let count = self.b.ins().load(types::I64, flags, obj, object::REFCNT);
        let immortal = self.b.ins().icmp_imm_s(IntCC::SignedLessThan, count, 0);
        self.b.ins().brif(immortal, done, &[], bump, &[]);

        self.b.switch_to_block(bump);
        let count = self.b.ins().iadd_imm_s(count, 1);
        self.b.ins().store(flags, count, obj, object::REFCNT);
        self.b.ins().jump(done, &[]);

        self.b.switch_to_block(done);
    }

    /// `DecRef`: `if obj && obj.refcnt > 0 { obj.refcnt -= 1; if it is 0 { tp_dealloc(obj) } }`.
    /// (A count of 0 cannot occur in a live object; skipping it as well as the
    /// immortal ones keeps a corrupt count from freeing twice, as `tp_decref` does.)
    pub(super) fn decref(&mut self, obj: clif::Value) -> Result<(), CodegenError> {
        let flags = self.mem(Region::Refcount);
        let (check, drop, free, done) =
            (self.refcount_block(), self.refcount_block(), self.refcount_block(), self.refcount_block());
        // Freeing is rarer than dropping a reference, and a call anyway: out of line.
        self.b.set_cold_block(free);
        self.b.ins().brif(obj, check, &[], done, &[]);

        self.b.switch_to_block(check);
        let count = self.b.ins().load(types::I64, flags, obj, object::REFCNT);
        let counted = self.b.ins().icmp_imm_s(IntCC::SignedGreaterThan, count, 0);
        self.b.ins().brif(counted, drop, &[], done, &[]);

        self.b.switch_to_block(drop);
        let count = self.b.ins().iadd_imm_s(count, -1);
        self.b.ins().store(flags, count, obj, object::REFCNT);
        self.b.ins().brif(count, done, &[], free, &[]);

        self.b.switch_to_block(free);
        self.call_runtime(RuntimeFn::Dealloc, &[obj])?;
        self.b.ins().jump(done, &[]);

        self.b.switch_to_block(done);
        Ok(())
    }
}
