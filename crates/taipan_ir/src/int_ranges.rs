//! Removal of integer overflow checks that cannot fire.
//!
//! Every `int.add`/`int.sub` checks for overflow (Python's ints are
//! unbounded; taipan's raise `OverflowError` past 64 bits). Cranelift cannot
//! drop those checks: its overflow ops are opaque to its optimiser. This pass
//! computes, for every `Int` local at every point of a function, an interval
//! its value lies in, and turns a checked add or subtract whose operands'
//! intervals prove the result fits into the unchecked op.
//!
//! The facts come from constants, arithmetic on known intervals, lengths
//! (`len(xs)` is at most [`LEN_MAX`]), remainders and floor divisions by
//! constants, and above all from branches: on the edges of
//! `branch (a < b)` the compared locals (and the locals copied from them) are
//! narrowed. `if n < 2: return n` proves `n - 1` and `n - 2` safe after it;
//! `while lo < hi` proves `lo + 1` and `hi - 1` safe in the body; a range
//! loop's counter is below its bound.
//!
//! It is an abstract interpretation over the CFG: block entry states are
//! joined over the incoming edges until nothing changes, widening a bound
//! that keeps moving to the end of the `i64` range, then refined by two
//! descending rounds (each state recomputed from its predecessors), which
//! recovers what widening lost at loop heads. Every state is an
//! over-approximation at each step, so the proof holds on every path.
//! Blocks reached by errors (`on_error` targets) and the entry start with
//! nothing known.
//!
//! Invariant: a checked op is only replaced where the interval of its exact
//! (unbounded) result lies inside the `i64` range, so it could not have raised.

use crate::{BlockId, CmpOp, Const, Function, Inst, IntBinOp, Local, Module, Op, Operand, Terminator, Type, UnaryOp};

/// An upper bound on every container length and str length: each element or
/// code point takes at least one byte of memory, and no 64-bit machine maps
/// more than 2^57 bytes of address space. Two indices below it add without
/// overflow.
pub const LEN_MAX: i64 = 1 << 60;

/// After this many changes of a block's entry state, growing bounds jump to
/// the ends of the range, so the iteration ends.
const WIDEN_AFTER: u32 = 3;
/// Rounds of recomputing every state from its predecessors after the fixpoint.
const DESCENDING_ROUNDS: usize = 2;

/// Replaces the provably safe checked adds and subtracts in every function.
pub fn remove_overflow_checks(module: &mut Module) {
    for f in &mut module.functions {
        remove_in_function(f);
    }
}

/// A closed interval `lo..=hi` of `i64` values.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
struct Range {
    lo: i64,
    hi: i64,
}

const FULL: Range = Range { lo: i64::MIN, hi: i64::MAX };

impl Range {
    fn point(v: i64) -> Range {
        Range { lo: v, hi: v }
    }

    /// The interval of exact results `lo..=hi` (computed in i128) if it fits
    /// in `i64`.
    fn fitting(lo: i128, hi: i128) -> Option<Range> {
        Some(Range { lo: i64::try_from(lo).ok()?, hi: i64::try_from(hi).ok()? })
    }

    /// The exact results `lo..=hi` cut to the `i64` range: what a checked op
    /// that did not raise can have produced.
    fn clamped(lo: i128, hi: i128) -> Range {
        let clamp = |v: i128| v.clamp(i128::from(i64::MIN), i128::from(i64::MAX)) as i64;
        Range { lo: clamp(lo), hi: clamp(hi) }
    }

    fn hull(self, other: Range) -> Range {
        Range { lo: self.lo.min(other.lo), hi: self.hi.max(other.hi) }
    }
}

/// What is known at one point of a function.
#[derive(Clone, Debug, PartialEq)]
struct State {
    /// The interval of each local (`FULL` for unknown and non-`Int` locals).
    ranges: Vec<Range>,
    /// `Bool` locals holding a comparison of two `Int` operands whose locals
    /// have not been assigned since.
    conds: Vec<(Local, CmpOp, Operand, Operand)>,
    /// `(a, b)`: `Int` local `a` holds the value of local `b` (assigned by a
    /// copy, neither assigned since).
    copies: Vec<(Local, Local)>,
}

impl State {
    fn unknown(f: &Function) -> State {
        State { ranges: vec![FULL; f.locals.len()], conds: Vec::new(), copies: Vec::new() }
    }

    fn range(&self, o: &Operand) -> Range {
        match o {
            Operand::Local(l) => self.ranges.get(l.index()).copied().unwrap_or(FULL),
            Operand::Const(Const::Int(v)) => Range::point(*v),
            Operand::Const(_) => FULL,
        }
    }

    /// Forgets everything that depended on the old value of `l`.
    fn assign(&mut self, l: Local) {
        if let Some(r) = self.ranges.get_mut(l.index()) {
            *r = FULL;
        }
        let mentions = |o: &Operand| *o == Operand::Local(l);
        self.conds.retain(|(c, _, a, b)| *c != l && !mentions(a) && !mentions(b));
        self.copies.retain(|(a, b)| *a != l && *b != l);
    }

    fn join(&self, other: &State) -> State {
        State {
            ranges: self.ranges.iter().zip(&other.ranges).map(|(a, b)| a.hull(*b)).collect(),
            conds: self.conds.iter().filter(|c| other.conds.contains(c)).cloned().collect(),
            copies: self.copies.iter().filter(|c| other.copies.contains(c)).copied().collect(),
        }
    }

    /// `self` (the joined state) with every bound that moved away from `old`
    /// pushed to the end of the range.
    fn widen(mut self, old: &State) -> State {
        for (new, old) in self.ranges.iter_mut().zip(&old.ranges) {
            if new.lo < old.lo {
                new.lo = i64::MIN;
            }
            if new.hi > old.hi {
                new.hi = i64::MAX;
            }
        }
        self
    }

    /// Narrows local `l` (and the locals that are copies of it, or it of
    /// them) to `r`; `false` when nothing remains (the edge cannot be taken).
    fn narrow(&mut self, l: Local, r: Range) -> bool {
        let mut same = vec![l];
        for &(a, b) in &self.copies {
            if a == l {
                same.push(b);
            } else if b == l {
                same.push(a);
            }
        }
        for x in same {
            let Some(cur) = self.ranges.get_mut(x.index()) else { continue };
            cur.lo = cur.lo.max(r.lo);
            cur.hi = cur.hi.min(r.hi);
            if cur.lo > cur.hi {
                return false;
            }
        }
        true
    }

    /// The state on the edge where `a op b` holds; `None` when it cannot.
    fn assume(mut self, op: CmpOp, a: &Operand, b: &Operand) -> Option<State> {
        let (ra, rb) = (self.range(a), self.range(b));
        // Bounds for `a` and for `b` implied by the comparison, in i128.
        let (min, max) = (i128::from(i64::MIN), i128::from(i64::MAX));
        let (alo, ahi, blo, bhi) = (ra.lo as i128, ra.hi as i128, rb.lo as i128, rb.hi as i128);
        let (na, nb) = match op {
            CmpOp::Lt => ((min, bhi - 1), (alo + 1, max)),
            CmpOp::Le => ((min, bhi), (alo, max)),
            CmpOp::Gt => ((blo + 1, max), (min, ahi - 1)),
            CmpOp::Ge => ((blo, max), (min, ahi)),
            CmpOp::Eq => ((blo, bhi), (alo, ahi)),
            // Only an equal constant bound can be cut off.
            CmpOp::Ne => {
                let cut = |r: Range, other: Range| -> (i128, i128) {
                    if other.lo != other.hi {
                        (min, max)
                    } else if r.lo == other.lo {
                        (r.lo as i128 + 1, max)
                    } else if r.hi == other.lo {
                        (min, r.hi as i128 - 1)
                    } else {
                        (min, max)
                    }
                };
                (cut(ra, rb), cut(rb, ra))
            }
        };
        for (operand, (lo, hi)) in [(a, na), (b, nb)] {
            if lo > hi {
                return None;
            }
            let r = Range::clamped(lo, hi);
            match operand {
                Operand::Local(l) => {
                    if !self.narrow(*l, r) {
                        return None;
                    }
                }
                Operand::Const(Const::Int(v)) => {
                    if *v < r.lo || *v > r.hi {
                        return None;
                    }
                }
                Operand::Const(_) => {}
            }
        }
        Some(self)
    }
}

/// The negation of an integer comparison (integers have no NaN).
fn negate(op: CmpOp) -> CmpOp {
    match op {
        CmpOp::Eq => CmpOp::Ne,
        CmpOp::Ne => CmpOp::Eq,
        CmpOp::Lt => CmpOp::Ge,
        CmpOp::Le => CmpOp::Gt,
        CmpOp::Gt => CmpOp::Le,
        CmpOp::Ge => CmpOp::Lt,
    }
}

/// The interval of the result of a checked or unchecked add/sub/mul, and
/// whether the exact result always fits (so a checked op cannot raise).
fn arith_range(op: IntBinOp, a: Range, b: Range) -> Option<(Range, bool)> {
    let (alo, ahi, blo, bhi) = (a.lo as i128, a.hi as i128, b.lo as i128, b.hi as i128);
    let (lo, hi) = match op {
        IntBinOp::Add | IntBinOp::AddUnchecked => (alo + blo, ahi + bhi),
        IntBinOp::Sub | IntBinOp::SubUnchecked => (alo - bhi, ahi - blo),
        IntBinOp::Mul => {
            let corners = [alo * blo, alo * bhi, ahi * blo, ahi * bhi];
            (*corners.iter().min()?, *corners.iter().max()?)
        }
        _ => return None,
    };
    match Range::fitting(lo, hi) {
        Some(r) => Some((r, true)),
        // A checked op that did not raise produced a result in range; an
        // unchecked one may have wrapped.
        None if op.can_raise() => Some((Range::clamped(lo, hi), false)),
        None => Some((FULL, false)),
    }
}

/// The interval of an `Int` result of `op` (in a state before the op).
fn result_range(state: &State, op: &Op) -> Range {
    match op {
        Op::Copy(o) => state.range(o),
        Op::IntBin(bin, a, b) => {
            let (ra, rb) = (state.range(a), state.range(b));
            if let Some((r, _)) = arith_range(*bin, ra, rb) {
                return r;
            }
            match (bin, b) {
                (IntBinOp::Mod, Operand::Const(Const::Int(c))) if *c > 0 => Range { lo: 0, hi: c - 1 },
                (IntBinOp::Mod, Operand::Const(Const::Int(c))) if *c < 0 => Range { lo: c + 1, hi: 0 },
                (IntBinOp::FloorDiv, Operand::Const(Const::Int(c))) if *c > 0 => {
                    Range { lo: ra.lo.div_euclid(*c), hi: ra.hi.div_euclid(*c) }
                }
                (IntBinOp::BitAnd, _) if ra.lo >= 0 || rb.lo >= 0 => {
                    let hi = match (ra.lo >= 0, rb.lo >= 0) {
                        (true, true) => ra.hi.min(rb.hi),
                        (true, false) => ra.hi,
                        _ => rb.hi,
                    };
                    Range { lo: 0, hi }
                }
                _ => FULL,
            }
        }
        Op::Unary(UnaryOp::BoolToInt, _) => Range { lo: 0, hi: 1 },
        Op::ContainerLen(_) | Op::StrLen(_) => Range { lo: 0, hi: LEN_MAX },
        Op::Select { a, b, .. } => state.range(a).hull(state.range(b)),
        _ => FULL,
    }
}

/// Steps `state` over `inst`; returns whether the instruction is a checked
/// add/sub that cannot overflow in this state.
fn step(f: &Function, state: &mut State, inst: &Inst) -> bool {
    let safe = match &inst.op {
        Op::IntBin(op @ (IntBinOp::Add | IntBinOp::Sub), a, b) => {
            arith_range(*op, state.range(a), state.range(b)).is_some_and(|(_, fits)| fits)
        }
        _ => false,
    };
    let Some(dest) = inst.dest else { return safe };
    let ty = f.locals.get(dest.index()).map(|d| d.ty);
    let range = (ty == Some(Type::Int)).then(|| result_range(state, &inst.op));
    let cond = match (&inst.op, ty) {
        (Op::Cmp(op, a, b), Some(Type::Bool)) if f.operand_ty(a) == Type::Int && *a != Operand::Local(dest) && *b != Operand::Local(dest) => {
            Some((*op, *a, *b))
        }
        _ => None,
    };
    let copy_of = match (&inst.op, ty) {
        (Op::Copy(Operand::Local(src)), Some(Type::Int)) if *src != dest => Some(*src),
        _ => None,
    };
    state.assign(dest);
    if let (Some(r), Some(slot)) = (range, state.ranges.get_mut(dest.index())) {
        *slot = r;
    }
    if let Some((op, a, b)) = cond {
        state.conds.push((dest, op, a, b));
    }
    if let Some(src) = copy_of {
        state.copies.push((dest, src));
    }
    safe
}

/// The states on the edges leaving block `b`, given its entry state.
fn out_edges(f: &Function, b: usize, mut state: State) -> Vec<(BlockId, Option<State>)> {
    let block = &f.blocks[b];
    for inst in &block.insts {
        step(f, &mut state, inst);
    }
    match &block.term {
        Terminator::Jump(t) => vec![(*t, Some(state))],
        Terminator::Branch { cond, then_block, else_block } => match cond {
            Operand::Const(Const::Bool(true)) => vec![(*then_block, Some(state))],
            Operand::Const(Const::Bool(false)) => vec![(*else_block, Some(state))],
            Operand::Local(c) => {
                let known = state.conds.iter().find(|(l, ..)| l == c).cloned();
                match known {
                    Some((_, op, a, x)) => {
                        let taken = state.clone().assume(op, &a, &x);
                        let not_taken = state.assume(negate(op), &a, &x);
                        vec![(*then_block, taken), (*else_block, not_taken)]
                    }
                    None => vec![(*then_block, Some(state.clone())), (*else_block, Some(state))],
                }
            }
            Operand::Const(_) => vec![(*then_block, Some(state.clone())), (*else_block, Some(state))],
        },
        _ => Vec::new(),
    }
}

/// Every block's entry state (`None` for blocks no path reaches).
fn entry_states(f: &Function) -> Vec<Option<State>> {
    let n = f.blocks.len();
    if n == 0 {
        return Vec::new();
    }
    // The entry and the error targets are entered with nothing known.
    let mut fixed = vec![false; n];
    fixed[0] = true;
    for block in &f.blocks {
        if let Some(e) = block.on_error {
            if let Some(x) = fixed.get_mut(e.index()) {
                *x = true;
            }
        }
    }
    let mut entry: Vec<Option<State>> = (0..n).map(|b| fixed[b].then(|| State::unknown(f))).collect();
    let mut changes = vec![0u32; n];
    let mut worklist: Vec<usize> = (0..n).filter(|&b| fixed[b]).rev().collect();
    let mut queued = fixed.clone();
    while let Some(b) = worklist.pop() {
        queued[b] = false;
        let Some(state) = entry[b].clone() else { continue };
        for (target, edge) in out_edges(f, b, state) {
            let (t, Some(edge)) = (target.index(), edge) else { continue };
            if t >= n || fixed[t] {
                continue;
            }
            let new = match &entry[t] {
                None => edge,
                Some(old) => {
                    let joined = old.join(&edge);
                    if changes[t] >= WIDEN_AFTER {
                        joined.widen(old)
                    } else {
                        joined
                    }
                }
            };
            if entry[t].as_ref() != Some(&new) {
                entry[t] = Some(new);
                changes[t] += 1;
                if !queued[t] {
                    queued[t] = true;
                    worklist.push(t);
                }
            }
        }
    }
    // Descending rounds: each state recomputed from its predecessors' (sound
    // from a post-fixpoint, and tighter where widening overshot).
    for _ in 0..DESCENDING_ROUNDS {
        let mut incoming: Vec<Option<State>> = vec![None; n];
        for b in 0..n {
            let Some(state) = entry[b].clone() else { continue };
            for (target, edge) in out_edges(f, b, state) {
                let (t, Some(edge)) = (target.index(), edge) else { continue };
                if t >= n || fixed[t] {
                    continue;
                }
                incoming[t] = Some(match incoming[t].take() {
                    None => edge,
                    Some(s) => s.join(&edge),
                });
            }
        }
        for b in 0..n {
            if !fixed[b] {
                entry[b] = incoming[b].take();
            }
        }
    }
    entry
}

fn remove_in_function(f: &mut Function) {
    let has_checked = f.blocks.iter().flat_map(|b| &b.insts).any(|i| {
        matches!(i.op, Op::IntBin(IntBinOp::Add | IntBinOp::Sub, ..))
    });
    if !has_checked {
        return;
    }
    let entry = entry_states(f);
    let mut safe: Vec<(usize, usize)> = Vec::new();
    for (b, state) in entry.into_iter().enumerate() {
        let Some(mut state) = state else { continue };
        for (i, inst) in f.blocks[b].insts.iter().enumerate() {
            if step(f, &mut state, inst) {
                safe.push((b, i));
            }
        }
    }
    for (b, i) in safe {
        if let Op::IntBin(op, ..) = &mut f.blocks[b].insts[i].op {
            *op = match *op {
                IntBinOp::Add => IntBinOp::AddUnchecked,
                IntBinOp::Sub => IntBinOp::SubUnchecked,
                other => other,
            };
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::{Block, LocalData};

    fn func(locals: &[Type], params: usize, blocks: Vec<Block>) -> Function {
        Function {
            name: "f".into(),
            symbol: "tpu_f".into(),
            params: (0..params as u32).map(Local).collect(),
            ret: Type::Int,
            locals: locals.iter().map(|&ty| LocalData { name: None, ty }).collect(),
            blocks,
            line: 1,
            counts_depth: false,
            slot_abi: false,
            traceback_frame: true,
        }
    }

    fn inst(dest: u32, op: Op) -> Inst {
        Inst { dest: Some(Local(dest)), op, line: 1 }
    }

    fn l(n: u32) -> Operand {
        Operand::Local(Local(n))
    }

    fn int(v: i64) -> Operand {
        Operand::Const(Const::Int(v))
    }

    fn block(insts: Vec<Inst>, term: Terminator) -> Block {
        Block { insts, term, on_error: None }
    }

    fn ops(f: &Function) -> Vec<Option<IntBinOp>> {
        f.blocks
            .iter()
            .flat_map(|b| &b.insts)
            .map(|i| match i.op {
                Op::IntBin(op, ..) => Some(op),
                _ => None,
            })
            .collect()
    }

    /// `if n < 2: return n; return (n - 1) + (n - 2)` (fib's shape).
    #[test]
    fn a_tested_lower_bound_makes_subtractions_safe() {
        use Type::{Bool, Int};
        let mut f = func(
            &[Int, Bool, Int, Int, Int],
            1,
            vec![
                block(
                    vec![inst(1, Op::Cmp(CmpOp::Lt, l(0), int(2)))],
                    Terminator::Branch { cond: l(1), then_block: BlockId(1), else_block: BlockId(2) },
                ),
                block(vec![], Terminator::Return(Some(l(0)))),
                block(
                    vec![
                        inst(2, Op::IntBin(IntBinOp::Sub, l(0), int(1))),
                        inst(3, Op::IntBin(IntBinOp::Sub, l(0), int(2))),
                        // Neither sum is proved: n may be near the top.
                        inst(4, Op::IntBin(IntBinOp::Add, l(2), l(3))),
                        inst(4, Op::IntBin(IntBinOp::Add, l(0), int(1))),
                    ],
                    Terminator::Return(Some(l(4))),
                ),
            ],
        );
        remove_in_function(&mut f);
        use IntBinOp::*;
        assert_eq!(ops(&f), vec![None, Some(SubUnchecked), Some(SubUnchecked), Some(Add), Some(Add)]);
    }

    /// `while lo < hi: lo += 1; hi -= 1`, and nothing proved before the test.
    #[test]
    fn a_loop_test_bounds_both_sides() {
        use Type::{Bool, Int};
        let mut f = func(
            &[Int, Int, Bool, Int, Int],
            2,
            vec![
                block(vec![], Terminator::Jump(BlockId(1))),
                block(
                    vec![inst(2, Op::Cmp(CmpOp::Lt, l(0), l(1)))],
                    Terminator::Branch { cond: l(2), then_block: BlockId(2), else_block: BlockId(3) },
                ),
                block(
                    vec![
                        inst(3, Op::IntBin(IntBinOp::Add, l(0), int(1))),
                        inst(0, Op::Copy(l(3))),
                        inst(4, Op::IntBin(IntBinOp::Sub, l(1), int(1))),
                        inst(1, Op::Copy(l(4))),
                        // lo was just moved up: lo + 1 is no longer proved.
                        inst(3, Op::IntBin(IntBinOp::Add, l(0), int(1))),
                    ],
                    Terminator::Jump(BlockId(1)),
                ),
                block(vec![inst(3, Op::IntBin(IntBinOp::Sub, l(0), int(1)))], Terminator::Return(Some(l(3)))),
            ],
        );
        remove_in_function(&mut f);
        use IntBinOp::*;
        assert_eq!(ops(&f), vec![None, Some(AddUnchecked), None, Some(SubUnchecked), None, Some(Add), Some(Sub)]);
    }

    /// A counter from 0 while below a length: `i + 1` and `i + j` are safe.
    #[test]
    fn a_counter_below_a_length_is_bounded() {
        use Type::{Bool, Int, Obj};
        // %0 list, %1 n = len, %2 i, %3 cond, %4 next, %5 sum
        let mut f = func(
            &[Obj, Int, Int, Bool, Int, Int],
            1,
            vec![
                block(
                    vec![inst(1, Op::ContainerLen(l(0))), inst(2, Op::Copy(int(0)))],
                    Terminator::Jump(BlockId(1)),
                ),
                block(
                    vec![inst(3, Op::Cmp(CmpOp::Lt, l(2), l(1)))],
                    Terminator::Branch { cond: l(3), then_block: BlockId(2), else_block: BlockId(3) },
                ),
                block(
                    vec![
                        inst(5, Op::IntBin(IntBinOp::Add, l(2), l(2))),
                        inst(5, Op::IntBin(IntBinOp::Mul, l(5), l(5))),
                        inst(4, Op::IntBin(IntBinOp::Add, l(2), int(1))),
                        inst(2, Op::Copy(l(4))),
                    ],
                    Terminator::Jump(BlockId(1)),
                ),
                block(vec![], Terminator::Return(Some(l(2)))),
            ],
        );
        remove_in_function(&mut f);
        use IntBinOp::*;
        assert_eq!(ops(&f), vec![None, None, None, Some(AddUnchecked), Some(Mul), Some(AddUnchecked), None]);
    }

    /// Nothing is known where an error lands.
    #[test]
    fn an_error_target_starts_unknown() {
        use Type::Int;
        let mut f = func(
            &[Int, Int],
            1,
            vec![
                Block {
                    insts: vec![inst(0, Op::Copy(int(5))), inst(1, Op::IntBin(IntBinOp::Add, l(0), int(1)))],
                    term: Terminator::Return(Some(l(1))),
                    on_error: Some(BlockId(1)),
                },
                block(vec![inst(1, Op::IntBin(IntBinOp::Add, l(0), int(1)))], Terminator::Return(Some(l(1)))),
            ],
        );
        remove_in_function(&mut f);
        use IntBinOp::*;
        assert_eq!(ops(&f), vec![None, Some(AddUnchecked), Some(Add)]);
    }
}
