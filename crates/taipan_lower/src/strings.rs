//! str conversions of values (`str()`, `repr()`, `ascii()`, `format()`),
//! f-strings, and writing values for `print`.

use taipan_ir as ir;
use taipan_ir::{Op, Operand, RuntimeFn};
use taipan_types::hir::{self, ObjOp, Ty};

use crate::containers::kind_operand;
use crate::{slot_kind, FnLowerer};

impl FnLowerer<'_, '_> {
    /// The str-producing `ObjOp`s; `None` for the others.
    pub fn str_obj_op(&mut self, op: ObjOp, args: &[hir::Expr], _ty: Ty) -> Option<Operand> {
        if !matches!(op, ObjOp::Str | ObjOp::Repr | ObjOp::Ascii | ObjOp::Format) {
            return None;
        }
        // An int in a float place prints as an int (`num.rs`).
        let values: Vec<Operand> = args.iter().map(|a| self.expr_keeping_num(a)).collect();
        let (x, x_ty) = (values[0], args[0].ty);
        Some(match op {
            ObjOp::Str => self.str_of(x, x_ty),
            ObjOp::Repr => self.repr_of(x, x_ty),
            ObjOp::Ascii => self.slot_call(RuntimeFn::AsciiSlot, x, x_ty, vec![]),
            _ => {
                let spec = values[1];
                let func = match x_ty {
                    Ty::Int => RuntimeFn::FormatInt,
                    Ty::Float if self.operand_type(x) == ir::Type::Num => RuntimeFn::NumFormat,
                    Ty::Float => RuntimeFn::FormatFloat,
                    Ty::Bool => RuntimeFn::FormatBool,
                    Ty::Str => RuntimeFn::FormatStr,
                    _ => return Some(self.slot_call(RuntimeFn::FormatSlot, x, x_ty, vec![spec])),
                };
                self.runtime(func, vec![x, spec], ir::Type::Str)
            }
        })
    }

    /// A runtime function taking `(kind, slot, extra...)`, giving a str.
    fn slot_call(&mut self, func: RuntimeFn, x: Operand, ty: Ty, extra: Vec<Operand>) -> Operand {
        let mut args = vec![kind_operand(slot_kind(ty)), x];
        args.extend(extra);
        self.runtime(func, args, ir::Type::Str)
    }

    /// `str(x)`.
    pub fn str_of(&mut self, x: Operand, ty: Ty) -> Operand {
        match ty {
            Ty::Str => x,
            Ty::Int => self.runtime(RuntimeFn::IntToStr, vec![x], ir::Type::Str),
            Ty::Float if self.operand_type(x) == ir::Type::Num => self.runtime(RuntimeFn::NumToStr, vec![x], ir::Type::Str),
            Ty::Float => self.runtime(RuntimeFn::FloatToStr, vec![x], ir::Type::Str),
            Ty::Bool => self.runtime(RuntimeFn::BoolToStr, vec![x], ir::Type::Str),
            Ty::None => self.str_const("None"),
            // The runtime's text of a slot sees null as None and through a box.
            Ty::Optional(inner) if inner.is_number() => self.slot_call(RuntimeFn::StrSlot, x, ty, vec![]),
            Ty::Instance(_) | Ty::Optional(_) => self.instance_text(x, ty, false),
            Ty::Exception(_) => match self.exception_str(x, ty) {
                Some(text) => text,
                None => self.slot_call(RuntimeFn::StrSlot, x, ty, vec![]),
            },
            _ => self.slot_call(RuntimeFn::StrSlot, x, ty, vec![]),
        }
    }

    /// `repr(x)`.
    pub fn repr_of(&mut self, x: Operand, ty: Ty) -> Operand {
        match ty {
            Ty::Str => self.runtime(RuntimeFn::StrRepr, vec![x], ir::Type::Str),
            Ty::Int | Ty::Float | Ty::Bool | Ty::None => self.str_of(x, ty),
            Ty::Optional(inner) if inner.is_number() => self.slot_call(RuntimeFn::ReprSlot, x, ty, vec![]),
            Ty::Instance(_) | Ty::Optional(_) => self.instance_text(x, ty, true),
            _ => self.slot_call(RuntimeFn::ReprSlot, x, ty, vec![]),
        }
    }

    /// An f-string: its parts concatenated left to right.
    pub fn fstring(&mut self, parts: &[hir::Expr]) -> Operand {
        let mut acc: Option<Operand> = None;
        for part in parts {
            let v = self.expr(part);
            acc = Some(match acc {
                None => v,
                Some(prev) => self.runtime(RuntimeFn::StrConcat, vec![prev, v], ir::Type::Str),
            });
        }
        acc.unwrap_or_else(|| self.str_const(""))
    }

    /// Writes `value` as `print` shows it (`str(value)`).
    pub fn write_value(&mut self, value: Operand, ty: Ty) {
        let (func, args) = match ty {
            Ty::Int | Ty::Unknown => (RuntimeFn::WriteInt, vec![value]),
            Ty::Float if self.operand_type(value) == ir::Type::Num => (RuntimeFn::WriteNum, vec![value]),
            Ty::Float => (RuntimeFn::WriteFloat, vec![value]),
            Ty::Bool => (RuntimeFn::WriteBool, vec![value]),
            Ty::None => (RuntimeFn::WriteNone, vec![]),
            Ty::Str => (RuntimeFn::WriteStr, vec![value]),
            _ => {
                let s = self.str_of(value, ty);
                (RuntimeFn::WriteStr, vec![s])
            }
        };
        self.b.emit(None, Op::CallRuntime { func, args });
    }
}
