//! Builds the runtime staticlib (crate `taipan_runtime`, always in release mode)
//! and hands its path to the compiler, which embeds the bytes. A user's
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
        .args(["build", "--release", "-p", "taipan_runtime", "--target-dir"])
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
    let lib = target_dir.join("release/libtaipan_runtime.a");
    assert!(lib.exists(), "runtime staticlib missing at {}", lib.display());
    println!("cargo:rustc-env=TAIPAN_RUNTIME_LIB={}", lib.display());
}
