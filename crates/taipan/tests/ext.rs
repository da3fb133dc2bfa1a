//! CPython extension modules (`taipan build --ext`): one test per case.
//!
//! - `tests/ext/<case>/`: every `*.py` but `driver.py` is a module. Each is
//!   built with `taipan build --ext`, then `driver.py` runs twice under
//!   `python3`: importing the compiled modules, and importing the `.py` files.
//!   stdout and the exit status must be the same; the compiled run must not die
//!   from a signal. Checks only the compiled module can pass (its `TypeError`s,
//!   `OverflowError`s, text signatures) are assertions in the driver that run
//!   only when the module is compiled (`tests/ext/_support.py`). Each module's
//!   `.pyi` stub is an insta snapshot (`snapshots/ext__<case>__<module>.snap`).
//! - `tests/ext/errors/*.py`: modules `taipan build --ext` must reject: each
//!   line with a trailing `# error: TEXT` gets a diagnostic containing TEXT, no
//!   other line gets one, and the rendered output is a snapshot.
//!
//! - `ext/python_exe`: the same modules built into an interpreter
//!   (`--python-exe`), and the object `--ext --static` writes.
//!
//! Cases run in parallel, each in its own scratch directory.

use std::path::{Path, PathBuf};
use std::process::{Command, Output, Stdio};
use std::time::{Duration, Instant};

use libtest_mimic::{Arguments, Failed, Trial};

const TAIPAN: &str = env!("CARGO_BIN_EXE_taipan");
const TIMEOUT: Duration = Duration::from_secs(120);

fn workspace_root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../..").canonicalize().unwrap()
}

fn ext_dir() -> PathBuf {
    workspace_root().join("tests/ext")
}

fn python() -> String {
    std::env::var("TAIPAN_TEST_PYTHON").unwrap_or_else(|_| "python3".to_string())
}

/// A fresh scratch directory for `name`.
fn scratch_dir(name: &str) -> PathBuf {
    let dir = Path::new(env!("CARGO_TARGET_TMPDIR")).join("ext").join(name.replace('/', "__"));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).unwrap();
    dir
}

/// Runs a command with a timeout, capturing its output.
fn run_with_timeout(mut cmd: Command, what: &str) -> Result<Output, Failed> {
    let mut child = cmd
        .stdin(Stdio::null())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .map_err(|e| format!("cannot start {what}: {e}"))?;
    // Drain the pipes on threads so a chatty process cannot block on a full pipe.
    let mut stdout = child.stdout.take().unwrap();
    let mut stderr = child.stderr.take().unwrap();
    let out_thread = std::thread::spawn(move || {
        let mut buf = Vec::new();
        let _ = std::io::Read::read_to_end(&mut stdout, &mut buf);
        buf
    });
    let err_thread = std::thread::spawn(move || {
        let mut buf = Vec::new();
        let _ = std::io::Read::read_to_end(&mut stderr, &mut buf);
        buf
    });
    let start = Instant::now();
    let status = loop {
        if let Some(status) = child.try_wait().map_err(|e| e.to_string())? {
            break status;
        }
        if start.elapsed() > TIMEOUT {
            let _ = child.kill();
            let _ = child.wait();
            return Err(format!("{what} timed out after {TIMEOUT:?}").into());
        }
        std::thread::sleep(Duration::from_millis(2));
    };
    Ok(Output { status, stdout: out_thread.join().unwrap(), stderr: err_thread.join().unwrap() })
}

fn text(bytes: &[u8]) -> String {
    String::from_utf8_lossy(bytes).into_owned()
}

fn snapshot(name: &str, content: String) {
    let mut settings = insta::Settings::clone_current();
    settings.set_snapshot_path(Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/snapshots"));
    settings.set_prepend_module_to_snapshot(false);
    settings.bind(|| insta::assert_snapshot!(format!("ext__{}", name.replace('/', "__")), content));
}

/// The modules of a case: its `*.py` files but the driver, sorted.
fn case_modules(case: &Path) -> Vec<PathBuf> {
    let mut modules: Vec<PathBuf> = std::fs::read_dir(case)
        .map(|entries| {
            entries
                .flatten()
                .map(|e| e.path())
                .filter(|p| p.extension().is_some_and(|e| e == "py") && p.file_name().is_some_and(|n| n != "driver.py"))
                .collect()
        })
        .unwrap_or_default();
    modules.sort();
    modules
}

/// Runs `driver` with `python3`, with `module_dir` and `tests/ext` (for
/// `_support`) on the module path, in `cwd`.
fn run_driver(driver: &Path, module_dir: &Path, cwd: &Path, what: &str) -> Result<Output, Failed> {
    let path = std::env::join_paths([module_dir, &ext_dir()]).map_err(|e| e.to_string())?;
    let mut cmd = Command::new(python());
    // `-P`-like isolation by hand: the driver runs from a copy in `cwd`, so the
    // script's directory on `sys.path` holds only what this run should import.
    cmd.arg(driver).current_dir(cwd).env("PYTHONPATH", path).env("PYTHONDONTWRITEBYTECODE", "1");
    run_with_timeout(cmd, what)
}

fn describe(output: &Output) -> String {
    use std::os::unix::process::ExitStatusExt;
    let status = match output.status.signal() {
        Some(signal) => format!("killed by signal {signal}"),
        None => format!("exit status {:?}", output.status.code()),
    };
    format!("{status}\n--- stdout\n{}--- stderr\n{}", text(&output.stdout), text(&output.stderr))
}

/// A case: build its modules, run the driver against both forms, compare.
fn run_case(case: &Path) -> Result<(), Failed> {
    let name = case.file_name().unwrap().to_string_lossy().into_owned();
    let compiled_dir = scratch_dir(&name);
    let mut stubs = Vec::new();
    for module in case_modules(case) {
        let mut cmd = Command::new(TAIPAN);
        cmd.args(["build", "--ext", "--python", &python()]).arg(&module).current_dir(&compiled_dir);
        let out = run_with_timeout(cmd, "taipan build --ext")?;
        if !out.status.success() {
            return Err(format!("taipan build --ext {} failed:\n{}", module.display(), text(&out.stderr)).into());
        }
        let stem = module.file_stem().unwrap().to_string_lossy().into_owned();
        let stub = std::fs::read_to_string(compiled_dir.join(format!("{stem}.pyi")))
            .map_err(|e| format!("no stub for {stem}: {e}"))?;
        stubs.push((format!("{name}/{stem}"), stub));
    }
    let driver = case.join("driver.py");
    std::fs::copy(&driver, compiled_dir.join("driver.py")).map_err(|e| e.to_string())?;
    let compiled = run_driver(&compiled_dir.join("driver.py"), &compiled_dir, &compiled_dir, "the compiled run")?;
    let pure_dir = scratch_dir(&format!("{name}.pure"));
    std::fs::copy(&driver, pure_dir.join("driver.py")).map_err(|e| e.to_string())?;
    let pure = run_driver(&pure_dir.join("driver.py"), case, &pure_dir, "the pure-Python run")?;
    if compiled.status.code().is_none() {
        return Err(format!("the Python process importing the compiled modules crashed: {}", describe(&compiled)).into());
    }
    if compiled.stdout != pure.stdout || compiled.status.code() != pure.status.code() {
        return Err(format!(
            "the compiled and pure-Python runs differ\n===== compiled: {}\n===== pure Python: {}",
            describe(&compiled),
            describe(&pure)
        )
        .into());
    }
    // Last, so that a stub change does not hide a behaviour change.
    for (name, stub) in stubs {
        snapshot(&name, stub);
    }
    Ok(())
}

/// A module `taipan build --ext` must reject, with `# error:` markers.
fn rejection(path: &Path) -> Result<(), Failed> {
    let root = workspace_root();
    let source = std::fs::read_to_string(path).map_err(|e| e.to_string())?;
    let expected: Vec<(usize, String)> = source
        .lines()
        .enumerate()
        .filter_map(|(i, l)| l.split_once("# error:").map(|(_, msg)| (i + 1, msg.trim().to_string())))
        .collect();
    let rel = path.strip_prefix(&root).unwrap_or(path);
    let stem = path.file_stem().unwrap().to_string_lossy().into_owned();
    let mut cmd = Command::new(TAIPAN);
    cmd.args(["build", "--ext"]).arg(rel).arg("-o").arg(scratch_dir(&format!("errors/{stem}")).join("m.so"));
    cmd.current_dir(&root);
    let out = run_with_timeout(cmd, "taipan build --ext")?;
    let stderr = text(&out.stderr);
    if out.status.code() != Some(1) || stderr.contains("panicked") {
        return Err(format!("expected exit status 1 and no panic, got {:?}\n{stderr}", out.status).into());
    }
    let prefix = format!("{}:", rel.display());
    let found: Vec<(usize, String)> = stderr
        .lines()
        .filter_map(|line| {
            let mut parts = line.strip_prefix(&prefix)?.splitn(3, ':');
            let (l, _col, msg) = (parts.next()?, parts.next()?, parts.next()?);
            Some((l.parse().ok()?, msg.trim_start().strip_prefix("error:")?.trim().to_string()))
        })
        .collect();
    for (line, want) in &expected {
        if !found.iter().any(|(l, m)| l == line && m.contains(want.as_str())) {
            return Err(format!("expected an error containing `{want}` on line {line}; got:\n{stderr}").into());
        }
    }
    if let Some((line, msg)) = found.iter().find(|(l, _)| !expected.iter().any(|(e, _)| e == l)) {
        return Err(format!("unexpected error on line {line}: {msg}\n{stderr}").into());
    }
    snapshot(&format!("errors/{stem}"), format!("----- SOURCE\n{source}----- OUTPUT\n{stderr}"));
    Ok(())
}

/// `taipan build --python-exe`: the modules of `tests/ext/two_modules` built
/// into an interpreter run the driver as the pure-Python modules do, and
/// import as built-in modules (no shared object). `--ext --static` writes the
/// object such an interpreter links.
fn python_exe() -> Result<(), Failed> {
    let case = ext_dir().join("two_modules");
    let dir = scratch_dir("python_exe");
    let mut cmd = Command::new(TAIPAN);
    cmd.args(["build", "--python-exe", "--python", &python()]).args(case_modules(&case)).args(["-o", "mypython"]);
    cmd.current_dir(&dir);
    let out = run_with_timeout(cmd, "taipan build --python-exe")?;
    if !out.status.success() {
        return Err(format!("taipan build --python-exe failed:\n{}", text(&out.stderr)).into());
    }
    std::fs::copy(case.join("driver.py"), dir.join("driver.py")).map_err(|e| e.to_string())?;
    let mut cmd = Command::new(dir.join("mypython"));
    cmd.arg("driver.py").current_dir(&dir).env("PYTHONPATH", ext_dir()).env("PYTHONDONTWRITEBYTECODE", "1");
    let built_in = run_with_timeout(cmd, "the interpreter")?;
    let pure_dir = scratch_dir("python_exe.pure");
    std::fs::copy(case.join("driver.py"), pure_dir.join("driver.py")).map_err(|e| e.to_string())?;
    let pure = run_driver(&pure_dir.join("driver.py"), &case, &pure_dir, "the pure-Python run")?;
    if built_in.status.code().is_none() || built_in.stdout != pure.stdout || built_in.status.code() != pure.status.code() {
        return Err(format!(
            "the interpreter and the pure-Python run differ\n===== interpreter: {}\n===== pure Python: {}",
            describe(&built_in),
            describe(&pure)
        )
        .into());
    }
    let mut cmd = Command::new(dir.join("mypython"));
    cmd.args(["-c", "import mod_a, mod_b; print(mod_a.__spec__.origin, mod_b.__spec__.origin)"]).current_dir(&dir);
    let origin = run_with_timeout(cmd, "the interpreter")?;
    if text(&origin.stdout).lines().last() != Some("built-in built-in") {
        return Err(format!("the modules should be built in: {}", describe(&origin)).into());
    }

    let mut cmd = Command::new(TAIPAN);
    cmd.args(["build", "--ext", "--static"]).arg(case.join("mod_a.py")).current_dir(&dir);
    let out = run_with_timeout(cmd, "taipan build --ext --static")?;
    let object = std::fs::read(dir.join("mod_a.o")).map_err(|e| format!("no mod_a.o: {e}\n{}", text(&out.stderr)))?;
    if !object.starts_with(b"\x7fELF") || !dir.join("mod_a.pyi").exists() {
        return Err("--ext --static should write the object mod_a.o and the stub mod_a.pyi".into());
    }
    Ok(())
}

/// A file name that is not an identifier cannot name a module.
fn bad_module_name() -> Result<(), Failed> {
    let dir = scratch_dir("bad_module_name");
    let file = dir.join("not-a-name.py");
    std::fs::write(&file, "def f() -> int:\n    return 1\n").map_err(|e| e.to_string())?;
    let mut cmd = Command::new(TAIPAN);
    cmd.args(["build", "--ext"]).arg(&file).current_dir(&dir);
    let out = run_with_timeout(cmd, "taipan build --ext")?;
    let stderr = text(&out.stderr);
    if out.status.code() != Some(1) || !stderr.contains("must be an ASCII identifier") {
        return Err(format!("expected exit 1 and a file-name error, got {:?}\n{stderr}", out.status).into());
    }
    Ok(())
}

fn main() {
    let args = Arguments::from_args();
    let mut trials = Vec::new();
    let mut cases: Vec<PathBuf> = std::fs::read_dir(ext_dir())
        .map(|entries| entries.flatten().map(|e| e.path()).filter(|p| p.is_dir()).collect())
        .unwrap_or_default();
    cases.sort();
    for case in cases {
        let name = case.file_name().unwrap().to_string_lossy().into_owned();
        if name == "errors" {
            let mut files: Vec<PathBuf> = std::fs::read_dir(&case)
                .map(|entries| entries.flatten().map(|e| e.path()).filter(|p| p.extension().is_some_and(|e| e == "py")).collect())
                .unwrap_or_default();
            files.sort();
            for file in files {
                let stem = file.file_stem().unwrap().to_string_lossy().into_owned();
                trials.push(Trial::test(format!("ext/errors/{stem}"), move || rejection(&file)));
            }
        } else if name != "__pycache__" {
            trials.push(Trial::test(format!("ext/{name}"), move || run_case(&case)));
        }
    }
    trials.push(Trial::test("ext/bad_module_name", bad_module_name));
    trials.push(Trial::test("ext/python_exe", python_exe));
    libtest_mimic::run(&args, trials).exit();
}
