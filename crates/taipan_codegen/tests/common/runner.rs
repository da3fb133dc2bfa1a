//! Compiles an IR module, links it with the runtime staticlib and runs it.

use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::sync::OnceLock;
use std::time::{Duration, Instant};

use taipan_codegen::{compile_executable, CodegenOptions, OptLevel};

use super::programs::Program;

/// Longest a test program may run.
const TIMEOUT: Duration = Duration::from_secs(60);

pub struct Outcome {
    pub stdout: String,
    pub stderr: String,
    pub status: Option<i32>,
}

/// The runtime staticlib: `$TAIPAN_RUNTIME_LIB`, or built by a nested cargo into
/// its own target directory (so it never waits for the lock of this build).
pub fn runtime_lib() -> &'static Path {
    static LIB: OnceLock<PathBuf> = OnceLock::new();
    LIB.get_or_init(|| {
        if let Some(path) = std::env::var_os("TAIPAN_RUNTIME_LIB") {
            return PathBuf::from(path);
        }
        let workspace = Path::new(env!("CARGO_MANIFEST_DIR")).join("../..");
        let target_dir = workspace.join("target/codegen-tests-runtime");
        let cargo = std::env::var("CARGO").unwrap_or_else(|_| "cargo".to_string());
        let status = Command::new(cargo)
            .current_dir(&workspace)
            .args(["build", "--quiet", "--release", "-p", "taipan_runtime", "--target-dir"])
            .arg(&target_dir)
            .env_remove("CARGO_TARGET_DIR")
            .env_remove("CARGO_ENCODED_RUSTFLAGS")
            .status()
            .expect("cannot run cargo to build the runtime");
        assert!(status.success(), "building the runtime (crate taipan_runtime) failed");
        target_dir.join("release/libtaipan_runtime.a")
    })
}

/// Builds `program` into an executable in `dir`; returns its path.
pub fn build(program: &Program, dir: &Path, opt_level: OptLevel) -> PathBuf {
    let options = CodegenOptions { opt_level, verify: true };
    let object = compile_executable(&program.module, &options).unwrap_or_else(|e| panic!("{}: {e}", program.name));
    let object_path = dir.join(format!("{}.o", program.name));
    std::fs::write(&object_path, object).unwrap();
    let exe = dir.join(program.name);
    taipan_link::link_executable(&[object_path.as_path()], runtime_lib(), &exe)
        .unwrap_or_else(|e| panic!("{}: {e}", program.name));
    exe
}

/// Runs an executable with stdout and stderr captured in files (no pipe can fill
/// up), killing it after `TIMEOUT`.
pub fn run(exe: &Path) -> Outcome {
    let out_path = exe.with_extension("stdout");
    let err_path = exe.with_extension("stderr");
    let mut child = Command::new(exe)
        .stdin(Stdio::null())
        .stdout(std::fs::File::create(&out_path).unwrap())
        .stderr(std::fs::File::create(&err_path).unwrap())
        .spawn()
        .unwrap_or_else(|e| panic!("cannot run {}: {e}", exe.display()));
    let start = Instant::now();
    let status = loop {
        if let Some(status) = child.try_wait().unwrap() {
            break status;
        }
        if start.elapsed() > TIMEOUT {
            let _ = child.kill();
            panic!("{} ran for more than {TIMEOUT:?}", exe.display());
        }
        std::thread::sleep(Duration::from_millis(5));
    };
    Outcome {
        stdout: std::fs::read_to_string(&out_path).unwrap(),
        stderr: std::fs::read_to_string(&err_path).unwrap(),
        status: status.code(),
    }
}

/// Builds and runs `program` at both optimisation levels and checks stdout, the
/// exit status, the exception line and the traceback entries.
pub fn check(program: Program) {
    let dir = tempfile::tempdir().unwrap();
    for level in [OptLevel::None, OptLevel::Speed] {
        let exe = build(&program, dir.path(), level);
        let outcome = run(&exe);
        let context = format!(
            "{} at {level:?}\n--- stdout\n{}--- stderr\n{}",
            program.name, outcome.stdout, outcome.stderr
        );
        assert_eq!(outcome.stdout, program.stdout, "stdout of {context}");
        assert_eq!(outcome.status, Some(program.status), "exit status of {context}");
        match &program.error {
            Some(error) => {
                assert_eq!(outcome.stderr.lines().last(), Some(error.as_str()), "last stderr line of {context}");
                assert!(outcome.stderr.starts_with("Traceback (most recent call last):\n"), "{context}");
            }
            None => assert_eq!(outcome.stderr, "", "stderr of {context}"),
        }
        let mut rest = outcome.stderr.as_str();
        for entry in &program.traceback {
            match rest.find(entry.as_str()) {
                Some(at) => rest = &rest[at + entry.len()..],
                None => panic!("traceback entry {entry:?} missing or out of order in {context}"),
            }
        }
        if let Some(keep) = std::env::var_os("TAIPAN_CODEGEN_KEEP") {
            let keep = PathBuf::from(keep);
            std::fs::create_dir_all(&keep).unwrap();
            std::fs::copy(&exe, keep.join(format!("{}-{level:?}", program.name))).unwrap();
            std::fs::copy(exe.with_extension("o"), keep.join(format!("{}-{level:?}.o", program.name))).unwrap();
        }
    }
}
