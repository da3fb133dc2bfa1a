//! The CPython extension entry points of a module (`taipan build --ext`), as
//! `taipan_abi::extension` describes them: one `METH_FASTCALL` wrapper per
//! `ir::Export`, the module spec, and the exported `PyInit_...` (its symbol
//! chosen by the driver: `taipan_abi::extension::{shared,static}_init_symbol`).
//!
//! A wrapper translates the export's meaning (written on `ir::Export`) into
//! calls of the runtime's `tp_ext_*` conversions; it holds no Python object
//! beyond the borrowed arguments. A `str` or container argument is converted
//! into a new taipan object the wrapper owns (the compiled function borrows
//! its arguments): the wrapper releases each on every way out, and releases
//! an object result once it is converted.

use cranelift_codegen::ir as clif;
use cranelift_codegen::ir::condcodes::IntCC;
use cranelift_codegen::ir::{types, InstBuilder, MemFlagsData, StackSlotData, StackSlotKind};
use cranelift_frontend::{FunctionBuilder, FunctionBuilderContext, Variable};
use cranelift_module::{DataDescription, DataId, FuncId, Linkage, Module};
use taipan_abi::extension::{constant_spec, function_spec, global_slot, module_spec};
use taipan_abi::RuntimeFn;
use taipan_ir as ir;

use crate::declarations::{define_error, ModuleCx};
use crate::{abi, CodegenError};

/// The symbol of the wrapper of `export`: the function's symbol and a suffix no
/// mangled name contains (mangled names are `[A-Za-z0-9_]`), so it is unique.
fn wrapper_symbol(cx: &ModuleCx<'_>, export: &ir::Export) -> String {
    format!("{}.pywrapper", cx.ir.func(export.func).symbol)
}

/// `PyObject *(PyObject *self, PyObject *const *args, Py_ssize_t nargs, PyObject *kwnames)`.
fn wrapper_signature(mut sig: clif::Signature, pointer: clif::Type) -> clif::Signature {
    sig.params.extend([
        clif::AbiParam::new(pointer),
        clif::AbiParam::new(pointer),
        clif::AbiParam::new(types::I64),
        clif::AbiParam::new(pointer),
    ]);
    sig.returns.push(clif::AbiParam::new(pointer));
    sig
}

/// `PyObject *PyInit_<name>(void)`.
fn init_signature(mut sig: clif::Signature, pointer: clif::Type) -> clif::Signature {
    sig.returns.push(clif::AbiParam::new(pointer));
    sig
}

/// What `sink` receives: each built function, to define or print.
pub(crate) type Sink<'s, M> =
    dyn FnMut(&mut M, &ModuleCx<'_>, FuncId, &mut cranelift_codegen::Context) -> Result<(), CodegenError> + 's;

/// Builds every wrapper, the module spec and the initialisation function
/// `init_symbol` (`PyInit_...`), handing each function to `sink`.
pub(crate) fn build_entry_points<M: Module>(
    m: &mut M,
    cx: &mut ModuleCx<'_>,
    ctx: &mut cranelift_codegen::Context,
    fctx: &mut FunctionBuilderContext,
    init_symbol: &str,
    sink: &mut Sink<'_, M>,
) -> Result<(), CodegenError> {
    let ir = cx.ir;
    let mut wrappers = Vec::with_capacity(ir.exports.len());
    for export in &ir.exports {
        let symbol = wrapper_symbol(cx, export);
        let sig = wrapper_signature(m.make_signature(), cx.pointer);
        let id = m.declare_function(&symbol, Linkage::Local, &sig).map_err(|e| define_error(&symbol, e))?;
        ctx.func.name = clif::UserFuncName::testcase(&symbol);
        ctx.func.signature = sig;
        WrapperBuilder::new(m, cx, export, &mut ctx.func, fctx).build()?;
        sink(m, cx, id, ctx)?;
        m.clear_context(ctx);
        wrappers.push(id);
    }

    let spec = define_spec(m, cx, &wrappers)?;
    let sig = init_signature(m.make_signature(), cx.pointer);
    let id = m.declare_function(init_symbol, Linkage::Export, &sig).map_err(|e| define_error(init_symbol, e))?;
    ctx.func.name = clif::UserFuncName::testcase(init_symbol);
    ctx.func.signature = sig;
    build_init(m, cx, spec, &mut ctx.func, fctx)?;
    sink(m, cx, id, ctx)?;
    m.clear_context(ctx);
    Ok(())
}

/// Defines the `module_spec` and its `function_spec` array.
fn define_spec<M: Module>(m: &mut M, cx: &mut ModuleCx<'_>, wrappers: &[FuncId]) -> Result<DataId, CodegenError> {
    let ir = cx.ir;
    let what = "the extension module spec";
    // Writable: data holding addresses then needs no relocation in a read-only
    // section, whatever the output (shared object, executable).
    let functions = m.declare_anonymous_data(true, false).map_err(|e| define_error(what, e))?;
    let mut data = DataDescription::new();
    // Not `define_zeroinit`: that goes to `.bss`, which cannot hold relocations.
    data.define(vec![0u8; function_spec::SIZE * ir.exports.len().max(1)].into_boxed_slice());
    data.set_align(8);
    for (i, (export, wrapper)) in ir.exports.iter().zip(wrappers).enumerate() {
        let base = (i * function_spec::SIZE) as u32;
        let name = cx.str_object(m, &export.name)?;
        let doc = cx.str_object(m, &export.doc)?;
        let name = m.declare_data_in_data(name, &mut data);
        let doc = m.declare_data_in_data(doc, &mut data);
        let wrapper = m.declare_func_in_data(*wrapper, &mut data);
        data.write_data_addr(base + function_spec::NAME as u32, name, 0);
        data.write_function_addr(base + function_spec::WRAPPER as u32, wrapper);
        data.write_data_addr(base + function_spec::DOC as u32, doc, 0);
    }
    m.define_data(functions, &data).map_err(|e| define_error(what, e))?;

    let constants = define_constants(m, cx)?;

    let spec = m.declare_anonymous_data(true, false).map_err(|e| define_error(what, e))?;
    let mut bytes = vec![0u8; module_spec::SIZE];
    let n = module_spec::N_FUNCTIONS as usize;
    bytes[n..n + 8].copy_from_slice(&(ir.exports.len() as i64).to_le_bytes());
    let n = module_spec::N_CONSTANTS as usize;
    bytes[n..n + 8].copy_from_slice(&(ir.constants.len() as i64).to_le_bytes());
    let mut data = DataDescription::new();
    data.define(bytes.into_boxed_slice());
    data.set_align(8);
    let name = cx.str_object(m, &ir.name)?;
    let file = cx.str_object(m, &ir.file)?;
    let name = m.declare_data_in_data(name, &mut data);
    let file = m.declare_data_in_data(file, &mut data);
    data.write_data_addr(module_spec::NAME as u32, name, 0);
    data.write_data_addr(module_spec::FILE as u32, file, 0);
    if let Some(doc) = &ir.doc {
        let doc = cx.str_object(m, doc)?;
        let doc = m.declare_data_in_data(doc, &mut data);
        data.write_data_addr(module_spec::DOC as u32, doc, 0);
    }
    let body = *cx.functions.get(ir.body.index()).ok_or_else(|| CodegenError::Unsupported {
        function: "<module>".to_string(),
        message: "the module body is not a function of the module".to_string(),
    })?;
    let body = m.declare_func_in_data(body, &mut data);
    data.write_function_addr(module_spec::BODY as u32, body);
    let functions = m.declare_data_in_data(functions, &mut data);
    data.write_data_addr(module_spec::FUNCTIONS as u32, functions, 0);
    let constants = m.declare_data_in_data(constants, &mut data);
    data.write_data_addr(module_spec::CONSTANTS as u32, constants, 0);
    m.define_data(spec, &data).map_err(|e| define_error(what, e))?;
    Ok(spec)
}

/// Defines the `constant_spec` array: each points to its global's slot, or to
/// a slot holding the folded constant.
fn define_constants<M: Module>(m: &mut M, cx: &mut ModuleCx<'_>) -> Result<DataId, CodegenError> {
    let ir = cx.ir;
    let what = "the extension module constants";
    let constants = m.declare_anonymous_data(true, false).map_err(|e| define_error(what, e))?;
    let mut data = DataDescription::new();
    data.define(vec![0u8; constant_spec::SIZE * ir.constants.len().max(1)].into_boxed_slice());
    data.set_align(8);
    for (i, constant) in ir.constants.iter().enumerate() {
        let base = (i * constant_spec::SIZE) as u32;
        let slot = match constant.value {
            ir::ConstantValue::Global(g) => *cx.globals.get(g.index()).ok_or_else(|| CodegenError::Unsupported {
                function: "<module>".to_string(),
                message: format!("constant {} names no global", constant.name),
            })?,
            ir::ConstantValue::Const(c) => define_folded_slot(m, cx, c)?,
        };
        let name = cx.str_object(m, &constant.name)?;
        let desc = cx.str_object(m, &constant.ty.descriptor())?;
        let (name, desc) = (m.declare_data_in_data(name, &mut data), m.declare_data_in_data(desc, &mut data));
        let slot = m.declare_data_in_data(slot, &mut data);
        data.write_data_addr(base + constant_spec::NAME as u32, name, 0);
        data.write_data_addr(base + constant_spec::SLOT as u32, slot, 0);
        data.write_data_addr(base + constant_spec::DESC as u32, desc, 0);
    }
    m.define_data(constants, &data).map_err(|e| define_error(what, e))?;
    Ok(constants)
}

/// A global slot (read-only, assigned) holding the folded constant `c`.
fn define_folded_slot<M: Module>(m: &mut M, cx: &mut ModuleCx<'_>, c: ir::Const) -> Result<DataId, CodegenError> {
    let what = "a folded constant of the extension module";
    let id = m.declare_anonymous_data(true, false).map_err(|e| define_error(what, e))?;
    let mut bytes = vec![0u8; global_slot::SIZE];
    bytes[global_slot::DEFINED as usize] = 1;
    let value = global_slot::VALUE as usize;
    let mut str_value = None;
    match c {
        ir::Const::Int(v) => bytes[value..value + 8].copy_from_slice(&v.to_le_bytes()),
        ir::Const::Float(v) => bytes[value..value + 8].copy_from_slice(&v.to_bits().to_le_bytes()),
        ir::Const::NumInt(v) => bytes[value..value + 8].copy_from_slice(&crate::function::num_int_bits(v).to_le_bytes()),
        ir::Const::Bool(v) => bytes[value] = u8::from(v),
        // A null object pointer (None of an optional) is the zeroed slot.
        ir::Const::None | ir::Const::Null => {}
        ir::Const::Str(s) => {
            let ir = cx.ir;
            str_value = Some(cx.str_object(m, ir.string(s))?);
        }
    }
    let mut data = DataDescription::new();
    data.define(bytes.into_boxed_slice());
    data.set_align(8);
    if let Some(s) = str_value {
        let s = m.declare_data_in_data(s, &mut data);
        data.write_data_addr(global_slot::VALUE as u32, s, 0);
    }
    m.define_data(id, &data).map_err(|e| define_error(what, e))?;
    Ok(id)
}

/// `PyInit_<name>`: registers the class table, if any (as `main` does), then
/// `return tp_ext_init(&spec);`.
fn build_init<M: Module>(
    m: &mut M,
    cx: &mut ModuleCx<'_>,
    spec: DataId,
    func: &mut clif::Function,
    fctx: &mut FunctionBuilderContext,
) -> Result<(), CodegenError> {
    let init = cx.runtime_fn(m, RuntimeFn::ExtInit)?;
    let init = m.declare_func_in_func(init, func);
    // The runtime is linked into the same image: call it directly.
    func.dfg.ext_funcs[init].colocated = true;
    let spec = m.declare_data_in_func(spec, func);
    let classes = crate::entry::declare_class_table(m, cx, func)?;
    let frontend_config = m.target_config();
    let mut b = FunctionBuilder::new(func, fctx);
    let block = b.create_block();
    b.switch_to_block(block);
    if let Some((register_ref, table_gv)) = classes {
        let table_addr = b.ins().symbol_value(cx.pointer, table_gv);
        b.ins().call(register_ref, &[table_addr]);
    }
    let spec = b.ins().symbol_value(cx.pointer, spec);
    let call = b.ins().call(init, &[spec]);
    let module = b.inst_results(call)[0];
    b.ins().return_(&[module]);
    b.seal_all_blocks();
    b.finalize(frontend_config);
    Ok(())
}

/// Builds the wrapper of one export.
struct WrapperBuilder<'a, 'ir, M: Module> {
    m: &'a mut M,
    cx: &'a mut ModuleCx<'ir>,
    export: &'ir ir::Export,
    b: FunctionBuilder<'a>,
}

impl<'a, 'ir, M: Module> WrapperBuilder<'a, 'ir, M> {
    fn new(
        m: &'a mut M,
        cx: &'a mut ModuleCx<'ir>,
        export: &'ir ir::Export,
        func: &'a mut clif::Function,
        fctx: &'a mut FunctionBuilderContext,
    ) -> Self {
        WrapperBuilder { m, cx, export, b: FunctionBuilder::new(func, fctx) }
    }

    fn unsupported(&self, message: impl Into<String>) -> CodegenError {
        CodegenError::Unsupported { function: format!("{} (Python wrapper)", self.export.name), message: message.into() }
    }

    fn call_runtime(&mut self, func: RuntimeFn, args: &[clif::Value]) -> Result<Vec<clif::Value>, CodegenError> {
        let id = self.cx.runtime_fn(self.m, func)?;
        let r = self.m.declare_func_in_func(id, self.b.func);
        self.b.func.dfg.ext_funcs[r].colocated = true;
        let call = self.b.ins().call(r, args);
        Ok(self.b.inst_results(call).to_vec())
    }

    fn str_ptr(&mut self, text: &str) -> Result<clif::Value, CodegenError> {
        let id = self.cx.str_object(self.m, text)?;
        let gv = self.m.declare_data_in_func(id, self.b.func);
        Ok(self.b.ins().symbol_value(self.cx.pointer, gv))
    }

    fn null(&mut self) -> clif::Value {
        self.b.ins().iconst(self.cx.pointer, 0)
    }

    fn build(mut self) -> Result<(), CodegenError> {
        let export = self.export;
        let func = self.cx.ir.func(export.func);
        if func.params.len() != export.param_names.len()
            || func.params.len() != export.param_types.len()
            || export.defaults.len() > func.params.len()
        {
            return Err(self.unsupported("the export does not match its function"));
        }
        let frontend_config = self.m.target_config();
        let entry = self.b.create_block();
        self.b.append_block_params_for_function_params(entry);
        self.b.switch_to_block(entry);
        let params = self.b.block_params(entry).to_vec();
        let (call_args, call_nargs, kwnames) = (params[1], params[2], params[3]);

        // Each object argument, null until converted: what a failed conversion
        // releases.
        let owned: Vec<Option<Variable>> = func
            .params
            .iter()
            .map(|p| {
                func.local_ty(*p).is_object().then(|| {
                    let var = self.b.declare_var(self.cx.pointer);
                    let null = self.b.ins().iconst(self.cx.pointer, 0);
                    self.b.def_var(var, null);
                    var
                })
            })
            .collect();

        // The arguments, one per parameter from `args[0]`, and how many
        // leading ones are present: a call without keywords passes CPython's
        // vector as it is; a call with keywords passes one the runtime binds
        // (every parameter present, null for an argument not passed).
        let convert = self.b.create_block();
        let args = self.b.append_block_param(convert, self.cx.pointer);
        let nargs = self.b.append_block_param(convert, types::I64);
        let positional = self.b.create_block();
        let keywords = self.b.create_block();
        let failed = self.b.create_block();
        self.b.set_cold_block(failed);
        // Positional-only and keyword-only parameters: the runtime binds
        // every call, with keywords or not (its `TypeError`s are CPython's).
        if export.has_parameter_kinds() {
            self.b.ins().jump(keywords, &[]);
        } else {
            self.b.ins().brif(kwnames, keywords, &[], positional, &[]);
        }

        // Arity: `min <= nargs <= max`, as one unsigned comparison.
        self.b.switch_to_block(positional);
        let (min, max) = (export.min_args() as i64, func.params.len() as i64);
        let above_min = self.b.ins().iadd_imm_s(call_nargs, -min);
        let bad_arity = self.b.ins().icmp_imm_s(IntCC::UnsignedGreaterThan, above_min, max - min);
        let arity_error = self.b.create_block();
        self.b.set_cold_block(arity_error);
        self.b.ins().brif(bad_arity, arity_error, &[], convert, &[call_args.into(), call_nargs.into()]);

        self.b.switch_to_block(arity_error);
        let name = self.str_ptr(&export.name)?;
        let (min_v, max_v) = (self.b.ins().iconst(types::I64, min), self.b.ins().iconst(types::I64, max));
        self.call_runtime(RuntimeFn::ExtArityError, &[name, min_v, max_v, call_nargs])?;
        let null = self.null();
        self.b.ins().return_(&[null]);

        self.b.switch_to_block(keywords);
        let slot = self.b.create_sized_stack_slot(StackSlotData::new(
            StackSlotKind::ExplicitSlot,
            (8 * func.params.len().max(1)) as u32,
            3,
        ));
        let bound = self.b.ins().stack_addr(self.cx.pointer, slot, 0);
        let names = self.str_ptr(&export.bound_parameters())?;
        let name = self.str_ptr(&export.name)?;
        let min_v = self.b.ins().iconst(types::I64, min);
        let results = self.call_runtime(
            RuntimeFn::ExtBindKeywords,
            &[call_args, call_nargs, kwnames, names, min_v, name, bound],
        )?;
        let [err] = results[..] else {
            return Err(self.unsupported("unexpected results of binding keyword arguments"));
        };
        let max_v = self.b.ins().iconst(types::I64, max);
        self.b.ins().brif(err, failed, &[], convert, &[bound.into(), max_v.into()]);

        // A failed conversion has set a CPython exception: release the
        // arguments converted so far, return null.
        self.b.switch_to_block(failed);
        for var in owned.iter().flatten() {
            let obj = self.b.use_var(*var);
            self.call_runtime(RuntimeFn::Decref, &[obj])?;
        }
        let null = self.null();
        self.b.ins().return_(&[null]);

        self.b.switch_to_block(convert);
        let mut values = Vec::with_capacity(func.params.len());
        for (i, p) in func.params.iter().enumerate() {
            let ty = func.local_ty(*p);
            let default = i.checked_sub(export.min_args()).and_then(|d| export.defaults.get(d).copied());
            // The argument vector is CPython's (or the bound one on the stack),
            // valid for the call: a trusted, aligned load of a borrowed pointer.
            let load_arg = |b: &mut FunctionBuilder<'_>, pointer: clif::Type| b.ins().load(pointer, MemFlagsData::trusted(), args, (i * 8) as i32);
            let value = match default {
                None => {
                    let obj = load_arg(&mut self.b, self.cx.pointer);
                    self.convert_arg(obj, i, failed)?
                }
                Some(default) => {
                    // Passed or defaulted: `nargs > i` and the argument is not null.
                    let clif_ty = abi::clif_type(ty, self.cx.pointer).ok_or_else(|| self.unsupported("a None parameter"))?;
                    let present = self.b.create_block();
                    let passed = self.b.create_block();
                    let defaulted = self.b.create_block();
                    let join = self.b.create_block();
                    self.b.append_block_param(join, clif_ty);
                    let has = self.b.ins().icmp_imm_s(IntCC::SignedGreaterThan, nargs, i as i64);
                    self.b.ins().brif(has, present, &[], defaulted, &[]);
                    self.b.switch_to_block(present);
                    let obj = load_arg(&mut self.b, self.cx.pointer);
                    self.b.ins().brif(obj, passed, &[], defaulted, &[]);
                    self.b.switch_to_block(passed);
                    let v = self.convert_arg(obj, i, failed)?;
                    self.b.ins().jump(join, &[v.into()]);
                    self.b.switch_to_block(defaulted);
                    let v = self.default_value(default, &export.param_types[i])?;
                    self.b.ins().jump(join, &[v.into()]);
                    self.b.switch_to_block(join);
                    self.b.block_params(join)[0]
                }
            };
            if let Some(var) = owned[i] {
                self.b.def_var(var, value);
            }
            values.push(value);
        }

        let callee = self.cx.functions[export.func.index()];
        let callee = self.m.declare_func_in_func(callee, self.b.func);
        // A function that touches no object runs without the GIL (lowering
        // decided it may: `ir::Export::releases_gil`).
        let thread_state = if export.releases_gil {
            Some(self.call_runtime(RuntimeFn::ExtReleaseGil, &[])?[0])
        } else {
            None
        };
        let call = self.b.ins().call(callee, &values);
        let results = self.b.inst_results(call).to_vec();
        if let Some(state) = thread_state {
            self.call_runtime(RuntimeFn::ExtAcquireGil, &[state])?;
        }
        let (ret, err) = match results.as_slice() {
            [err] => (None, *err),
            [ret, err] => (Some(*ret), *err),
            _ => return Err(self.unsupported("unexpected results of the compiled function")),
        };
        let raised = self.b.create_block();
        let returned = self.b.create_block();
        self.b.set_cold_block(raised);
        self.b.ins().brif(err, raised, &[], returned, &[]);

        self.b.switch_to_block(raised);
        let ir = self.cx.ir;
        let file = self.str_ptr(&ir.file)?;
        self.call_runtime(RuntimeFn::ExtRaisePending, &[file])?;
        self.release_arguments(&values)?;
        let null = self.null();
        self.b.ins().return_(&[null]);

        self.b.switch_to_block(returned);
        let object = match (func.ret, ret) {
            (ir::Type::Int, Some(v)) => self.call_runtime(RuntimeFn::ExtReturnInt, &[v])?,
            (ir::Type::Float, Some(v)) => self.call_runtime(RuntimeFn::ExtReturnFloat, &[v])?,
            (ir::Type::Num, Some(v)) => self.call_runtime(RuntimeFn::ExtReturnNum, &[v])?,
            (ir::Type::Bool, Some(v)) => self.call_runtime(RuntimeFn::ExtReturnBool, &[v])?,
            (ir::Type::None, None) => self.call_runtime(RuntimeFn::ExtReturnNone, &[])?,
            (ir::Type::Str | ir::Type::Obj, Some(v)) => {
                let desc = self.str_ptr(&export.ret_type.descriptor())?;
                let object = self.call_runtime(RuntimeFn::ExtReturnObj, &[v, desc])?;
                // The result's reference moved to the wrapper.
                self.call_runtime(RuntimeFn::Decref, &[v])?;
                object
            }
            (ty, _) => return Err(self.unsupported(format!("a result of type {ty}"))),
        };
        self.release_arguments(&values)?;
        self.b.ins().return_(&object);
        self.b.seal_all_blocks();
        self.b.finalize(frontend_config);
        Ok(())
    }

    /// Releases the object arguments the wrapper converted or boxed (str
    /// constants, the other defaults, are immortal: releasing them does
    /// nothing; nor does releasing null, `None` of an optional).
    fn release_arguments(&mut self, values: &[clif::Value]) -> Result<(), CodegenError> {
        let func = self.cx.ir.func(self.export.func);
        for (p, v) in func.params.iter().zip(values) {
            if func.local_ty(*p).is_object() {
                self.call_runtime(RuntimeFn::Decref, &[*v])?;
            }
        }
        Ok(())
    }

    /// Converts `obj`, the argument of parameter `i`, going to `failed` when
    /// it does not convert.
    fn convert_arg(&mut self, obj: clif::Value, i: usize, failed: clif::Block) -> Result<clif::Value, CodegenError> {
        let export = self.export;
        let ty = self.cx.ir.func(export.func).local_ty(self.cx.ir.func(export.func).params[i]);
        let func = self.str_ptr(&export.name)?;
        let param = self.str_ptr(&export.param_names[i])?;
        let results = match ty {
            ir::Type::Int => self.call_runtime(RuntimeFn::ExtArgInt, &[obj, func, param])?,
            ir::Type::Float => self.call_runtime(RuntimeFn::ExtArgFloat, &[obj, func, param])?,
            ir::Type::Num => self.call_runtime(RuntimeFn::ExtArgNum, &[obj, func, param])?,
            ir::Type::Bool => self.call_runtime(RuntimeFn::ExtArgBool, &[obj, func, param])?,
            ir::Type::Str | ir::Type::Obj => {
                let desc = self.str_ptr(&export.param_types[i].descriptor())?;
                self.call_runtime(RuntimeFn::ExtArgObj, &[obj, desc, func, param])?
            }
            other => return Err(self.unsupported(format!("a parameter of type {other}"))),
        };
        let [value, err] = results[..] else {
            return Err(self.unsupported("unexpected results of an argument conversion"));
        };
        let next = self.b.create_block();
        self.b.ins().brif(err, failed, &[], next, &[]);
        self.b.switch_to_block(next);
        // A bool arrives as an i64 0/1 (raising runtime functions never return an I8).
        Ok(if ty == ir::Type::Bool { self.b.ins().ireduce(types::I8, value) } else { value })
    }

    /// The value of a parameter of Python type `ty` left to its default `c`
    /// (`ir::Export::defaults`): a number default of an optional number is
    /// a new box, which the wrapper releases after the call as it releases
    /// a converted argument.
    fn default_value(&mut self, c: ir::Const, ty: &taipan_abi::extension::ValueType) -> Result<clif::Value, CodegenError> {
        let boxing = match (ty, c) {
            (taipan_abi::extension::ValueType::Optional(_), ir::Const::Int(_)) => Some(RuntimeFn::BoxInt),
            (taipan_abi::extension::ValueType::Optional(_), ir::Const::Float(_)) => Some(RuntimeFn::BoxFloat),
            (taipan_abi::extension::ValueType::Optional(_), ir::Const::Bool(_)) => Some(RuntimeFn::BoxBool),
            _ => None,
        };
        let value = self.constant(c)?;
        match boxing {
            Some(func) => Ok(self.call_runtime(func, &[value])?[0]),
            None => Ok(value),
        }
    }

    fn constant(&mut self, c: ir::Const) -> Result<clif::Value, CodegenError> {
        Ok(match c {
            // `None` of an object parameter.
            ir::Const::Null => self.null(),
            ir::Const::Int(v) => self.b.ins().iconst(types::I64, v),
            ir::Const::Float(v) => self.b.ins().f64const(v),
            ir::Const::NumInt(v) => self.b.ins().f64const(f64::from_bits(crate::function::num_int_bits(v))),
            ir::Const::Bool(v) => self.b.ins().iconst(types::I8, i64::from(v)),
            ir::Const::Str(id) => {
                let text = self.cx.ir.string(id).to_string();
                self.str_ptr(&text)?
            }
            other => return Err(self.unsupported(format!("a default {other:?}"))),
        })
    }
}
