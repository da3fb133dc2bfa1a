//! Inlining of small functions that cannot raise: `v.dot(w)`, `v.sub(w)`,
//! constructors that only store fields, property-like getters.
//!
//! Cranelift compiles one function at a time and never inlines, so without
//! this every such call costs a call, the spills around it and a check of
//! the error flag it can never set. A callee qualifies when it is small, is
//! not part of a recursion (`counts_depth`), and has no op or terminator that
//! can raise: then no traceback can ever show its frame, so removing the
//! frame changes nothing observable. Inlining runs bottom-up in rounds, so a
//! method whose only raising op was a call of an inlined constructor
//! qualifies in the next round.
//!
//! The callee's reference rules are kept exactly (`Op` docs): its locals
//! become fresh locals of the caller, which start and end every pass through
//! the inlined body null, so the caller's own release-on-exit never sees a
//! stale reference. Object parameters are increfed on entry and released on
//! exit as the callee's prologue and epilogue would, except the ones codegen
//! would borrow (never assigned, released or returned: the caller's own
//! reference keeps them alive for the whole call).

use crate::{Block, BlockId, Const, FuncId, Function, Inst, Local, LocalData, Module, Op, Operand, Terminator};

/// Callees with more instructions than this stay calls.
const MAX_CALLEE_INSTS: usize = 48;
/// Rounds of bottom-up inlining (a constructor into a method into its callers).
const ROUNDS: usize = 3;

/// Inlines every call of a qualifying function, in every function of `module`.
pub fn inline_small_functions(module: &mut Module) {
    for _ in 0..ROUNDS {
        let inlinable: Vec<bool> = module.functions.iter().map(qualifies).collect();
        if !inlinable.contains(&true) {
            return;
        }
        let mut changed = false;
        for caller in 0..module.functions.len() {
            while let Some((block, at, callee)) = next_site(&module.functions[caller], &inlinable, caller) {
                let callee = module.functions[callee.index()].clone();
                inline_call(&mut module.functions[caller], block, at, &callee);
                changed = true;
            }
        }
        if !changed {
            return;
        }
    }
}

/// Whether calls of `f` may be replaced by its body.
fn qualifies(f: &Function) -> bool {
    let insts: usize = f.blocks.iter().map(|b| b.insts.len()).sum();
    !f.counts_depth
        && insts <= MAX_CALLEE_INSTS
        && f.blocks.iter().all(|b| {
            b.on_error.is_none()
                && b.insts.iter().all(|i| !i.op.can_raise())
                && matches!(b.term, Terminator::Jump(_) | Terminator::Branch { .. } | Terminator::Return(_))
        })
}

/// The first call in `f` of an inlinable function other than `f` itself.
fn next_site(f: &Function, inlinable: &[bool], this: usize) -> Option<(usize, usize, FuncId)> {
    f.blocks.iter().enumerate().find_map(|(b, block)| {
        block.insts.iter().enumerate().find_map(|(i, inst)| match &inst.op {
            Op::Call { func, .. }
                if func.index() != this && inlinable.get(func.index()).copied().unwrap_or(false) =>
            {
                Some((b, i, *func))
            }
            _ => None,
        })
    })
}

/// The object parameters a function's entry would not incref (the rule of
/// codegen's `borrowed_params`): never the destination of an instruction,
/// released by a `DecRef`, or returned.
fn borrowed_params(f: &Function) -> Vec<Local> {
    let mut borrowed: Vec<Local> = f.params.iter().copied().filter(|p| f.local_ty(*p).is_object()).collect();
    for block in &f.blocks {
        for inst in &block.insts {
            borrowed.retain(|p| inst.dest != Some(*p) && inst.op != Op::DecRef(Operand::Local(*p)));
        }
        if let Terminator::Return(Some(Operand::Local(l))) = &block.term {
            borrowed.retain(|p| p != l);
        }
    }
    borrowed
}

/// Replaces instruction `at` of block `block` (a call of `callee`) by the
/// callee's body.
fn inline_call(caller: &mut Function, block: usize, at: usize, callee: &Function) {
    let call = caller.blocks[block].insts[at].clone();
    let Op::Call { args, .. } = &call.op else { return };
    let line = call.line;
    // The callee's locals, renumbered after the caller's.
    let base = caller.locals.len() as u32;
    let local = |l: Local| Local(base + l.0);
    caller.locals.extend(callee.locals.iter().map(|d| LocalData { name: None, ty: d.ty }));
    // The callee's blocks, renumbered after the caller's, then the
    // continuation: the rest of the calling block.
    let first = caller.blocks.len() as u32;
    let block_id = |b: BlockId| BlockId(first + b.0);
    let continuation = BlockId(first + callee.blocks.len() as u32);
    let on_error = caller.blocks[block].on_error;

    let borrowed = borrowed_params(callee);
    let remap = |o: &Operand| match o {
        Operand::Local(l) => Operand::Local(local(*l)),
        c => *c,
    };

    // Entry: the arguments into the parameters (with the prologue's incref).
    let mut entry = Vec::new();
    for (p, a) in callee.params.iter().zip(args) {
        entry.push(Inst { dest: Some(local(*p)), op: Op::Copy(*a), line });
        if callee.local_ty(*p).is_object() && !borrowed.contains(p) {
            entry.push(Inst { dest: None, op: Op::IncRef(Operand::Local(local(*p))), line });
        }
    }

    let mut inlined: Vec<Block> = Vec::with_capacity(callee.blocks.len() + 1);
    for b in &callee.blocks {
        let mut insts: Vec<Inst> = b
            .insts
            .iter()
            .map(|inst| {
                let mut op = inst.op.clone();
                op.operands_mut().into_iter().for_each(|o| *o = remap(o));
                Inst { dest: inst.dest.map(local), op, line }
            })
            .collect();
        let term = match &b.term {
            Terminator::Jump(t) => Terminator::Jump(block_id(*t)),
            Terminator::Branch { cond, then_block, else_block } => Terminator::Branch {
                cond: remap(cond),
                then_block: block_id(*then_block),
                else_block: block_id(*else_block),
            },
            Terminator::Return(value) => {
                epilogue(&mut insts, callee, value.as_ref(), call.dest, &borrowed, &local, line);
                Terminator::Jump(continuation)
            }
            // `qualifies` admits no other terminator.
            other => other.clone(),
        };
        inlined.push(Block { insts, term, on_error });
    }

    let rest = caller.blocks[block].insts.split_off(at + 1);
    let calling = &mut caller.blocks[block];
    calling.insts.pop();
    calling.insts.extend(entry);
    let term = std::mem::replace(&mut calling.term, Terminator::Jump(block_id(BlockId(0))));
    inlined.push(Block { insts: rest, term, on_error });
    caller.blocks.extend(inlined);
}

/// What the callee's `return value` does, inlined: the result into the
/// call's destination (a returned local's reference moves there), then every
/// other object local released as the callee's exit would (`DecRef` of a local
/// also nulls it), and the borrowed parameters nulled.
fn epilogue(
    insts: &mut Vec<Inst>,
    callee: &Function,
    value: Option<&Operand>,
    dest: Option<Local>,
    borrowed: &[Local],
    local: &impl Fn(Local) -> Local,
    line: u32,
) {
    let mut moved = None;
    if let Some(value) = value {
        let value = match value {
            Operand::Local(l) => {
                moved = Some(*l);
                Operand::Local(local(*l))
            }
            c => *c,
        };
        match dest {
            Some(dest) => insts.push(Inst { dest: Some(dest), op: Op::Copy(value), line }),
            // Nobody takes the result: it is released like the other locals.
            None => moved = None,
        }
    }
    for (i, data) in callee.locals.iter().enumerate() {
        let l = Local(i as u32);
        if !data.ty.is_object() {
            continue;
        }
        let null = Inst { dest: Some(local(l)), op: Op::Copy(Operand::Const(Const::Null)), line };
        if Some(l) == moved || borrowed.contains(&l) {
            insts.push(null);
        } else {
            insts.push(Inst { dest: None, op: Op::DecRef(Operand::Local(local(l))), line });
        }
    }
}
