//! Translation of one IR function into a Cranelift function.
//!
//! One Cranelift block per IR block, one Cranelift `Variable` per IR local with a
//! machine type (the frontend builds SSA from them), and a few blocks of our own:
//! the entry (Cranelift's entry block cannot be a branch target, IR block 0 can),
//! and cold blocks for error paths, which are filled after the IR blocks so the
//! hot code stays contiguous (see `errors.rs`).
//!
//! Objects: `refcount.rs` owns the reference rules (null-initialised object
//! locals, increfed parameters, releases on every way out), `containers.rs` the
//! inline list/tuple/len ops, `slots.rs` the conversions between IR values and
//! 8-byte slots, and `memory.rs` the alias regions that tell Cranelift which
//! object accesses can never touch the same bytes.

mod arith;
mod containers;
mod errors;
mod instances;
mod memory;
mod num;
pub(crate) use num::num_int_bits;
mod refcount;
mod slots;

use std::collections::HashMap;

use cranelift_codegen::ir as clif;
use cranelift_codegen::ir::condcodes::IntCC;
use cranelift_codegen::ir::{types, InstBuilder, MemFlagsData};
use cranelift_frontend::{FunctionBuilder, FunctionBuilderContext, Variable};
use cranelift_module::{DataId, FuncId, Module};
use taipan_abi::{AbiType, RuntimeFn};
use taipan_ir as ir;

use crate::abi;
use crate::declarations::{ModuleCx, GLOBAL_DEFINED_OFFSET, GLOBAL_VALUE_OFFSET};
use crate::CodegenError;

use errors::ColdPath;

/// Builds the body of IR function `index` into `func` (whose signature and name
/// are set here).
pub(crate) fn translate_function<M: Module + ?Sized>(
    m: &mut M,
    cx: &mut ModuleCx<'_>,
    index: usize,
    func: &mut clif::Function,
    fctx: &mut FunctionBuilderContext,
) -> Result<(), CodegenError> {
    let ir_func = cx.ir.functions.get(index).ok_or_else(|| CodegenError::Unsupported {
        function: format!("f{index}"),
        message: "no such function".to_string(),
    })?;
    func.signature = abi::user_signature(ir_func, m.make_signature(), cx.pointer);
    let builder = FunctionBuilder::new(func, fctx);
    let frontend_config = m.target_config();
    let mut t = FunctionTranslator {
        m,
        cx,
        func: ir_func,
        b: builder,
        blocks: Vec::new(),
        vars: Vec::new(),
        on_error: None,
        propagate: None,
        cold_paths: Vec::new(),
        func_refs: HashMap::new(),
        data_refs: HashMap::new(),
        object_locals: Vec::new(),
        transient_locals: Vec::new(),
        list_headers: HashMap::new(),
        checked_indices: HashMap::new(),
    };
    t.translate_body()?;
    t.b.finalize(frontend_config);
    Ok(())
}

struct FunctionTranslator<'a, 'ir, M: Module + ?Sized> {
    m: &'a mut M,
    cx: &'a mut ModuleCx<'ir>,
    func: &'ir ir::Function,
    b: FunctionBuilder<'a>,
    /// The Cranelift block of each IR block.
    blocks: Vec<clif::Block>,
    /// The variable of each IR local; `None` for locals of type `None`.
    vars: Vec<Option<Variable>>,
    /// The error target of the IR block being translated.
    on_error: Option<ir::BlockId>,
    /// The shared "add a traceback entry and return the error" block, once needed.
    propagate: Option<clif::Block>,
    /// Cold blocks to fill after the IR blocks.
    cold_paths: Vec<(clif::Block, ColdPath)>,
    func_refs: HashMap<FuncId, clif::FuncRef>,
    data_refs: HashMap<DataId, clif::GlobalValue>,
    /// Every local of an object type that owns its reference (all but the
    /// borrowed parameters), with its variable: what the function releases on its
    /// way out. Empty for functions without objects, which then get no
    /// reference-counting code at all.
    object_locals: Vec<(ir::Local, Variable)>,
    /// Object locals that are null wherever the function can be left
    /// (`refcount::transient_locals`): nulled on entry, never released on the
    /// way out.
    transient_locals: Vec<Variable>,
    /// Loaded list lengths and item pointers, by list local and field offset,
    /// valid within one IR block until anything could change them: a call of
    /// any kind (the runtime's list operations, or user code through another
    /// reference), a release (freeing runs no user code, but stay safe), an
    /// object stored into a list or field, or an assignment of the local.
    list_headers: HashMap<(ir::Local, i32), clif::Value>,
    /// List accesses whose bounds check passed in the same stretch as
    /// `list_headers` (list local, index), with the normalised index; also
    /// forgotten when the index local is assigned.
    checked_indices: HashMap<(ir::Local, containers::CheckedIndex), clif::Value>,
}

impl<'a, 'ir, M: Module + ?Sized> FunctionTranslator<'a, 'ir, M> {
    fn unsupported(&self, message: impl Into<String>) -> CodegenError {
        CodegenError::Unsupported { function: self.func.name.clone(), message: message.into() }
    }

    fn translate_body(&mut self) -> Result<(), CodegenError> {
        let func = self.func;
        if func.blocks.is_empty() {
            return Err(self.unsupported("the function has no blocks"));
        }
        self.blocks = func.blocks.iter().map(|_| self.b.create_block()).collect();
        let borrowed = refcount::borrowed_params(func);
        let transient = refcount::transient_locals(func);
        for (index, local) in func.locals.iter().enumerate() {
            let var = abi::clif_type(local.ty, self.cx.pointer).map(|ty| self.b.declare_var(ty));
            let id = ir::Local(index as u32);
            if let (Some(var), true, false) = (var, local.ty.is_object(), borrowed.contains(&id)) {
                if transient.contains(&id) {
                    self.transient_locals.push(var);
                } else {
                    self.object_locals.push((id, var));
                }
            }
            self.vars.push(var);
        }

        let entry = self.b.create_block();
        self.b.append_block_params_for_function_params(entry);
        self.b.switch_to_block(entry);
        let args = self.b.block_params(entry).to_vec();
        let mut args = args.into_iter();
        for param in &func.params {
            if let Some(var) = self.var(*param)? {
                let arg = args.next().ok_or_else(|| self.unsupported("fewer Cranelift params than IR params"))?;
                let arg = self.from_boundary(arg, func.local_ty(*param));
                self.b.def_var(var, arg);
            }
        }
        if func.counts_depth {
            self.enter_frame()?;
        }
        // After `enter_frame`: a frame that fails to start has taken no references.
        self.take_initial_references()?;
        self.b.ins().jump(self.blocks[0], &[]);

        for (index, block) in func.blocks.iter().enumerate() {
            self.b.switch_to_block(self.blocks[index]);
            self.on_error = block.on_error;
            self.list_headers.clear();
            self.checked_indices.clear();
            for inst in &block.insts {
                self.forget_list_headers(inst);
                self.translate_inst(inst)?;
                if let Some(dest) = inst.dest {
                    self.list_headers.retain(|(l, _), _| *l != dest);
                    self.checked_indices
                        .retain(|(l, i), _| *l != dest && *i != containers::CheckedIndex::Local(dest));
                }
            }
            self.translate_terminator(&block.term)?;
        }
        self.fill_cold_paths()?;
        self.b.seal_all_blocks();
        Ok(())
    }

    /// Drops the cached list headers `inst` could change (see `list_headers`).
    fn forget_list_headers(&mut self, inst: &ir::Inst) {
        let invalidates = match &inst.op {
            ir::Op::Call { .. }
            | ir::Op::CallIndirect { .. }
            | ir::Op::CallRuntime { .. }
            | ir::Op::InlinedFrame { .. }
            | ir::Op::DecRef(_)
            | ir::Op::StoreGlobal { .. } => true,
            ir::Op::ListSet { kind, .. } | ir::Op::FieldSet { kind, .. } => *kind == taipan_abi::SlotKind::Obj,
            _ => false,
        };
        if invalidates {
            self.list_headers.clear();
            self.checked_indices.clear();
        }
    }

    // ---- locals and operands ----

    fn block(&self, id: ir::BlockId) -> Result<clif::Block, CodegenError> {
        self.blocks.get(id.index()).copied().ok_or_else(|| self.unsupported(format!("no block {id}")))
    }

    fn var(&self, local: ir::Local) -> Result<Option<Variable>, CodegenError> {
        self.vars.get(local.index()).copied().ok_or_else(|| self.unsupported(format!("no local {local}")))
    }

    fn operand_type(&self, operand: &ir::Operand) -> Result<ir::Type, CodegenError> {
        match operand {
            ir::Operand::Local(l) => self
                .func
                .locals
                .get(l.index())
                .map(|data| data.ty)
                .ok_or_else(|| self.unsupported(format!("no local {l}"))),
            ir::Operand::Const(c) => Ok(c.ty()),
        }
    }

    /// The operand's value; `None` for an operand of type `None`.
    fn operand(&mut self, operand: &ir::Operand) -> Result<Option<clif::Value>, CodegenError> {
        Ok(match operand {
            ir::Operand::Local(l) => match self.var(*l)? {
                Some(var) => Some(self.b.use_var(var)),
                None => None,
            },
            ir::Operand::Const(c) => match *c {
                ir::Const::Int(v) => Some(self.b.ins().iconst(types::I64, v)),
                ir::Const::Float(v) => Some(self.b.ins().f64const(v)),
                ir::Const::NumInt(v) => Some(self.b.ins().f64const(f64::from_bits(num_int_bits(v)))),
                ir::Const::Bool(v) => Some(self.b.ins().iconst(types::I8, i64::from(v))),
                ir::Const::None => None,
                ir::Const::Null => Some(self.b.ins().iconst(self.cx.pointer, 0)),
                ir::Const::Str(id) => {
                    let module = self.cx.ir;
                    let text = module.strings.get(id.index()).ok_or_else(|| self.unsupported(format!("no string {id}")))?;
                    Some(self.str_ptr(text)?)
                }
            },
        })
    }

    /// The value of an operand that must have one.
    fn value(&mut self, operand: &ir::Operand) -> Result<clif::Value, CodegenError> {
        self.operand(operand)?.ok_or_else(|| self.unsupported(format!("operand {operand} of type None has no value")))
    }

    /// Assigns `value` to `dest`. Results of type `None` and destinations of type
    /// `None` carry nothing.
    fn define(&mut self, dest: Option<ir::Local>, value: Option<clif::Value>) -> Result<(), CodegenError> {
        let Some(dest) = dest else { return Ok(()) };
        match (self.var(dest)?, value) {
            (Some(var), Some(v)) => {
                self.b.try_def_var(var, v).map_err(|e| self.unsupported(format!("assigning {dest}: {e}")))
            }
            (None, _) => Ok(()),
            (Some(_), None) => Err(self.unsupported(format!("{dest} is assigned a value of type None"))),
        }
    }

    // ---- references to functions and data ----

    /// A reference to function `id`. Module-local functions are always called
    /// directly; `in_same_image` makes a call to an import direct too (`call rel32`
    /// instead of an indirect call through the GOT), which is right for the
    /// runtime: it is linked into the same executable or shared object.
    fn func_ref(&mut self, id: FuncId, in_same_image: bool) -> clif::FuncRef {
        if let Some(r) = self.func_refs.get(&id) {
            return *r;
        }
        let r = self.m.declare_func_in_func(id, self.b.func);
        if in_same_image {
            self.b.func.dfg.ext_funcs[r].colocated = true;
        }
        self.func_refs.insert(id, r);
        r
    }

    fn runtime_ref(&mut self, func: RuntimeFn) -> Result<clif::FuncRef, CodegenError> {
        let id = self.cx.runtime_fn(self.m, func)?;
        Ok(self.func_ref(id, true))
    }

    /// The address of data object `id`; `in_same_image` as for `func_ref` (a
    /// PC-relative `lea` instead of a GOT load).
    fn data_addr(&mut self, id: DataId, in_same_image: bool) -> clif::Value {
        let gv = match self.data_refs.get(&id) {
            Some(gv) => *gv,
            None => {
                let gv = self.m.declare_data_in_func(id, self.b.func);
                if in_same_image {
                    if let clif::GlobalValueData::Symbol { colocated, .. } = &mut self.b.func.global_values[gv] {
                        *colocated = true;
                    }
                }
                self.data_refs.insert(id, gv);
                gv
            }
        };
        self.b.ins().symbol_value(self.cx.pointer, gv)
    }

    fn str_ptr(&mut self, text: &str) -> Result<clif::Value, CodegenError> {
        let id = self.cx.str_object(self.m, text)?;
        Ok(self.data_addr(id, false))
    }

    /// Calls a runtime function; returns its results (value, then error flag).
    fn call_runtime(&mut self, func: RuntimeFn, args: &[clif::Value]) -> Result<Vec<clif::Value>, CodegenError> {
        let r = self.runtime_ref(func)?;
        let call = self.b.ins().call(r, args);
        Ok(self.b.inst_results(call).to_vec())
    }

    // ---- instructions ----

    fn translate_inst(&mut self, inst: &ir::Inst) -> Result<(), CodegenError> {
        let line = inst.line;
        match &inst.op {
            ir::Op::IncRef(a) => {
                if let Some(obj) = self.counted_object(a)? {
                    self.incref(obj);
                }
                Ok(())
            }
            ir::Op::DecRef(a) => {
                if let Some(obj) = self.counted_object(a)? {
                    self.decref(obj)?;
                }
                self.forget_released_local(a)
            }
            ir::Op::ContainerLen(a) => {
                let len = self.container_len(a)?;
                self.define(inst.dest, Some(len))
            }
            ir::Op::StrLen(a) => {
                let len = self.str_len(a)?;
                self.define(inst.dest, Some(len))
            }
            ir::Op::ListGet { list, index, kind, checked } => {
                let access = containers::ListAccess { kind: *kind, checked: *checked, line };
                let element = self.list_get(list, index, access, inst.dest)?;
                self.define(inst.dest, element)
            }
            ir::Op::ListSet { list, index, value, kind, checked } => {
                let access = containers::ListAccess { kind: *kind, checked: *checked, line };
                self.list_set(list, index, value, access)
            }
            ir::Op::TupleNew { items } => {
                let tuple = self.tuple_new(items)?;
                self.define_new_reference(inst.dest, tuple)
            }
            ir::Op::TupleGet { tuple, index, kind } => {
                let field = self.tuple_get(tuple, *index, *kind, inst.dest)?;
                self.define(inst.dest, field)
            }
            ir::Op::FieldGet { obj, index, kind } => {
                let field = self.field_get(obj, *index, *kind, inst.dest)?;
                self.define(inst.dest, field)
            }
            ir::Op::FieldSet { obj, index, value, kind } => self.field_set(obj, *index, value, *kind),
            ir::Op::ClassId(a) => {
                let id = self.class_id(a)?;
                self.define(inst.dest, Some(id))
            }
            ir::Op::IsNull(a) => {
                let null = self.is_null(a)?;
                self.define(inst.dest, Some(null))
            }
            ir::Op::SameObject(a, b) => {
                let same = self.same_object(a, b)?;
                self.define(inst.dest, Some(same))
            }
            ir::Op::InlinedFrame { func, line } => {
                let callee = self.cx.ir.functions.get(func.index()).ok_or_else(|| self.unsupported(format!("no function {func}")))?;
                let name = self.str_ptr(&callee.name.clone())?;
                let line = self.b.ins().iconst(types::I64, i64::from(*line));
                self.call_runtime(RuntimeFn::TracebackAdd, &[name, line])?;
                Ok(())
            }
            ir::Op::FuncAddr(f) => {
                let id = *self.cx.functions.get(f.index()).ok_or_else(|| self.unsupported(format!("no function {f}")))?;
                let r = self.func_ref(id, false);
                let addr = self.b.ins().func_addr(self.cx.pointer, r);
                self.define(inst.dest, Some(addr))
            }
            ir::Op::Copy(a) => {
                let v = self.operand(a)?;
                self.define(inst.dest, v)
            }
            ir::Op::IntBin(op, a, b) => {
                let divisor = match b {
                    ir::Operand::Const(ir::Const::Int(n)) => Some(*n),
                    _ => None,
                };
                let (a, b) = (self.value(a)?, self.value(b)?);
                let v = self.int_binary(*op, a, b, divisor, line);
                self.define(inst.dest, Some(v))
            }
            ir::Op::FloatBin(op, a, b) => {
                let (a, b) = arith::constant_on_the_right(*op, a, b);
                let (a, b) = (self.value(a)?, self.value(b)?);
                let v = self.float_binary(*op, a, b, line);
                self.define(inst.dest, Some(v))
            }
            ir::Op::Cmp(op, a, b) => {
                let ty = self.operand_type(a)?;
                let (a, b) = (self.value(a)?, self.value(b)?);
                let v = self.compare(*op, ty, a, b)?;
                self.define(inst.dest, Some(v))
            }
            ir::Op::Unary(op, a) => {
                let a = self.value(a)?;
                let v = self.unary(*op, a, line);
                self.define(inst.dest, Some(v))
            }
            ir::Op::Select { cond, a, b } => {
                let cond = self.value(cond)?;
                let v = match (self.operand(a)?, self.operand(b)?) {
                    (Some(a), Some(b)) => Some(self.b.ins().select(cond, a, b)),
                    _ => None,
                };
                self.define(inst.dest, v)
            }
            ir::Op::Call { func, args } => self.translate_call(inst.dest, *func, args, line),
            ir::Op::CodeAddr(f) => {
                let id = *self.cx.functions.get(f.index()).ok_or_else(|| self.unsupported(format!("no function {f}")))?;
                let r = self.func_ref(id, false);
                let addr = self.b.ins().func_addr(self.cx.pointer, r);
                self.define(inst.dest, Some(addr))
            }
            ir::Op::CallIndirect { addr, args, ret } => self.translate_call_indirect(inst.dest, addr, args, *ret, line),
            ir::Op::CallRuntime { func, args } => self.translate_call_runtime(inst.dest, *func, args, line),
            ir::Op::LoadGlobal { global, checked } => self.translate_load_global(inst.dest, *global, *checked, line),
            ir::Op::StoreGlobal { global, value } => self.translate_store_global(*global, value),
        }
    }

    fn translate_call(
        &mut self,
        dest: Option<ir::Local>,
        callee: ir::FuncId,
        args: &[ir::Operand],
        line: u32,
    ) -> Result<(), CodegenError> {
        let ir_callee = self.cx.ir.functions.get(callee.index()).ok_or_else(|| self.unsupported(format!("no function {callee}")))?;
        let id = *self.cx.functions.get(callee.index()).ok_or_else(|| self.unsupported(format!("no function {callee}")))?;
        let mut values = Vec::with_capacity(args.len());
        for a in args {
            values.extend(self.operand(a)?);
        }
        let r = self.func_ref(id, false);
        let call = self.b.ins().call(r, &values);
        let results = self.b.inst_results(call).to_vec();
        let returns_value = ir_callee.ret != ir::Type::None;
        let (value, err) = match (returns_value, results.as_slice()) {
            (true, [v, err]) => (Some(*v), *err),
            (false, [err]) => (None, *err),
            _ => return Err(self.unsupported(format!("call of {} has unexpected results", ir_callee.name))),
        };
        self.branch_on_error(err, line)?;
        // Assigned only on the success path: on error the destination keeps its
        // old value, which an exception handler may still read.
        match value {
            Some(v) if ir_callee.ret.is_object() => self.define_new_reference(dest, v),
            _ => self.define(dest, value),
        }
    }

    /// A call of a function value's code (`ir::Op::CallIndirect`).
    fn translate_call_indirect(
        &mut self,
        dest: Option<ir::Local>,
        addr: &ir::Operand,
        args: &[ir::Operand],
        ret: ir::Type,
        line: u32,
    ) -> Result<(), CodegenError> {
        let mut params = Vec::with_capacity(args.len());
        let mut values = Vec::with_capacity(args.len());
        for a in args {
            params.push(self.operand_type(a)?);
            values.extend(self.operand(a)?);
        }
        let sig = abi::indirect_signature(&params, ret, self.m.make_signature(), self.cx.pointer);
        let sig_ref = self.b.import_signature(sig);
        let code = self.value(addr)?;
        let call = self.b.ins().call_indirect(sig_ref, code, &values);
        let results = self.b.inst_results(call).to_vec();
        let (value, err) = match (ret != ir::Type::None, results.as_slice()) {
            (true, [v, err]) => (Some(*v), *err),
            (false, [err]) => (None, *err),
            _ => return Err(self.unsupported("indirect call has unexpected results")),
        };
        self.branch_on_error(err, line)?;
        match value {
            Some(v) if ret.is_object() => self.define_new_reference(dest, v),
            _ => self.define(dest, value),
        }
    }

    fn translate_call_runtime(
        &mut self,
        dest: Option<ir::Local>,
        func: RuntimeFn,
        args: &[ir::Operand],
        line: u32,
    ) -> Result<(), CodegenError> {
        if func == RuntimeFn::MathSqrt {
            if let [x] = args {
                let x = self.value(x)?;
                let root = self.math_sqrt(x, line);
                return self.define(dest, Some(root));
            }
        }
        let sig = func.sig();
        if args.len() != sig.params.len() {
            return Err(self.unsupported(format!("{} takes {} arguments, not {}", func.symbol(), sig.params.len(), args.len())));
        }
        let mut values = Vec::with_capacity(args.len());
        for (a, param) in args.iter().zip(sig.params) {
            let v = match param {
                AbiType::Slot => self.slot_value(a)?,
                _ => self.value(a)?,
            };
            let expected = abi::runtime_type(*param, self.cx.pointer);
            if self.b.func.dfg.value_type(v) != expected {
                return Err(self.unsupported(format!("argument {a} of {} is not {expected}", func.symbol())));
            }
            values.push(v);
        }
        let results = self.call_runtime(func, &values)?;
        let value = if sig.ret.is_some() { results.first().copied() } else { None };
        if sig.can_raise {
            let err = *results.last().ok_or_else(|| self.unsupported("runtime call without an error flag"))?;
            self.branch_on_error(err, line)?;
        }
        match (sig.ret, value) {
            // A slot result has the kind of the destination's type.
            (Some(AbiType::Slot), Some(bits)) => match dest {
                Some(d) => {
                    let ty = self.operand_type(&ir::Operand::Local(d))?;
                    let v = self.value_from_slot(bits, ty);
                    self.define(dest, v)
                }
                None => Ok(()),
            },
            // Runtime functions return new references (`taipan_abi::object`).
            (Some(AbiType::Ptr), Some(obj)) => self.define_new_reference(dest, obj),
            _ => self.define(dest, value),
        }
    }

    fn global_slot(&mut self, global: ir::GlobalId) -> Result<(DataId, ir::Type), CodegenError> {
        let id = *self.cx.globals.get(global.index()).ok_or_else(|| self.unsupported(format!("no global {global}")))?;
        let ty = self.cx.ir.globals[global.index()].ty;
        Ok((id, ty))
    }

    fn translate_load_global(
        &mut self,
        dest: Option<ir::Local>,
        global: ir::GlobalId,
        checked: bool,
        line: u32,
    ) -> Result<(), CodegenError> {
        let (slot, ty) = self.global_slot(global)?;
        let addr = self.data_addr(slot, false);
        if checked {
            let defined = self.b.ins().load(types::I8, MemFlagsData::trusted(), addr, GLOBAL_DEFINED_OFFSET);
            let undefined = self.b.ins().icmp_imm_s(IntCC::Equal, defined, 0);
            let name_error = self.cold_path(ColdPath::NameError { global, line, on_error: self.on_error });
            self.branch_to_cold(undefined, name_error);
        }
        let value = abi::clif_type(ty, self.cx.pointer)
            .map(|clif_ty| self.b.ins().load(clif_ty, MemFlagsData::trusted(), addr, GLOBAL_VALUE_OFFSET));
        self.define(dest, value)
    }

    fn translate_store_global(&mut self, global: ir::GlobalId, value: &ir::Operand) -> Result<(), CodegenError> {
        let (slot, _) = self.global_slot(global)?;
        let value = self.operand(value)?;
        let addr = self.data_addr(slot, false);
        if let Some(v) = value {
            self.b.ins().store(MemFlagsData::trusted(), v, addr, GLOBAL_VALUE_OFFSET);
        }
        let one = self.b.ins().iconst(types::I8, 1);
        self.b.ins().store(MemFlagsData::trusted(), one, addr, GLOBAL_DEFINED_OFFSET);
        Ok(())
    }

    // ---- terminators ----

    fn translate_terminator(&mut self, term: &ir::Terminator) -> Result<(), CodegenError> {
        match term {
            ir::Terminator::Jump(target) => {
                let target = self.block(*target)?;
                self.b.ins().jump(target, &[]);
            }
            ir::Terminator::Branch { cond, then_block, else_block } => {
                let cond = self.value(cond)?;
                let (then_block, else_block) = (self.block(*then_block)?, self.block(*else_block)?);
                self.b.ins().brif(cond, then_block, &[], else_block, &[]);
            }
            ir::Terminator::Return(value) => {
                let returned = match value {
                    Some(v) if self.func.ret != ir::Type::None => Some(v),
                    _ => None,
                };
                let value = match returned {
                    Some(v) => {
                        let v = self.value(v)?;
                        Some(self.to_boundary(v, self.func.ret))
                    }
                    None => None,
                };
                // A returned local's reference moves to the caller.
                let moved = match returned {
                    Some(ir::Operand::Local(l)) => Some(*l),
                    _ => None,
                };
                self.release_object_locals(moved)?;
                if self.func.counts_depth {
                    self.leave_frame()?;
                }
                let ok = self.b.ins().iconst(abi::ERR_FLAG, 0);
                let mut results: Vec<clif::Value> = value.into_iter().collect();
                results.push(ok);
                self.b.ins().return_(&results);
            }
            ir::Terminator::RaiseCode { code, line } => {
                let code = self.b.ins().iconst(types::I32, *code as i64);
                self.call_runtime(RuntimeFn::RaiseCode, &[code])?;
                self.jump_to_error_target(*line)?;
            }
            ir::Terminator::Raise { kind, message, line } => {
                let kind = self.b.ins().iconst(types::I32, *kind as i64);
                let message = match message {
                    Some(m) => self.value(m)?,
                    None => self.b.ins().iconst(self.cx.pointer, 0),
                };
                self.call_runtime(RuntimeFn::Raise, &[kind, message])?;
                self.jump_to_error_target(*line)?;
            }
            ir::Terminator::Reraise { line } => self.jump_to_error_target(*line)?,
            ir::Terminator::Unreachable => {
                self.b.ins().trap(clif::TrapCode::unwrap_user(1));
            }
        }
        Ok(())
    }
}
