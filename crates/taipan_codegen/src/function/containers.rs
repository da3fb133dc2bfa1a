//! Inline container ops: lengths, list elements (with Python's negative indices
//! and the bounds check), and building and reading tuples. Layouts are
//! `taipan_abi::{list_object, tuple_object, str_object}`.

use cranelift_codegen::ir as clif;
use cranelift_codegen::ir::condcodes::IntCC;
use cranelift_codegen::ir::{types, InstBuilder};
use cranelift_module::Module;
use taipan_abi::{dict_object, list_item_size, list_object, str_object, tuple_object, ErrCode, RuntimeFn, SlotKind};
use taipan_ir as ir;

use super::memory::Region;
use super::FunctionTranslator;
use crate::CodegenError;

// `ContainerLen` reads one offset for every container.
const _: () = assert!(list_object::LEN == tuple_object::LEN && list_object::LEN == dict_object::LEN);

/// The index of a list access whose check has passed (`checked_indices`).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub(super) enum CheckedIndex {
    Local(ir::Local),
    Const(i64),
}

/// How a `ListGet`/`ListSet` reaches its element.
#[derive(Clone, Copy, Debug)]
pub(super) struct ListAccess {
    pub kind: SlotKind,
    /// Normalise a negative index and raise `IndexError` outside `[-len, len)`.
    pub checked: bool,
    pub line: u32,
}

impl<M: Module + ?Sized> FunctionTranslator<'_, '_, M> {
    /// `len()` of a list, tuple, dict or set.
    pub(super) fn container_len(&mut self, container: &ir::Operand) -> Result<clif::Value, CodegenError> {
        let obj = self.value(container)?;
        let flags = self.mem(Region::ObjectFields);
        Ok(self.b.ins().load(types::I64, flags, obj, list_object::LEN))
    }

    /// `len()` of a str: its code-point count (a constant for a literal).
    pub(super) fn str_len(&mut self, string: &ir::Operand) -> Result<clif::Value, CodegenError> {
        if let ir::Operand::Const(ir::Const::Str(id)) = string {
            let module = self.cx.ir;
            let text = module.strings.get(id.index()).ok_or_else(|| self.unsupported(format!("no string {id}")))?;
            return Ok(self.b.ins().iconst(types::I64, text.chars().count() as i64));
        }
        let obj = self.value(string)?;
        let flags = self.mem(Region::ObjectFields);
        Ok(self.b.ins().load(types::I64, flags, obj, str_object::NCHARS))
    }

    /// `ListGet`: the element (borrowed, for objects); `None` when the element
    /// type has no value or nobody takes it (the bounds check still happens).
    pub(super) fn list_get(
        &mut self,
        list: &ir::Operand,
        index: &ir::Operand,
        access: ListAccess,
        dest: Option<ir::Local>,
    ) -> Result<Option<clif::Value>, CodegenError> {
        let addr = self.list_element_addr(list, index, access, ErrCode::ListIndexOutOfRange)?;
        let (Some(_), Some(ty)) = (dest, self.list_element_type(access.kind)) else { return Ok(None) };
        let flags = self.mem(Region::ListItems);
        Ok(Some(self.b.ins().load(ty, flags, addr, 0)))
    }

    /// `ListSet`: stores `value`; for objects the list takes a new reference to
    /// the value and releases the element it replaces, after the store, so that
    /// whatever freeing that element runs finds the list consistent.
    pub(super) fn list_set(
        &mut self,
        list: &ir::Operand,
        index: &ir::Operand,
        value: &ir::Operand,
        access: ListAccess,
    ) -> Result<(), CodegenError> {
        let addr = self.list_element_addr(list, index, access, ErrCode::ListAssignmentIndexOutOfRange)?;
        let flags = self.mem(Region::ListItems);
        match access.kind {
            SlotKind::Obj => {
                let new = self.value(value)?;
                // Before the old element is released: `xs[i] = xs[i]` must not free it.
                if let Some(counted) = self.counted_object(value)? {
                    self.incref(counted);
                }
                let old = self.b.ins().load(self.cx.pointer, flags, addr, 0);
                self.b.ins().store(flags, new, addr, 0);
                self.decref(old)?;
            }
            // Every slot of a None list holds 0.
            SlotKind::None => {
                let zero = self.b.ins().iconst(types::I64, 0);
                self.b.ins().store(flags, zero, addr, 0);
            }
            // One byte per bool element; 8 bytes per int or float.
            SlotKind::Bool | SlotKind::Int | SlotKind::Float | SlotKind::Num => {
                let v = self.value(value)?;
                self.b.ins().store(flags, v, addr, 0);
            }
        }
        Ok(())
    }

    /// The machine type of a list element of `kind` (`None` for None elements).
    fn list_element_type(&self, kind: SlotKind) -> Option<clif::Type> {
        match kind {
            SlotKind::Int => Some(types::I64),
            SlotKind::Float | SlotKind::Num => Some(types::F64),
            SlotKind::Bool => Some(types::I8),
            SlotKind::Obj => Some(self.cx.pointer),
            SlotKind::None => None,
        }
    }

    /// The address of element `index`, checking it first when the access is
    /// checked: a negative index counts from the end, and anything outside
    /// `[0, len)` after that raises `code`. One unsigned compare covers both ends
    /// (a still-negative index is a huge unsigned one), and the normalisation is
    /// a `select`, so the hot path has a single, never-taken branch.
    fn list_element_addr(
        &mut self,
        list: &ir::Operand,
        index: &ir::Operand,
        access: ListAccess,
        code: ErrCode,
    ) -> Result<clif::Value, CodegenError> {
        let list_local = match list {
            ir::Operand::Local(l) => Some(*l),
            ir::Operand::Const(_) => None,
        };
        // `b[VX] -= ...` reads and writes one element: the second check is
        // the first one again, as long as neither the length nor the index
        // can have changed (the same stretch as `list_headers`).
        let checked_key = match (list_local, index) {
            (Some(l), ir::Operand::Local(i)) => Some((l, CheckedIndex::Local(*i))),
            (Some(l), ir::Operand::Const(ir::Const::Int(n))) => Some((l, CheckedIndex::Const(*n))),
            _ => None,
        };
        let list = self.value(list)?;
        let mut index = self.value(index)?;
        if access.checked {
            if let Some(normalized) = checked_key.and_then(|k| self.checked_indices.get(&k)) {
                index = *normalized;
            } else {
                let len = self.list_header_field(list_local, list, list_object::LEN);
                let from_end = self.b.ins().iadd(index, len);
                let negative = self.b.ins().icmp_imm_s(IntCC::SignedLessThan, index, 0);
                index = self.b.ins().select(negative, from_end, index);
                let out_of_range = self.b.ins().icmp(IntCC::UnsignedGreaterThanOrEqual, index, len);
                self.raise_if(out_of_range, code, access.line);
                if let Some(k) = checked_key {
                    self.checked_indices.insert(k, index);
                }
            }
        }
        let items = self.list_header_field(list_local, list, list_object::ITEMS);
        let size = list_item_size(access.kind);
        let offset = match size {
            1 => index,
            8 => self.b.ins().ishl_imm_s(index, 3),
            _ => self.b.ins().imul_imm_s(index, i64::from(size)),
        };
        Ok(self.b.ins().iadd(items, offset))
    }

    /// The length or item pointer of the list in `local` (value `list`),
    /// loaded once per stretch of code that cannot change them
    /// (`FunctionTranslator::list_headers`). Cranelift's own redundant-load
    /// elimination does not catch these across the checks' branches.
    fn list_header_field(&mut self, local: Option<ir::Local>, list: clif::Value, offset: i32) -> clif::Value {
        if let Some(v) = local.and_then(|l| self.list_headers.get(&(l, offset))) {
            return *v;
        }
        let ty = if offset == list_object::LEN { types::I64 } else { self.cx.pointer };
        let flags = self.mem(Region::ObjectFields);
        let v = self.b.ins().load(ty, flags, list, offset);
        if let Some(l) = local {
            self.list_headers.insert((l, offset), v);
        }
        v
    }

    /// `TupleNew`: a tuple from the runtime (`tp_tuple_new`, all fields None),
    /// whose slots and kind bytes are then written inline; the tuple takes a
    /// reference to each object item.
    pub(super) fn tuple_new(&mut self, items: &[(ir::Operand, SlotKind)]) -> Result<clif::Value, CodegenError> {
        let len = self.b.ins().iconst(types::I64, items.len() as i64);
        let results = self.call_runtime(RuntimeFn::TupleNew, &[len])?;
        let tuple = *results.first().ok_or_else(|| self.unsupported("tp_tuple_new returns nothing"))?;
        let flags = self.mem(Region::TupleFields);
        for (index, (item, kind)) in items.iter().enumerate() {
            let slot = self.tuple_slot_offset(index)?;
            let kind_byte = self.tuple_kind_offset(items.len(), index)?;
            self.store_slot(item, flags, tuple, slot)?;
            let kind_value = self.b.ins().iconst(types::I8, *kind as i64);
            self.b.ins().store(flags, kind_value, tuple, kind_byte);
        }
        // After the stores, which then stay together in one block.
        for (item, kind) in items {
            if *kind == SlotKind::Obj {
                if let Some(counted) = self.counted_object(item)? {
                    self.incref(counted);
                }
            }
        }
        Ok(tuple)
    }

    /// `TupleGet`: field `index` (borrowed, for objects), read as the
    /// destination's type; `None` when there is no value to read.
    pub(super) fn tuple_get(
        &mut self,
        tuple: &ir::Operand,
        index: u32,
        kind: SlotKind,
        dest: Option<ir::Local>,
    ) -> Result<Option<clif::Value>, CodegenError> {
        let Some(dest) = dest else { return Ok(None) };
        let ty = self.operand_type(&ir::Operand::Local(dest))?;
        if !ty.fits_slot(kind) {
            return Err(self.unsupported(format!("tuple field of kind {kind:?} read into {dest} of type {ty}")));
        }
        let obj = self.value(tuple)?;
        let offset = self.tuple_slot_offset(index as usize)?;
        let flags = self.mem(Region::TupleFields);
        Ok(self.load_slot(ty, flags, obj, offset))
    }

    /// Offset of slot `index` of a tuple.
    fn tuple_slot_offset(&self, index: usize) -> Result<i32, CodegenError> {
        i32::try_from(index)
            .ok()
            .and_then(|i| i.checked_mul(8))
            .and_then(|o| o.checked_add(tuple_object::ITEMS))
            .ok_or_else(|| self.unsupported(format!("tuple field {index} is beyond any tuple's size")))
    }

    /// Offset of the kind byte of field `index` of a tuple of `len` fields.
    fn tuple_kind_offset(&self, len: usize, index: usize) -> Result<i32, CodegenError> {
        let kinds = self.tuple_slot_offset(len)?;
        i32::try_from(index)
            .ok()
            .and_then(|i| kinds.checked_add(i))
            .ok_or_else(|| self.unsupported(format!("tuple field {index} is beyond any tuple's size")))
    }
}
