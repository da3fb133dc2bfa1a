//! Object layouts and symbol names shared by compiled code and the runtime.

/// Refcount value of an immortal object (literals, other constants): never
/// incremented, decremented or freed.
pub const IMMORTAL_REFCNT: i64 = -1;

/// Layout of a `str` object. A `str` value is a pointer to this header, followed
/// by `len` bytes of UTF-8 and a NUL byte. String literals are emitted by the
/// compiler as immortal objects in read-only data with every field precomputed.
pub mod str_object {
    /// i64: reference count, or `IMMORTAL_REFCNT`.
    pub const REFCNT: i32 = 0;
    /// i64: length in bytes of the UTF-8 data.
    pub const LEN: i32 = 8;
    /// i64: length in code points.
    pub const NCHARS: i32 = 16;
    /// i64: cached hash, or -1 when not yet computed.
    pub const HASH: i32 = 24;
    /// Start of the UTF-8 bytes.
    pub const DATA: i32 = 32;
    /// Alignment of the object.
    pub const ALIGN: u64 = 8;
}

/// The compiled program's entry point: `int main(void)` emitted by codegen calls
/// `tp_main(<module body>, <source file name str>)`.
pub const MAIN_SYMBOL: &str = "main";

/// i64 data symbol in the runtime: the number of active frames of functions that
/// count towards the recursion limit (see `RECURSION_LIMIT`).
pub const FRAME_DEPTH_SYMBOL: &str = "tp_frame_depth";

/// Prefix of every symbol compiled user code defines, so runtime symbols (`tp_`)
/// and user symbols never collide.
pub const USER_SYMBOL_PREFIX: &str = "tpu_";
