//! Formatting an uncaught exception exactly as CPython 3.11 prints it to stderr
//! (`PyErr_Display` → `PyTraceBack_Print`), minus the source-line excerpts:
//! taipan binaries do not carry the source text.

use std::fmt::Write as _;

use crate::exceptions::{PendingException, TracebackEntry};

/// `sys.tracebacklimit`'s default: only the innermost this many entries print.
const TRACEBACK_LIMIT: usize = 1000;

/// A run of identical consecutive entries prints this many times, then a
/// `[Previous line repeated N more times]` line (CPython's `TB_RECURSIVE_CUTOFF`).
const RECURSIVE_CUTOFF: usize = 3;

/// The whole report: `Traceback (most recent call last):`, one `File` line per
/// entry (outermost first), then `Kind: message` (just `Kind` for an empty message).
pub fn format_uncaught(exc: &PendingException, file: &str) -> String {
    let mut out = String::new();
    if !exc.traceback.is_empty() {
        out.push_str("Traceback (most recent call last):\n");
        // Entries are stored innermost first; the limit keeps the innermost ones.
        let shown = exc.traceback.iter().take(TRACEBACK_LIMIT).rev();
        write_entries(&mut out, shown, file);
    }
    out.push_str(exc.exc_type.name());
    if !exc.message.is_empty() {
        out.push_str(": ");
        out.push_str(&exc.message);
    }
    out.push('\n');
    out
}

fn write_entries<'a>(
    out: &mut String,
    entries: impl Iterator<Item = &'a TracebackEntry>,
    file: &str,
) {
    let mut previous: Option<&TracebackEntry> = None;
    let mut run_length = 0;
    for entry in entries {
        if previous != Some(entry) {
            write_repeated(out, run_length);
            previous = Some(entry);
            run_length = 0;
        }
        run_length += 1;
        if run_length <= RECURSIVE_CUTOFF {
            // Writing to a String cannot fail.
            let _ = writeln!(out, "  File \"{file}\", line {}, in {}", entry.line, entry.func_name);
        }
    }
    write_repeated(out, run_length);
}

fn write_repeated(out: &mut String, run_length: usize) {
    if run_length > RECURSIVE_CUTOFF {
        let more = run_length - RECURSIVE_CUTOFF;
        let noun = if more > 1 { "times" } else { "time" };
        let _ = writeln!(out, "  [Previous line repeated {more} more {noun}]");
    }
}

#[cfg(test)]
mod tests {
    use taipan_abi::ExcKind;

    use super::*;
    use crate::exceptions::ExcType;

    fn exception(kind: ExcKind, message: &str, innermost_first: &[(&str, i64)]) -> PendingException {
        PendingException {
            exc_type: ExcType::Builtin(kind),
            message: message.to_string(),
            traceback: innermost_first
                .iter()
                .map(|&(name, line)| TracebackEntry { func_name: name.to_string(), line })
                .collect(),
            object: std::ptr::null_mut(),
        }
    }

    #[test]
    fn prints_outermost_first_then_kind_and_message() {
        let exc = exception(ExcKind::ZeroDivisionError, "division by zero", &[("f", 2), ("<module>", 4)]);
        assert_eq!(
            format_uncaught(&exc, "t.py"),
            "Traceback (most recent call last):\n\
             \x20 File \"t.py\", line 4, in <module>\n\
             \x20 File \"t.py\", line 2, in f\n\
             ZeroDivisionError: division by zero\n"
        );
    }

    #[test]
    fn empty_message_prints_kind_alone() {
        let exc = exception(ExcKind::AssertionError, "", &[("<module>", 1)]);
        assert_eq!(
            format_uncaught(&exc, "a.py"),
            "Traceback (most recent call last):\n  File \"a.py\", line 1, in <module>\nAssertionError\n"
        );
    }

    #[test]
    fn no_entries_prints_no_traceback_header() {
        let exc = exception(ExcKind::ValueError, "x", &[]);
        assert_eq!(format_uncaught(&exc, "a.py"), "ValueError: x\n");
    }

    /// Matches `python3` on `def f(n): return f(n+1)` / `f(0)` (source lines removed):
    /// the limit drops the outermost entries and the run is collapsed.
    #[test]
    fn recursion_collapses_repeats_and_applies_the_limit() {
        let mut entries = vec![("f", 2); 1200];
        entries.push(("<module>", 3));
        let exc = exception(ExcKind::RecursionError, "maximum recursion depth exceeded", &entries);
        assert_eq!(
            format_uncaught(&exc, "/tmp/rec.py"),
            "Traceback (most recent call last):\n\
             \x20 File \"/tmp/rec.py\", line 2, in f\n\
             \x20 File \"/tmp/rec.py\", line 2, in f\n\
             \x20 File \"/tmp/rec.py\", line 2, in f\n\
             \x20 [Previous line repeated 997 more times]\n\
             RecursionError: maximum recursion depth exceeded\n"
        );
    }

    #[test]
    fn repeats_in_the_middle_and_singular_wording() {
        let exc = exception(
            ExcKind::ValueError,
            "v",
            &[("g", 9), ("f", 2), ("f", 2), ("f", 2), ("f", 2), ("<module>", 5)],
        );
        assert_eq!(
            format_uncaught(&exc, "m.py"),
            "Traceback (most recent call last):\n\
             \x20 File \"m.py\", line 5, in <module>\n\
             \x20 File \"m.py\", line 2, in f\n\
             \x20 File \"m.py\", line 2, in f\n\
             \x20 File \"m.py\", line 2, in f\n\
             \x20 [Previous line repeated 1 more time]\n\
             \x20 File \"m.py\", line 9, in g\n\
             ValueError: v\n"
        );
    }
}
