//! Linking: runs the system C compiler driver (`$CC`, else `cc`) on the object
//! files and the runtime staticlib to produce an executable, or a shared object
//! (a CPython extension module).
//!
//! Architecture invariant: std only. This crate spawns processes; the compiler
//! stages before it never do.

use std::ffi::OsString;
use std::fmt;
use std::path::Path;
use std::process::Command;

/// The system libraries a Rust `std` staticlib needs, as printed by
/// `cargo rustc -p taipan_runtime --release -- --print native-static-libs`.
const RUNTIME_NATIVE_LIBS: &[&str] = &["-lgcc_s", "-lutil", "-lrt", "-lpthread", "-lm", "-ldl", "-lc"];

/// Drop every function and data section nothing reaches: each of ours and the
/// runtime's is in its own section, so unused runtime code never ships.
#[cfg(target_os = "macos")]
const GC_SECTIONS: &str = "-Wl,-dead_strip";
#[cfg(not(target_os = "macos"))]
const GC_SECTIONS: &str = "-Wl,--gc-sections";

/// Drop DWARF: our objects carry none, and the runtime's only comes from the
/// precompiled `std`. This halves link time (0.11 s → 0.05 s) and cuts a small
/// program from 4.4 MB to 0.4 MB. The symbol table stays, so gdb and perf still
/// name every function.
#[cfg(target_os = "macos")]
const STRIP_DEBUG: &[&str] = &[];
#[cfg(not(target_os = "macos"))]
const STRIP_DEBUG: &[&str] = &["-Wl,--strip-debug"];

/// GNU gold links a program in about a third of the time of the default BFD `ld`
/// (30 ms against 90 ms for `examples/fib.py`), so it is used when installed.
const FAST_LINKER: &str = "-fuse-ld=gold";

fn fast_linker_available() -> bool {
    static AVAILABLE: std::sync::OnceLock<bool> = std::sync::OnceLock::new();
    *AVAILABLE.get_or_init(|| {
        std::env::var_os("PATH")
            .map(|paths| std::env::split_paths(&paths).any(|dir| dir.join("ld.gold").is_file()))
            .unwrap_or(false)
    })
}

/// Why linking failed.
#[derive(Debug)]
pub enum LinkError {
    /// The C compiler could not be started.
    Spawn { command: String, error: std::io::Error },
    /// The C compiler ran and failed; `stderr` is what it printed.
    Failed { command: String, status: String, stderr: String },
}

impl fmt::Display for LinkError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            LinkError::Spawn { command, error } => write!(f, "cannot run `{command}`: {error}"),
            LinkError::Failed { command, status, stderr } => {
                write!(f, "`{command}` failed ({status})")?;
                let stderr = stderr.trim_end();
                if !stderr.is_empty() {
                    write!(f, ":\n{stderr}")?;
                }
                Ok(())
            }
        }
    }
}

impl std::error::Error for LinkError {}

/// The C compiler driver and its leading arguments: `$CC` split on whitespace
/// (so `CC="ccache gcc"` works), or `cc`.
fn c_compiler() -> (OsString, Vec<OsString>) {
    if let Some(cc) = std::env::var_os("CC") {
        if let Some(text) = cc.to_str() {
            let mut words = text.split_whitespace().map(OsString::from);
            if let Some(program) = words.next() {
                return (program, words.collect());
            }
        } else if !cc.is_empty() {
            return (cc, Vec::new());
        }
    }
    (OsString::from("cc"), Vec::new())
}

/// What the linker produces.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Output {
    Executable,
    /// A shared object exporting only the symbols our objects export
    /// (`PyInit_<name>`): the runtime's symbols are hidden, so several taipan
    /// modules, each with its own copy of the runtime, load into one process.
    SharedObject,
}

/// Hide every symbol that comes from an archive (the runtime and its `std`).
#[cfg(target_os = "macos")]
const HIDE_ARCHIVE_SYMBOLS: &[&str] = &["-undefined", "dynamic_lookup"];
#[cfg(not(target_os = "macos"))]
const HIDE_ARCHIVE_SYMBOLS: &[&str] = &["-Wl,--exclude-libs,ALL"];

/// The full link command line.
fn link_command(objects: &[&Path], runtime_lib: &Path, output: &Path, kind: Output, fast_linker: bool) -> Command {
    let (program, leading) = c_compiler();
    let mut cmd = Command::new(program);
    cmd.args(leading);
    if fast_linker {
        cmd.arg(FAST_LINKER);
    }
    if kind == Output::SharedObject {
        cmd.arg("-shared").args(HIDE_ARCHIVE_SYMBOLS);
    }
    cmd.arg("-o").arg(output);
    cmd.args(objects);
    cmd.arg(runtime_lib);
    cmd.args(RUNTIME_NATIVE_LIBS);
    cmd.arg(GC_SECTIONS);
    cmd.args(STRIP_DEBUG);
    cmd
}

fn describe(cmd: &Command) -> String {
    let mut text = cmd.get_program().to_string_lossy().into_owned();
    for arg in cmd.get_args() {
        text.push(' ');
        text.push_str(&arg.to_string_lossy());
    }
    text
}

/// Links `objects` with the runtime staticlib into the executable `output`.
pub fn link_executable(objects: &[&Path], runtime_lib: &Path, output: &Path) -> Result<(), LinkError> {
    link_preferring_gold(|fast| link_command(objects, runtime_lib, output, Output::Executable, fast))
}

/// Links `objects` with the runtime staticlib into the shared object `output`
/// (a CPython extension module: CPython's symbols are looked up at load time,
/// so no libpython is linked).
pub fn link_extension(objects: &[&Path], runtime_lib: &Path, output: &Path) -> Result<(), LinkError> {
    link_preferring_gold(|fast| link_command(objects, runtime_lib, output, Output::SharedObject, fast))
}

/// Links `objects` (an interpreter `main` and extension-module objects) with the
/// runtime staticlib and libpython into the executable `output`; `python_args`
/// are the target Python's link arguments (`-L<dir> -lpython3.11`, ...).
pub fn link_interpreter(
    objects: &[&Path],
    runtime_lib: &Path,
    python_args: &[String],
    output: &Path,
) -> Result<(), LinkError> {
    link_preferring_gold(|fast| {
        let mut cmd = link_command(objects, runtime_lib, output, Output::Executable, fast);
        cmd.args(python_args);
        cmd
    })
}

/// Runs the link command with gold when it is installed; without gold, or if
/// gold failed, with the default linker, whose error is the one worth reporting.
fn link_preferring_gold(command: impl Fn(bool) -> Command) -> Result<(), LinkError> {
    if fast_linker_available() && run(command(true)).is_ok() {
        return Ok(());
    }
    run(command(false))
}

fn run(mut cmd: Command) -> Result<(), LinkError> {
    let command = describe(&cmd);
    let result = cmd.output().map_err(|error| LinkError::Spawn { command: command.clone(), error })?;
    if result.status.success() {
        return Ok(());
    }
    Err(LinkError::Failed {
        command,
        status: result.status.to_string(),
        stderr: String::from_utf8_lossy(&result.stderr).into_owned(),
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn command_line_lists_objects_then_runtime_then_system_libs() {
        let cmd = link_command(
            &[Path::new("a.o"), Path::new("b.o")],
            Path::new("librt.a"),
            Path::new("prog"),
            Output::Executable,
            false,
        );
        let args: Vec<String> = cmd.get_args().map(|a| a.to_string_lossy().into_owned()).collect();
        let at = |s: &str| args.iter().position(|a| a == s).unwrap_or_else(|| panic!("{s} missing from {args:?}"));
        assert_eq!(args[at("-o") + 1], "prog");
        assert!(at("a.o") < at("b.o"));
        assert!(at("b.o") < at("librt.a"), "the staticlib must follow the objects that use it");
        assert!(at("librt.a") < at("-lc"));
        assert!(args.iter().any(|a| a == GC_SECTIONS));
    }

    #[test]
    fn a_shared_object_hides_the_runtime() {
        let cmd = link_command(&[Path::new("m.o")], Path::new("librt.a"), Path::new("m.so"), Output::SharedObject, false);
        let args: Vec<String> = cmd.get_args().map(|a| a.to_string_lossy().into_owned()).collect();
        assert!(args.iter().any(|a| a == "-shared"), "{args:?}");
        for hide in HIDE_ARCHIVE_SYMBOLS {
            assert!(args.iter().any(|a| a == hide), "{hide} missing from {args:?}");
        }
    }

    #[test]
    fn failure_reports_cc_stderr() {
        let dir = std::env::temp_dir().join(format!("taipan_link_test_{}", std::process::id()));
        std::fs::create_dir_all(&dir).unwrap();
        let bogus = dir.join("not_an_object.o");
        std::fs::write(&bogus, b"this is not an object file").unwrap();
        let err = link_executable(&[bogus.as_path()], &dir.join("missing.a"), &dir.join("out")).unwrap_err();
        let text = err.to_string();
        assert!(matches!(err, LinkError::Failed { .. }), "{text}");
        assert!(text.contains("not_an_object.o") || text.contains("missing.a"), "cc's stderr should be shown: {text}");
        let _ = std::fs::remove_dir_all(&dir);
    }
}
