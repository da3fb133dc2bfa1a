//! The taipan driver: runs the pipeline stages in order and owns every effect
//! (reading sources, writing objects, running the linker and the program).
//!
//! source → `taipan_syntax` → `taipan_types` (HIR) → `taipan_lower` (IR)
//!        → `taipan_codegen` (object) → `taipan_link` (executable)

mod module_name;
mod python_config;
mod runtime_lib;

use std::fmt;
use std::path::{Path, PathBuf};

pub use module_name::{module_path, ModulePath};
pub use python_config::PythonConfig;
pub use taipan_diagnostics::{Diagnostic, SourceFile};

/// The module name of a program run as a script.
pub const MAIN_MODULE: &str = "__main__";

/// Why a build stopped.
#[derive(Debug)]
pub enum BuildError {
    /// The program was rejected; the diagnostics are rendered against the source.
    Rejected { file: SourceFile, diagnostics: Vec<Diagnostic> },
    /// Anything else: IO, codegen, linking.
    Failed(String),
}

impl fmt::Display for BuildError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            BuildError::Rejected { file, diagnostics } => {
                f.write_str(&taipan_diagnostics::render_all(file, diagnostics))?;
                let n = diagnostics.len();
                write!(f, "{n} error{} generated", if n == 1 { "" } else { "s" })
            }
            BuildError::Failed(msg) => write!(f, "error: {msg}"),
        }
    }
}

/// Options of a build.
#[derive(Clone, Debug)]
pub struct BuildOptions {
    /// Optimise the generated code (Cranelift `opt_level=speed`).
    pub optimize: bool,
    /// Run the IR and Cranelift verifiers (always on in debug builds of taipan, or
    /// with `TAIPAN_VERIFY_IR=1`).
    pub verify: bool,
}

impl Default for BuildOptions {
    fn default() -> Self {
        BuildOptions {
            optimize: true,
            verify: cfg!(debug_assertions) || std::env::var_os("TAIPAN_VERIFY_IR").is_some(),
        }
    }
}

/// Reads a source file. The path is kept as given: tracebacks and diagnostics
/// print it the way the user wrote it, as CPython does.
pub fn read_source(path: &Path) -> Result<SourceFile, BuildError> {
    let bytes = std::fs::read(path)
        .map_err(|e| BuildError::Failed(format!("cannot read {}: {e}", path.display())))?;
    let text = String::from_utf8(bytes).map_err(|e| {
        BuildError::Failed(format!(
            "{}: source is not valid UTF-8 (byte {})",
            path.display(),
            e.utf8_error().valid_up_to()
        ))
    })?;
    Ok(SourceFile::new(path.display().to_string(), text))
}

/// Parses and type-checks, stopping before lowering (`taipan check`).
pub fn check(file: &SourceFile) -> Result<(), BuildError> {
    let options = taipan_types::CheckOptions { module_name: MAIN_MODULE.to_string() };
    taipan_types::check_file(file, &options)
        .map(|_| ())
        .map_err(|diagnostics| BuildError::Rejected { file: file.clone(), diagnostics })
}

/// Front end and lowering: source → verified IR.
pub fn compile_to_ir(file: &SourceFile, options: &BuildOptions) -> Result<taipan_ir::Module, BuildError> {
    let check_options = taipan_types::CheckOptions { module_name: MAIN_MODULE.to_string() };
    let hir = taipan_types::check_file(file, &check_options)
        .map_err(|diagnostics| BuildError::Rejected { file: file.clone(), diagnostics })?;
    let module = taipan_lower::lower_module(file, &hir);
    verified(file, module, options)
}

/// `module` after the IR passes (`taipan_ir::optimize_module`), once the IR
/// verifier passed it (when `options.verify`).
fn verified(file: &SourceFile, mut module: taipan_ir::Module, options: &BuildOptions) -> Result<taipan_ir::Module, BuildError> {
    taipan_ir::optimize_module(&mut module);
    if options.verify {
        let errors = taipan_ir::verify::verify_module(&module);
        if !errors.is_empty() {
            return Err(BuildError::Failed(format!(
                "internal error: the IR failed verification:\n{}\n{}",
                errors.join("\n"),
                taipan_ir::print_module(&module, Some(&file.text))
            )));
        }
    }
    Ok(module)
}

// ---- CPython extension modules (`taipan build --ext`) ----

/// Parses and checks an extension module named `module_name`, including
/// whether every export can cross into Python.
fn check_extension(file: &SourceFile, module_name: &str) -> Result<taipan_types::hir::Module, BuildError> {
    let rejected = |diagnostics| BuildError::Rejected { file: file.clone(), diagnostics };
    let check_options = taipan_types::CheckOptions { module_name: module_name.to_string() };
    let hir = taipan_types::check_file(file, &check_options).map_err(rejected)?;
    let mut diagnostics = taipan_types::extension::check_exports(&hir);
    diagnostics.extend(taipan_types::extension::check_flavored_dicts(file));
    if !diagnostics.is_empty() {
        return Err(rejected(diagnostics));
    }
    Ok(hir)
}

/// Front end and lowering of an extension module named `module_name`: the
/// verified IR with its exports, or every reason it cannot be one.
pub fn compile_extension_to_ir(
    file: &SourceFile,
    module_name: &str,
    options: &BuildOptions,
) -> Result<taipan_ir::Module, BuildError> {
    let hir = check_extension(file, module_name)?;
    verified(file, taipan_lower::lower_extension(file, &hir), options)
}

/// The IR of an extension module (`--ext --emit ir`).
pub fn emit_extension_ir(file: &SourceFile, module_name: &str, options: &BuildOptions) -> Result<String, BuildError> {
    let module = compile_extension_to_ir(file, module_name, options)?;
    Ok(taipan_ir::print_module(&module, Some(&file.text)))
}

/// Cranelift's IR of an extension module (`--ext --emit clif`).
pub fn emit_extension_clif(file: &SourceFile, module_name: &str, options: &BuildOptions) -> Result<String, BuildError> {
    let module = compile_extension_to_ir(file, module_name, options)?;
    let init_symbol = taipan_abi::extension::shared_init_symbol(module_name);
    taipan_codegen::emit_extension_clif(&module, &init_symbol, &codegen_options(options))
        .map_err(|e| BuildError::Failed(format!("code generation failed: {e}")))
}

/// The object file of an extension module (`--ext --emit obj`, `--ext
/// --static`) and its `.pyi` stub, to link with the runtime into an
/// interpreter: its initialisation function is the module's
/// `taipan_abi::extension::static_init_symbol`.
pub fn emit_extension_object(
    file: &SourceFile,
    module_name: &str,
    options: &BuildOptions,
) -> Result<(Vec<u8>, String), BuildError> {
    let hir = check_extension(file, module_name)?;
    let stub = taipan_types::extension::python_stub(&hir);
    let module = verified(file, taipan_lower::lower_extension(file, &hir), options)?;
    let init_symbol = taipan_abi::extension::static_init_symbol(module_name);
    Ok((extension_object(&module, &init_symbol, options)?, stub))
}

fn extension_object(module: &taipan_ir::Module, init_symbol: &str, options: &BuildOptions) -> Result<Vec<u8>, BuildError> {
    taipan_codegen::compile_extension(module, init_symbol, &codegen_options(options))
        .map_err(|e| BuildError::Failed(format!("code generation failed: {e}")))
}

/// Compiles `file` into the extension module `output` (a shared object that
/// `import <module_name>` loads) and writes the `.pyi` stub of its exports to `stub`.
pub fn build_extension(
    file: &SourceFile,
    module_name: &str,
    output: &Path,
    stub: &Path,
    options: &BuildOptions,
) -> Result<(), BuildError> {
    let hir = check_extension(file, module_name)?;
    let stub_text = taipan_types::extension::python_stub(&hir);
    let module = verified(file, taipan_lower::lower_extension(file, &hir), options)?;
    let object = extension_object(&module, &taipan_abi::extension::shared_init_symbol(module_name), options)?;
    let object_path = scratch_path(output, "o");
    std::fs::write(&object_path, &object)
        .map_err(|e| BuildError::Failed(format!("cannot write {}: {e}", object_path.display())))?;
    let runtime = runtime_lib::path().map_err(BuildError::Failed)?;
    // Link under a scratch name, then rename: a process that has the old module
    // loaded keeps its mapping, and no importer sees a half-written file.
    let linked_path = scratch_path(output, "so");
    let linked = taipan_link::link_extension(&[object_path.as_path()], &runtime, &linked_path)
        .map_err(|e| BuildError::Failed(format!("linking failed: {e}")));
    let _ = std::fs::remove_file(&object_path);
    linked?;
    std::fs::rename(&linked_path, output)
        .map_err(|e| BuildError::Failed(format!("cannot write {}: {e}", output.display())))?;
    std::fs::write(stub, stub_text).map_err(|e| BuildError::Failed(format!("cannot write {}: {e}", stub.display())))
}

/// Builds the Python interpreter `output` (for the target Python `python`) with
/// every file of `files` compiled and registered as a built-in module, named
/// by its path relative to `package_root` (`module_path`).
pub fn build_python_exe(
    files: &[PathBuf],
    package_root: Option<&Path>,
    output: &Path,
    python: &Path,
    options: &BuildOptions,
) -> Result<(), BuildError> {
    let config = python_config(python)?;
    let mut modules: Vec<taipan_codegen::BuiltinModule> = Vec::new();
    for path in files {
        let module = module_path(path, package_root)?;
        if modules.iter().any(|m| m.name == module.name) {
            return Err(BuildError::Failed(format!("{}: two modules are named `{}`", path.display(), module.name)));
        }
        if config.builtin_modules.contains(&module.name) {
            return Err(BuildError::Failed(format!(
                "{}: `{}` is a built-in module of the target Python: a module of that name would never be imported",
                path.display(),
                module.name
            )));
        }
        modules.push(taipan_codegen::BuiltinModule { name: module.name, is_package: module.is_package });
    }
    // `import pkg.c` needs `pkg` to be a package: compiled from `pkg/__init__.py`,
    // or left to be found elsewhere (see `runtime/src/interpreter/finder.py`).
    for module in &modules {
        let mut parent = module.name.as_str();
        while let Some((outer, _)) = parent.rsplit_once('.') {
            parent = outer;
            if modules.iter().any(|m| m.name == parent && !m.is_package) {
                return Err(BuildError::Failed(format!(
                    "the module `{parent}` is not a package (it is compiled from a `.py` file, not an `__init__.py`), so `{}` could not be imported",
                    module.name
                )));
            }
        }
    }
    let mut objects = Vec::new();
    let result = (|| {
        for (i, (path, module)) in files.iter().zip(&modules).enumerate() {
            let source = read_source(path)?;
            let (object, _stub) = emit_extension_object(&source, &module.name, options)?;
            let object_path = scratch_path(output, &format!("{i}.o"));
            std::fs::write(&object_path, &object)
                .map_err(|e| BuildError::Failed(format!("cannot write {}: {e}", object_path.display())))?;
            objects.push(object_path);
        }
        let main = taipan_codegen::compile_interpreter_main(&modules, &codegen_options(options))
            .map_err(|e| BuildError::Failed(format!("code generation failed: {e}")))?;
        let main_path = scratch_path(output, "main.o");
        std::fs::write(&main_path, &main)
            .map_err(|e| BuildError::Failed(format!("cannot write {}: {e}", main_path.display())))?;
        objects.insert(0, main_path);
        let runtime = runtime_lib::path().map_err(BuildError::Failed)?;
        let object_refs: Vec<&Path> = objects.iter().map(PathBuf::as_path).collect();
        taipan_link::link_interpreter(&object_refs, &runtime, &config.link_args, output)
            .map_err(|e| BuildError::Failed(format!("linking failed: {e}")))
    })();
    for object in &objects {
        let _ = std::fs::remove_file(object);
    }
    result
}

/// Asks the target interpreter `python` for its configuration.
pub fn python_config(python: &Path) -> Result<PythonConfig, BuildError> {
    python_config::query(python).map_err(BuildError::Failed)
}

fn codegen_options(options: &BuildOptions) -> taipan_codegen::CodegenOptions {
    taipan_codegen::CodegenOptions {
        opt_level: if options.optimize {
            taipan_codegen::OptLevel::Speed
        } else {
            taipan_codegen::OptLevel::None
        },
        verify: options.verify,
    }
}

/// The IR as text, annotated with source lines (`--emit ir`).
pub fn emit_ir(file: &SourceFile, options: &BuildOptions) -> Result<String, BuildError> {
    let module = compile_to_ir(file, options)?;
    Ok(taipan_ir::print_module(&module, Some(&file.text)))
}

/// Cranelift's IR of every function (`--emit clif`).
pub fn emit_clif(file: &SourceFile, options: &BuildOptions) -> Result<String, BuildError> {
    let module = compile_to_ir(file, options)?;
    taipan_codegen::emit_clif(&module, &codegen_options(options))
        .map_err(|e| BuildError::Failed(format!("code generation failed: {e}")))
}

/// The object file's bytes (`--emit obj`).
pub fn emit_object(file: &SourceFile, options: &BuildOptions) -> Result<Vec<u8>, BuildError> {
    let module = compile_to_ir(file, options)?;
    taipan_codegen::compile_executable(&module, &codegen_options(options))
        .map_err(|e| BuildError::Failed(format!("code generation failed: {e}")))
}

/// Compiles `file` into the executable `output`.
pub fn build_executable(file: &SourceFile, output: &Path, options: &BuildOptions) -> Result<(), BuildError> {
    let object = emit_object(file, options)?;
    let object_path = scratch_path(output, "o");
    std::fs::write(&object_path, &object)
        .map_err(|e| BuildError::Failed(format!("cannot write {}: {e}", object_path.display())))?;
    let runtime = runtime_lib::path().map_err(BuildError::Failed)?;
    let linked = taipan_link::link_executable(&[object_path.as_path()], &runtime, output)
        .map_err(|e| BuildError::Failed(format!("linking failed: {e}")));
    let _ = std::fs::remove_file(&object_path);
    linked
}

/// A temporary file next to `output`, unique to this process.
fn scratch_path(output: &Path, extension: &str) -> PathBuf {
    let name = output.file_name().map(|n| n.to_string_lossy().into_owned()).unwrap_or_default();
    output.with_file_name(format!(".{name}.{}.{extension}", std::process::id()))
}

/// Where `taipan run` puts the executables it builds.
pub fn run_cache_dir() -> PathBuf {
    runtime_lib::cache_root().join("run")
}
