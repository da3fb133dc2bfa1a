//! The program-driven test suite: one test per file.
//!
//! - `tests/run/**/*.py` and `examples/*.py`: differential. Each program runs under
//!   `python3` (CPython 3.11, the oracle, run live) and as a taipan executable;
//!   stdout, exit status and the last stderr line must match. A directive line
//!   `# expect-taipan-error: Kind: message` marks a documented deviation (64-bit
//!   ints): taipan's stdout must be a prefix of CPython's, its last stderr line
//!   that text, and its exit status 1. A file `NAME.stdin` next to the program
//!   is fed to both as standard input (else it is empty). A directive line `# compare-traceback`
//!   also compares the `File "...", line N, in F` lines of an uncaught
//!   exception's traceback (line and function; taipan prints no excerpts).
//! - `tests/errors/*.py`: rejected programs. Every line with a trailing
//!   `# error: TEXT` must get a diagnostic containing TEXT, and no other line may;
//!   the rendered output is an insta snapshot (`snapshots/errors__NAME.snap`).
//! - `tests/ir/*.py`: `--emit ir` output as insta snapshots.
//! - Robustness: every prefix-truncation of the run programs (a few cut points
//!   each) must make `taipan check` exit 0 or 1, never crash.
//!
//! All tests share the one `taipan` binary cargo builds for the suite, and run in
//! parallel (libtest-mimic uses one thread per core).

use std::path::{Path, PathBuf};
use std::process::{Command, Output, Stdio};
use std::time::{Duration, Instant};

use libtest_mimic::{Arguments, Failed, Trial};

const TAIPAN: &str = env!("CARGO_BIN_EXE_taipan");
const PROGRAM_TIMEOUT: Duration = Duration::from_secs(60);

fn workspace_root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../..").canonicalize().unwrap()
}

fn scratch_dir() -> PathBuf {
    let dir = Path::new(env!("CARGO_TARGET_TMPDIR")).join("programs");
    std::fs::create_dir_all(&dir).unwrap();
    dir
}

fn python() -> String {
    std::env::var("TAIPAN_TEST_PYTHON").unwrap_or_else(|_| "python3".to_string())
}

/// Files with extension `py` below `dir`, sorted, recursively.
fn python_files(dir: &Path) -> Vec<PathBuf> {
    let mut out = Vec::new();
    let Ok(entries) = std::fs::read_dir(dir) else { return out };
    for entry in entries.flatten() {
        let path = entry.path();
        if path.is_dir() {
            out.extend(python_files(&path));
        } else if path.extension().is_some_and(|e| e == "py") {
            out.push(path);
        }
    }
    out.sort();
    out
}

/// A test name from a path relative to the workspace: `run/ints/floordiv`.
fn test_name(root: &Path, path: &Path) -> String {
    let rel = path.strip_prefix(root).unwrap_or(path);
    let rel = rel.strip_prefix("tests").unwrap_or(rel);
    rel.with_extension("").to_string_lossy().into_owned()
}

/// Runs a command with a timeout, capturing its output.
fn run_with_timeout(cmd: Command, what: &str) -> Result<Output, Failed> {
    run_with_input(cmd, what, None)
}

/// [`run_with_timeout`], with `input` as the command's stdin (else none).
fn run_with_input(mut cmd: Command, what: &str, input: Option<Vec<u8>>) -> Result<Output, Failed> {
    let mut child = cmd
        .stdin(if input.is_some() { Stdio::piped() } else { Stdio::null() })
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .map_err(|e| format!("cannot start {what}: {e}"))?;
    if let (Some(input), Some(mut stdin)) = (input, child.stdin.take()) {
        // Fed on a thread (closing stdin when done) so a program that reads
        // little cannot block the test on a full pipe.
        std::thread::spawn(move || {
            let _ = std::io::Write::write_all(&mut stdin, &input);
        });
    }
    // Drain the pipes on threads so a chatty program cannot block on a full pipe.
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
        if start.elapsed() > PROGRAM_TIMEOUT {
            let _ = child.kill();
            let _ = child.wait();
            return Err(format!("{what} timed out after {PROGRAM_TIMEOUT:?}").into());
        }
        std::thread::sleep(Duration::from_millis(2));
    };
    Ok(Output { status, stdout: out_thread.join().unwrap(), stderr: err_thread.join().unwrap() })
}

fn last_line(bytes: &[u8]) -> String {
    String::from_utf8_lossy(bytes).lines().rev().find(|l| !l.trim().is_empty()).unwrap_or("").to_string()
}

/// The `line N, in F` part of each `File "...", line N, in F` line of a
/// traceback (the paths differ: python3 runs the file by a relative path).
fn traceback_frames(bytes: &[u8]) -> Vec<String> {
    String::from_utf8_lossy(bytes)
        .lines()
        .filter(|l| l.starts_with("  File \""))
        .filter_map(|l| l.split_once("\", ").map(|(_, frame)| frame.to_string()))
        .collect()
}

fn describe_signal(status: &std::process::ExitStatus) -> Option<String> {
    use std::os::unix::process::ExitStatusExt;
    status.signal().map(|s| format!("killed by signal {s}"))
}

/// A line-by-line diff of two outputs, for failure messages.
fn diff(expected: &str, actual: &str) -> String {
    let e: Vec<&str> = expected.lines().collect();
    let a: Vec<&str> = actual.lines().collect();
    let mut out = String::new();
    for i in 0..e.len().max(a.len()) {
        match (e.get(i), a.get(i)) {
            (Some(x), Some(y)) if x == y => {}
            (x, y) => {
                out.push_str(&format!("line {}:\n  python: {}\n  taipan: {}\n", i + 1, x.unwrap_or(&"<none>"), y.unwrap_or(&"<none>")));
                if out.lines().count() > 30 {
                    out.push_str("  ...\n");
                    break;
                }
            }
        }
    }
    out
}

fn build(path: &Path, exe: &Path) -> Result<(), Failed> {
    let mut cmd = Command::new(TAIPAN);
    cmd.arg("build").arg(path).arg("-o").arg(exe);
    let out = run_with_timeout(cmd, "taipan build")?;
    if !out.status.success() {
        return Err(format!(
            "taipan build failed ({}):\n{}",
            out.status,
            String::from_utf8_lossy(&out.stderr)
        )
        .into());
    }
    Ok(())
}

fn differential(root: &Path, path: &Path) -> Result<(), Failed> {
    let source = std::fs::read_to_string(path).map_err(|e| e.to_string())?;
    let expected_error = source
        .lines()
        .find_map(|l| l.strip_prefix("# expect-taipan-error:"))
        .map(|s| s.trim().to_string());
    let rel = path.strip_prefix(root).unwrap_or(path);
    // `NAME.stdin` next to the program is its standard input (else none).
    let input = std::fs::read(path.with_extension("stdin")).ok();

    let mut py = Command::new(python());
    py.arg(rel).current_dir(root);
    let expected = run_with_input(py, "python3", input.clone())?;

    let exe = scratch_dir().join(test_name(root, path).replace('/', "__"));
    build(path, &exe)?;
    let mut run = Command::new(&exe);
    run.current_dir(root);
    let actual = run_with_input(run, "the compiled program", input)?;
    let _ = std::fs::remove_file(&exe);
    if let Some(signal) = describe_signal(&actual.status) {
        return Err(format!("the compiled program crashed: {signal}\nstderr:\n{}", String::from_utf8_lossy(&actual.stderr)).into());
    }

    let py_out = String::from_utf8_lossy(&expected.stdout);
    let tp_out = String::from_utf8_lossy(&actual.stdout);
    let tp_last = last_line(&actual.stderr);
    let tp_code = actual.status.code();
    match expected_error {
        None => {
            if py_out != tp_out {
                return Err(format!("stdout differs:\n{}", diff(&py_out, &tp_out)).into());
            }
            if expected.status.code() != tp_code {
                return Err(format!(
                    "exit status differs: python {:?}, taipan {:?}\ntaipan stderr:\n{}",
                    expected.status.code(),
                    tp_code,
                    String::from_utf8_lossy(&actual.stderr)
                )
                .into());
            }
            let py_last = last_line(&expected.stderr);
            if py_last != tp_last {
                return Err(format!("last stderr line differs:\n  python: {py_last}\n  taipan: {tp_last}").into());
            }
            if source.lines().any(|l| l.trim() == "# compare-traceback") {
                let (py_frames, tp_frames) = (traceback_frames(&expected.stderr), traceback_frames(&actual.stderr));
                if py_frames != tp_frames {
                    return Err(format!("traceback differs:\n{}", diff(&py_frames.join("\n"), &tp_frames.join("\n"))).into());
                }
            }
        }
        Some(error) => {
            if !py_out.starts_with(&*tp_out) {
                return Err(format!("taipan's stdout is not a prefix of python's:\n{}", diff(&py_out, &tp_out)).into());
            }
            if tp_last != error || tp_code != Some(1) {
                return Err(format!("expected exit 1 with `{error}`, got {tp_code:?} with `{tp_last}`").into());
            }
        }
    }
    Ok(())
}

/// Replaces the absolute workspace path so snapshots are machine-independent.
fn normalize(text: &str, root: &Path) -> String {
    text.replace(&format!("{}/", root.display()), "")
}

fn snapshot(name: &str, content: String) {
    let mut settings = insta::Settings::clone_current();
    settings.set_snapshot_path(Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/snapshots"));
    settings.set_prepend_module_to_snapshot(false);
    // `name` is `errors/foo`: the snapshot file is `errors__foo.snap`.
    settings.bind(|| insta::assert_snapshot!(name.replace('/', "__"), content));
}

fn rejection(root: &Path, path: &Path) -> Result<(), Failed> {
    let source = std::fs::read_to_string(path).map_err(|e| e.to_string())?;
    let expected: Vec<(usize, String)> = source
        .lines()
        .enumerate()
        .filter_map(|(i, l)| l.split_once("# error:").map(|(_, msg)| (i + 1, msg.trim().to_string())))
        .collect();
    let rel = path.strip_prefix(root).unwrap_or(path);
    let mut cmd = Command::new(TAIPAN);
    cmd.arg("build").arg(rel).arg("-o").arg(scratch_dir().join("rejected")).current_dir(root);
    let out = run_with_timeout(cmd, "taipan build")?;
    let stderr = String::from_utf8_lossy(&out.stderr).into_owned();
    if out.status.code() != Some(1) {
        return Err(format!("expected exit status 1, got {:?}\n{stderr}", out.status).into());
    }
    if stderr.contains("panicked") {
        return Err(format!("the compiler panicked:\n{stderr}").into());
    }
    let prefix = format!("{}:", rel.display());
    let mut found: Vec<(usize, String)> = Vec::new();
    for line in stderr.lines() {
        let Some(rest) = line.strip_prefix(&prefix) else { continue };
        let mut parts = rest.splitn(3, ':');
        let (Some(l), Some(_col), Some(msg)) = (parts.next(), parts.next(), parts.next()) else { continue };
        let Ok(l) = l.parse::<usize>() else { continue };
        if let Some(msg) = msg.trim_start().strip_prefix("error:") {
            found.push((l, msg.trim().to_string()));
        }
    }
    for (line, text) in &expected {
        if !found.iter().any(|(l, m)| l == line && m.contains(text.as_str())) {
            return Err(format!("expected an error containing `{text}` on line {line}; got:\n{stderr}").into());
        }
    }
    for (line, msg) in &found {
        if !expected.iter().any(|(l, _)| l == line) {
            return Err(format!("unexpected error on line {line}: {msg}\n{stderr}").into());
        }
    }
    snapshot(&test_name(root, path), format!("----- SOURCE\n{source}----- OUTPUT\n{}", normalize(&stderr, root)));
    Ok(())
}

fn ir_snapshot(root: &Path, path: &Path) -> Result<(), Failed> {
    let rel = path.strip_prefix(root).unwrap_or(path);
    let mut cmd = Command::new(TAIPAN);
    cmd.args(["build", "--emit", "ir"]).arg(rel).current_dir(root);
    let out = run_with_timeout(cmd, "taipan build --emit ir")?;
    if !out.status.success() {
        return Err(format!("--emit ir failed:\n{}", String::from_utf8_lossy(&out.stderr)).into());
    }
    snapshot(&test_name(root, path), String::from_utf8_lossy(&out.stdout).into_owned());
    Ok(())
}

/// Truncations of a valid program are arbitrary bad input: the compiler must
/// answer with diagnostics (exit 1) or accept (exit 0), never crash.
fn truncations_never_crash(paths: &[PathBuf]) -> Result<(), Failed> {
    let dir = scratch_dir().join("truncated");
    std::fs::create_dir_all(&dir).map_err(|e| e.to_string())?;
    for path in paths {
        let text = std::fs::read(path).map_err(|e| e.to_string())?;
        for fraction in [3, 2] {
            let cut = &text[..text.len() * (fraction - 1) / fraction];
            let file = dir.join(path.file_name().unwrap());
            std::fs::write(&file, cut).map_err(|e| e.to_string())?;
            let mut cmd = Command::new(TAIPAN);
            cmd.arg("check").arg(&file);
            let out = run_with_timeout(cmd, "taipan check")?;
            let stderr = String::from_utf8_lossy(&out.stderr);
            if !matches!(out.status.code(), Some(0) | Some(1)) || stderr.contains("panicked") {
                return Err(format!("{} cut to {} bytes: {:?}\n{stderr}", path.display(), cut.len(), out.status).into());
            }
        }
    }
    Ok(())
}

fn check_python_version() {
    let out = Command::new(python()).arg("--version").output().expect("python3 is needed for the differential tests");
    let version = String::from_utf8_lossy(&out.stdout);
    assert!(version.starts_with("Python 3.11"), "the oracle must be CPython 3.11, found {version}");
}

fn main() {
    let args = Arguments::from_args();
    check_python_version();
    let root = workspace_root();
    let mut trials = Vec::new();

    let mut run_files = python_files(&root.join("tests/run"));
    run_files.extend(python_files(&root.join("examples")).into_iter().filter(|p| {
        // Benchmarks are timed by their harness, not run by the test suite.
        !p.strip_prefix(&root).unwrap().starts_with("examples/bench")
    }));
    for path in run_files.clone() {
        let root = root.clone();
        trials.push(Trial::test(test_name(&root, &path), move || differential(&root, &path)));
    }
    for path in python_files(&root.join("tests/errors")) {
        let root = root.clone();
        trials.push(Trial::test(test_name(&root, &path), move || rejection(&root, &path)));
    }
    for path in python_files(&root.join("tests/ir")) {
        let root = root.clone();
        trials.push(Trial::test(test_name(&root, &path), move || ir_snapshot(&root, &path)));
    }
    trials.push(Trial::test("robustness/truncated_programs", move || truncations_never_crash(&run_files)));
    libtest_mimic::run(&args, trials).exit();
}
