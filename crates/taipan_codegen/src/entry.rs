//! The program's entry point: `int main(void)`, which hands the module body to
//! the runtime's `tp_main`.

use cranelift_codegen::ir as clif;
use cranelift_codegen::ir::InstBuilder;
use cranelift_frontend::{FunctionBuilder, FunctionBuilderContext};
use cranelift_module::Module;
use taipan_abi::RuntimeFn;

use crate::abi;
use crate::class_table::class_table;
use crate::declarations::ModuleCx;
use crate::CodegenError;

/// The class table data and `tp_register_classes`, declared in `func`, when
/// the program has classes.
pub(crate) fn declare_class_table<M: Module + ?Sized>(
    m: &mut M,
    cx: &mut ModuleCx<'_>,
    func: &mut clif::Function,
) -> Result<Option<(clif::FuncRef, clif::GlobalValue)>, CodegenError> {
    if cx.ir.classes.is_empty() {
        return Ok(None);
    }
    let failed = |e: cranelift_module::ModuleError| CodegenError::Unsupported {
        function: "main".to_string(),
        message: format!("cannot define the class table: {e}"),
    };
    let id = m.declare_anonymous_data(false, false).map_err(failed)?;
    let mut data = cranelift_module::DataDescription::new();
    let table = class_table(&cx.ir.classes);
    data.define(table.bytes.into_boxed_slice());
    // The special methods' addresses are 8-byte words.
    data.set_align(8);
    for (offset, func) in table.addresses {
        let Some(&func_id) = cx.functions.get(func.index()) else {
            return Err(CodegenError::Unsupported {
                function: "main".to_string(),
                message: format!("the class table names {func}, which is not a function of the module"),
            });
        };
        let func_ref = m.declare_func_in_data(func_id, &mut data);
        data.write_function_addr(offset as u32, func_ref);
    }
    m.define_data(id, &data).map_err(failed)?;
    let register = cx.runtime_fn(m, RuntimeFn::RegisterClasses)?;
    let register_ref = m.declare_func_in_func(register, func);
    func.dfg.ext_funcs[register_ref].colocated = true;
    Ok(Some((register_ref, m.declare_data_in_func(id, func))))
}

/// Builds `main` into `func`: registers the class table, if any, then
/// `return tp_main(&<module body>, <file name str>);`.
pub(crate) fn build_main<M: Module + ?Sized>(
    m: &mut M,
    cx: &mut ModuleCx<'_>,
    func: &mut clif::Function,
    fctx: &mut FunctionBuilderContext,
) -> Result<(), CodegenError> {
    let unsupported = |message: &str| CodegenError::Unsupported { function: "main".to_string(), message: message.to_string() };
    let body = *cx.functions.get(cx.ir.body.index()).ok_or_else(|| unsupported("the module body is not a function of the module"))?;
    let tp_main = cx.runtime_fn(m, RuntimeFn::Main)?;
    let ir = cx.ir;
    let file = cx.str_object(m, &ir.file)?;
    let frontend_config = m.target_config();

    func.signature = abi::main_signature(m.make_signature());
    let body_ref = m.declare_func_in_func(body, func);
    let tp_main_ref = m.declare_func_in_func(tp_main, func);
    // The runtime is linked into the same image: call it directly.
    func.dfg.ext_funcs[tp_main_ref].colocated = true;
    let file_gv = m.declare_data_in_func(file, func);
    let classes = declare_class_table(m, cx, func)?;

    let mut b = FunctionBuilder::new(func, fctx);
    let block = b.create_block();
    b.switch_to_block(block);
    if let Some((register_ref, table_gv)) = classes {
        let table_addr = b.ins().symbol_value(cx.pointer, table_gv);
        b.ins().call(register_ref, &[table_addr]);
    }
    let body_addr = b.ins().func_addr(cx.pointer, body_ref);
    let file_addr = b.ins().symbol_value(cx.pointer, file_gv);
    let call = b.ins().call(tp_main_ref, &[body_addr, file_addr]);
    let status = b.inst_results(call).to_vec();
    b.ins().return_(&status);
    b.seal_all_blocks();
    b.finalize(frontend_config);
    Ok(())
}
