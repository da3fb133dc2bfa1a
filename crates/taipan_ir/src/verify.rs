//! The IR verifier. (To be completed: see the module docs of each check.)

use crate::Module;

/// Checks the module's invariants; returns one message per violation.
pub fn verify_module(_module: &Module) -> Vec<String> {
    Vec::new()
}
