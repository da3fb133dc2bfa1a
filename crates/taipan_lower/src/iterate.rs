//! `for` loops over lists, tuples and strs, and unpacking into targets.

use taipan_ir as ir;
use taipan_ir::{CmpOp, IntBinOp, Op, Operand, RuntimeFn};
use taipan_types::hir::{self, ExprKind, Target, Ty};

use crate::stmt::int;
use crate::{slot_kind, FnLowerer};

impl FnLowerer<'_, '_> {
    /// Stores `value` (of the target's type) into a target, unpacking tuples.
    pub fn bind_target(&mut self, target: &Target, value: Operand) {
        match target {
            Target::Name { target, ty } => self.store(target, value, *ty),
            Target::Tuple { items, ty: Ty::Tuple(fields) } => {
                for (i, (item, field_ty)) in items.iter().zip(fields.iter()).enumerate() {
                    if matches!(item, Target::Discard) {
                        continue;
                    }
                    let field = self.borrowed_value(
                        self.elem_type(*field_ty),
                        Op::TupleGet { tuple: value, index: i as u32, kind: slot_kind(*field_ty) },
                    );
                    self.bind_target(item, field);
                }
            }
            Target::Seq { items, star, ty } => self.bind_seq_target(items, *star, *ty, value),
            // The checker only builds tuple patterns for fixed tuples.
            Target::Tuple { .. } | Target::Discard => {}
        }
    }

    /// `a, b = value`. A tuple display on the right (`a, b = b, a`) is not
    /// built: its items are evaluated into temps first, then stored.
    pub fn unpack(&mut self, target: &Target, value: &hir::Expr) {
        if let (ExprKind::Tuple { items }, Target::Tuple { items: targets, .. }) = (&value.kind, target) {
            if items.len() == targets.len() {
                let values: Vec<Operand> = items
                    .iter()
                    .map(|item| {
                        let v = self.expr(item);
                        self.frozen(v)
                    })
                    .collect();
                for (t, v) in targets.iter().zip(values) {
                    self.bind_target(t, v);
                }
                return;
            }
        }
        let v = self.expr(value);
        self.bind_target(target, v);
    }

    /// `for target in iter` over a list (the length is read at each step, as
    /// CPython does, so appending in the body is seen), a tuple or a str.
    pub fn for_each(
        &mut self,
        s: &hir::Stmt,
        target: &Target,
        iter: &hir::Expr,
        body: &[hir::Stmt],
        orelse: &[hir::Stmt],
    ) {
        let line = self.line_of(s.span);
        if let Some((g, _)) = crate::comprehension::generated_source(iter) {
            return self.for_generated(target, iter, g, body, orelse);
        }
        if self.for_stored_range(s, target, iter, body, orelse) {
            return;
        }
        if Self::iterates_hashed(iter) {
            return self.for_each_hashed(target, iter, body, orelse);
        }
        let seq = self.expr(iter);
        // The loop iterates the object it started with, even if the body
        // rebinds the variable it came from.
        let seq = self.frozen(seq);
        self.b.line = line;
        let Some(elem) = iter.ty.iter_elem() else { return };
        // The position: an element index, or for a str a byte offset (each
        // step advances by the character's UTF-8 length, so the loop is O(n)).
        let index = self.b.temp(ir::Type::Int);
        self.b.copy(index, int(0));
        let index_op = Operand::Local(index);
        let is_str = iter.ty == Ty::Str;
        let step = if is_str { Operand::Local(self.b.temp(ir::Type::Int)) } else { int(1) };
        // A str cannot change: its byte length is read once.
        let str_bytes = is_str.then(|| self.runtime(RuntimeFn::StrByteLen, vec![seq], ir::Type::Int));
        let head = self.b.new_block();
        let body_block = self.b.new_block();
        let latch = self.b.new_block();
        let else_block = self.b.new_block();
        let exit = self.b.new_block();
        self.b.jump(head);

        self.b.switch_to(head);
        let len = match str_bytes {
            Some(n) => n,
            None => self.b.value(ir::Type::Int, Op::ContainerLen(seq)),
        };
        let more = self.b.value(ir::Type::Bool, Op::Cmp(CmpOp::Lt, index_op, len));
        self.b.branch(more, body_block, else_block);

        self.b.switch_to(body_block);
        let mark = self.temp_mark();
        match iter.ty {
            Ty::List(_) => {
                // `0 <= index < len`: the element is read without a check.
                let get = Op::ListGet { list: seq, index: index_op, kind: slot_kind(elem), checked: false };
                match target {
                    // An object element goes straight into a plain variable.
                    Target::Name { target: t, .. }
                        if elem.is_object() && t.convert.is_none() && matches!(t.place, hir::Place::Local(_)) =>
                    {
                        if let hir::Place::Local(id) = t.place {
                            self.assign_local_borrowed(ir::Local(id.0), get);
                            self.mark_bound(id);
                        }
                    }
                    _ => {
                        let item = self.borrowed_value(self.elem_type(elem), get);
                        self.bind_target(target, item);
                    }
                }
            }
            Ty::Str => {
                let item = self.runtime(RuntimeFn::StrCharAtByte, vec![seq, index_op], ir::Type::Str);
                let width = self.runtime(RuntimeFn::StrByteLen, vec![item], ir::Type::Int);
                if let Operand::Local(step) = step {
                    self.b.copy(step, width);
                }
                self.bind_target(target, item);
            }
            _ => {
                let item = self.runtime(RuntimeFn::TupleGetItem, vec![seq, index_op], self.elem_type(elem));
                self.bind_target(target, item);
            }
        }
        self.release_temps(mark);
        self.loop_body(body, latch, exit);
        self.b.jump(latch);

        self.b.switch_to(latch);
        self.b.line = line;
        let next = self.b.value(ir::Type::Int, Op::IntBin(IntBinOp::AddUnchecked, index_op, step));
        self.b.copy(index, next);
        self.b.jump(head);

        self.b.switch_to(else_block);
        self.stmts(orelse);
        self.b.jump(exit);
        self.b.switch_to(exit);
    }
}
