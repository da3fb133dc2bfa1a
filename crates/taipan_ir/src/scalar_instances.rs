//! Scalar replacement of instances that never escape: `a.add(b.scale(k))`
//! builds a temporary `Vec` that only the inlined `add` reads.
//!
//! After inlining, such a temporary is an `InstanceNew` whose fields are
//! stored and read in the same stretch of code and which is then released.
//! Making it costs an allocation, the stores, the loads and a free. When
//! nothing but field reads and writes, copies and reference counting ever
//! sees the object, its fields can live in locals instead, and the object
//! need not exist at all.
//!
//! An allocation qualifies when, for the set `S` of locals that ever hold it
//! (the allocation's destination and the locals copied from them):
//!
//! - its class has only `int`, `float` and `bool` fields, so freeing it
//!   releases nothing else and has no effect a program can see;
//! - every assignment of a local in `S` is this allocation, a copy of a local
//!   in `S`, or null, and no parameter is in `S`;
//! - every use of a local in `S` is a `FieldGet`/`FieldSet` on it, a copy into
//!   `S`, an `IncRef` or a `DecRef` — never an argument, a stored value, a
//!   return value or a comparison;
//! - every field access through a local in `S` happens where that local holds
//!   the object made by the *latest* execution of the allocation: after it in
//!   the same block, or in a block reached from there by edges that are the
//!   only way into their targets. (An allocation in a loop makes one object
//!   per pass; this keeps each pass's accesses on its own object, which the
//!   one set of field locals then stands for.)
//!
//! The allocation becomes stores of zero into one fresh local per field
//! (instances start zeroed), field accesses become copies, and every local
//! in `S` is only ever null, so the reference counting on it goes.
//!
//! Invariant: an instance is only replaced when no operation but its own
//! field accesses and reference counting could observe it.

use std::collections::HashSet;

use crate::{
    BlockId, Const, Function, Inst, Local, LocalData, Module, Op, Operand, RuntimeFn, SlotKind, Terminator,
    Type,
};

/// Replaces the non-escaping instances of every function of `module`.
pub fn replace_scalar_instances(module: &mut Module) {
    let classes: Vec<Vec<SlotKind>> = module.classes.iter().map(|c| c.fields.clone()).collect();
    for f in &mut module.functions {
        // Each replacement rewrites the function; look for the next one anew.
        let mut tried: HashSet<(usize, usize)> = HashSet::new();
        // (Positions shift when a replacement rewrites the function, so the
        // failed sites are forgotten then: each success removes an
        // allocation, so this ends.)
        while let Some(site) = next_candidate(f, &classes, &tried) {
            match qualifying_set(f, &site) {
                Some(set) => {
                    replace(f, &site, &set);
                    tried.clear();
                }
                None => {
                    tried.insert((site.block, site.inst));
                }
            }
        }
    }
}

/// An `InstanceNew` of a class whose fields are all scalars.
struct Site {
    block: usize,
    inst: usize,
    root: Local,
    fields: Vec<SlotKind>,
}

fn scalar_type(kind: SlotKind) -> Option<Type> {
    match kind {
        SlotKind::Int => Some(Type::Int),
        SlotKind::Float => Some(Type::Float),
        SlotKind::Num => Some(Type::Num),
        SlotKind::Bool => Some(Type::Bool),
        SlotKind::None | SlotKind::Obj => None,
    }
}

fn next_candidate(f: &Function, classes: &[Vec<SlotKind>], tried: &HashSet<(usize, usize)>) -> Option<Site> {
    for (b, block) in f.blocks.iter().enumerate() {
        for (i, inst) in block.insts.iter().enumerate() {
            let (Some(root), Op::CallRuntime { func: RuntimeFn::InstanceNew, args }) = (inst.dest, &inst.op) else {
                continue;
            };
            let [Operand::Const(Const::Int(class))] = args.as_slice() else { continue };
            let Some(fields) = usize::try_from(*class).ok().and_then(|c| classes.get(c)) else { continue };
            if tried.contains(&(b, i)) || !fields.iter().all(|k| scalar_type(*k).is_some()) {
                continue;
            }
            return Some(Site { block: b, inst: i, root, fields: fields.clone() });
        }
    }
    None
}

/// The locals that hold the site's object, if it qualifies (module doc).
fn qualifying_set(f: &Function, site: &Site) -> Option<HashSet<Local>> {
    let mut set: HashSet<Local> = HashSet::from([site.root]);
    loop {
        let before = set.len();
        for inst in f.blocks.iter().flat_map(|b| &b.insts) {
            if let (Some(dest), Op::Copy(Operand::Local(src))) = (inst.dest, &inst.op) {
                if set.contains(src) {
                    set.insert(dest);
                }
            }
        }
        if set.len() == before {
            break;
        }
    }
    if f.params.iter().any(|p| set.contains(p)) {
        return None;
    }
    let in_set = |o: &Operand| matches!(o, Operand::Local(l) if set.contains(l));
    for (b, block) in f.blocks.iter().enumerate() {
        for (i, inst) in block.insts.iter().enumerate() {
            if inst.dest.is_some_and(|d| set.contains(&d)) {
                let allowed = (b, i) == (site.block, site.inst)
                    || matches!(&inst.op, Op::Copy(src) if in_set(src) || *src == Operand::Const(Const::Null));
                if !allowed {
                    return None;
                }
            }
            let uses_ok = match &inst.op {
                Op::Copy(_) | Op::IncRef(_) | Op::DecRef(_) => true,
                Op::FieldGet { obj, index, kind } => !in_set(obj) || field_matches(site, *index, *kind),
                Op::FieldSet { obj, value, index, kind } => {
                    !in_set(value) && (!in_set(obj) || field_matches(site, *index, *kind))
                }
                other => !other.clone().operands_mut().into_iter().any(|o| in_set(o)),
            };
            if !uses_ok {
                return None;
            }
        }
        let term_uses = match &block.term {
            Terminator::Branch { cond, .. } => in_set(cond),
            Terminator::Return(Some(v)) => in_set(v),
            Terminator::Raise { message: Some(m), .. } => in_set(m),
            _ => false,
        };
        if term_uses {
            return None;
        }
    }
    accesses_see_latest_object(f, site, &set).then_some(set)
}

fn field_matches(site: &Site, index: u32, kind: SlotKind) -> bool {
    site.fields.get(index as usize) == Some(&kind)
}

/// The object a field access goes through.
fn accessed_object(op: &Op) -> Option<&Operand> {
    match op {
        Op::FieldGet { obj, .. } | Op::FieldSet { obj, .. } => Some(obj),
        _ => None,
    }
}

/// Whether every field access through a local of `set` finds it holding the
/// object of the latest execution of the allocation (the last rule of the
/// module doc): walks from the allocation through the blocks only it leads
/// to, tracking which locals hold the new object.
fn accesses_see_latest_object(f: &Function, site: &Site, set: &HashSet<Local>) -> bool {
    let preds = predecessor_counts(f);
    let mut checked = 0usize;
    let mut stack: Vec<(usize, usize, HashSet<Local>)> = vec![(site.block, site.inst, HashSet::new())];
    let mut visited: HashSet<usize> = HashSet::new();
    while let Some((b, start, mut fresh)) = stack.pop() {
        let block = &f.blocks[b];
        for (i, inst) in block.insts.iter().enumerate().skip(start) {
            if let Some(Operand::Local(obj)) = accessed_object(&inst.op) {
                if set.contains(obj) {
                    if !fresh.contains(obj) {
                        return false;
                    }
                    checked += 1;
                }
            }
            if let Some(dest) = inst.dest {
                let holds = (b, i) == (site.block, site.inst)
                    || matches!(&inst.op, Op::Copy(Operand::Local(src)) if fresh.contains(src));
                if holds {
                    fresh.insert(dest);
                } else {
                    fresh.remove(&dest);
                }
            }
        }
        for t in successors(&block.term) {
            // Only edges that are the single way into their target; never an
            // error edge (taken from the middle of a block).
            if preds.get(t.index()) == Some(&1) && t.index() != site.block && visited.insert(t.index()) {
                stack.push((t.index(), 0, fresh.clone()));
            }
        }
    }
    // Every access must have been seen on that walk.
    let total = f
        .blocks
        .iter()
        .flat_map(|b| &b.insts)
        .filter(|i| matches!(accessed_object(&i.op), Some(Operand::Local(l)) if set.contains(l)))
        .count();
    checked == total
}

fn successors(term: &Terminator) -> Vec<BlockId> {
    match term {
        Terminator::Jump(t) => vec![*t],
        Terminator::Branch { then_block, else_block, .. } => vec![*then_block, *else_block],
        _ => Vec::new(),
    }
}

/// How many edges (terminators and error targets) reach each block; the
/// entry counts one more (the function's start).
fn predecessor_counts(f: &Function) -> Vec<usize> {
    let mut count = vec![0; f.blocks.len()];
    if let Some(c) = count.first_mut() {
        *c += 1;
    }
    let mut add = |b: BlockId| {
        if let Some(c) = count.get_mut(b.index()) {
            *c += 1;
        }
    };
    for block in &f.blocks {
        successors(&block.term).into_iter().for_each(&mut add);
        if let Some(e) = block.on_error {
            add(e);
        }
    }
    count
}

fn zero(ty: Type) -> Const {
    match ty {
        Type::Float => Const::Float(0.0),
        Type::Num => Const::NumInt(0),
        Type::Bool => Const::Bool(false),
        _ => Const::Int(0),
    }
}

fn replace(f: &mut Function, site: &Site, set: &HashSet<Local>) {
    let fields: Vec<(Local, Type)> = site
        .fields
        .iter()
        .filter_map(|k| scalar_type(*k))
        .map(|ty| {
            f.locals.push(LocalData { name: None, ty });
            (Local(f.locals.len() as u32 - 1), ty)
        })
        .collect();
    let in_set = |o: &Operand| matches!(o, Operand::Local(l) if set.contains(l));
    for (b, block) in f.blocks.iter_mut().enumerate() {
        let old = std::mem::take(&mut block.insts);
        let mut insts = Vec::with_capacity(old.len());
        for (i, inst) in old.into_iter().enumerate() {
            let line = inst.line;
            if (b, i) == (site.block, site.inst) {
                for &(l, ty) in &fields {
                    insts.push(Inst { dest: Some(l), op: Op::Copy(Operand::Const(zero(ty))), line });
                }
                insts.push(Inst { dest: Some(site.root), op: Op::Copy(Operand::Const(Const::Null)), line });
                continue;
            }
            match &inst.op {
                Op::IncRef(o) | Op::DecRef(o) if in_set(o) => {}
                Op::FieldGet { obj, index, .. } if in_set(obj) => {
                    let (l, _) = fields[*index as usize];
                    insts.push(Inst { dest: inst.dest, op: Op::Copy(Operand::Local(l)), line });
                }
                Op::FieldSet { obj, index, value, .. } if in_set(obj) => {
                    let (l, _) = fields[*index as usize];
                    insts.push(Inst { dest: Some(l), op: Op::Copy(*value), line });
                }
                Op::Copy(_) if inst.dest.is_some_and(|d| set.contains(&d)) => {
                    insts.push(Inst { dest: inst.dest, op: Op::Copy(Operand::Const(Const::Null)), line });
                }
                _ => insts.push(inst),
            }
        }
        block.insts = insts;
    }
}

#[cfg(test)]
mod tests;
