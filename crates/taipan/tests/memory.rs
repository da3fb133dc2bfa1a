//! Reference counting keeps long-running programs in bounded memory: a program
//! that creates and drops millions of strs, lists and tuples must run under an
//! address-space limit far below what it would need if any of them leaked.

use std::path::Path;
use std::process::Command;

const TAIPAN: &str = env!("CARGO_BIN_EXE_taipan");

/// 64 MiB of address space: a leak of even 24 bytes per iteration of the
/// 3,000,000-iteration loop would exceed it.
const ADDRESS_SPACE_KIB: u32 = 64 * 1024;

#[test]
fn temporaries_are_freed_so_a_churning_loop_runs_in_constant_memory() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("../..");
    let source = root.join("tests/memory/churn.py");
    let dir = std::env::temp_dir().join(format!("taipan-memory-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let exe = dir.join("churn");
    let build = Command::new(TAIPAN).arg("build").arg(&source).arg("-o").arg(&exe).output().unwrap();
    assert!(build.status.success(), "build failed: {}", String::from_utf8_lossy(&build.stderr));
    let run = Command::new("sh")
        .arg("-c")
        .arg(format!("ulimit -v {ADDRESS_SPACE_KIB} && exec \"$0\""))
        .arg(&exe)
        .output()
        .unwrap();
    let _ = std::fs::remove_dir_all(&dir);
    assert!(run.status.success(), "the program failed under the memory limit: {}", String::from_utf8_lossy(&run.stderr));
    // The sum the loop computes (checked against CPython when the test was written).
    assert_eq!(String::from_utf8_lossy(&run.stdout).trim(), "158962347");
}
