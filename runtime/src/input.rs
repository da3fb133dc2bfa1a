//! `input([prompt])`: writes the prompt, flushes stdout (as CPython does
//! before reading), and reads one line from stdin without its newline. At
//! the end of input it raises `EOFError: EOF when reading a line`. Bytes
//! that are not UTF-8 are decoded with replacement characters (CPython's
//! stdin would raise `UnicodeDecodeError`; documented as a difference).

use std::io::BufRead;

use taipan_abi::ErrCode;

use crate::exceptions::Exc;
use crate::ffi_result::PtrResult;
use crate::output::{flush_stdout, write_bytes};
use crate::str_object::{new_str, str_bytes};

/// One line of stdin without its `\n` (a `\r` before it stays, as in
/// CPython); `None` at the end of input.
fn read_line() -> Option<String> {
    let mut bytes = Vec::new();
    match std::io::stdin().lock().read_until(b'\n', &mut bytes) {
        Ok(0) | Err(_) => None,
        Ok(_) => {
            if bytes.last() == Some(&b'\n') {
                bytes.pop();
            }
            Some(String::from_utf8_lossy(&bytes).into_owned())
        }
    }
}

/// `input(prompt)`; `prompt` is a str object or null (no prompt).
///
/// # Safety
/// `prompt` is null or a live str object.
#[no_mangle]
pub unsafe extern "C" fn tp_input(prompt: *const u8) -> PtrResult {
    if !prompt.is_null() {
        // SAFETY: the caller passes a live str object.
        write_bytes(unsafe { str_bytes(prompt) });
    }
    flush_stdout();
    match read_line() {
        Some(line) => Ok(new_str(&line)),
        None => Err(Exc::Code(ErrCode::InputEof)),
    }
    .into()
}
