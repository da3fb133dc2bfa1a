//! Code generation: `taipan_ir::Module` → Cranelift → a native object file.
//!
//! Codegen translates; it decides no Python semantics. Each IR op's meaning is
//! written on the op (`taipan_ir`), and the runtime contract (symbols, signatures,
//! layouts, error codes) is `taipan_abi`.
//!
//! Layout: `isa` sets up the target, `declarations` declares what functions refer
//! to (user functions, runtime imports, string constants, global slots),
//! `function` translates one IR function (with `function/arith` for inline
//! arithmetic, `function/errors` for error paths and the recursion counter,
//! `function/refcount` for the reference rules, `function/containers` for inline
//! list/tuple/len ops, `function/slots` for 8-byte slot values and
//! `function/memory` for the memory flags of object accesses), `entry` builds
//! the C `main` of a program, and `extension` the entry points of a CPython
//! extension module (`METH_FASTCALL` wrappers, module spec, `PyInit_<name>`). Everything is written against
//! `cranelift_module::Module`, so a CPython-extension or JIT back end can reuse it.
//!
//! Architecture invariant: this is the only crate that names `cranelift_*`.

mod abi;
mod class_table;
mod declarations;
mod entry;
mod error;
mod extension;
mod interpreter;
mod function;
mod isa;
mod str_object;

use std::fmt::Write;

use cranelift_codegen::ir::UserFuncName;
use cranelift_codegen::Context;
use cranelift_frontend::FunctionBuilderContext;
use cranelift_module::{DataId, FuncId, Linkage, Module, ModuleError};
use cranelift_object::{ObjectBuilder, ObjectModule};
use taipan_abi::MAIN_SYMBOL;

use declarations::{define_error, ModuleCx};
pub use error::CodegenError;
pub use interpreter::BuiltinModule;

/// How hard Cranelift optimises.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum OptLevel {
    None,
    Speed,
}

/// Options of code generation.
#[derive(Clone, Debug)]
pub struct CodegenOptions {
    pub opt_level: OptLevel,
    /// Run Cranelift's verifier on every function (tests, debug builds).
    pub verify: bool,
}

impl Default for CodegenOptions {
    fn default() -> Self {
        CodegenOptions { opt_level: OptLevel::Speed, verify: false }
    }
}

/// Compiles a program: the object file's bytes (ELF on Linux), with the module's
/// functions and an exported `main` that runs the module body via `tp_main`.
/// Link it with the runtime staticlib (`taipan_link`).
pub fn compile_executable(module: &taipan_ir::Module, options: &CodegenOptions) -> Result<Vec<u8>, CodegenError> {
    compile(module, Entry::Program, options)
}

/// Compiles a CPython extension module: the object file's bytes, with the
/// module's functions, a Python wrapper per `module.exports` entry, and the
/// exported initialisation function `init_symbol`
/// (`taipan_abi::extension::shared_init_symbol` for a shared object, which
/// `taipan_link::link_extension` links, or `static_init_symbol` for an
/// interpreter).
pub fn compile_extension(
    module: &taipan_ir::Module,
    init_symbol: &str,
    options: &CodegenOptions,
) -> Result<Vec<u8>, CodegenError> {
    compile(module, Entry::Extension { init_symbol }, options)
}

/// The object file of the `main` of a Python interpreter with the extension
/// modules `modules` built in (each object defines the module's
/// `taipan_abi::extension::static_init_symbol`). Link it with those objects,
/// the runtime staticlib and libpython.
pub fn compile_interpreter_main(modules: &[BuiltinModule], options: &CodegenOptions) -> Result<Vec<u8>, CodegenError> {
    let mut m = object_module("python_main", options)?;
    interpreter::build(&mut m, modules)?;
    m.finish().emit().map_err(|e| CodegenError::Emit(e.to_string()))
}

/// What starts the compiled module.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Entry<'a> {
    /// A program's C `main`.
    Program,
    /// An extension module's initialisation function (`PyInit_...`).
    Extension { init_symbol: &'a str },
}

fn compile(module: &taipan_ir::Module, entry: Entry<'_>, options: &CodegenOptions) -> Result<Vec<u8>, CodegenError> {
    let mut m = new_object_module(module, options)?;
    translate_program(module, entry, &mut m, &mut |m, _cx, id, ctx| {
        m.define_function(id, ctx).map_err(|e| define_failure(ctx, e))
    })?;
    m.finish().emit().map_err(|e| CodegenError::Emit(e.to_string()))
}

/// The Cranelift IR of every function, as translated (before Cranelift's own
/// optimisations), for `taipan build --emit clif`.
pub fn emit_clif(module: &taipan_ir::Module, options: &CodegenOptions) -> Result<String, CodegenError> {
    clif_text(module, Entry::Program, options)
}

/// As `emit_clif`, with the entry points of an extension module instead of `main`.
pub fn emit_extension_clif(
    module: &taipan_ir::Module,
    init_symbol: &str,
    options: &CodegenOptions,
) -> Result<String, CodegenError> {
    clif_text(module, Entry::Extension { init_symbol }, options)
}

fn clif_text(module: &taipan_ir::Module, entry: Entry<'_>, options: &CodegenOptions) -> Result<String, CodegenError> {
    let mut m = new_object_module(module, options)?;
    let mut out = String::new();
    translate_program(module, entry, &mut m, &mut |m, cx, _id, ctx| {
        if options.verify {
            cranelift_codegen::verify_function(&ctx.func, m.isa()).map_err(|errors| CodegenError::Define {
                function: ctx.func.name.to_string(),
                message: cranelift_codegen::print_errors::pretty_verifier_error(&ctx.func, None, errors),
            })?;
        }
        if !out.is_empty() {
            out.push('\n');
        }
        out.push_str(&clif_symbol_comments(m, cx, &ctx.func));
        let _ = write!(out, "{}", ctx.func.display());
        Ok(())
    })?;
    Ok(out)
}

fn new_object_module(module: &taipan_ir::Module, options: &CodegenOptions) -> Result<ObjectModule, CodegenError> {
    let errors = taipan_ir::verify::verify_module(module);
    if !errors.is_empty() {
        return Err(CodegenError::InvalidIr(errors));
    }
    object_module(&module.name, options)
}

fn object_module(name: &str, options: &CodegenOptions) -> Result<ObjectModule, CodegenError> {
    let isa = isa::host_isa(options)?;
    let mut builder = ObjectBuilder::new(isa, name.as_bytes().to_vec(), cranelift_module::default_libcall_names())
        .map_err(|e| CodegenError::Isa(e.to_string()))?;
    // One section per function and per data object: `ld --gc-sections` then drops
    // whatever the program never reaches.
    builder.per_function_section(true).per_data_object_section(true);
    Ok(ObjectModule::new(builder))
}

/// What to do with each built function: define it into the module, or print it.
type FunctionSink<'s, M> = dyn FnMut(&mut M, &ModuleCx<'_>, FuncId, &mut Context) -> Result<(), CodegenError> + 's;

/// Declares everything, builds every function and the entry point(s), and
/// hands each to `sink`.
fn translate_program<M: Module>(
    module: &taipan_ir::Module,
    entry: Entry<'_>,
    m: &mut M,
    sink: &mut FunctionSink<'_, M>,
) -> Result<(), CodegenError> {
    let mut cx = ModuleCx::declare(module, m)?;
    let mut ctx = m.make_context();
    let mut fctx = FunctionBuilderContext::new();
    for (index, func) in module.functions.iter().enumerate() {
        let id = cx.functions[index];
        ctx.func.name = UserFuncName::testcase(&func.symbol);
        function::translate_function(m, &mut cx, index, &mut ctx.func, &mut fctx)?;
        sink(m, &cx, id, &mut ctx)?;
        m.clear_context(&mut ctx);
    }
    if let Entry::Extension { init_symbol } = entry {
        return extension::build_entry_points(m, &mut cx, &mut ctx, &mut fctx, init_symbol, sink);
    }

    let main_sig = abi::main_signature(m.make_signature());
    let main = m
        .declare_function(MAIN_SYMBOL, Linkage::Export, &main_sig)
        .map_err(|e| define_error(MAIN_SYMBOL, e))?;
    ctx.func.name = UserFuncName::testcase(MAIN_SYMBOL);
    entry::build_main(m, &mut cx, &mut ctx.func, &mut fctx)?;
    sink(m, &cx, main, &mut ctx)?;
    m.clear_context(&mut ctx);
    Ok(())
}

/// Comment lines naming each external reference of `func`, since CLIF prints
/// only numbers: functions as `u0:N` (namespace 0, module function N), data objects
/// as `userextnameK` (the function's K-th external name).
fn clif_symbol_comments<M: Module>(m: &M, cx: &ModuleCx<'_>, func: &cranelift_codegen::ir::Function) -> String {
    let mut out = String::new();
    for (reference, name) in func.params.user_named_funcs().iter() {
        let _ = match name.namespace {
            0 => {
                let id = FuncId::from_u32(name.index);
                let symbol = m.declarations().get_function_decl(id).linkage_name(id);
                writeln!(out, "; u0:{} = {symbol}", name.index)
            }
            1 => {
                let id = DataId::from_u32(name.index);
                let what = match cx.str_object_text(id) {
                    Some(text) => format!("str {text:?}"),
                    None => m.declarations().get_data_decl(id).linkage_name(id).into_owned(),
                };
                writeln!(out, "; {reference} = {what}")
            }
            _ => Ok(()),
        };
    }
    out
}

/// Why Cranelift rejected a function, with the verifier's annotated listing when
/// that is the reason.
fn define_failure(ctx: &Context, e: ModuleError) -> CodegenError {
    let function = ctx.func.name.to_string();
    let message = match e {
        ModuleError::Compilation(cranelift_codegen::CodegenError::Verifier(errors)) => {
            cranelift_codegen::print_errors::pretty_verifier_error(&ctx.func, None, errors)
        }
        other => other.to_string(),
    };
    CodegenError::Define { function, message }
}
