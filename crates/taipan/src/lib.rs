//! The taipan driver: runs the pipeline stages in order and owns every effect
//! (reading sources, writing objects, running the linker and the program).
//!
//! source → `taipan_syntax` → `taipan_types` (HIR) → `taipan_lower` (IR)
//!        → `taipan_codegen` (object) → `taipan_link` (executable)

mod runtime_lib;

use std::fmt;
use std::path::{Path, PathBuf};

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
