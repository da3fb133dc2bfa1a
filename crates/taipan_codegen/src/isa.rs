//! The target ISA and Cranelift's shared flags.

use cranelift_codegen::isa::OwnedTargetIsa;
use cranelift_codegen::settings::{self, Configurable};

use crate::{CodegenError, CodegenOptions, OptLevel};

/// x86-64 features every CPU since about 2009 has (the x86-64-v2 level, minus
/// cmpxchg16b). We do not ask the host for more: an executable built here must
/// also run on an older machine than the one that built it.
const X86_64_BASELINE: &[&str] = &["has_ssse3", "has_sse41", "has_sse42", "has_popcnt"];

fn isa_error(e: impl std::fmt::Display) -> CodegenError {
    CodegenError::Isa(e.to_string())
}

/// The host architecture with baseline features and our fixed flags.
pub(crate) fn host_isa(options: &CodegenOptions) -> Result<OwnedTargetIsa, CodegenError> {
    let mut flags = settings::builder();
    let opt_level = match options.opt_level {
        OptLevel::None => "none",
        OptLevel::Speed => "speed",
    };
    flags.set("opt_level", opt_level).map_err(isa_error)?;
    // Always PIC: Debian's default PIE link rejects nothing then, and the same code
    // can go into a shared object (CPython extension) later.
    flags.set("is_pic", "true").map_err(isa_error)?;
    // gdb and `perf record -g` walk frames with the frame pointer.
    flags.set("preserve_frame_pointers", "true").map_err(isa_error)?;
    flags
        .set("enable_verifier", if options.verify { "true" } else { "false" })
        .map_err(isa_error)?;

    // `false`: detect the architecture only, not the host's optional features.
    let mut isa = cranelift_native::builder_with_options(false).map_err(isa_error)?;
    if cfg!(target_arch = "x86_64") {
        for feature in X86_64_BASELINE {
            isa.enable(feature).map_err(isa_error)?;
        }
    }
    isa.finish(settings::Flags::new(flags)).map_err(isa_error)
}
