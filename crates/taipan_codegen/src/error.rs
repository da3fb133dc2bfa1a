//! Why code generation stopped.

use std::fmt;

/// An error of code generation. Every one of them is a compiler bug or an
/// unsupported host, never a fault of the user's program: the IR was already
/// verified by the time it reaches codegen.
#[derive(Debug)]
pub enum CodegenError {
    /// The IR failed `taipan_ir::verify::verify_module`; one message per violation.
    InvalidIr(Vec<String>),
    /// The host ISA or the Cranelift flags could not be set up.
    Isa(String),
    /// Cranelift rejected a function or data object (`function` names which one).
    Define { function: String, message: String },
    /// The IR asked for something the translator cannot express (a contract mismatch
    /// the IR verifier does not catch).
    Unsupported { function: String, message: String },
    /// Writing the object file failed.
    Emit(String),
}

impl fmt::Display for CodegenError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            CodegenError::InvalidIr(errors) => {
                write!(f, "the IR failed verification:")?;
                for e in errors {
                    write!(f, "\n  {e}")?;
                }
                Ok(())
            }
            CodegenError::Isa(msg) => write!(f, "cannot set up the target: {msg}"),
            CodegenError::Define { function, message } => {
                write!(f, "Cranelift rejected `{function}`: {message}")
            }
            CodegenError::Unsupported { function, message } => {
                write!(f, "cannot translate `{function}`: {message}")
            }
            CodegenError::Emit(msg) => write!(f, "cannot write the object file: {msg}"),
        }
    }
}

impl std::error::Error for CodegenError {}
