//! The CPython extension entry points of a module (`taipan build --ext`), as
//! `taipan_abi::extension` describes them: one `METH_FASTCALL` wrapper per
//! `ir::Export`, the module spec, and the exported `PyInit_<name>`.
//!
//! A wrapper translates the export's meaning (written on `ir::Export`) into
//! calls of the runtime's `tp_ext_*` conversions; it holds no Python object
//! beyond the borrowed arguments, so it needs no reference counting.

use cranelift_codegen::ir as clif;
use cranelift_codegen::ir::condcodes::IntCC;
use cranelift_codegen::ir::{types, InstBuilder, MemFlagsData};
use cranelift_frontend::{FunctionBuilder, FunctionBuilderContext};
use cranelift_module::{DataDescription, DataId, FuncId, Linkage, Module};
use taipan_abi::extension::{function_spec, module_spec, PYINIT_PREFIX};
use taipan_abi::RuntimeFn;
use taipan_ir as ir;

use crate::declarations::{define_error, ModuleCx};
use crate::{abi, CodegenError};

/// The symbol of the wrapper of `export`: the function's symbol and a suffix no
/// mangled name contains (mangled names are `[A-Za-z0-9_]`), so it is unique.
fn wrapper_symbol(cx: &ModuleCx<'_>, export: &ir::Export) -> String {
    format!("{}.pywrapper", cx.ir.func(export.func).symbol)
}

/// `PyObject *(PyObject *self, PyObject *const *args, Py_ssize_t nargs)`.
fn wrapper_signature(mut sig: clif::Signature, pointer: clif::Type) -> clif::Signature {
    sig.params.extend([clif::AbiParam::new(pointer), clif::AbiParam::new(pointer), clif::AbiParam::new(types::I64)]);
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

/// Builds every wrapper, the module spec and `PyInit_<name>`, handing each
/// function to `sink`.
pub(crate) fn build_entry_points<M: Module>(
    m: &mut M,
    cx: &mut ModuleCx<'_>,
    ctx: &mut cranelift_codegen::Context,
    fctx: &mut FunctionBuilderContext,
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
    let symbol = format!("{PYINIT_PREFIX}{}", ir.name);
    let sig = init_signature(m.make_signature(), cx.pointer);
    let id = m.declare_function(&symbol, Linkage::Export, &sig).map_err(|e| define_error(&symbol, e))?;
    ctx.func.name = clif::UserFuncName::testcase(&symbol);
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

    let spec = m.declare_anonymous_data(true, false).map_err(|e| define_error(what, e))?;
    let mut bytes = vec![0u8; module_spec::SIZE];
    let n = module_spec::N_FUNCTIONS as usize;
    bytes[n..n + 8].copy_from_slice(&(ir.exports.len() as i64).to_le_bytes());
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
    m.define_data(spec, &data).map_err(|e| define_error(what, e))?;
    Ok(spec)
}

/// `PyInit_<name>`: `return tp_ext_init(&spec);`.
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
    let frontend_config = m.target_config();
    let mut b = FunctionBuilder::new(func, fctx);
    let block = b.create_block();
    b.switch_to_block(block);
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
        if func.params.len() != export.param_names.len() || export.defaults.len() > func.params.len() {
            return Err(self.unsupported("the export does not match its function"));
        }
        let frontend_config = self.m.target_config();
        let entry = self.b.create_block();
        self.b.append_block_params_for_function_params(entry);
        self.b.switch_to_block(entry);
        let params = self.b.block_params(entry).to_vec();
        let (args, nargs) = (params[1], params[2]);

        // Arity: `min <= nargs <= max`, as one unsigned comparison.
        let (min, max) = (export.min_args() as i64, func.params.len() as i64);
        let above_min = self.b.ins().iadd_imm_s(nargs, -min);
        let bad_arity = self.b.ins().icmp_imm_s(IntCC::UnsignedGreaterThan, above_min, max - min);
        let arity_error = self.b.create_block();
        let convert = self.b.create_block();
        self.b.set_cold_block(arity_error);
        self.b.ins().brif(bad_arity, arity_error, &[], convert, &[]);

        self.b.switch_to_block(arity_error);
        let name = self.str_ptr(&export.name)?;
        let (min_v, max_v) = (self.b.ins().iconst(types::I64, min), self.b.ins().iconst(types::I64, max));
        self.call_runtime(RuntimeFn::ExtArityError, &[name, min_v, max_v, nargs])?;
        let null = self.null();
        self.b.ins().return_(&[null]);

        // A failed conversion has set a CPython exception: return null.
        let failed = self.b.create_block();
        self.b.set_cold_block(failed);
        self.b.switch_to_block(failed);
        let null = self.null();
        self.b.ins().return_(&[null]);

        self.b.switch_to_block(convert);
        let mut values = Vec::with_capacity(func.params.len());
        for (i, p) in func.params.iter().enumerate() {
            let ty = func.local_ty(*p);
            let default = i.checked_sub(export.min_args()).and_then(|d| export.defaults.get(d).copied());
            let value = match default {
                None => self.convert_arg(args, i, ty, failed)?,
                Some(default) => {
                    // Passed or defaulted: branch on `nargs > i`.
                    let clif_ty = abi::clif_type(ty, self.cx.pointer).ok_or_else(|| self.unsupported("a None parameter"))?;
                    let passed = self.b.create_block();
                    let defaulted = self.b.create_block();
                    let join = self.b.create_block();
                    self.b.append_block_param(join, clif_ty);
                    let has = self.b.ins().icmp_imm_s(IntCC::SignedGreaterThan, nargs, i as i64);
                    self.b.ins().brif(has, passed, &[], defaulted, &[]);
                    self.b.switch_to_block(passed);
                    let v = self.convert_arg(args, i, ty, failed)?;
                    self.b.ins().jump(join, &[v.into()]);
                    self.b.switch_to_block(defaulted);
                    let v = self.constant(default)?;
                    self.b.ins().jump(join, &[v.into()]);
                    self.b.switch_to_block(join);
                    self.b.block_params(join)[0]
                }
            };
            values.push(value);
        }

        let callee = self.cx.functions[export.func.index()];
        let callee = self.m.declare_func_in_func(callee, self.b.func);
        let call = self.b.ins().call(callee, &values);
        let results = self.b.inst_results(call).to_vec();
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
        let null = self.null();
        self.b.ins().return_(&[null]);

        self.b.switch_to_block(returned);
        let object = match (func.ret, ret) {
            (ir::Type::Int, Some(v)) => self.call_runtime(RuntimeFn::ExtReturnInt, &[v])?,
            (ir::Type::Float, Some(v)) => self.call_runtime(RuntimeFn::ExtReturnFloat, &[v])?,
            (ir::Type::Bool, Some(v)) => self.call_runtime(RuntimeFn::ExtReturnBool, &[v])?,
            (ir::Type::None, None) => self.call_runtime(RuntimeFn::ExtReturnNone, &[])?,
            (ty, _) => return Err(self.unsupported(format!("a result of type {ty}"))),
        };
        self.b.ins().return_(&object);
        self.b.seal_all_blocks();
        self.b.finalize(frontend_config);
        Ok(())
    }

    /// Converts `args[i]` for a parameter of type `ty`, going to `failed` when
    /// it does not convert.
    fn convert_arg(
        &mut self,
        args: clif::Value,
        i: usize,
        ty: ir::Type,
        failed: clif::Block,
    ) -> Result<clif::Value, CodegenError> {
        let converter = match ty {
            ir::Type::Int => RuntimeFn::ExtArgInt,
            ir::Type::Float => RuntimeFn::ExtArgFloat,
            ir::Type::Bool => RuntimeFn::ExtArgBool,
            other => return Err(self.unsupported(format!("a parameter of type {other}"))),
        };
        let export = self.export;
        // The argument vector is CPython's, valid for the call: a trusted,
        // aligned load of a borrowed pointer.
        let obj = self.b.ins().load(self.cx.pointer, MemFlagsData::trusted(), args, (i * 8) as i32);
        let func = self.str_ptr(&export.name)?;
        let param = self.str_ptr(&export.param_names[i])?;
        let results = self.call_runtime(converter, &[obj, func, param])?;
        let [value, err] = results[..] else {
            return Err(self.unsupported("unexpected results of an argument conversion"));
        };
        let next = self.b.create_block();
        self.b.ins().brif(err, failed, &[], next, &[]);
        self.b.switch_to_block(next);
        // A bool arrives as an i64 0/1 (raising runtime functions never return an I8).
        Ok(if ty == ir::Type::Bool { self.b.ins().ireduce(types::I8, value) } else { value })
    }

    fn constant(&mut self, c: ir::Const) -> Result<clif::Value, CodegenError> {
        Ok(match c {
            ir::Const::Int(v) => self.b.ins().iconst(types::I64, v),
            ir::Const::Float(v) => self.b.ins().f64const(v),
            ir::Const::Bool(v) => self.b.ins().iconst(types::I8, i64::from(v)),
            other => return Err(self.unsupported(format!("a default {other:?}"))),
        })
    }
}
