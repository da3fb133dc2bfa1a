//! The `main` of a Python interpreter with compiled modules built in
//! (`taipan build --python-exe`): `return tp_python_main(argc, argv, &entries, n)`,
//! with one `taipan_abi::extension::inittab_entry` per module naming its
//! initialisation function (`taipan_abi::extension::static_init_symbol`,
//! defined in the module's own object).

use cranelift_codegen::ir as clif;
use cranelift_codegen::ir::{types, InstBuilder, UserFuncName};
use cranelift_frontend::{FunctionBuilder, FunctionBuilderContext};
use cranelift_module::{DataDescription, Linkage, Module};
use cranelift_object::ObjectModule;
use taipan_abi::extension::{inittab_entry, static_init_symbol};
use taipan_abi::{str_object, RuntimeFn, MAIN_SYMBOL};

use crate::declarations::define_error;
use crate::str_object::str_object_bytes;
use crate::{abi, CodegenError};

/// A module built into the interpreter.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct BuiltinModule {
    /// The import name, dotted for a submodule (`pkg.c`).
    pub name: String,
    /// Compiled from a package's `__init__.py`.
    pub is_package: bool,
}

/// The object file holding the interpreter's `main`, registering `modules` as
/// built-in modules.
pub(crate) fn build(m: &mut ObjectModule, modules: &[BuiltinModule]) -> Result<(), CodegenError> {
    let pointer = m.target_config().pointer_type();
    let what = "the table of built-in modules";
    let table = m.declare_data("tpu_inittab", Linkage::Local, true, false).map_err(|e| define_error(what, e))?;
    let mut data = DataDescription::new();
    data.set_align(8);
    let mut init_sig = m.make_signature();
    init_sig.returns.push(clif::AbiParam::new(pointer));
    let mut bytes = vec![0u8; inittab_entry::SIZE * modules.len().max(1)];
    for (i, module) in modules.iter().enumerate() {
        if module.is_package {
            let at = i * inittab_entry::SIZE + inittab_entry::FLAGS as usize;
            bytes[at..at + 8].copy_from_slice(&inittab_entry::IS_PACKAGE.to_le_bytes());
        }
    }
    data.define(bytes.into_boxed_slice());
    for (i, BuiltinModule { name, .. }) in modules.iter().enumerate() {
        let base = (i * inittab_entry::SIZE) as u32;
        let text = m.declare_anonymous_data(false, false).map_err(|e| define_error(what, e))?;
        let mut text_data = DataDescription::new();
        text_data.define(str_object_bytes(name).into_boxed_slice());
        text_data.set_align(str_object::ALIGN);
        m.define_data(text, &text_data).map_err(|e| define_error(what, e))?;
        let symbol = static_init_symbol(name);
        let init = m.declare_function(&symbol, Linkage::Import, &init_sig).map_err(|e| define_error(&symbol, e))?;
        let text = m.declare_data_in_data(text, &mut data);
        let init = m.declare_func_in_data(init, &mut data);
        data.write_data_addr(base + inittab_entry::NAME as u32, text, 0);
        data.write_function_addr(base + inittab_entry::INIT as u32, init);
    }
    m.define_data(table, &data).map_err(|e| define_error(what, e))?;

    let python_main = m
        .declare_function(
            RuntimeFn::PythonMain.symbol(),
            Linkage::Import,
            &abi::runtime_signature(RuntimeFn::PythonMain, m.make_signature(), pointer),
        )
        .map_err(|e| define_error(RuntimeFn::PythonMain.symbol(), e))?;
    let mut sig = m.make_signature();
    sig.params.extend([clif::AbiParam::new(types::I32), clif::AbiParam::new(pointer)]);
    sig.returns.push(clif::AbiParam::new(types::I32));
    let main = m.declare_function(MAIN_SYMBOL, Linkage::Export, &sig).map_err(|e| define_error(MAIN_SYMBOL, e))?;

    let mut ctx = m.make_context();
    ctx.func.signature = sig;
    ctx.func.name = UserFuncName::testcase(MAIN_SYMBOL);
    let python_main = m.declare_func_in_func(python_main, &mut ctx.func);
    // The runtime is linked into the same image: call it directly.
    ctx.func.dfg.ext_funcs[python_main].colocated = true;
    let table = m.declare_data_in_func(table, &mut ctx.func);
    let mut fctx = FunctionBuilderContext::new();
    let frontend_config = m.target_config();
    let mut b = FunctionBuilder::new(&mut ctx.func, &mut fctx);
    let block = b.create_block();
    b.append_block_params_for_function_params(block);
    b.switch_to_block(block);
    let (argc, argv) = (b.block_params(block)[0], b.block_params(block)[1]);
    let table = b.ins().symbol_value(pointer, table);
    let n = b.ins().iconst(types::I64, modules.len() as i64);
    let call = b.ins().call(python_main, &[argc, argv, table, n]);
    let status = b.inst_results(call).to_vec();
    b.ins().return_(&status);
    b.seal_all_blocks();
    b.finalize(frontend_config);
    m.define_function(main, &mut ctx).map_err(|e| define_error(MAIN_SYMBOL, e))?;
    Ok(())
}
