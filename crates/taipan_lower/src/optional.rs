//! Optional numbers (`int | None`, `float | None`, `bool | None`): None is the
//! null pointer, any other value a box holding the number
//! (`taipan_abi::boxed_scalar`). The checker decides where a number is boxed
//! (`Conversion::Box`) and where a narrowed optional is unboxed
//! (`Conversion::Unbox`); this file emits both. (`str | None` needs neither:
//! it is the str pointer or null.)

use taipan_ir as ir;
use taipan_ir::{Op, Operand, RuntimeFn};
use taipan_types::hir::{self, Const, Ty};

use crate::{slot_kind, FnLowerer};

impl FnLowerer<'_, '_> {
    /// The value a call passes for parameter `index` of `func` left to its
    /// default `c`. The HIR keeps defaults as plain constants (of the
    /// parameter's type, but for optionals): a `None` default of an optional
    /// parameter is the null object, a number default of an optional number
    /// is boxed (a new box per call, an owned temp).
    pub fn default_arg(&mut self, func: hir::FuncId, index: usize, c: &Const) -> Operand {
        let param_ty = self.cx.functions.get(func.index()).and_then(|f| {
            let id = f.params.get(index)?;
            f.locals.get(id.index()).map(|l| l.ty)
        });
        let value = self.constant(c);
        match (c, param_ty) {
            // An int default of a `float` parameter: an int num, or a float.
            (Const::Int(_), Some(Ty::Float)) => {
                let want = self.param_type(func, index).unwrap_or(ir::Type::Float);
                match (want, value) {
                    (ir::Type::Float, Operand::Const(ir::Const::Int(i))) => Operand::Const(ir::Const::Float(i as f64)),
                    _ => self.to_type(value, want),
                }
            }
            (Const::None, Some(ty)) if crate::ir_type(ty).is_object() => Operand::Const(ir::Const::Null),
            (Const::Int(_) | Const::Float(_) | Const::Bool(_), Some(Ty::Optional(inner))) if !inner.is_union() => {
                self.box_number(value, *inner)
            }
            // A union parameter (`union.rs`): a number boxed, a str as an `Obj`.
            (Const::Int(_), Some(ty)) if ty.is_union() => self.box_number(value, Ty::Int),
            (Const::Float(_), Some(ty)) if ty.is_union() => self.box_number(value, Ty::Float),
            (Const::Bool(_), Some(ty)) if ty.is_union() => self.box_number(value, Ty::Bool),
            (Const::Str(_), Some(ty)) if ty.is_union() => {
                let t = self.b.temp(ir::Type::Obj);
                self.b.copy(t, value);
                Operand::Local(t)
            }
            // A float default of a num parameter is a num as it is.
            (Const::Float(_), Some(Ty::Float)) => {
                let want = self.param_type(func, index).unwrap_or(ir::Type::Float);
                self.to_type(value, want)
            }
            _ => value,
        }
    }

    /// A new box holding `value`, a number of type `ty` (an owned temp).
    pub fn box_number(&mut self, value: Operand, ty: Ty) -> Operand {
        let func = match ty {
            Ty::Float if self.operand_type(value) == ir::Type::Num => RuntimeFn::NumBox,
            Ty::Float => RuntimeFn::BoxFloat,
            Ty::Bool => RuntimeFn::BoxBool,
            _ => RuntimeFn::BoxInt,
        };
        self.runtime(func, vec![value], ir::Type::Obj)
    }

    /// An int where a `float | None` is declared, boxed: it stays an int
    /// (a num, `num.rs`).
    pub fn box_int_as_float(&mut self, value: Operand) -> Operand {
        let num = self.to_type(value, ir::Type::Num);
        self.runtime(RuntimeFn::NumBox, vec![num], ir::Type::Obj)
    }

    /// The number in the box `value` points to (never null: the checker unboxes
    /// only where the optional is narrowed). A load: the box is immutable.
    /// A float box may hold an int (`box_int_as_float`): its value is a num.
    pub fn unbox_number(&mut self, value: Operand, ty: Ty) -> Operand {
        let kind = slot_kind(ty);
        let read_ty = if ty == Ty::Float { ir::Type::Num } else { crate::ir_type(ty) };
        self.b.value(read_ty, Op::FieldGet { obj: value, index: 0, kind })
    }
}
