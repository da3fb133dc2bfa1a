//! The shapes object ops lower to: reference counting only where objects are
//! owned, bounds checks as one never-taken branch, error-path releases out of
//! line.

mod common;

use common::clif_text::{blocks, callee_ref, function_text};
use common::ir_builder::*;
use common::{object_programs, programs};
use taipan_codegen::{emit_clif, CodegenOptions, OptLevel};
use taipan_ir::{FuncId, IntBinOp, Module, Op, Operand, RuntimeFn, SlotKind, Type};

fn clif(module: &Module) -> String {
    emit_clif(module, &CodegenOptions { opt_level: OptLevel::Speed, verify: true }).unwrap()
}

/// A module with an empty body and the functions `build` adds.
fn module_with(build: impl FnOnce(&mut ModuleBuilder)) -> Module {
    let mut mb = ModuleBuilder::new("t.py");
    let body = mb.body();
    build(&mut mb);
    let mut f = mb.func(body);
    let b0 = f.block();
    f.ret(b0, None);
    mb.finish()
}

/// `name(params) -> ret` whose single block runs `insts` then returns `ret_value`.
fn function(
    mb: &mut ModuleBuilder,
    name: &str,
    params: &[(&str, Type)],
    ret: Type,
    body: impl FnOnce(&mut FnBuilder, taipan_ir::BlockId) -> Option<Operand>,
) -> FuncId {
    let id = mb.declare(name, params, ret);
    let mut f = mb.func(id);
    let b0 = f.block();
    let value = body(&mut f, b0);
    f.ret(b0, value);
    id
}

fn hot_blocks(function: &str) -> Vec<(&str, Vec<&str>)> {
    blocks(function).into_iter().filter(|(header, _)| !header.contains("cold")).collect()
}

fn count(lines: &[(&str, Vec<&str>)], needle: &str) -> usize {
    lines.iter().flat_map(|(_, body)| body).filter(|l| l.contains(needle)).count()
}

#[test]
fn functions_without_objects_get_no_refcount_code() {
    let object_program_names: Vec<&str> = object_programs::all().iter().map(|p| p.name).collect();
    for program in programs::all().into_iter().filter(|p| !object_program_names.contains(&p.name)) {
        let clif = clif(&program.module);
        for needle in ["region", "tp_dealloc", "tp_incref", "tp_decref"] {
            assert!(!clif.contains(needle), "{}: `{needle}` in\n{clif}", program.name);
        }
    }
}

#[test]
fn checked_list_get_is_a_select_and_one_unsigned_compare() {
    let module = module_with(|mb| {
        function(mb, "get", &[("xs", Type::Obj), ("i", Type::Int)], Type::Int, |f, b| {
            let (xs, i) = (f.param(0), f.param(1));
            let op = Op::ListGet { list: local(xs), index: local(i), kind: SlotKind::Int, checked: true };
            Some(local(f.tmp(b, Type::Int, op, 2)))
        });
        function(mb, "get_unchecked", &[("xs", Type::Obj), ("i", Type::Int)], Type::Int, |f, b| {
            let (xs, i) = (f.param(0), f.param(1));
            let op = Op::ListGet { list: local(xs), index: local(i), kind: SlotKind::Int, checked: false };
            Some(local(f.tmp(b, Type::Int, op, 2)))
        });
    });
    let clif = clif(&module);
    let get = function_text(&clif, "tpu_get");
    let hot = hot_blocks(get);
    assert_eq!(count(&hot, "brif"), 1, "one branch, to the cold IndexError: {get}");
    assert_eq!(count(&hot, "select"), 1, "{get}");
    assert_eq!(count(&hot, "icmp uge"), 1, "{get}");
    assert_eq!(count(&hot, "ishl"), 1, "8-byte elements: {get}");
    assert!(get.contains("load.i64 notrap aligned region"), "{get}");
    assert!(get.contains("call"), "the IndexError is raised: {get}");
    // `xs` is borrowed: no refcount traffic.
    assert!(!get.contains("object refcount"), "{get}");

    let unchecked = function_text(&clif, "tpu_get_unchecked");
    assert!(!unchecked.contains("brif") && !unchecked.contains("icmp") && !unchecked.contains("call"), "{unchecked}");
}

#[test]
fn bool_lists_are_read_and_written_as_bytes() {
    let module = module_with(|mb| {
        function(mb, "get", &[("xs", Type::Obj), ("i", Type::Int)], Type::Bool, |f, b| {
            let (xs, i) = (f.param(0), f.param(1));
            let op = Op::ListGet { list: local(xs), index: local(i), kind: SlotKind::Bool, checked: false };
            Some(local(f.tmp(b, Type::Bool, op, 2)))
        });
        function(mb, "set", &[("xs", Type::Obj), ("i", Type::Int), ("v", Type::Bool)], Type::None, |f, b| {
            let (xs, i, v) = (f.param(0), f.param(1), f.param(2));
            let op = Op::ListSet { list: local(xs), index: local(i), value: local(v), kind: SlotKind::Bool, checked: false };
            f.inst(b, None, op, 2);
            None
        });
    });
    let clif = clif(&module);
    let get = function_text(&clif, "tpu_get");
    assert!(get.contains("load.i8 notrap aligned region"), "{get}");
    assert!(!get.contains("ishl") && !get.contains("imul"), "one byte per element: {get}");
    let set = function_text(&clif, "tpu_set");
    assert!(set.contains("function %tpu_set(i64, i64, i8 uext)"), "{set}");
    assert!(!set.contains("ishl") && !set.contains("imul") && !set.contains("uextend"), "the i8 is stored as is: {set}");
}

#[test]
fn refcount_code_only_where_references_are_owned() {
    let module = module_with(|mb| {
        // Borrowed parameter: never reassigned, released or returned.
        function(mb, "length", &[("xs", Type::Obj)], Type::Int, |f, b| {
            let xs = f.param(0);
            Some(local(f.tmp(b, Type::Int, Op::ContainerLen(local(xs)), 2)))
        });
        // Returned parameter: increfed on entry, the reference moves to the caller.
        function(mb, "keep", &[("s", Type::Str)], Type::Str, |f, _| Some(local(f.param(0))));
        // Refcount ops on constants: immortal, nothing to do.
        function(mb, "constants", &[], Type::None, |f, b| {
            let lit = Operand::Const(taipan_ir::Const::Str(taipan_ir::StrId(0)));
            f.inst(b, None, Op::IncRef(lit), 2);
            f.inst(b, None, Op::DecRef(lit), 3);
            None
        });
        mb.intern("lit");
    });
    let clif = clif(&module);
    let length = function_text(&clif, "tpu_length");
    assert!(!length.contains("object refcount") && !length.contains("tp_dealloc"), "{length}");
    let keep = function_text(&clif, "tpu_keep");
    assert!(keep.contains("object refcount"), "entry incref: {keep}");
    assert!(!keep.contains("tp_dealloc"), "nothing is released: {keep}");
    let constants = function_text(&clif, "tpu_constants");
    assert!(!constants.contains("object refcount") && !constants.contains("tp_dealloc"), "{constants}");
}

#[test]
fn owned_locals_are_released_on_return_and_out_of_line_on_errors() {
    let module = module_with(|mb| {
        function(mb, "temp", &[], Type::Int, |f, b| {
            let op = Op::CallRuntime { func: RuntimeFn::StrSlot, args: vec![int(SlotKind::Int as i64), int(5)] };
            let s = f.tmp(b, Type::Str, op, 2);
            let n = f.tmp(b, Type::Int, Op::StrLen(local(s)), 3);
            Some(local(f.tmp(b, Type::Int, Op::IntBin(IntBinOp::Add, local(n), int(1)), 4)))
        });
    });
    let clif = clif(&module);
    let temp = function_text(&clif, "tpu_temp");
    let dealloc = callee_ref(temp, "tp_dealloc").expect("tp_dealloc is called");
    let traceback = callee_ref(temp, "tp_traceback_add").expect("the overflow propagates");
    let all = blocks(temp);
    // Two releases of `s`: on return and on the propagated overflow, each
    // freeing in a cold block.
    let frees: Vec<_> = all.iter().filter(|(_, body)| body.iter().any(|l| l.contains(&dealloc))).collect();
    assert_eq!(frees.len(), 2, "{temp}");
    assert!(frees.iter().all(|(header, _)| header.contains("cold")), "{temp}");
    // Everything from the propagate block on (it is filled last) is cold.
    let propagate = all.iter().position(|(_, body)| body.iter().any(|l| l.contains(&traceback))).unwrap();
    assert!(all[propagate..].iter().all(|(header, _)| header.contains("cold")), "{temp}");
    assert!(temp.contains("load.i64 notrap aligned region"), "StrLen reads NCHARS: {temp}");
}

#[test]
fn str_len_of_a_literal_is_a_constant() {
    let module = module_with(|mb| {
        let text = mb.string("héllo");
        function(mb, "five", &[], Type::Int, |f, b| Some(local(f.tmp(b, Type::Int, Op::StrLen(text), 2))));
    });
    let clif = clif(&module);
    let five = function_text(&clif, "tpu_five");
    assert!(five.contains("iconst.i64 5") && !five.contains("load"), "{five}");
}

#[test]
fn tuples_are_filled_inline() {
    let module = module_with(|mb| {
        function(mb, "pair", &[("s", Type::Str), ("x", Type::Float)], Type::Obj, |f, b| {
            let (s, x) = (f.param(0), f.param(1));
            let op = Op::TupleNew { items: vec![(local(s), SlotKind::Obj), (local(x), SlotKind::Float)] };
            Some(local(f.tmp(b, Type::Obj, op, 2)))
        });
    });
    let clif = clif(&module);
    let pair = function_text(&clif, "tpu_pair");
    assert!(callee_ref(pair, "tp_tuple_new").is_some(), "{pair}");
    assert!(callee_ref(pair, "tp_tuple_set_item").is_none(), "fields are stored inline: {pair}");
    // Slots at 24 and 32, kind bytes at 40 and 41.
    for offset in ["+24", "+32", "+40", "+41"] {
        assert!(pair.lines().any(|l| l.contains("store") && l.split(';').next().unwrap_or("").trim_end().ends_with(offset)), "{offset}: {pair}");
    }
    // `s` is borrowed (never reassigned), but the tuple takes its own reference.
    assert!(pair.contains("object refcount"), "{pair}");
}
