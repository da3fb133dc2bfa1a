//! Buffered stdout for `print`.
//!
//! Everything written goes to one process-wide buffer (a `static Mutex`: stdout
//! is process state, and an uncontended lock costs nanoseconds), flushed when it
//! fills up, on `tp_flush`, before anything goes to stderr, and at exit. As in
//! CPython, a terminal is line-buffered (flushed after each newline) while a pipe
//! or file is only flushed when the buffer fills.
//!
//! Write errors (a closed pipe, a full disk) are ignored for now: CPython would
//! report them at exit, and there is nothing useful a print can do about them.

use std::io::{IsTerminal, Write};
use std::sync::{Mutex, MutexGuard, OnceLock};

use crate::float_repr::float_repr;
use crate::str_object;

/// Flush threshold. Big enough that a print loop makes few system calls.
const BUFFER_CAPACITY: usize = 64 * 1024;

static STDOUT_BUFFER: Mutex<Vec<u8>> = Mutex::new(Vec::new());

/// Where output goes instead of the buffer and file descriptor 1: in an
/// extension module, Python's `sys.stdout` (see `ext_module`), so that compiled
/// prints interleave with the interpreter's own and follow its redirections.
/// Each piece is handed over as it is printed, as CPython's `print` writes.
pub struct StdoutSink {
    pub write: fn(&[u8]),
    pub flush: fn(),
}

static STDOUT_SINK: OnceLock<StdoutSink> = OnceLock::new();

/// Sends all further output to `sink` (the first sink set stays).
pub fn set_stdout_sink(sink: StdoutSink) {
    let _ = STDOUT_SINK.set(sink);
}

/// Whether stdout is a terminal, checked once.
fn line_buffered() -> bool {
    static IS_TERMINAL: OnceLock<bool> = OnceLock::new();
    *IS_TERMINAL.get_or_init(|| std::io::stdout().is_terminal())
}

fn lock_buffer() -> MutexGuard<'static, Vec<u8>> {
    // A poisoned lock only means a panic elsewhere; the bytes are still valid.
    STDOUT_BUFFER.lock().unwrap_or_else(|poisoned| poisoned.into_inner())
}

/// Appends to the stdout buffer with `append`, then flushes if the buffer is
/// full, or if stdout is a terminal and the appended bytes end a line.
fn write_with(append: impl FnOnce(&mut Vec<u8>)) {
    if let Some(sink) = STDOUT_SINK.get() {
        let mut piece = Vec::new();
        append(&mut piece);
        (sink.write)(&piece);
        return;
    }
    let mut buffer = lock_buffer();
    let start = buffer.len();
    append(&mut buffer);
    let ends_line = || buffer[start..].contains(&b'\n');
    if buffer.len() >= BUFFER_CAPACITY || (line_buffered() && ends_line()) {
        write_out(&mut buffer);
    }
}

/// Appends `bytes` to stdout.
pub fn write_bytes(bytes: &[u8]) {
    write_with(|buffer| buffer.extend_from_slice(bytes));
}

/// Writes out everything buffered so far.
pub fn flush_stdout() {
    write_out(&mut lock_buffer());
    if let Some(sink) = STDOUT_SINK.get() {
        (sink.flush)();
    }
}

fn write_out(buffer: &mut Vec<u8>) {
    if buffer.is_empty() {
        return;
    }
    let mut stdout = std::io::stdout().lock();
    let _ = stdout.write_all(buffer);
    let _ = stdout.flush();
    buffer.clear();
}

/// Writes `text` to stderr after flushing stdout, so the two streams interleave
/// in program order when they share a terminal or file.
pub fn write_stderr(text: &str) {
    flush_stdout();
    let mut stderr = std::io::stderr().lock();
    let _ = stderr.write_all(text.as_bytes());
    let _ = stderr.flush();
}

/// `str(b)` of a bool.
fn bool_text(value: u8) -> &'static str {
    if value != 0 {
        "True"
    } else {
        "False"
    }
}

#[no_mangle]
pub extern "C" fn tp_write_int(value: i64) {
    // Formatting into a Vec cannot fail.
    write_with(|buffer| {
        let _ = write!(buffer, "{value}");
    });
}

#[no_mangle]
pub extern "C" fn tp_write_float(value: f64) {
    write_bytes(float_repr(value).as_bytes());
}

#[no_mangle]
pub extern "C" fn tp_write_bool(value: u8) {
    write_bytes(bool_text(value).as_bytes());
}

#[no_mangle]
pub extern "C" fn tp_write_none() {
    write_bytes(b"None");
}

/// Writes the text of a str object (null writes nothing).
///
/// # Safety
/// `text` must be null or point to a live str object.
#[no_mangle]
pub unsafe extern "C" fn tp_write_str(text: *const u8) {
    // SAFETY: forwarded from the caller; the bytes are copied into the buffer.
    write_bytes(unsafe { str_object::str_bytes(text) });
}

#[no_mangle]
pub extern "C" fn tp_flush() {
    flush_stdout();
}

/// Writes the text of a str object to stderr now (`print(..., file=sys.stderr)`).
/// Stdout is not flushed first: CPython's is not either when it is a pipe,
/// and a terminal's is line-buffered, so already written up to the last line.
///
/// # Safety
/// `text` must be null or point to a live str object.
#[no_mangle]
pub unsafe extern "C" fn tp_write_stderr(text: *const u8) {
    // SAFETY: forwarded from the caller; the bytes are read before returning.
    let bytes = unsafe { str_object::str_bytes(text) };
    let mut stderr = std::io::stderr().lock();
    let _ = stderr.write_all(bytes);
    let _ = stderr.flush();
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::str_object::test_support::StrObject;

    /// The buffer is process-wide, so this is the only test that writes to it; it
    /// reads the bytes back instead of letting them reach the test's stdout.
    #[test]
    fn writes_python_text_into_the_buffer() {
        let text = StrObject::new("héllo ");
        let before = std::mem::take(&mut *lock_buffer());
        tp_write_int(-42);
        // SAFETY: `text` is a live str object; null is allowed and writes nothing.
        unsafe {
            tp_write_str(std::ptr::null());
            tp_write_str(text.as_ptr());
        }
        tp_write_bool(1);
        tp_write_bool(0);
        tp_write_none();
        tp_write_float(1e16);
        tp_write_int(i64::MIN);
        let written = std::mem::replace(&mut *lock_buffer(), before);
        assert_eq!(
            String::from_utf8(written).expect("utf-8"),
            "-42héllo TrueFalseNone1e+16-9223372036854775808"
        );
    }
}
