use super::*;
use crate::{Block, ClassData};

const V: u32 = 0; // the object
const W: u32 = 1; // a copy of it
const X: u32 = 2; // a float read from it

fn module(fields: Vec<SlotKind>, blocks: Vec<Block>) -> Module {
    let f = Function {
        name: "f".into(),
        symbol: "tpu_f".into(),
        params: Vec::new(),
        ret: Type::Float,
        locals: [Type::Obj, Type::Obj, Type::Float].iter().map(|&ty| LocalData { name: None, ty }).collect(),
        blocks,
        line: 1,
        counts_depth: false,
        slot_abi: false,
        traceback_frame: true,
    };
    Module {
        name: "__main__".into(),
        file: "t.py".into(),
        functions: vec![f],
        globals: Vec::new(),
        strings: Vec::new(),
        classes: vec![ClassData::plain("__main__.Vec", fields, 0)],
        body: crate::FuncId(0),
        doc: None,
        exports: Vec::new(),
        constants: Vec::new(),
    }
}

fn inst(dest: Option<u32>, op: Op) -> Inst {
    Inst { dest: dest.map(Local), op, line: 1 }
}

fn l(n: u32) -> Operand {
    Operand::Local(Local(n))
}

fn new_vec(dest: u32) -> Inst {
    inst(Some(dest), Op::CallRuntime { func: RuntimeFn::InstanceNew, args: vec![Operand::Const(Const::Int(0))] })
}

fn set(obj: u32, index: u32, v: f64) -> Inst {
    inst(None, Op::FieldSet { obj: l(obj), index, value: Operand::Const(Const::Float(v)), kind: SlotKind::Float })
}

fn get(dest: u32, obj: u32, index: u32) -> Inst {
    inst(Some(dest), Op::FieldGet { obj: l(obj), index, kind: SlotKind::Float })
}

fn ret(insts: Vec<Inst>) -> Block {
    Block { insts, term: Terminator::Return(Some(l(X))), on_error: None }
}

fn allocations(m: &Module) -> usize {
    m.functions[0]
        .blocks
        .iter()
        .flat_map(|b| &b.insts)
        .filter(|i| matches!(i.op, Op::CallRuntime { func: RuntimeFn::InstanceNew, .. }))
        .count()
}

fn floats() -> Vec<SlotKind> {
    vec![SlotKind::Float, SlotKind::Float]
}

#[test]
fn a_temporary_read_through_a_copy_becomes_locals() {
    let mut m = module(
        floats(),
        vec![ret(vec![
            new_vec(V),
            set(V, 1, 2.5),
            inst(Some(W), Op::Copy(l(V))),
            inst(None, Op::IncRef(l(W))),
            get(X, W, 1),
            inst(None, Op::DecRef(l(W))),
            inst(None, Op::DecRef(l(V))),
        ])],
    );
    replace_scalar_instances(&mut m);
    assert_eq!(allocations(&m), 0);
    let f = &m.functions[0];
    // Two field locals (%3, %4) start at zero; the read is a copy of %4.
    let insts = &f.blocks[0].insts;
    assert!(insts.contains(&inst(Some(4), Op::Copy(Operand::Const(Const::Float(2.5))))));
    assert!(insts.contains(&inst(Some(X), Op::Copy(l(4)))));
    assert!(!insts.iter().any(|i| matches!(i.op, Op::IncRef(_) | Op::DecRef(_) | Op::FieldGet { .. })));
}

#[test]
fn an_object_passed_to_a_call_stays() {
    let mut m = module(
        floats(),
        vec![ret(vec![
            new_vec(V),
            inst(None, Op::CallRuntime { func: RuntimeFn::Dealloc, args: vec![l(V)] }),
            get(X, V, 0),
        ])],
    );
    let before = m.clone();
    replace_scalar_instances(&mut m);
    assert_eq!(m, before);
}

#[test]
fn an_object_field_keeps_the_instance() {
    let mut m = module(vec![SlotKind::Float, SlotKind::Obj], vec![ret(vec![new_vec(V), get(X, V, 0)])]);
    let before = m.clone();
    replace_scalar_instances(&mut m);
    assert_eq!(m, before);
}

/// In a loop, a read of the previous pass's object before the new one is
/// made must not see the new one's fields.
#[test]
fn a_read_of_an_older_object_keeps_the_instance() {
    let looped = Block {
        insts: vec![
            get(X, W, 0),
            inst(None, Op::DecRef(l(W))),
            new_vec(V),
            set(V, 0, 1.0),
            inst(Some(W), Op::Copy(l(V))),
            inst(Some(V), Op::Copy(Operand::Const(Const::Null))),
        ],
        term: Terminator::Jump(BlockId(1)),
        on_error: None,
    };
    let start = Block {
        insts: vec![inst(Some(W), Op::Copy(Operand::Const(Const::Null)))],
        term: Terminator::Jump(BlockId(1)),
        on_error: None,
    };
    let mut m = module(floats(), vec![start, looped]);
    let before = m.clone();
    replace_scalar_instances(&mut m);
    assert_eq!(m, before);
}

/// The object made in one block and read in the block only it jumps to.
#[test]
fn reads_in_a_block_only_reached_from_the_allocation_count() {
    let first = Block { insts: vec![new_vec(V), set(V, 0, 1.0)], term: Terminator::Jump(BlockId(1)), on_error: None };
    let second = ret(vec![get(X, V, 0)]);
    let mut m = module(floats(), vec![first, second]);
    replace_scalar_instances(&mut m);
    assert_eq!(allocations(&m), 0);
    // A second way into the reading block: the read may see another object.
    let first = Block { insts: vec![new_vec(V), set(V, 0, 1.0)], term: Terminator::Jump(BlockId(1)), on_error: None };
    let second = Block { insts: vec![get(X, V, 0)], term: Terminator::Jump(BlockId(1)), on_error: None };
    let mut m = module(floats(), vec![first, second]);
    let before = m.clone();
    replace_scalar_instances(&mut m);
    assert_eq!(m, before);
}
