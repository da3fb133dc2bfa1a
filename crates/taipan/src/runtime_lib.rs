//! The runtime staticlib, embedded in the compiler at build time (see build.rs)
//! and written once to a content-addressed cache file for the linker.

use std::path::PathBuf;

static RUNTIME_LIB: &[u8] = include_bytes!(env!("TAIPAN_RUNTIME_LIB"));

/// The per-user cache directory (`$XDG_CACHE_HOME/taipan`, `~/.cache/taipan`, or
/// the temp dir).
pub fn cache_root() -> PathBuf {
    if let Some(dir) = std::env::var_os("XDG_CACHE_HOME").filter(|d| !d.is_empty()) {
        return PathBuf::from(dir).join("taipan");
    }
    if let Some(home) = std::env::var_os("HOME").filter(|d| !d.is_empty()) {
        return PathBuf::from(home).join(".cache/taipan");
    }
    std::env::temp_dir().join("taipan")
}

/// FNV-1a: a content key for the cache file name, so a rebuilt compiler never
/// links a stale runtime.
fn content_hash(bytes: &[u8]) -> u64 {
    let mut h: u64 = 0xcbf2_9ce4_8422_2325;
    for &b in bytes {
        h = (h ^ b as u64).wrapping_mul(0x0100_0000_01b3);
    }
    h
}

/// The path of the runtime library on disk, writing it on first use.
pub fn path() -> Result<PathBuf, String> {
    let dir = cache_root().join("runtime");
    let file = dir.join(format!("libtaipan_runtime-{:016x}.a", content_hash(RUNTIME_LIB)));
    if std::fs::metadata(&file).map(|m| m.len() == RUNTIME_LIB.len() as u64).unwrap_or(false) {
        return Ok(file);
    }
    std::fs::create_dir_all(&dir).map_err(|e| format!("cannot create {}: {e}", dir.display()))?;
    // Write under a unique name, then rename: concurrent builds never see a partial file.
    let tmp = dir.join(format!(".tmp-{}", std::process::id()));
    std::fs::write(&tmp, RUNTIME_LIB).map_err(|e| format!("cannot write {}: {e}", tmp.display()))?;
    std::fs::rename(&tmp, &file).map_err(|e| format!("cannot write {}: {e}", file.display()))?;
    Ok(file)
}
