//! Inlining of small functions: `v.dot(w)`, `v.sub(w)`, constructors that
//! only store fields, getters, small arithmetic helpers.
//!
//! Cranelift compiles one function at a time and never inlines, so without
//! this every such call costs a call, the spills around it and a check of
//! the error flag. A callee qualifies when it is small, is not part of a
//! recursion (`counts_depth`: only those count towards the recursion limit)
//! and has no `try`. Inlining runs bottom-up in rounds, so a method that only
//! called an inlined constructor qualifies in the next round.
//!
//! Tracebacks stay as they were: an error raised in the inlined body goes to
//! a landing block that adds the entry the callee's frame would have added
//! (`Op::InlinedFrame`, with the callee's line), releases the callee's
//! locals as its error exit would, and re-raises at the call's line. The
//! body is split so that each block's raising ops share one line.
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

/// A caller stops taking inlined bodies once it has grown by this many
/// instructions (so inlining always ends, whatever the call graph).
const MAX_GROWTH: usize = 2000;

/// Inlines every call of a qualifying function, in every function of `module`.
pub fn inline_small_functions(module: &mut Module) {
    let cyclic = in_call_cycles(module);
    let sizes: Vec<usize> = module.functions.iter().map(inst_count).collect();
    for _ in 0..ROUNDS {
        let mut inlinable: Vec<bool> =
            module.functions.iter().zip(&cyclic).map(|(f, &cyclic)| !cyclic && qualifies(f)).collect();
        if !inlinable.contains(&true) {
            return;
        }
        let mut changed = false;
        for caller in 0..module.functions.len() {
            while let Some((block, at, callee_id)) = next_site(&module.functions[caller], &inlinable, caller) {
                if inst_count(&module.functions[caller]) > sizes[caller] + MAX_GROWTH {
                    break;
                }
                let callee = module.functions[callee_id.index()].clone();
                inline_call(&mut module.functions[caller], block, at, callee_id, &callee);
                changed = true;
            }
            // Its body changed: whether it may be inlined is decided anew (a
            // body that now has landing blocks no longer qualifies).
            inlinable[caller] = !cyclic[caller] && qualifies(&module.functions[caller]);
        }
        if !changed {
            return;
        }
    }
}

fn inst_count(f: &Function) -> usize {
    f.blocks.iter().map(|b| b.insts.len()).sum()
}

/// For each function: whether it can reach itself through `Call`s. (The
/// lowering's `counts_depth` looks at the source's calls; the IR may have
/// more, e.g. the generated `__eq__` of a recursive dataclass.)
fn in_call_cycles(module: &Module) -> Vec<bool> {
    let callees: Vec<Vec<usize>> = module
        .functions
        .iter()
        .map(|f| {
            let mut c: Vec<usize> = f
                .blocks
                .iter()
                .flat_map(|b| &b.insts)
                .filter_map(|i| match &i.op {
                    Op::Call { func, .. } => Some(func.index()),
                    _ => None,
                })
                .filter(|&c| c < module.functions.len())
                .collect();
            c.sort_unstable();
            c.dedup();
            c
        })
        .collect();
    (0..callees.len())
        .map(|start| {
            let mut seen = vec![false; callees.len()];
            let mut stack = callees[start].clone();
            while let Some(f) = stack.pop() {
                if f == start {
                    return true;
                }
                if !std::mem::replace(&mut seen[f], true) {
                    stack.extend(&callees[f]);
                }
            }
            false
        })
        .collect()
}

/// Whether calls of `f` may be replaced by its body.
fn qualifies(f: &Function) -> bool {
    !f.counts_depth
        && inst_count(f) <= MAX_CALLEE_INSTS
        && f.blocks.iter().all(|b| b.on_error.is_none() && !matches!(b.term, Terminator::Unreachable))
}

/// The line at which a terminator raises, if it does.
fn raise_line(term: &Terminator) -> Option<u32> {
    match term {
        Terminator::Raise { line, .. } | Terminator::RaiseCode { line, .. } | Terminator::Reraise { line } => {
            Some(*line)
        }
        _ => None,
    }
}

/// Splits a callee block into runs whose raising ops (and raising
/// terminator) share one line: `(instructions, that line)`; the block's
/// terminator ends the last run.
fn runs_by_raise_line(block: &Block) -> Vec<(Vec<Inst>, Option<u32>)> {
    let mut runs: Vec<(Vec<Inst>, Option<u32>)> = vec![(Vec::new(), None)];
    let split = |runs: &mut Vec<(Vec<Inst>, Option<u32>)>, line: u32| {
        let current = runs.last_mut().expect("one run at least");
        match current.1 {
            Some(l) if l != line => runs.push((Vec::new(), Some(line))),
            Some(_) => {}
            None => current.1 = Some(line),
        }
    };
    for inst in &block.insts {
        if inst.op.can_raise() {
            split(&mut runs, inst.line);
        }
        runs.last_mut().expect("one run at least").0.push(inst.clone());
    }
    if let Some(line) = raise_line(&block.term) {
        split(&mut runs, line);
    }
    runs
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

/// Replaces instruction `at` of block `block` (a call of `callee`, function
/// `callee_id`) by the callee's body.
fn inline_call(caller: &mut Function, block: usize, at: usize, callee_id: FuncId, callee: &Function) {
    let call = caller.blocks[block].insts[at].clone();
    let Op::Call { args, .. } = &call.op else { return };
    let line = call.line;
    // The callee's locals, renumbered after the caller's.
    let base = caller.locals.len() as u32;
    let local = |l: Local| Local(base + l.0);
    caller.locals.extend(callee.locals.iter().map(|d| LocalData { name: None, ty: d.ty }));
    let on_error = caller.blocks[block].on_error;
    let borrowed = borrowed_params(callee);
    let remap = |o: &Operand| match o {
        Operand::Local(l) => Operand::Local(local(*l)),
        c => *c,
    };

    // Number the new blocks: each callee block's runs, then the continuation
    // (the rest of the calling block), then one landing block per line that
    // raises.
    let runs: Vec<Vec<(Vec<Inst>, Option<u32>)>> = callee.blocks.iter().map(runs_by_raise_line).collect();
    let first = caller.blocks.len() as u32;
    let mut heads = Vec::with_capacity(runs.len());
    let mut next = first;
    for r in &runs {
        heads.push(BlockId(next));
        next += r.len() as u32;
    }
    let continuation = BlockId(next);
    let mut landing_lines: Vec<u32> = runs.iter().flatten().filter_map(|(_, l)| *l).collect();
    landing_lines.sort_unstable();
    landing_lines.dedup();
    let landing = |l: u32| BlockId(continuation.0 + 1 + landing_lines.binary_search(&l).unwrap_or(0) as u32);

    // Entry: the arguments into the parameters (with the prologue's incref).
    let mut entry = Vec::new();
    for (p, a) in callee.params.iter().zip(args) {
        entry.push(Inst { dest: Some(local(*p)), op: Op::Copy(*a), line });
        if callee.local_ty(*p).is_object() && !borrowed.contains(p) {
            entry.push(Inst { dest: None, op: Op::IncRef(Operand::Local(local(*p))), line });
        }
    }

    let mut inlined: Vec<Block> = Vec::new();
    for (b, block_runs) in callee.blocks.iter().zip(&runs) {
        let last = block_runs.len() - 1;
        for (k, (insts, raises)) in block_runs.iter().enumerate() {
            let mut insts: Vec<Inst> = insts
                .iter()
                .map(|inst| {
                    let mut op = inst.op.clone();
                    op.operands_mut().into_iter().for_each(|o| *o = remap(o));
                    Inst { dest: inst.dest.map(local), op, line }
                })
                .collect();
            let term = if k < last {
                Terminator::Jump(BlockId(inlined.len() as u32 + first + 1))
            } else {
                match &b.term {
                    Terminator::Jump(t) => Terminator::Jump(heads[t.index()]),
                    Terminator::Branch { cond, then_block, else_block } => Terminator::Branch {
                        cond: remap(cond),
                        then_block: heads[then_block.index()],
                        else_block: heads[else_block.index()],
                    },
                    Terminator::Return(value) => {
                        epilogue(&mut insts, callee, value.as_ref(), call.dest, &borrowed, &local, line);
                        Terminator::Jump(continuation)
                    }
                    Terminator::Raise { kind, message, .. } => {
                        Terminator::Raise { kind: *kind, message: message.as_ref().map(remap), line }
                    }
                    Terminator::RaiseCode { code, .. } => Terminator::RaiseCode { code: *code, line },
                    Terminator::Reraise { .. } => Terminator::Reraise { line },
                    // `qualifies` admits no other terminator.
                    Terminator::Unreachable => Terminator::Unreachable,
                }
            };
            let on_error = match raises {
                Some(l) => Some(landing(*l)),
                None => on_error,
            };
            inlined.push(Block { insts, term, on_error });
        }
    }

    let rest = caller.blocks[block].insts.split_off(at + 1);
    let calling = &mut caller.blocks[block];
    calling.insts.pop();
    calling.insts.extend(entry);
    let term = std::mem::replace(&mut calling.term, Terminator::Jump(heads[0]));
    inlined.push(Block { insts: rest, term, on_error });
    for &l in &landing_lines {
        let mut insts = vec![Inst { dest: None, op: Op::InlinedFrame { func: callee_id, line: l }, line }];
        release_locals(&mut insts, callee, None, &borrowed, &local, line);
        inlined.push(Block { insts, term: Terminator::Reraise { line }, on_error });
    }
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
    release_locals(insts, callee, moved, &borrowed, local, line);
}

/// Releases the callee's object locals as its exits would: `DecRef` (which
/// also nulls) of each one but `moved` and the borrowed parameters, which
/// are only nulled.
fn release_locals(
    insts: &mut Vec<Inst>,
    callee: &Function,
    moved: Option<Local>,
    borrowed: &[Local],
    local: &impl Fn(Local) -> Local,
    line: u32,
) {
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
