//! Removal of `IncRef(t) … DecRef(t)` pairs that protect nothing, and of
//! `DecRef`s of locals known to be null.
//!
//! The lowering takes a reference to every borrowed value it keeps in a
//! temporary `t` (a field read, a list element) and drops it at the end of
//! the statement, so that a callee releasing the value's owner cannot free
//! it under the caller. Once calls are inlined, many of these protect a
//! stretch of code that releases nothing. Let the *window* run from the
//! `IncRef(t)` to the last instruction that reads `t` or a copy of it (the
//! copies must die inside the window: the inlined callee's parameters).
//! When no instruction in the window can raise or drop a reference, the
//! count the pair adds is never needed: nothing can free the object while
//! it is used, and no error path can release `t` while it holds a borrowed
//! pointer. The `IncRef` goes, `t` is nulled right after the window, and the
//! `DecRef(t)` (a no-op on null) goes too.

use crate::{Block, Const, Function, Inst, Local, Module, Op, Operand, RuntimeFn, SlotKind};

/// Removes the removable pairs and null `DecRef`s in every function of `module`.
pub fn remove_refcount_pairs(module: &mut Module) {
    for f in &mut module.functions {
        let releasing: Vec<Vec<bool>> = f
            .blocks
            .iter()
            .map(|b| {
                b.insts
                    .iter()
                    .map(|i| {
                        let object_args = match &i.op {
                            Op::CallRuntime { args, .. } => {
                                args.iter().any(|a| operand_is_object(f, a))
                            }
                            _ => false,
                        };
                        may_release_or_raise(&i.op, object_args)
                    })
                    .collect()
            })
            .collect();
        for (block, releasing) in f.blocks.iter_mut().zip(releasing) {
            remove_pairs(block, &releasing);
            remove_null_decrefs(block);
        }
    }
}
fn operand_is_object(f: &Function, o: &Operand) -> bool {
    match o {
        Operand::Local(l) => f.locals.get(l.index()).is_some_and(|d| d.ty.is_object()),
        Operand::Const(c) => c.ty().is_object(),
    }
}

/// Whether `op` can raise, or drop a reference (other than by the pair's own
/// `DecRef`, which the caller looks for first). A runtime call can only reach
/// objects through its arguments.
fn may_release_or_raise(op: &Op, has_object_args: bool) -> bool {
    op.can_raise()
        || match op {
            Op::DecRef(_) | Op::Call { .. } | Op::StoreGlobal { .. } => true,
            Op::CallRuntime { func, .. } => has_object_args && *func != RuntimeFn::InstanceNew,
            Op::FieldSet { kind, .. } | Op::ListSet { kind, .. } => *kind == SlotKind::Obj,
            _ => false,
        }
}

fn remove_pairs(block: &mut Block, releasing: &[bool]) {
    let mut removed = vec![false; block.insts.len()];
    let mut null_after: Vec<(usize, Local)> = Vec::new();
    for i in 0..block.insts.len() {
        let Op::IncRef(Operand::Local(t)) = block.insts[i].op else {
            continue;
        };
        let Some((window_end, decref)) = window(block, i, t) else {
            continue;
        };
        if releasing[i + 1..=window_end].contains(&true) || removed[decref] {
            continue;
        }
        removed[i] = true;
        removed[decref] = true;
        null_after.push((window_end, t));
    }
    let old = std::mem::take(&mut block.insts);
    for (k, inst) in old.into_iter().enumerate() {
        let line = inst.line;
        if !removed[k] {
            block.insts.push(inst);
        }
        for &(_, t) in null_after.iter().filter(|(end, _)| *end == k) {
            block.insts.push(Inst {
                dest: Some(t),
                op: Op::Copy(Operand::Const(Const::Null)),
                line,
            });
        }
    }
}

/// For the `IncRef(t)` at `i`: the window's last instruction (see the module
/// doc) and the `DecRef(t)` that ends the pair, when there is one in the
/// block, `t` is not reassigned before it, and every copy of `t` made in
/// between dies before it too.
fn window(block: &Block, i: usize, t: Local) -> Option<(usize, usize)> {
    let mut copies: Vec<Local> = Vec::new();
    let mut end = i;
    for (k, inst) in block.insts.iter().enumerate().skip(i + 1) {
        if inst.op == Op::DecRef(Operand::Local(t)) {
            return copies.is_empty().then_some((end, k));
        }
        let mut op = inst.op.clone();
        let reads = op
            .operands_mut()
            .iter()
            .any(|o| matches!(o, Operand::Local(l) if *l == t || copies.contains(l)));
        if reads {
            end = k;
            // A copy that is released had a reference of its own to give up.
            if matches!(inst.op, Op::DecRef(_)) {
                return None;
            }
        }
        if let Some(dest) = inst.dest {
            if dest == t {
                return None;
            }
            if copies.contains(&dest) {
                copies.retain(|c| *c != dest);
                end = k;
            }
            if let Op::Copy(Operand::Local(src)) = inst.op {
                if src == t || copies.contains(&src) {
                    copies.push(dest);
                }
            }
        }
    }
    None
}

/// Drops each `DecRef(x)` where `x` is null for sure: after `x = null` or an
/// earlier `DecRef(x)` (which nulls), with no other assignment in between.
fn remove_null_decrefs(block: &mut Block) {
    let mut null: Vec<Local> = Vec::new();
    block.insts.retain(|inst| {
        if let Op::DecRef(Operand::Local(x)) = inst.op {
            if null.contains(&x) {
                return false;
            }
            null.push(x);
            return true;
        }
        if let Some(dest) = inst.dest {
            null.retain(|l| *l != dest);
            if inst.op == Op::Copy(Operand::Const(Const::Null)) {
                null.push(dest);
            }
        }
        true
    });
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::Terminator;

    const T: Local = Local(0);
    const U: Local = Local(1);
    const X: Local = Local(2);
    const P: Local = Local(3);

    fn inst(dest: Option<Local>, op: Op) -> Inst {
        Inst { dest, op, line: 1 }
    }
    fn incref(l: Local) -> Inst {
        inst(None, Op::IncRef(Operand::Local(l)))
    }
    fn decref(l: Local) -> Inst {
        inst(None, Op::DecRef(Operand::Local(l)))
    }
    fn read_field(dest: Local, obj: Local) -> Inst {
        inst(
            Some(dest),
            Op::FieldGet {
                obj: Operand::Local(obj),
                index: 0,
                kind: SlotKind::Float,
            },
        )
    }
    fn copy(dest: Local, src: Operand) -> Inst {
        inst(Some(dest), Op::Copy(src))
    }
    fn null(l: Local) -> Inst {
        copy(l, Operand::Const(Const::Null))
    }

    fn run(insts: Vec<Inst>) -> Vec<Inst> {
        let releasing: Vec<bool> = insts
            .iter()
            .map(|i| may_release_or_raise(&i.op, false))
            .collect();
        let mut block = Block {
            insts,
            term: Terminator::Return(None),
            on_error: None,
        };
        remove_pairs(&mut block, &releasing);
        block.insts
    }

    #[test]
    fn a_pair_around_reads_goes() {
        let out = run(vec![incref(T), read_field(X, T), decref(T)]);
        assert_eq!(out, vec![read_field(X, T), null(T)]);
    }

    #[test]
    fn a_release_while_the_value_is_used_keeps_the_pair() {
        let code = vec![incref(T), decref(U), read_field(X, T), decref(T)];
        assert_eq!(run(code.clone()), code);
    }

    #[test]
    fn a_release_after_the_last_use_is_outside_the_window() {
        let out = run(vec![incref(T), read_field(X, T), decref(U), decref(T)]);
        assert_eq!(out, vec![read_field(X, T), null(T), decref(U)]);
    }

    #[test]
    fn copies_must_die_in_the_window() {
        // An inlined callee's parameter: copied, read, nulled.
        let out = run(vec![
            incref(T),
            copy(P, Operand::Local(T)),
            read_field(X, P),
            null(P),
            decref(T),
        ]);
        assert_eq!(
            out,
            vec![
                copy(P, Operand::Local(T)),
                read_field(X, P),
                null(P),
                null(T)
            ]
        );
        // A variable taking the value keeps it past the pair.
        let kept = vec![incref(T), copy(P, Operand::Local(T)), decref(T)];
        assert_eq!(run(kept.clone()), kept);
    }

    #[test]
    fn a_reassigned_temporary_keeps_the_pair() {
        let code = vec![incref(T), read_field(X, T), null(T), decref(T)];
        assert_eq!(run(code.clone()), code);
    }

    #[test]
    fn decrefs_of_null_locals_go() {
        let mut block = Block {
            insts: vec![null(T), decref(T), decref(U), decref(U)],
            term: Terminator::Return(None),
            on_error: None,
        };
        remove_null_decrefs(&mut block);
        assert_eq!(block.insts, vec![null(T), decref(U)]);
    }
}
