//! Each test starts from a small valid module and breaks one invariant.

use super::verify_module;
use crate::*;
use taipan_abi::extension::ValueType;

fn int(v: i64) -> Operand {
    Operand::Const(Const::Int(v))
}

fn loc(i: u32) -> Operand {
    Operand::Local(Local(i))
}

fn inst(dest: Option<u32>, op: Op) -> Inst {
    Inst { dest: dest.map(Local), op, line: 1 }
}

fn block(insts: Vec<Inst>, term: Terminator) -> Block {
    Block { insts, term, on_error: None }
}

fn local(ty: Type) -> LocalData {
    LocalData { name: None, ty }
}

/// `def add1(x: int) -> int: return x + 1` and a body printing `add1(2)` and "hi".
fn valid_module() -> Module {
    let add1 = Function {
        name: "add1".into(),
        symbol: "tpu_add1".into(),
        params: vec![Local(0)],
        ret: Type::Int,
        locals: vec![local(Type::Int), local(Type::Int)],
        blocks: vec![block(
            vec![inst(Some(1), Op::IntBin(IntBinOp::Add, loc(0), int(1)))],
            Terminator::Return(Some(loc(1))),
        )],
        line: 1,
        counts_depth: false,
        slot_abi: false,
        traceback_frame: true,
    };
    let body = Function {
        name: "<module>".into(),
        symbol: "tpu_module".into(),
        params: vec![],
        ret: Type::None,
        locals: vec![local(Type::Int), local(Type::Bool)],
        blocks: vec![
            block(
                vec![
                    inst(Some(0), Op::Call { func: FuncId(1), args: vec![int(2)] }),
                    inst(None, Op::CallRuntime { func: RuntimeFn::WriteInt, args: vec![loc(0)] }),
                    inst(None, Op::CallRuntime { func: RuntimeFn::WriteStr, args: vec![Operand::Const(Const::Str(StrId(0)))] }),
                    inst(Some(1), Op::Cmp(CmpOp::Lt, loc(0), int(3))),
                    inst(None, Op::StoreGlobal { global: GlobalId(0), value: Operand::Const(Const::Float(1.0)) }),
                ],
                Terminator::Branch { cond: loc(1), then_block: BlockId(1), else_block: BlockId(1) },
            ),
            block(vec![], Terminator::Return(None)),
        ],
        line: 0,
        counts_depth: false,
        slot_abi: false,
        traceback_frame: true,
    };
    Module {
        name: "__main__".into(),
        file: "t.py".into(),
        functions: vec![body, add1],
        globals: vec![GlobalData { name: "g".into(), ty: Type::Float }],
        strings: vec!["hi".into()],
        classes: Vec::new(),
        body: FuncId(0),
        doc: None,
        exports: vec![Export {
            func: FuncId(1),
            name: "add1".into(),
            param_names: vec!["x".into()],
            param_types: vec![ValueType::Int],
            ret_type: ValueType::Int,
            releases_gil: true,
            defaults: vec![Const::Int(1)],
            positional_only: 0,
            positional: 1,
            doc: "add1(x=1, /)\n--\n\n".into(),
        }],
        constants: vec![
            ExportedConstant { name: "g".into(), value: ConstantValue::Global(GlobalId(0)), ty: ValueType::Float },
            ExportedConstant { name: "K".into(), value: ConstantValue::Const(Const::Str(StrId(0))), ty: ValueType::Str },
        ],
    }
}

/// Verifies a broken copy of the valid module; expects exactly one error
/// containing `expected`.
fn assert_one_error(expected: &str, break_it: impl FnOnce(&mut Module)) {
    let mut m = valid_module();
    break_it(&mut m);
    let errors = verify_module(&m);
    assert_eq!(errors.len(), 1, "expected one error containing {expected:?}, got {errors:#?}");
    assert!(errors[0].contains(expected), "expected {expected:?} in {:?}", errors[0]);
}

fn body_insts(m: &mut Module) -> &mut Vec<Inst> {
    &mut m.functions[0].blocks[0].insts
}

#[test]
fn the_valid_module_passes() {
    assert_eq!(verify_module(&valid_module()), Vec::<String>::new());
}

#[test]
fn int_op_on_a_float_operand() {
    assert_one_error("operand 1.5 has type float, expected int", |m| {
        m.functions[1].blocks[0].insts[0].op = Op::IntBin(IntBinOp::Add, loc(0), Operand::Const(Const::Float(1.5)));
    });
}

#[test]
fn float_op_result_into_an_int_local() {
    assert_one_error("destination %1 has type int, but the result is float", |m| {
        m.functions[1].blocks[0].insts[0].op =
            Op::FloatBin(FloatBinOp::Mul, Operand::Const(Const::Float(1.0)), Operand::Const(Const::Float(2.0)));
    });
}

#[test]
fn compare_of_mixed_types() {
    assert_one_error("compares int with bool", |m| {
        body_insts(m)[3].op = Op::Cmp(CmpOp::Eq, loc(0), Operand::Const(Const::Bool(true)));
    });
}

#[test]
fn compare_of_strings_is_not_inline() {
    assert_one_error("compares str values", |m| {
        let s = Operand::Const(Const::Str(StrId(0)));
        body_insts(m)[3].op = Op::Cmp(CmpOp::Eq, s, s);
    });
}

#[test]
fn unary_conversion_types() {
    assert_one_error("operand %0 has type int, expected float", |m| {
        body_insts(m)[3].op = Op::Unary(UnaryOp::FloatToBool, loc(0));
    });
    assert_one_error("destination %1 has type bool, but the result is float", |m| {
        body_insts(m)[3].op = Op::Unary(UnaryOp::IntToFloat, loc(0));
    });
}

#[test]
fn select_between_different_types() {
    assert_one_error("select between int and float", |m| {
        body_insts(m)[3].dest = None;
        body_insts(m)[3].op = Op::Select { cond: loc(1), a: int(1), b: Operand::Const(Const::Float(1.0)) };
    });
}

#[test]
fn call_with_wrong_argument_count_and_type() {
    assert_one_error("takes 1 arguments, given 2", |m| {
        body_insts(m)[0].op = Op::Call { func: FuncId(1), args: vec![int(1), int(2)] };
    });
    assert_one_error("argument 0 True has type bool, expected int", |m| {
        body_insts(m)[0].op = Op::Call { func: FuncId(1), args: vec![Operand::Const(Const::Bool(true))] };
    });
    assert_one_error("function f7 does not exist", |m| {
        body_insts(m)[0].op = Op::Call { func: FuncId(7), args: vec![] };
    });
}

#[test]
fn call_result_type_must_match_the_callee() {
    assert_one_error("destination %1 has type bool, but the result is int", |m| {
        body_insts(m)[0].dest = Some(Local(1));
    });
}

#[test]
fn runtime_call_arguments_follow_the_abi() {
    assert_one_error("argument 0 of tp_write_int has type bool, which a I64 parameter does not take", |m| {
        body_insts(m)[1].op = Op::CallRuntime { func: RuntimeFn::WriteInt, args: vec![loc(1)] };
    });
    assert_one_error("tp_write_float takes 1 arguments, given 0", |m| {
        body_insts(m)[1].op = Op::CallRuntime { func: RuntimeFn::WriteFloat, args: vec![] };
    });
    // `I32` parameters (error codes, exception kinds) have no IR type.
    assert_one_error("which a I32 parameter does not take", |m| {
        body_insts(m)[1].op = Op::CallRuntime { func: RuntimeFn::RaiseCode, args: vec![int(0)] };
    });
}

#[test]
fn runtime_call_result_follows_the_abi() {
    assert_one_error("tp_math_isnan returns I8, which cannot be assigned to a int", |m| {
        body_insts(m)[1] =
            inst(Some(0), Op::CallRuntime { func: RuntimeFn::MathIsnan, args: vec![Operand::Const(Const::Float(0.0))] });
    });
    assert_one_error("tp_write_int returns nothing, but its result is assigned to a int", |m| {
        body_insts(m)[1].dest = Some(Local(0));
    });
}

#[test]
fn globals_are_typed_and_stores_have_no_result() {
    assert_one_error("stored value 1 has type int, expected float", |m| {
        body_insts(m)[4].op = Op::StoreGlobal { global: GlobalId(0), value: int(1) };
    });
    assert_one_error("store_global has no result", |m| {
        body_insts(m)[4].dest = Some(Local(0));
    });
    assert_one_error("destination %0 has type int, but the result is float", |m| {
        body_insts(m)[4] = inst(Some(0), Op::LoadGlobal { global: GlobalId(0), checked: true });
    });
    assert_one_error("global @3 does not exist", |m| {
        body_insts(m)[4] = inst(None, Op::LoadGlobal { global: GlobalId(3), checked: false });
    });
}

#[test]
fn ids_out_of_range() {
    assert_one_error("local %9 does not exist", |m| {
        body_insts(m)[1].op = Op::CallRuntime { func: RuntimeFn::WriteInt, args: vec![loc(9)] };
    });
    assert_one_error("string s4 does not exist", |m| {
        body_insts(m)[2].op = Op::CallRuntime { func: RuntimeFn::WriteStr, args: vec![Operand::Const(Const::Str(StrId(4)))] };
    });
    assert_one_error("branch target b5 does not exist", |m| {
        m.functions[0].blocks[0].term = Terminator::Branch { cond: loc(1), then_block: BlockId(1), else_block: BlockId(5) };
    });
    assert_one_error("jump target b2 does not exist", |m| {
        m.functions[0].blocks[1].term = Terminator::Jump(BlockId(2));
    });
    assert_one_error("error target b3 does not exist", |m| {
        m.functions[0].blocks[0].on_error = Some(BlockId(3));
    });
}

#[test]
fn terminator_types() {
    assert_one_error("branch condition %0 has type int, expected bool", |m| {
        m.functions[0].blocks[0].term = Terminator::Branch { cond: loc(0), then_block: BlockId(1), else_block: BlockId(1) };
    });
    assert_one_error("returned value True has type bool, expected int", |m| {
        m.functions[1].blocks[0].term = Terminator::Return(Some(Operand::Const(Const::Bool(true))));
    });
    assert_one_error("returns nothing from a function returning int", |m| {
        m.functions[1].blocks[0].term = Terminator::Return(None);
    });
    assert_one_error("exception message 1 has type int, expected str", |m| {
        m.functions[0].blocks[1].term = Terminator::Raise { kind: ExcKind::ValueError, message: Some(int(1)), line: 2 };
    });
}

#[test]
fn parameters_are_the_first_locals() {
    assert_one_error("parameter 0 is %1", |m| {
        m.functions[1].params = vec![Local(1)];
    });
}

#[test]
fn function_shape() {
    assert_one_error("has no blocks", |m| {
        m.functions[1].blocks.clear();
    });
    assert_one_error("must take no parameters and return None", |m| {
        m.body = FuncId(1);
    });
    assert_one_error("is not a function of the module", |m| {
        m.body = FuncId(2);
    });
}

#[test]
fn symbols_are_unique_and_prefixed() {
    assert_one_error("is also the symbol of f0", |m| {
        m.functions[1].symbol = "tpu_module".into();
    });
    assert_one_error("does not start with `tpu_`", |m| {
        m.functions[1].symbol = "add1".into();
    });
}

#[test]
fn messages_say_where() {
    let mut m = valid_module();
    m.functions[1].blocks[0].insts[0].op = Op::IntBin(IntBinOp::Add, loc(0), Operand::Const(Const::Float(1.5)));
    assert_eq!(verify_module(&m), vec!["f1 `add1` b0[0]: operand 1.5 has type float, expected int".to_string()]);
}

#[test]
fn exports_match_their_function() {
    assert_one_error("2 parameter names for 1 parameters", |m| m.exports[0].param_names.push("y".into()));
    assert_one_error("the default of parameter 0 is a float, not a int", |m| m.exports[0].defaults[0] = Const::Float(1.0));
    assert_one_error("also exported by export 0", |m| {
        let again = m.exports[0].clone();
        m.exports.push(again);
    });
    assert_one_error("f9 is not a function of the module", |m| m.exports[0].func = FuncId(9));
    assert_one_error("constant 0 `g`: a value of type float cannot be shown as str", |m| {
        m.constants[0].ty = ValueType::Str;
    });
    assert_one_error("constant 2 `g`: the name is also another constant", |m| {
        let again = m.constants[0].clone();
        m.constants.push(again);
    });
    assert_one_error("0 parameter types for 1 parameters", |m| m.exports[0].param_types.clear());
    assert_one_error("the result has type int, which cannot be returned to Python as str", |m| {
        m.exports[0].ret_type = ValueType::Str;
    });
    assert_one_error("parameter 0 has type str, which Python cannot pass as int", |m| {
        // A function of a str parameter that returns 1 and is never called.
        m.functions[1].locals[0].ty = Type::Str;
        m.functions[1].blocks[0].insts.clear();
        m.functions[1].blocks[0].term = Terminator::Return(Some(int(1)));
        m.exports[0].defaults.clear();
        m.exports[0].func = FuncId(1);
        m.functions[0].blocks[0].insts.remove(0);
        m.functions[0].blocks[0].insts[0].op = Op::CallRuntime { func: RuntimeFn::WriteInt, args: vec![int(0)] };
        m.functions[0].blocks[0].insts[2].op = Op::Cmp(CmpOp::Lt, int(0), int(3));
    });
}

#[test]
fn func_addr_of_a_missing_function() {
    assert_one_error("func_addr of f9, which does not exist", |m| {
        body_insts(m).push(inst(Some(0), Op::FuncAddr(FuncId(9))));
    });
}

#[test]
fn func_addr_into_a_bool_local() {
    assert_one_error("destination %1 has type bool", |m| {
        m.functions[0].slot_abi = true;
        body_insts(m).push(inst(Some(1), Op::FuncAddr(FuncId(0))));
    });
}

#[test]
fn func_addr_needs_the_slot_abi() {
    assert_one_error("func_addr of f1, which does not have the slot ABI", |m| {
        body_insts(m).push(inst(Some(0), Op::FuncAddr(FuncId(1))));
    });
}

#[test]
fn calls_of_slot_abi_functions_are_rejected() {
    assert_one_error("call of f1, which has the slot ABI (only the runtime calls it)", |m| {
        m.functions[1].slot_abi = true;
    });
}

#[test]
fn null_fits_any_object_type_but_no_scalar() {
    // `s: str | None = None` is a null copied into a `Str` local, and a null
    // may be written where a `Str` operand is expected.
    let mut m = valid_module();
    m.functions[0].locals.push(local(Type::Str));
    body_insts(&mut m).push(inst(Some(2), Op::Copy(Operand::Const(Const::Null))));
    body_insts(&mut m).push(inst(None, Op::CallRuntime { func: RuntimeFn::WriteStr, args: vec![Operand::Const(Const::Null)] }));
    assert_eq!(verify_module(&m), Vec::<String>::new());
    assert_one_error("destination of a null copy has type int, expected an object", |m| {
        body_insts(m).push(inst(Some(0), Op::Copy(Operand::Const(Const::Null))));
    });
}

#[test]
fn code_addr_needs_a_closure_parameter() {
    // `add1` takes an `int` first, not a closure object.
    assert_one_error("code_addr of f1, whose first parameter is not a closure object", |m| {
        body_insts(m).push(inst(Some(0), Op::CodeAddr(FuncId(1))));
    });
}

#[test]
fn call_indirect_needs_a_code_address_and_a_closure() {
    assert_one_error("call_indirect without a closure argument", |m| {
        body_insts(m).push(inst(Some(0), Op::CallIndirect { addr: int(0), args: vec![], ret: Type::Int }));
    });
    assert_one_error("closure 2 has type int, expected obj", |m| {
        body_insts(m).push(inst(Some(0), Op::CallIndirect { addr: int(0), args: vec![int(2)], ret: Type::Int }));
    });
}
