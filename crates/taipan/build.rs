//! Builds the runtime staticlib (crate `taipan_runtime`, in the `runtime` profile:
//! release + fat LTO) and hands its path to the compiler, which embeds the bytes. A user's
//! `taipan build` therefore never needs to locate the runtime on disk.
//!
//! The runtime is built by a nested `cargo` into its own target directory, so it
//! never contends for the lock of the outer build.

use std::env;
use std::path::PathBuf;
use std::process::Command;

fn main() {
    let manifest_dir = PathBuf::from(env::var("CARGO_MANIFEST_DIR").unwrap());
    let workspace = manifest_dir.join("../..").canonicalize().unwrap();
    let out_dir = PathBuf::from(env::var("OUT_DIR").unwrap());
    let target_dir = out_dir.join("runtime-target");

    for dir in ["runtime", "crates/taipan_abi"] {
        println!("cargo:rerun-if-changed={}", workspace.join(dir).display());
    }
    println!("cargo:rerun-if-changed={}", workspace.join("Cargo.lock").display());

    let cargo = env::var("CARGO").unwrap_or_else(|_| "cargo".to_string());
    let mut cmd = Command::new(cargo);
    cmd.current_dir(&workspace)
        // `cargo rustc --crate-type staticlib` builds only the staticlib: with the
        // crate's rlib type alongside, rustc would skip LTO, and the archive would
        // carry all of std (24 MB instead of 9 MB, and 3x the link time).
        .args(["rustc", "--profile", "runtime", "-p", "taipan_runtime", "--lib", "--crate-type", "staticlib"])
        .arg("--target-dir")
        .arg(&target_dir)
        // The outer build's flags and target dir must not leak into the nested one.
        .env_remove("CARGO_ENCODED_RUSTFLAGS")
        .env_remove("CARGO_TARGET_DIR")
        .env_remove("CARGO_BUILD_TARGET")
        .env_remove("RUSTC_WORKSPACE_WRAPPER");
    let status = cmd.status().expect("failed to run cargo to build the runtime");
    if !status.success() {
        panic!("building the taipan runtime failed");
    }
    let lib = target_dir.join("runtime/libtaipan_runtime.a");
    assert!(lib.exists(), "runtime staticlib missing at {}", lib.display());
    println!("cargo:rustc-env=TAIPAN_RUNTIME_LIB={}", lib.display());
}
