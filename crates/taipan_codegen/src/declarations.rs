//! Everything a translated function can refer to outside itself: the module's
//! functions, runtime functions, string constants, global slots and the runtime's
//! frame-depth counter. Declared once per object, on first use where possible, so
//! the object file names only the runtime symbols the program uses.

use std::collections::HashMap;

use cranelift_codegen::ir as clif;
use cranelift_module::{DataDescription, DataId, FuncId, Linkage, Module};
use taipan_abi::{str_object, RuntimeFn, FRAME_DEPTH_SYMBOL, USER_SYMBOL_PREFIX};
use taipan_ir as ir;

use crate::abi;
use crate::str_object::str_object_bytes;
use crate::CodegenError;

/// Layout of a global's slot: the value (8 bytes, whatever its type), then a byte
/// that is 1 once the global has been assigned (the runtime reads it to set an
/// extension module's attributes).
pub(crate) const GLOBAL_VALUE_OFFSET: i32 = taipan_abi::extension::global_slot::VALUE;
pub(crate) const GLOBAL_DEFINED_OFFSET: i32 = taipan_abi::extension::global_slot::DEFINED;
const GLOBAL_SLOT_SIZE: usize = taipan_abi::extension::global_slot::SIZE;

pub(crate) fn define_error(what: &str, e: impl std::fmt::Display) -> CodegenError {
    CodegenError::Define { function: what.to_string(), message: e.to_string() }
}

/// The module-level state shared by the translation of every function.
pub(crate) struct ModuleCx<'ir> {
    pub ir: &'ir ir::Module,
    pub pointer: clif::Type,
    /// The Cranelift id of each IR function, by `FuncId` index.
    pub functions: Vec<FuncId>,
    /// The slot of each IR global, by `GlobalId` index.
    pub globals: Vec<DataId>,
    /// Whether the runtime is linked into the same image as this code (an
    /// executable): its data can then be addressed PC-relative instead of via the GOT.
    pub runtime_data_is_local: bool,
    runtime_fns: HashMap<RuntimeFn, FuncId>,
    str_objects: HashMap<String, DataId>,
    frame_depth: Option<DataId>,
}

impl<'ir> ModuleCx<'ir> {
    /// Declares the module's functions and defines its global slots.
    pub fn declare<M: Module + ?Sized>(ir: &'ir ir::Module, m: &mut M) -> Result<Self, CodegenError> {
        let pointer = m.target_config().pointer_type();
        let mut functions = Vec::with_capacity(ir.functions.len());
        for func in &ir.functions {
            let sig = abi::user_signature(func, m.make_signature(), pointer);
            let id = m
                .declare_function(&func.symbol, Linkage::Local, &sig)
                .map_err(|e| define_error(&func.name, e))?;
            functions.push(id);
        }
        let mut globals = Vec::with_capacity(ir.globals.len());
        for (index, global) in ir.globals.iter().enumerate() {
            let symbol = format!("{USER_SYMBOL_PREFIX}global{index}_{}", global.name);
            let id = m
                .declare_data(&symbol, Linkage::Local, true, false)
                .map_err(|e| define_error(&symbol, e))?;
            let mut data = DataDescription::new();
            data.define_zeroinit(GLOBAL_SLOT_SIZE);
            data.set_align(8);
            m.define_data(id, &data).map_err(|e| define_error(&symbol, e))?;
            globals.push(id);
        }
        Ok(ModuleCx {
            ir,
            pointer,
            functions,
            globals,
            runtime_data_is_local: true,
            runtime_fns: HashMap::new(),
            str_objects: HashMap::new(),
            frame_depth: None,
        })
    }

    /// The runtime function `func`, declared as an import on first use.
    pub fn runtime_fn<M: Module + ?Sized>(&mut self, m: &mut M, func: RuntimeFn) -> Result<FuncId, CodegenError> {
        if let Some(id) = self.runtime_fns.get(&func) {
            return Ok(*id);
        }
        let sig = abi::runtime_signature(func, m.make_signature(), self.pointer);
        let id = m
            .declare_function(func.symbol(), Linkage::Import, &sig)
            .map_err(|e| define_error(func.symbol(), e))?;
        self.runtime_fns.insert(func, id);
        Ok(id)
    }

    /// An immortal `str` object holding `text` in read-only data; one per distinct text.
    pub fn str_object<M: Module + ?Sized>(&mut self, m: &mut M, text: &str) -> Result<DataId, CodegenError> {
        if let Some(id) = self.str_objects.get(text) {
            return Ok(*id);
        }
        let id = m.declare_anonymous_data(false, false).map_err(|e| define_error("a string constant", e))?;
        let mut data = DataDescription::new();
        data.define(str_object_bytes(text).into_boxed_slice());
        data.set_align(str_object::ALIGN);
        m.define_data(id, &data).map_err(|e| define_error("a string constant", e))?;
        self.str_objects.insert(text.to_string(), id);
        Ok(id)
    }

    /// The text of a string object made by `str_object` (for readable dumps).
    pub fn str_object_text(&self, id: DataId) -> Option<&str> {
        self.str_objects.iter().find(|(_, d)| **d == id).map(|(text, _)| text.as_str())
    }

    /// The runtime's i64 frame-depth counter, imported on first use.
    pub fn frame_depth<M: Module + ?Sized>(&mut self, m: &mut M) -> Result<DataId, CodegenError> {
        if let Some(id) = self.frame_depth {
            return Ok(id);
        }
        let id = m
            .declare_data(FRAME_DEPTH_SYMBOL, Linkage::Import, true, false)
            .map_err(|e| define_error(FRAME_DEPTH_SYMBOL, e))?;
        self.frame_depth = Some(id);
        Ok(id)
    }
}
