//! Inline instance ops: reading and writing the fields of an instance of a user
//! class (layout `taipan_abi::instance_object`), its class id, and null tests
//! (the `None` of an `Optional`).

use cranelift_codegen::ir as clif;
use cranelift_codegen::ir::condcodes::IntCC;
use cranelift_codegen::ir::{types, InstBuilder};
use cranelift_module::Module;
use taipan_abi::{instance_object, SlotKind};
use taipan_ir as ir;

use super::memory::Region;
use super::FunctionTranslator;
use crate::CodegenError;

impl<M: Module + ?Sized> FunctionTranslator<'_, '_, M> {
    /// `FieldGet`: field `index` (borrowed, for objects), read as the
    /// destination's type; `None` when nobody takes it.
    pub(super) fn field_get(
        &mut self,
        obj: &ir::Operand,
        index: u32,
        kind: SlotKind,
        dest: Option<ir::Local>,
    ) -> Result<Option<clif::Value>, CodegenError> {
        let Some(dest) = dest else { return Ok(None) };
        let ty = self.operand_type(&ir::Operand::Local(dest))?;
        if !ty.fits_slot(kind) {
            return Err(self.unsupported(format!("field of kind {kind:?} read into {dest} of type {ty}")));
        }
        let obj = self.value(obj)?;
        let flags = self.mem(Region::InstanceFields);
        Ok(self.load_slot(ty, flags, obj, field_offset(index)))
    }

    /// `FieldSet`: stores `value`; for objects the instance takes a new
    /// reference first and releases the old value after the store, so that
    /// `o.f = o.f` keeps it and whatever the release frees sees the new value.
    pub(super) fn field_set(
        &mut self,
        obj: &ir::Operand,
        index: u32,
        value: &ir::Operand,
        kind: SlotKind,
    ) -> Result<(), CodegenError> {
        let obj = self.value(obj)?;
        let flags = self.mem(Region::InstanceFields);
        let offset = field_offset(index);
        if kind != SlotKind::Obj {
            return self.store_slot(value, flags, obj, offset);
        }
        if let Some(counted) = self.counted_object(value)? {
            self.incref(counted);
        }
        let old = self.b.ins().load(self.cx.pointer, flags, obj, offset);
        self.store_slot(value, flags, obj, offset)?;
        self.decref(old)
    }

    /// `ClassId`: the class id in the instance's header, as an `I64`.
    pub(super) fn class_id(&mut self, obj: &ir::Operand) -> Result<clif::Value, CodegenError> {
        let obj = self.value(obj)?;
        let flags = self.mem(Region::ObjectFields);
        let id = self.b.ins().load(types::I32, flags, obj, instance_object::CLASS_ID);
        Ok(self.b.ins().uextend(types::I64, id))
    }

    /// `SameObject`: pointer equality, as an `I8`.
    pub(super) fn same_object(&mut self, a: &ir::Operand, b: &ir::Operand) -> Result<clif::Value, CodegenError> {
        let (a, b) = (self.value(a)?, self.value(b)?);
        Ok(self.b.ins().icmp(IntCC::Equal, a, b))
    }

    /// `IsNull`: whether the object pointer is null, as an `I8`.
    pub(super) fn is_null(&mut self, obj: &ir::Operand) -> Result<clif::Value, CodegenError> {
        let obj = self.value(obj)?;
        Ok(self.b.ins().icmp_imm_u(IntCC::Equal, obj, 0))
    }
}

fn field_offset(index: u32) -> i32 {
    instance_object::field_offset(index)
}
