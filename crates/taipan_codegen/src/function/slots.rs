//! IR values in 8-byte slots (`taipan_abi::SlotKind`): the `Slot` arguments and
//! results of runtime functions, and tuple fields. A slot holds an int as is, a
//! float's bit pattern, a bool as 0/1, an object pointer, or 0 for None; which of
//! these it is follows from the IR type at each use.

use cranelift_codegen::ir as clif;
use cranelift_codegen::ir::{types, InstBuilder, MemFlagsData};
use cranelift_module::Module;
use taipan_ir as ir;

use super::FunctionTranslator;
use crate::CodegenError;

impl<M: Module + ?Sized> FunctionTranslator<'_, '_, M> {
    /// The operand as a slot's 8 bytes (an `I64`).
    pub(super) fn slot_value(&mut self, operand: &ir::Operand) -> Result<clif::Value, CodegenError> {
        let ty = self.operand_type(operand)?;
        Ok(match self.operand(operand)? {
            Some(v) => self.slot_bits(v, ty),
            None => self.b.ins().iconst(types::I64, 0),
        })
    }

    /// `v`, a value of IR type `ty`, as a slot's 8 bytes.
    fn slot_bits(&mut self, v: clif::Value, ty: ir::Type) -> clif::Value {
        match ty {
            ir::Type::Float | ir::Type::Num => self.b.ins().bitcast(types::I64, MemFlagsData::new(), v),
            ir::Type::Bool => self.b.ins().uextend(types::I64, v),
            ir::Type::Str | ir::Type::Obj if self.cx.pointer != types::I64 => self.b.ins().uextend(types::I64, v),
            ir::Type::Int | ir::Type::Str | ir::Type::Obj => v,
            // Never reached: a None operand has no value (see `slot_value`).
            ir::Type::None => self.b.ins().iconst(types::I64, 0),
        }
    }

    /// The value of IR type `ty` a slot's 8 bytes `bits` hold; `None` for the type None.
    pub(super) fn value_from_slot(&mut self, bits: clif::Value, ty: ir::Type) -> Option<clif::Value> {
        Some(match ty {
            ir::Type::Int => bits,
            ir::Type::Float | ir::Type::Num => self.b.ins().bitcast(types::F64, MemFlagsData::new(), bits),
            ir::Type::Bool => self.b.ins().ireduce(types::I8, bits),
            ir::Type::Str | ir::Type::Obj if self.cx.pointer != types::I64 => self.b.ins().ireduce(self.cx.pointer, bits),
            ir::Type::Str | ir::Type::Obj => bits,
            ir::Type::None => return None,
        })
    }

    /// A parameter as it arrives (`arg`) turned into its IR type `ty`: the slot
    /// ABI (`ir::Function::slot_abi`) passes every value as slot bits.
    pub(super) fn from_boundary(&mut self, arg: clif::Value, ty: ir::Type) -> clif::Value {
        if !self.func.slot_abi {
            return arg;
        }
        self.value_from_slot(arg, ty).unwrap_or(arg)
    }

    /// The result `v` (IR type `ty`) as the function's signature returns it.
    pub(super) fn to_boundary(&mut self, v: clif::Value, ty: ir::Type) -> clif::Value {
        if !self.func.slot_abi {
            return v;
        }
        self.slot_bits(v, ty)
    }

    /// Loads the slot at `addr + offset` as a value of IR type `ty`.
    pub(super) fn load_slot(
        &mut self,
        ty: ir::Type,
        flags: MemFlagsData,
        addr: clif::Value,
        offset: i32,
    ) -> Option<clif::Value> {
        match ty {
            ir::Type::None => None,
            // Whole-slot loads only, so the layout does not depend on endianness.
            ir::Type::Bool => {
                let bits = self.b.ins().load(types::I64, flags, addr, offset);
                Some(self.b.ins().ireduce(types::I8, bits))
            }
            ir::Type::Int => Some(self.b.ins().load(types::I64, flags, addr, offset)),
            ir::Type::Float | ir::Type::Num => Some(self.b.ins().load(types::F64, flags, addr, offset)),
            ir::Type::Str | ir::Type::Obj => {
                let bits = self.b.ins().load(types::I64, flags, addr, offset);
                self.value_from_slot(bits, ty)
            }
        }
    }

    /// Stores `operand` as the slot at `addr + offset`.
    pub(super) fn store_slot(
        &mut self,
        operand: &ir::Operand,
        flags: MemFlagsData,
        addr: clif::Value,
        offset: i32,
    ) -> Result<(), CodegenError> {
        let ty = self.operand_type(operand)?;
        let v = match ty {
            // Already 8 bytes: stored as they are.
            ir::Type::Int | ir::Type::Float | ir::Type::Num => self.value(operand)?,
            _ => self.slot_value(operand)?,
        };
        self.b.ins().store(flags, v, addr, offset);
        Ok(())
    }
}
