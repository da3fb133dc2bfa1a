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
//!   A case's subdirectories are package trees (`tests/ext/packages`): each
//!   of their `.py` files is built from a copy of the tree by its relative
//!   path (`pkg/c.py`, the module `pkg.c`, written next to it as CPython
//!   finds it), and the copies of the sources are removed before the run.
//! - `ext/python_exe`: the same modules built into an interpreter
//!   (`--python-exe`), and the object `--ext --static` writes;
//!   `ext/python_exe_packages` the same for `tests/ext/packages`;
//!   `ext/python_exe_many` 200 generated modules in one interpreter (the
//!   import-cost path, without timing: figures come from
//!   `examples/bench/ext/import_cost.py`); `ext/python_exe_rejections` the
//!   module names such an interpreter cannot have.
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

/// The `.py` files under the package trees (subdirectories) of a case,
/// relative to the case, sorted.
fn package_modules(case: &Path) -> Vec<PathBuf> {
    fn walk(root: &Path, dir: &Path, out: &mut Vec<PathBuf>) {
        for entry in std::fs::read_dir(dir).into_iter().flatten().flatten() {
            let path = entry.path();
            if path.is_dir() && path.file_name().is_some_and(|n| n != "__pycache__") {
                walk(root, &path, out);
            } else if dir != root && path.extension().is_some_and(|e| e == "py") {
                out.push(path.strip_prefix(root).unwrap().to_path_buf());
            }
        }
    }
    let mut out = Vec::new();
    walk(case, case, &mut out);
    out.sort();
    out
}

/// Builds the package modules of `case` into `dir` with `taipan build --ext`
/// run from `dir` on copies of their sources (so `pkg/c.py` is the module
/// `pkg.c`, written to `pkg/c<EXT_SUFFIX>`), then removes the copies; returns
/// each stub, named by the module.
fn build_packages(case: &Path, dir: &Path) -> Result<Vec<(String, String)>, Failed> {
    let modules = package_modules(case);
    for module in &modules {
        let copy = dir.join(module);
        std::fs::create_dir_all(copy.parent().unwrap()).map_err(|e| e.to_string())?;
        std::fs::copy(case.join(module), &copy).map_err(|e| e.to_string())?;
    }
    let mut stubs = Vec::new();
    for module in &modules {
        let mut cmd = Command::new(TAIPAN);
        cmd.args(["build", "--ext", "--python", &python()]).arg(module).current_dir(dir);
        let out = run_with_timeout(cmd, "taipan build --ext")?;
        if !out.status.success() {
            return Err(format!("taipan build --ext {} failed:\n{}", module.display(), text(&out.stderr)).into());
        }
        let stub_path = dir.join(module).with_extension("pyi");
        let stub = std::fs::read_to_string(&stub_path).map_err(|e| format!("no stub {}: {e}", stub_path.display()))?;
        let dotted = module.with_extension("").to_string_lossy().replace('/', ".");
        stubs.push((dotted.trim_end_matches(".__init__").to_string(), stub));
    }
    for module in &modules {
        std::fs::remove_file(dir.join(module)).map_err(|e| e.to_string())?;
    }
    Ok(stubs)
}

/// A case: build its modules, run the driver against both forms, compare.
fn run_case(case: &Path) -> Result<(), Failed> {
    let name = case.file_name().unwrap().to_string_lossy().into_owned();
    let compiled_dir = scratch_dir(&name);
    let mut stubs: Vec<(String, String)> =
        build_packages(case, &compiled_dir)?.into_iter().map(|(module, stub)| (format!("{name}/{module}"), stub)).collect();
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

/// Runs `taipan build --python-exe ARGS -o mypython` in `dir`; the interpreter's path.
fn build_interpreter(dir: &Path, args: &[&std::ffi::OsStr]) -> Result<PathBuf, Failed> {
    let mut cmd = Command::new(TAIPAN);
    cmd.args(["build", "--python-exe", "--python", &python()]).args(args).args(["-o", "mypython"]);
    cmd.current_dir(dir);
    let out = run_with_timeout(cmd, "taipan build --python-exe")?;
    if !out.status.success() {
        return Err(format!("taipan build --python-exe failed:\n{}", text(&out.stderr)).into());
    }
    Ok(dir.join("mypython"))
}

/// Runs `python` on `args` in `dir`, with `tests/ext` (for `_support`) on the path.
fn run_interpreter(python: &Path, dir: &Path, args: &[&str]) -> Result<Output, Failed> {
    let mut cmd = Command::new(python);
    cmd.args(args).current_dir(dir).env("PYTHONPATH", ext_dir()).env("PYTHONDONTWRITEBYTECODE", "1");
    run_with_timeout(cmd, "the interpreter")
}

/// The driver of `case` run by the interpreter `exe` (from `dir`, which holds
/// no module source) prints what it prints against the pure-Python modules.
fn same_as_pure(case: &Path, exe: &Path, dir: &Path, what: &str) -> Result<(), Failed> {
    std::fs::copy(case.join("driver.py"), dir.join("driver.py")).map_err(|e| e.to_string())?;
    let built_in = run_interpreter(exe, dir, &["driver.py"])?;
    let pure_dir = scratch_dir(&format!("{what}.pure"));
    std::fs::copy(case.join("driver.py"), pure_dir.join("driver.py")).map_err(|e| e.to_string())?;
    let pure = run_driver(&pure_dir.join("driver.py"), case, &pure_dir, "the pure-Python run")?;
    if built_in.status.code().is_none() || built_in.stdout != pure.stdout || built_in.status.code() != pure.status.code() {
        return Err(format!(
            "the interpreter and the pure-Python run differ\n===== interpreter: {}\n===== pure Python: {}",
            describe(&built_in),
            describe(&pure)
        )
        .into());
    }
    Ok(())
}

/// Runs `code` with the interpreter, which must print `ok` last.
fn check_in_interpreter(exe: &Path, dir: &Path, code: &str) -> Result<(), Failed> {
    let out = run_interpreter(exe, dir, &["-c", code])?;
    if !out.status.success() || text(&out.stdout).lines().last() != Some("ok") {
        return Err(format!("the check failed:\n{code}\n{}", describe(&out)).into());
    }
    Ok(())
}

/// `taipan build --python-exe`: the modules of `tests/ext/two_modules` built
/// into an interpreter run the driver as the pure-Python modules do, and
/// import as built-in modules (no shared object). `--ext --static` writes the
/// object such an interpreter links.
fn python_exe() -> Result<(), Failed> {
    let case = ext_dir().join("two_modules");
    let dir = scratch_dir("python_exe");
    let modules = case_modules(&case);
    let exe = build_interpreter(&dir, &modules.iter().map(|m| m.as_os_str()).collect::<Vec<_>>())?;
    same_as_pure(&case, &exe, &dir, "python_exe")?;
    check_in_interpreter(
        &exe,
        &dir,
        "import sys, mod_a, mod_b\n\
         assert mod_a.__spec__.origin == mod_b.__spec__.origin == 'built-in', mod_a.__spec__\n\
         assert repr(mod_a) == \"<module 'mod_a' (built-in)>\", repr(mod_a)\n\
         assert 'mod_a' in sys.builtin_module_names\n\
         print('ok')",
    )?;

    let mut cmd = Command::new(TAIPAN);
    cmd.args(["build", "--ext", "--static"]).arg(case.join("mod_a.py")).current_dir(&dir);
    let out = run_with_timeout(cmd, "taipan build --ext --static")?;
    let object = std::fs::read(dir.join("mod_a.o")).map_err(|e| format!("no mod_a.o: {e}\n{}", text(&out.stderr)))?;
    if !object.starts_with(b"\x7fELF") || !dir.join("mod_a.pyi").exists() {
        return Err("--ext --static should write the object mod_a.o and the stub mod_a.pyi".into());
    }
    Ok(())
}

/// The package trees of `tests/ext/packages` built into an interpreter with
/// `--package-root`: dotted names, a compiled package, implicit namespace
/// packages, and two modules named `c` in different packages. `--ext --static
/// pkg/c.py` writes `pkg/c.o`, whose initialisation function has a mangled name.
fn python_exe_packages() -> Result<(), Failed> {
    let case = ext_dir().join("packages");
    let dir = scratch_dir("python_exe_packages");
    let mut args = vec![std::ffi::OsString::from("--package-root"), case.clone().into_os_string()];
    args.extend(package_modules(&case).into_iter().map(|m| case.join(m).into_os_string()));
    let exe = build_interpreter(&dir, &args.iter().map(|a| a.as_os_str()).collect::<Vec<_>>())?;
    same_as_pure(&case, &exe, &dir, "python_exe_packages")?;
    check_in_interpreter(
        &exe,
        &dir,
        "import sys, pkg.c, pkg.sub.deep, other.c\n\
         for m in (pkg, pkg.c, pkg.sub.deep, other.c):\n\
         \x20   assert m.__spec__.origin == 'built-in', m.__spec__\n\
         assert pkg.__path__ == [] and pkg.__spec__.submodule_search_locations == []\n\
         assert not hasattr(other.c, '__path__')\n\
         assert other.__spec__.origin is None and list(other.__path__) == [], other.__spec__\n\
         assert 'pkg.c' in sys.builtin_module_names and 'other' not in sys.builtin_module_names\n\
         print('ok')",
    )?;

    // An exception raised by a module body: the traceback shows the importer's
    // frame and the compiled ones, no import machinery (as for a `.py` module).
    let out = run_interpreter(&exe, &dir, &["-c", "import pkg.broken"])?;
    let stderr = text(&out.stderr);
    let last = stderr.lines().last().unwrap_or("");
    if out.status.code() != Some(1)
        || last != "ZeroDivisionError: integer division or modulo by zero"
        || stderr.contains("importlib")
        || !stderr.contains("in half")
    {
        return Err(format!("importing pkg.broken should fail with its own traceback: {}", describe(&out)).into());
    }

    // The static object of a submodule, built from the package root.
    let tree = scratch_dir("python_exe_packages.static");
    std::fs::create_dir_all(tree.join("pkg")).map_err(|e| e.to_string())?;
    std::fs::copy(case.join("pkg/c.py"), tree.join("pkg/c.py")).map_err(|e| e.to_string())?;
    let mut cmd = Command::new(TAIPAN);
    cmd.args(["build", "--ext", "--static", "pkg/c.py"]).current_dir(&tree);
    let out = run_with_timeout(cmd, "taipan build --ext --static")?;
    let object = std::fs::read(tree.join("pkg/c.o")).map_err(|e| format!("no pkg/c.o: {e}\n{}", text(&out.stderr)))?;
    let has = |symbol: &[u8]| object.windows(symbol.len()).any(|w| w == symbol);
    if !has(b"PyInit_3pkg1c\0") || has(b"PyInit_c\0") || !tree.join("pkg/c.pyi").exists() {
        return Err("--ext --static pkg/c.py should write pkg/c.o defining PyInit_3pkg1c, and pkg/c.pyi".into());
    }
    Ok(())
}

/// 200 generated modules (some in a package) built into one interpreter all
/// import with their attributes, as built-in modules, through the finder.
fn python_exe_many() -> Result<(), Failed> {
    const COUNT: usize = 200;
    let dir = scratch_dir("python_exe_many");
    let src = dir.join("src");
    std::fs::create_dir_all(src.join("genpkg")).map_err(|e| e.to_string())?;
    let mut files = Vec::new();
    let mut names = Vec::new();
    for i in 0..COUNT {
        // Every tenth module in the package `genpkg` (which has no `__init__.py`).
        let (name, file) = if i % 10 == 9 {
            (format!("genpkg.m{i:03}"), src.join(format!("genpkg/m{i:03}.py")))
        } else {
            (format!("m{i:03}"), src.join(format!("m{i:03}.py")))
        };
        let body = if i == 0 { "print('body of m000 runs')\n" } else { "" };
        let source = format!("\"\"\"Generated module {i}.\"\"\"\n{body}K = {i}\n\n\ndef f(x: int) -> int:\n    return x + K\n");
        std::fs::write(&file, source).map_err(|e| e.to_string())?;
        files.push(file.into_os_string());
        names.push(name);
    }
    let mut args = vec![std::ffi::OsString::from("--package-root"), src.into_os_string()];
    args.extend(files);
    let exe = build_interpreter(&dir, &args.iter().map(|a| a.as_os_str()).collect::<Vec<_>>())?;
    let names_list = names.iter().map(|n| format!("{n:?}")).collect::<Vec<_>>().join(", ");
    let code = format!(
        "import importlib, sys\n\
         names = [{names_list}]\n\
         for i, name in enumerate(names):\n\
         \x20   m = importlib.import_module(name)\n\
         \x20   assert m.__name__ == name and m.__doc__ == f'Generated module {{i}}.', (name, m.__name__, m.__doc__)\n\
         \x20   assert m.K == i and m.f(1) == i + 1, (name, m.K)\n\
         \x20   assert m.__spec__.origin == 'built-in' and m.__spec__.name == name, m.__spec__\n\
         \x20   assert sys.modules[name] is m and importlib.import_module(name) is m\n\
         \x20   assert name in sys.builtin_module_names\n\
         import genpkg\n\
         assert genpkg.m009.K == 9 and genpkg.__spec__.origin is None\n\
         first = sys.modules.pop('m000')\n\
         import m000\n\
         assert m000 is not first and m000.K == 0 and m000.f(2) == 2\n\
         print('ok')",
    );
    let out = run_interpreter(&exe, &dir, &["-c", &code])?;
    let stdout = text(&out.stdout);
    if !out.status.success() || stdout.lines().last() != Some("ok") {
        return Err(format!("importing the {COUNT} modules failed:\n{}", describe(&out)).into());
    }
    // A re-import after `del sys.modules[...]` copies the module, as for any
    // built-in module: the body ran once.
    if stdout.matches("body of m000 runs").count() != 1 {
        return Err(format!("the body of m000 should run once:\n{}", describe(&out)).into());
    }
    Ok(())
}

/// Module names an interpreter cannot have are rejected before anything is built.
fn python_exe_rejections() -> Result<(), Failed> {
    let dir = scratch_dir("python_exe_rejections");
    for (file, source) in [
        ("sys.py", "X = 1\n"),
        ("a.py", "X = 1\n"),
        ("pkg.py", "X = 1\n"),
        ("pkg/c.py", "X = 1\n"),
        ("my-dir/c.py", "X = 1\n"),
        ("elsewhere/d.py", "X = 1\n"),
    ] {
        let path = dir.join(file);
        std::fs::create_dir_all(path.parent().unwrap()).map_err(|e| e.to_string())?;
        std::fs::write(&path, source).map_err(|e| e.to_string())?;
    }
    let cases: [(&[&str], &str); 5] = [
        (&["sys.py"], "`sys` is a built-in module of the target Python"),
        (&["a.py", "./a.py"], "two modules are named `a`"),
        (&["pkg.py", "pkg/c.py"], "the module `pkg` is not a package"),
        (&["my-dir/c.py"], "the directory `my-dir` must be an ASCII identifier"),
        (&["--package-root", "pkg", "elsewhere/d.py"], "not under the package root"),
    ];
    for (args, expected) in cases {
        let mut cmd = Command::new(TAIPAN);
        cmd.args(["build", "--python-exe", "--python", &python()]).args(args).args(["-o", "mypython"]).current_dir(&dir);
        let out = run_with_timeout(cmd, "taipan build --python-exe")?;
        let stderr = text(&out.stderr);
        if out.status.code() != Some(1) || !stderr.contains(expected) || stderr.contains("panicked") {
            return Err(format!("{args:?}: expected exit 1 and `{expected}`, got {:?}\n{stderr}", out.status).into());
        }
    }
    if dir.join("mypython").exists() {
        return Err("a rejected build wrote the interpreter".into());
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
    trials.push(Trial::test("ext/python_exe_packages", python_exe_packages));
    trials.push(Trial::test("ext/python_exe_many", python_exe_many));
    trials.push(Trial::test("ext/python_exe_rejections", python_exe_rejections));
    libtest_mimic::run(&args, trials).exit();
}
