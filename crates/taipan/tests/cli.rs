//! The command line: verbs, flags, output paths and exit statuses.

use std::path::{Path, PathBuf};
use std::process::{Command, Output};

const TAIPAN: &str = env!("CARGO_BIN_EXE_taipan");

fn scratch(name: &str) -> PathBuf {
    let dir = Path::new(env!("CARGO_TARGET_TMPDIR")).join("cli").join(name);
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).unwrap();
    dir
}

fn taipan(dir: &Path, args: &[&str]) -> Output {
    Command::new(TAIPAN).args(args).current_dir(dir).output().unwrap()
}

fn stderr(out: &Output) -> String {
    String::from_utf8_lossy(&out.stderr).into_owned()
}

fn stdout(out: &Output) -> String {
    String::from_utf8_lossy(&out.stdout).into_owned()
}

const HELLO: &str = "def square(n: int) -> int:\n    return n * n\n\nprint(square(7), 0.1)\n";

#[test]
fn help_lists_every_verb() {
    let out = taipan(Path::new("."), &["--help"]);
    assert!(out.status.success());
    for verb in ["build", "run", "check"] {
        assert!(stdout(&out).contains(verb), "{verb} missing from --help");
    }
    let out = taipan(Path::new("."), &["build", "--help"]);
    assert!(stdout(&out).contains("--emit"));
}

#[test]
fn build_writes_the_stem_in_the_current_directory() {
    let dir = scratch("stem");
    std::fs::write(dir.join("hello.py"), HELLO).unwrap();
    let out = taipan(&dir, &["build", "hello.py"]);
    assert!(out.status.success(), "{}", stderr(&out));
    let run = Command::new(dir.join("hello")).output().unwrap();
    assert_eq!(stdout(&run), "49 0.1\n");
}

#[test]
fn build_with_output_path() {
    let dir = scratch("output");
    std::fs::write(dir.join("hello.py"), HELLO).unwrap();
    let out = taipan(&dir, &["build", "hello.py", "-o", "bin"]);
    assert!(out.status.success(), "{}", stderr(&out));
    assert!(dir.join("bin").exists());
    assert!(!dir.join("hello").exists());
}

#[test]
fn run_passes_output_and_exit_status_through() {
    let dir = scratch("run");
    std::fs::write(dir.join("ok.py"), HELLO).unwrap();
    let out = taipan(&dir, &["run", "ok.py"]);
    assert_eq!(out.status.code(), Some(0));
    assert_eq!(stdout(&out), "49 0.1\n");

    std::fs::write(dir.join("fails.py"), "print(1)\nx = 0\nprint(1 // x)\n").unwrap();
    let out = taipan(&dir, &["run", "fails.py"]);
    assert_eq!(out.status.code(), Some(1));
    assert_eq!(stdout(&out), "1\n");
    assert!(stderr(&out).ends_with("ZeroDivisionError: integer division or modulo by zero\n"), "{}", stderr(&out));
    assert!(stderr(&out).contains("File \"fails.py\", line 3, in <module>"), "{}", stderr(&out));
}

#[test]
fn emit_stages() {
    let dir = scratch("emit");
    std::fs::write(dir.join("hello.py"), HELLO).unwrap();
    let ir = taipan(&dir, &["build", "--emit", "ir", "hello.py"]);
    assert!(ir.status.success(), "{}", stderr(&ir));
    assert!(stdout(&ir).contains("int.mul %0, %0"), "{}", stdout(&ir));
    assert!(stdout(&ir).contains("|     return n * n"), "IR is annotated with source lines");

    let clif = taipan(&dir, &["build", "--emit", "clif", "hello.py"]);
    assert!(clif.status.success(), "{}", stderr(&clif));
    assert!(stdout(&clif).contains("smul_overflow"), "{}", stdout(&clif));

    let obj = taipan(&dir, &["build", "--emit", "obj", "hello.py"]);
    assert!(obj.status.success(), "{}", stderr(&obj));
    let bytes = std::fs::read(dir.join("hello.o")).unwrap();
    assert_eq!(&bytes[..4], b"\x7fELF");
}

#[test]
fn check_accepts_and_rejects() {
    let dir = scratch("check");
    std::fs::write(dir.join("good.py"), HELLO).unwrap();
    assert_eq!(taipan(&dir, &["check", "good.py"]).status.code(), Some(0));
    std::fs::write(dir.join("bad.py"), "x: int = 1.5\ny = undefined\n").unwrap();
    let out = taipan(&dir, &["check", "bad.py"]);
    assert_eq!(out.status.code(), Some(1));
    let err = stderr(&out);
    assert!(err.contains("bad.py:1:10: error: expected int, found float"), "{err}");
    assert!(err.contains("bad.py:2:5: error: name 'undefined' is not defined"), "{err}");
    assert!(err.ends_with("2 errors generated\n"), "{err}");
}

#[test]
fn unreadable_and_non_utf8_sources_are_errors() {
    let dir = scratch("bad_input");
    let out = taipan(&dir, &["build", "missing.py"]);
    assert_eq!(out.status.code(), Some(1));
    assert!(stderr(&out).starts_with("error: cannot read missing.py"), "{}", stderr(&out));

    std::fs::write(dir.join("latin1.py"), b"print(1)\n# caf\xe9\n").unwrap();
    let out = taipan(&dir, &["check", "latin1.py"]);
    assert_eq!(out.status.code(), Some(1));
    assert!(stderr(&out).contains("not valid UTF-8"), "{}", stderr(&out));
}

#[test]
fn random_bytes_never_crash_the_compiler() {
    let dir = scratch("random");
    let mut state: u64 = 0x2545_f491_4f6c_dd1d;
    for i in 0..40 {
        let len = 1 + (i * 37) % 300;
        let text: String = (0..len)
            .map(|_| {
                state = state.wrapping_mul(6364136223846793005).wrapping_add(1442695040888963407);
                // Mostly Python-ish printable characters, so the parser gets past the first token.
                let alphabet = b" \n()[]:=+-*/%<>!.,0123456789abcdefxyz\"'#defifwhilereturn";
                alphabet[(state >> 33) as usize % alphabet.len()] as char
            })
            .collect();
        let file = dir.join(format!("r{i}.py"));
        std::fs::write(&file, &text).unwrap();
        let out = taipan(&dir, &["check", file.file_name().unwrap().to_str().unwrap()]);
        assert!(matches!(out.status.code(), Some(0) | Some(1)), "input {text:?}: {:?}\n{}", out.status, stderr(&out));
        assert!(!stderr(&out).contains("panicked"), "input {text:?}:\n{}", stderr(&out));
    }
}

/// Inlined functions leave the frames a call would have left, innermost last.
#[test]
fn tracebacks_show_the_frames_of_inlined_calls() {
    let dir = scratch("inlined-frames");
    let source = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../tests/run/functions/inlined_raising.py");
    std::fs::copy(source, dir.join("prog.py")).unwrap();
    let out = taipan(&dir, &["run", "prog.py"]);
    assert_eq!(out.status.code(), Some(1));
    let err = stderr(&out);
    let frames: Vec<&str> = err.lines().filter(|l| l.trim_start().starts_with("File ")).map(str::trim).collect();
    assert_eq!(
        frames,
        [
            "File \"prog.py\", line 31, in <module>",
            "File \"prog.py\", line 16, in chain",
            "File \"prog.py\", line 10, in scale",
        ],
        "{err}"
    );
}
