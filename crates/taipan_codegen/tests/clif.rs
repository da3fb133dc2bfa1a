//! Codegen without running anything: every test program translates, passes
//! Cranelift's verifier and becomes an ELF object; the CLIF shows the shapes the
//! IR ops must lower to.

mod common;

use common::clif_text::function_text;
use common::ir_builder::*;
use common::programs;
use taipan_codegen::{compile_executable, emit_clif, CodegenError, CodegenOptions, OptLevel};
use taipan_ir::{IntBinOp, Op, Type};

fn options(opt_level: OptLevel) -> CodegenOptions {
    CodegenOptions { opt_level, verify: true }
}

#[test]
fn every_program_compiles_at_both_opt_levels() {
    for program in programs::all() {
        for level in [OptLevel::None, OptLevel::Speed] {
            let object = compile_executable(&program.module, &options(level))
                .unwrap_or_else(|e| panic!("{} at {level:?}: {e}", program.name));
            assert_eq!(&object[..4], b"\x7fELF", "{}", program.name);
        }
        let clif = emit_clif(&program.module, &options(OptLevel::Speed)).unwrap_or_else(|e| panic!("{}: {e}", program.name));
        for func in &program.module.functions {
            assert!(clif.contains(&format!("function %{}(", func.symbol)), "{}: no CLIF for {}", program.name, func.symbol);
        }
        assert!(clif.contains("function %main() -> i32"), "{}", program.name);
    }
}

#[test]
fn fib_clif_has_checked_arithmetic_depth_counting_and_one_propagate_block() {
    let clif = emit_clif(&programs::fib_module(10), &options(OptLevel::Speed)).unwrap();
    let fib = function_text(&clif, "tpu_fib");
    assert!(fib.contains("function %tpu_fib(i64) -> i64, i8"), "{fib}");
    assert!(fib.contains("ssub_overflow"), "{fib}");
    assert!(fib.contains("sadd_overflow"), "{fib}");
    assert!(fib.contains("= tp_frame_depth"), "the depth counter is referenced: {fib}");
    assert!(fib.contains("= tpu_fib"), "{fib}");
    assert!(fib.contains("= tp_traceback_add"), "{fib}");
    assert!(fib.contains("= tp_raise_code"), "{fib}");
    assert!(fib.contains("colocated"), "runtime calls are direct: {fib}");
    // One propagate block with the line as parameter: the only call of tp_traceback_add.
    let traceback_calls = fib.lines().filter(|l| l.contains("call") && l.contains(&traceback_fn_ref(fib))).count();
    assert_eq!(traceback_calls, 1, "{fib}");
    assert!(fib.contains("cold"), "error paths are cold: {fib}");
    assert!(!has_trap(fib), "no Cranelift trap in fib: {fib}");
}

/// Whether a CLIF listing contains a trap instruction (not a `notrap` flag).
fn has_trap(clif: &str) -> bool {
    clif.lines().any(|l| l.trim_start().starts_with("trap") || l.contains(" = trap"))
}


/// The `fnN` that calls `tp_traceback_add` in a CLIF function.
fn traceback_fn_ref(clif: &str) -> String {
    let user = clif
        .lines()
        .find_map(|l| l.strip_prefix("; ").and_then(|l| l.strip_suffix(" = tp_traceback_add")))
        .expect("tp_traceback_add is referenced")
        .to_string();
    let decl = clif.lines().find(|l| l.trim_start().starts_with("fn") && l.contains(&format!(" {user} "))).unwrap();
    format!("{}(", decl.trim_start().split(' ').next().unwrap())
}

#[test]
fn division_never_reaches_a_cranelift_trap() {
    let program = programs::int_ops();
    let clif = emit_clif(&program.module, &options(OptLevel::None)).unwrap();
    for name in ["tpu_floordiv", "tpu_modulo"] {
        let func = function_text(&clif, name);
        // The zero check comes before the division.
        let check = func.find("icmp.i64 eq").unwrap_or_else(|| panic!("no zero check: {func}"));
        let division = func.find("sdiv").or(func.find("srem")).expect("division");
        assert!(check < division, "{func}");
        assert!(!has_trap(func), "{func}");
    }
}

#[test]
fn none_typed_values_have_no_machine_representation() {
    let mut mb = ModuleBuilder::new("t.py");
    let body = mb.body();
    let noop = mb.declare("noop", &[("x", Type::None), ("y", Type::Int)], Type::None);
    {
        let mut f = mb.func(noop);
        let b0 = f.block();
        let t = f.local(Type::None);
        f.inst(b0, Some(t), Op::Copy(local(f.param(0))), 1);
        f.ret(b0, Some(local(t)));
    }
    let mut f = mb.func(body);
    let b0 = f.block();
    let r = f.tmp(b0, Type::None, Op::Call { func: noop, args: vec![taipan_ir::Operand::Const(taipan_ir::Const::None), int(1)] }, 2);
    f.ret(b0, Some(local(r)));
    let clif = emit_clif(&mb.finish(), &options(OptLevel::None)).unwrap();
    assert!(clif.contains("function %tpu_noop(i64) -> i8"), "{clif}");
    assert!(clif.contains("function %tpu__module_() -> i8"), "{clif}");
}

#[test]
fn error_handler_blocks_receive_the_error_path() {
    let mut mb = ModuleBuilder::new("t.py");
    let body = mb.body();
    let mut f = mb.func(body);
    let (b0, handler) = (f.block(), f.block());
    f.on_error(b0, handler);
    f.tmp(b0, Type::Int, Op::IntBin(IntBinOp::Add, int(i64::MAX), int(1)), 1);
    f.ret(b0, None);
    f.ret(handler, None);
    let clif = emit_clif(&mb.finish(), &options(OptLevel::None)).unwrap();
    // The overflow raises and then jumps to the handler; with every error handled
    // there is no propagate block, so no traceback entry.
    assert!(clif.contains("tp_raise_code"), "{clif}");
    assert!(!clif.contains("tp_traceback_add"), "{clif}");
}

#[test]
fn invalid_ir_is_an_error_not_a_panic() {
    let mut mb = ModuleBuilder::new("t.py");
    let body = mb.body();
    let mut f = mb.func(body);
    let b0 = f.block();
    f.tmp(b0, Type::Int, Op::IntBin(IntBinOp::Add, int(1), taipan_ir::Operand::Local(taipan_ir::Local(99))), 1);
    f.ret(b0, None);
    let err = compile_executable(&mb.module, &options(OptLevel::Speed)).unwrap_err();
    assert!(matches!(err, CodegenError::InvalidIr(_)), "{err}");
    assert!(err.to_string().contains("%99"), "{err}");
}

