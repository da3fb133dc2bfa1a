//! Unpacking a list, a `tuple[T, ...]` or a str into a target of several
//! names (`a, b = xs`, `first, *rest = xs`): the length is checked at run
//! time with CPython's `ValueError` messages, then each name gets its element
//! (the starred one a list of the middle elements).

use taipan_ir as ir;
use taipan_ir::{CmpOp, ExcKind, IntBinOp, Op, Operand, RuntimeFn, Terminator};
use taipan_types::hir::{Target, Ty};

use crate::containers::kind_operand;
use crate::stmt::int;
use crate::{slot_kind, FnLowerer};

impl FnLowerer<'_, '_> {
    pub fn bind_seq_target(&mut self, items: &[Target], star: Option<usize>, ty: Ty, value: Operand) {
        let Some(elem) = ty.iter_elem() else { return };
        let n = items.len() as i64;
        let line = self.b.line;
        let len = match ty {
            Ty::Str => self.b.value(ir::Type::Int, Op::StrLen(value)),
            _ => self.b.value(ir::Type::Int, Op::ContainerLen(value)),
        };
        let (ok, expected) = match star {
            None => (self.b.value(ir::Type::Bool, Op::Cmp(CmpOp::Eq, len, int(n))), format!("{n}")),
            Some(_) => {
                (self.b.value(ir::Type::Bool, Op::Cmp(CmpOp::Ge, len, int(n - 1))), format!("at least {}", n - 1))
            }
        };
        let good = self.b.new_block();
        let bad = self.b.new_block();
        self.b.branch(ok, good, bad);

        self.b.switch_to(bad);
        if star.is_none() {
            let too_many = self.b.value(ir::Type::Bool, Op::Cmp(CmpOp::Gt, len, int(n)));
            let many_block = self.b.new_block();
            let few_block = self.b.new_block();
            self.b.branch(too_many, many_block, few_block);
            self.b.switch_to(many_block);
            let message = self.str_const(&format!("too many values to unpack (expected {n})"));
            self.b.terminate(Terminator::Raise { kind: ExcKind::ValueError, message: Some(message), line });
            self.b.switch_to(few_block);
        }
        let head = self.str_const(&format!("not enough values to unpack (expected {expected}, got "));
        let count = self.runtime(RuntimeFn::IntToStr, vec![len], ir::Type::Str);
        let message = self.runtime(RuntimeFn::StrConcat, vec![head, count], ir::Type::Str);
        let close = self.str_const(")");
        let message = self.runtime(RuntimeFn::StrConcat, vec![message, close], ir::Type::Str);
        self.b.terminate(Terminator::Raise { kind: ExcKind::ValueError, message: Some(message), line });

        self.b.switch_to(good);
        for (j, item) in items.iter().enumerate() {
            let j = j as i64;
            if star == Some(j as usize) {
                // The middle: `value[j : len - (n - j - 1)]`, as a list.
                let stop = self.b.value(ir::Type::Int, Op::IntBin(IntBinOp::SubUnchecked, len, int(n - j - 1)));
                let rest = match ty {
                    Ty::List(_) => {
                        self.runtime(RuntimeFn::ListGetSlice, vec![value, int(j), stop, int(1)], ir::Type::Obj)
                    }
                    _ => {
                        let t =
                            self.runtime(RuntimeFn::TupleGetSlice, vec![value, int(j), stop, int(1)], ir::Type::Obj);
                        self.runtime(RuntimeFn::TupleToList, vec![t, kind_operand(slot_kind(elem))], ir::Type::Obj)
                    }
                };
                self.bind_target(item, rest);
                continue;
            }
            let index = match star {
                Some(s) if j as usize > s => {
                    self.b.value(ir::Type::Int, Op::IntBin(IntBinOp::SubUnchecked, len, int(n - j)))
                }
                _ => int(j),
            };
            let element = match ty {
                // `0 <= index < len` after the length check.
                Ty::List(_) => self.borrowed_value(
                    self.elem_type(elem),
                    Op::ListGet { list: value, index, kind: slot_kind(elem), checked: false },
                ),
                Ty::Str => self.runtime(RuntimeFn::StrGetItem, vec![value, index], ir::Type::Str),
                _ => self.runtime(RuntimeFn::TupleGetItem, vec![value, index], self.elem_type(elem)),
            };
            self.bind_target(item, element);
        }
    }
}
