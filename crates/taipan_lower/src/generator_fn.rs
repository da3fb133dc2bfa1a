//! Generator functions (`taipan_types/src/generator_fn.rs`) as a state
//! machine: no stack switching, so it is portable and costs a call per element.
//!
//! A generator function `g` becomes three things:
//!
//! - a *frame class*: a generator object is an instance of it, laid out as
//!   `taipan_abi::generator_frame` says (resume function, state, last
//!   element, then one field per local of the resume function), so freeing
//!   it releases whatever the suspended frame held;
//! - the *creator*, IR function `g` itself (HIR function i stays IR
//!   function i): it makes the frame, stores the arguments into their
//!   fields and returns it, running none of the body;
//! - the *resume function* (also named `g`, so tracebacks show `in g`),
//!   with the slot ABI, called by the runtime's `tp_gen_advance` as
//!   `resume(frame, state) -> more`. It is the body lowered as an ordinary
//!   function, then transformed: a new entry block loads every local from
//!   its field and jumps, by `state`, to the start of the body or to the
//!   point after a yield; each `yield value` stores the element, every local
//!   and the next state into the frame and returns true; returning (or
//!   falling off the end) returns false.
//!
//! Locals of every kind (hidden loop counters and iterables, caught
//! exceptions, temporaries of the yield statement) survive a yield this way,
//! so `yield` may sit in any loop, `if` or `try` body the checker accepts.
//! Reference rules: the frame's fields own their references; a resumed
//! frame's locals take their own, and its stores at the next yield replace
//! the fields' (releasing the old values).

use taipan_abi::generator_frame::{FIRST_LOCAL, STATE, VALUE};
use taipan_ir as ir;
use taipan_ir::{CmpOp, Const, Op, Operand, RuntimeFn, Terminator};
use taipan_types::hir::{self, Ty};

use crate::{ir_type, slot_kind, FnLowerer, ModuleCx};

/// A `yield` in the body being lowered: the block it ends (whose terminator
/// the transform replaces), the element, and where the body continues.
pub(crate) struct YieldPoint {
    block: ir::BlockId,
    value: Operand,
    resume: ir::BlockId,
    line: u32,
}

/// What lowering a generator function gives.
pub(crate) struct LoweredGenerator {
    pub creator: ir::Function,
    pub resume: ir::Function,
    pub frame_class: ir::ClassData,
}

impl FnLowerer<'_, '_> {
    /// `yield value`: ends the block at a yield point; code continues in the
    /// block after it.
    pub fn yield_stmt(&mut self, value: &hir::Expr) {
        let v = self.expr(value);
        let Some(block) = self.b.current() else { return };
        let resume = self.b.new_block();
        self.yields.push(YieldPoint { block, value: v, resume, line: self.b.line });
        // Replaced by the stores and the return (`resume_function`).
        self.b.terminate(Terminator::Unreachable);
        self.b.switch_to(resume);
    }
}

/// Lowers generator function `f` (element type `elem`). `resume_id` is the
/// id the resume function will have, `class_id` the frame class's.
pub(crate) fn lower_generator<'m>(
    cx: &mut ModuleCx<'m>,
    id: hir::FuncId,
    f: &'m hir::Function,
    elem: Ty,
    symbols: (String, String),
    resume_id: ir::FuncId,
    class_id: u32,
) -> LoweredGenerator {
    let line = cx.line(f.span);
    // A generator's places are never nums (`taipan_types::num_places`).
    let mut lowerer = FnLowerer::new(cx, Some(id), line, &f.locals, ir::Type::None);
    // As `lower_function` does: parameters are bound, and captured ones move to their cells.
    for p in &f.params {
        if let Some(flag) = lowerer.bound_flags[p.index()] {
            lowerer.b.copy(flag, Operand::Const(Const::Bool(true)));
        }
    }
    lowerer.enter_closure(&f.closure, &f.params);
    lowerer.stmts(&f.body);
    if lowerer.b.is_open() {
        lowerer.b.terminate(Terminator::Return(None));
    }
    let yields = std::mem::take(&mut lowerer.yields);
    let (body_locals, body_blocks) = (lowerer.b.locals, lowerer.b.blocks);
    let (creator_symbol, resume_symbol) = symbols;

    let mut fields = vec![ir::SlotKind::Int, ir::SlotKind::Int, slot_kind(elem)];
    fields.extend(body_locals.iter().map(|l| l.ty.slot_kind()));
    let frame_class = ir::ClassData::plain("generator", fields, class_id);

    let creator = creator(f, line, creator_symbol, resume_id, class_id);
    let resume = resume_function(f, line, resume_symbol, body_locals, body_blocks, &yields, slot_kind(elem));
    LoweredGenerator { creator, resume, frame_class }
}

/// The creator: a new frame holding the arguments, not yet started (state 0).
fn creator(f: &hir::Function, line: u32, symbol: String, resume_id: ir::FuncId, class_id: u32) -> ir::Function {
    // A function value's code takes floats as nums (`taipan_types::num_places`);
    // the frame keeps them as floats.
    let value_code = f.closure.captures.is_some();
    let param_type = |i: usize, ty: hir::Ty| match ty {
        hir::Ty::Float if value_code && i > 0 => ir::Type::Num,
        _ => ir_type(ty),
    };
    let mut locals: Vec<ir::LocalData> = f
        .params
        .iter()
        .enumerate()
        .map(|(i, p)| ir::LocalData { name: Some(f.locals[p.index()].name.clone()), ty: param_type(i, f.locals[p.index()].ty) })
        .collect();
    let frame = ir::Local(locals.len() as u32);
    locals.push(ir::LocalData { name: None, ty: ir::Type::Obj });
    let addr = ir::Local(locals.len() as u32);
    locals.push(ir::LocalData { name: None, ty: ir::Type::Int });
    let inst = |dest, op| ir::Inst { dest, op, line };
    let mut insts = vec![
        inst(Some(frame), Op::CallRuntime { func: RuntimeFn::InstanceNew, args: vec![Operand::Const(Const::Int(class_id.into()))] }),
        inst(Some(addr), Op::FuncAddr(resume_id)),
        inst(None, field_set(frame, taipan_abi::generator_frame::RESUME, Operand::Local(addr), ir::SlotKind::Int)),
    ];
    // HIR local i is local i of the resume function, so parameter i goes to field `FIRST_LOCAL + i`.
    for (i, p) in f.params.iter().enumerate() {
        let ty = locals[i].ty;
        let mut value = Operand::Local(ir::Local(i as u32));
        if ty == ir::Type::Num {
            let float = ir::Local(locals.len() as u32);
            locals.push(ir::LocalData { name: None, ty: ir::Type::Float });
            insts.push(inst(Some(float), Op::Unary(ir::UnaryOp::NumToFloat, value)));
            value = Operand::Local(float);
        }
        if ty != ir::Type::None {
            let kind = if ty == ir::Type::Num { ir::SlotKind::Float } else { ty.slot_kind() };
            insts.push(inst(None, field_set(frame, FIRST_LOCAL + p.0, value, kind)));
        }
    }
    let entry = ir::Block { insts, term: Terminator::Return(Some(Operand::Local(frame))), on_error: None };
    ir::Function {
        name: f.name.clone(),
        symbol,
        params: (0..f.params.len() as u32).map(ir::Local).collect(),
        ret: ir::Type::Obj,
        locals,
        blocks: vec![entry],
        line,
        counts_depth: false,
        slot_abi: false,
        traceback_frame: true,
    }
}

fn field_set(frame: ir::Local, index: u32, value: Operand, kind: ir::SlotKind) -> Op {
    Op::FieldSet { obj: Operand::Local(frame), index, value, kind }
}

/// The resume function: the body's blocks after a new entry that restores
/// the frame and dispatches on the state, with each yield point suspending.
fn resume_function(
    f: &hir::Function,
    line: u32,
    symbol: String,
    body_locals: Vec<ir::LocalData>,
    mut blocks: Vec<ir::Block>,
    yields: &[YieldPoint],
    elem_kind: ir::SlotKind,
) -> ir::Function {
    // Locals: the frame and the state (the parameters), then the body's,
    // shifted by two; blocks: the new entry, then the body's, shifted by one.
    const SHIFT: u32 = 2;
    let frame = ir::Local(0);
    let state = ir::Local(1);
    let block = |b: ir::BlockId| ir::BlockId(b.0 + 1);
    let body_blocks_for_liveness = blocks.clone();
    for b in &mut blocks {
        shift_block(b, SHIFT);
        if let Terminator::Return(None) = b.term {
            b.term = Terminator::Return(Some(Operand::Const(Const::Bool(false))));
        }
    }
    let mut locals = vec![
        ir::LocalData { name: None, ty: ir::Type::Obj },
        ir::LocalData { name: None, ty: ir::Type::Int },
    ];
    locals.extend(body_locals);
    // What survives a yield: the locals live where the body continues
    // after it (`live_in`, computed on the unshifted body), each in its field.
    // A yield block goes on (through the frame) where the body continues.
    let suspensions: Vec<(ir::BlockId, ir::BlockId, Operand)> = yields.iter().map(|y| (y.block, y.resume, y.value)).collect();
    let live = live_in(&body_blocks_for_liveness, &suspensions, locals.len() - SHIFT as usize);
    let saved_at = |b: ir::BlockId| -> Vec<bool> { live[b.index()].clone() };
    let field_of = |l: usize| (ir::Local((l as u32) + SHIFT), FIRST_LOCAL + l as u32, locals[l + SHIFT as usize].ty);
    let mut restored = saved_at(ir::BlockId(0));
    for y in yields {
        for (r, live) in restored.iter_mut().zip(saved_at(y.resume)) {
            *r |= live;
        }
    }
    let inst = |dest, op, line| ir::Inst { dest, op, line };

    // Each yield point: store the element, the live locals and the next
    // state, empty the fields of dead objects; return true.
    for (k, y) in yields.iter().enumerate() {
        let live_after = saved_at(y.resume);
        let b = &mut blocks[y.block.index()];
        let value = shift_operand(y.value, SHIFT);
        if elem_kind != ir::SlotKind::None {
            b.insts.push(inst(None, field_set(frame, VALUE, value, elem_kind), y.line));
        }
        for l in (0..restored.len()).filter(|&l| restored[l]) {
            let (local, field, ty) = field_of(l);
            if ty == ir::Type::None {
                continue;
            }
            let value = if live_after[l] {
                Operand::Local(local)
            } else if ty.is_object() {
                // Not needed after this yield: the frame must not keep it alive.
                Operand::Const(Const::Null)
            } else {
                continue;
            };
            b.insts.push(inst(None, field_set(frame, field, value, ty.slot_kind()), y.line));
        }
        let next_state = Operand::Const(Const::Int(k as i64 + 1));
        b.insts.push(inst(None, field_set(frame, STATE, next_state, ir::SlotKind::Int), y.line));
        b.term = Terminator::Return(Some(Operand::Const(Const::Bool(true))));
    }

    // The entry: restore the locals some continuation needs, then go where
    // the state says.
    let mut entry = Vec::new();
    for l in (0..restored.len()).filter(|&l| restored[l]) {
        let (local, field, ty) = field_of(l);
        if ty == ir::Type::None {
            continue;
        }
        entry.push(inst(Some(local), Op::FieldGet { obj: Operand::Local(frame), index: field, kind: ty.slot_kind() }, line));
        if ty.is_object() {
            entry.push(inst(None, Op::IncRef(Operand::Local(local)), line));
        }
    }
    let targets: Vec<ir::BlockId> =
        std::iter::once(ir::BlockId(1)).chain(yields.iter().map(|y| block(y.resume))).collect();
    let mut dispatch = Vec::new();
    let mut insts = entry;
    for (k, target) in targets.iter().enumerate() {
        if k + 1 == targets.len() {
            dispatch.push(ir::Block { insts: std::mem::take(&mut insts), term: Terminator::Jump(*target), on_error: None });
            break;
        }
        let is_k = ir::Local(locals.len() as u32);
        locals.push(ir::LocalData { name: None, ty: ir::Type::Bool });
        insts.push(inst(Some(is_k), Op::Cmp(CmpOp::Eq, Operand::Local(state), Operand::Const(Const::Int(k as i64))), line));
        // The next test's block comes after the body's blocks.
        let next = ir::BlockId((blocks.len() + dispatch.len() + 1) as u32);
        let term = Terminator::Branch { cond: Operand::Local(is_k), then_block: *target, else_block: next };
        dispatch.push(ir::Block { insts: std::mem::take(&mut insts), term, on_error: None });
    }
    let mut all = vec![dispatch.remove(0)];
    all.extend(blocks);
    all.extend(dispatch);
    ir::Function {
        name: f.name.clone(),
        symbol,
        params: vec![frame, state],
        ret: ir::Type::Bool,
        locals,
        blocks: all,
        line,
        // Generators may recurse (a generator iterating a new one of itself).
        counts_depth: true,
        slot_abi: true,
        traceback_frame: true,
    }
}

/// Per block of a body, which of its `n` locals are live on entry: read on
/// some path from there before they are written. An exception may leave a
/// block before any of its writes, so its handler's live locals are live on
/// entry to it; a yield block (`suspensions`: it, its resume block and the
/// element) reads the element and leads to its resume block.
fn live_in(blocks: &[ir::Block], suspensions: &[(ir::BlockId, ir::BlockId, Operand)], n: usize) -> Vec<Vec<bool>> {
    let mut uses = vec![vec![false; n]; blocks.len()];
    let mut defs = vec![vec![false; n]; blocks.len()];
    for (i, b) in blocks.iter().enumerate() {
        let read = |o: &Operand, defs: &Vec<bool>, uses: &mut Vec<bool>| {
            if let Operand::Local(l) = o {
                if l.index() < n && !defs[l.index()] {
                    uses[l.index()] = true;
                }
            }
        };
        for inst in &b.insts {
            let mut op = inst.op.clone();
            for o in op.operands_mut() {
                read(o, &defs[i], &mut uses[i]);
            }
            if let Some(d) = inst.dest {
                if d.index() < n {
                    defs[i][d.index()] = true;
                }
            }
        }
        // The element a yield block stores.
        for (_, _, value) in suspensions.iter().filter(|(y, ..)| y.index() == i) {
            read(value, &defs[i], &mut uses[i]);
        }
        match &b.term {
            Terminator::Branch { cond: o, .. } | Terminator::Return(Some(o)) | Terminator::Raise { message: Some(o), .. } => {
                read(o, &defs[i], &mut uses[i])
            }
            _ => {}
        }
    }
    let successors = |i: usize, b: &ir::Block| -> Vec<ir::BlockId> {
        let mut next = match b.term {
            Terminator::Jump(t) => vec![t],
            Terminator::Branch { then_block, else_block, .. } => vec![then_block, else_block],
            _ => Vec::new(),
        };
        next.extend(suspensions.iter().filter(|(y, ..)| y.index() == i).map(|(_, r, _)| *r));
        next
    };
    let mut live = uses.clone();
    let mut changed = true;
    while changed {
        changed = false;
        for (i, b) in blocks.iter().enumerate().rev() {
            for s in successors(i, b) {
                for l in 0..n {
                    if live[s.index()][l] && !defs[i][l] && !live[i][l] {
                        live[i][l] = true;
                        changed = true;
                    }
                }
            }
            if let Some(h) = b.on_error {
                for l in 0..n {
                    if live[h.index()][l] && !live[i][l] {
                        live[i][l] = true;
                        changed = true;
                    }
                }
            }
        }
    }
    live
}

fn shift_operand(o: Operand, by: u32) -> Operand {
    match o {
        Operand::Local(l) => Operand::Local(ir::Local(l.0 + by)),
        c => c,
    }
}

/// Renumbers a block of the body for the resume function: locals up by
/// `by`, blocks up by one.
fn shift_block(b: &mut ir::Block, by: u32) {
    let up = |id: &mut ir::BlockId| id.0 += 1;
    for inst in &mut b.insts {
        if let Some(d) = &mut inst.dest {
            d.0 += by;
        }
        for o in inst.op.operands_mut() {
            *o = shift_operand(*o, by);
        }
    }
    if let Some(e) = &mut b.on_error {
        up(e);
    }
    match &mut b.term {
        Terminator::Jump(t) => up(t),
        Terminator::Branch { cond, then_block, else_block } => {
            *cond = shift_operand(*cond, by);
            up(then_block);
            up(else_block);
        }
        Terminator::Return(Some(o)) => *o = shift_operand(*o, by),
        Terminator::Raise { message: Some(m), .. } => *m = shift_operand(*m, by),
        Terminator::Return(None)
        | Terminator::Raise { message: None, .. }
        | Terminator::RaiseCode { .. }
        | Terminator::Reraise { .. }
        | Terminator::Unreachable => {}
    }
}

/// The element generator object `g` yielded last (its `VALUE` field), as a
/// temp owning a reference for an object.
pub(crate) fn yielded_value(this: &mut FnLowerer<'_, '_>, g: Operand, elem: Ty) -> Operand {
    this.borrowed_value(ir_type(elem), Op::FieldGet { obj: g, index: VALUE, kind: slot_kind(elem) })
}

impl FnLowerer<'_, '_> {
    /// `next(g)` / `next(g, default)` of a generator object: advances it;
    /// its element, else the default, else `StopIteration`.
    pub fn next_of_generator(&mut self, args: &[hir::Expr], ty: Ty) -> Option<Operand> {
        let (g, default) = match args {
            [g] => (g, None),
            [g, d] => (g, Some(d)),
            _ => return None,
        };
        let Ty::Iterator(elem) = g.ty else { return None };
        let line = self.b.line;
        let ret = ir_type(ty);
        let g = self.expr(g);
        // The arguments are evaluated before the generator runs.
        let default = default.map(|d| {
            let d = self.expr(d);
            self.frozen(d)
        });
        let more = self.runtime(RuntimeFn::GenAdvance, vec![g], ir::Type::Int);
        let more = self.b.value(ir::Type::Bool, Op::Cmp(CmpOp::Ne, more, Operand::Const(Const::Int(0))));
        let result = self.b.temp(ret);
        let got = self.b.new_block();
        let empty = self.b.new_block();
        let exit = self.b.new_block();
        self.b.branch(more, got, empty);

        self.b.switch_to(got);
        let mark = self.temp_mark();
        let value = yielded_value(self, g, *elem);
        // A `None` default made the result optional: box a number.
        let value = if ty != *elem && ty.is_optional_number() {
            self.convert(hir::Conversion::Box, value, *elem).0
        } else {
            value
        };
        if ret.is_object() {
            self.b.emit(None, Op::IncRef(value));
        }
        self.b.copy(result, value);
        self.release_temps(mark);
        self.b.jump(exit);

        self.b.switch_to(empty);
        match default {
            Some(d) => {
                if ret.is_object() {
                    self.b.emit(None, Op::IncRef(d));
                }
                self.b.copy(result, d);
                self.b.jump(exit);
            }
            None => self.b.terminate(Terminator::Raise { kind: ir::ExcKind::StopIteration, message: None, line }),
        }
        self.b.switch_to(exit);
        if ret.is_object() {
            self.temps.push(result);
        }
        Some(Operand::Local(result))
    }
}

impl FnLowerer<'_, '_> {
    /// `zip(...)` as a value when some operands are generator objects: the
    /// list of the tuples the lazy loop (`loops.rs`) gives.
    pub fn zip_of_generators(&mut self, args: &[hir::Expr], ty: Ty) -> Option<Operand> {
        let list = self.runtime(
            RuntimeFn::ListNew,
            vec![Operand::Const(Const::Int(ir::SlotKind::Obj as i64)), Operand::Const(Const::Int(0))],
            ir::Type::Obj,
        );
        let span = args.first()?.span;
        let zip = hir::Expr { kind: hir::ExprKind::ObjOp { op: hir::ObjOp::Seq(hir::SeqOp::Zip), args: args.to_vec() }, ty, span };
        let open = self.begin_loop(&zip, |this, x| {
            this.b.emit(None, Op::CallRuntime { func: RuntimeFn::ListAppend, args: vec![list, x] });
        })?;
        self.end_loop(open);
        Some(list)
    }
}

/// The frame classes of list iterators (`iter(xs)`, the runtime's
/// `tp_list_iter_new`): one per element kind the program iterates so,
/// numbered after the generators' frame classes.
pub(crate) struct ListIterators {
    first_id: u32,
    kinds: Vec<ir::SlotKind>,
}

impl ListIterators {
    pub fn new(module: &hir::Module) -> ListIterators {
        ListIterators { first_id: (module.classes.len() + module.generators.len()) as u32, kinds: Vec::new() }
    }

    /// The class id of the list iterators over elements of `kind` (also the
    /// frame class of the iterators `tp_iterable_iter` makes, which use the
    /// two last fields: `abstract_collections.rs`).
    pub(crate) fn class_id(&mut self, kind: ir::SlotKind) -> u32 {
        let index = match self.kinds.iter().position(|k| *k == kind) {
            Some(i) => i,
            None => {
                self.kinds.push(kind);
                self.kinds.len() - 1
            }
        };
        self.first_id + index as u32
    }

    /// The classes, in id order: the generator fields, then the list, the
    /// index and two more ints (the start length and remaining count of an
    /// iteration over a set or dict, `runtime/src/iterable_ops.rs`).
    pub fn classes(&self) -> impl Iterator<Item = ir::ClassData> + '_ {
        self.kinds.iter().enumerate().map(|(i, kind)| {
            let fields = vec![
                ir::SlotKind::Int,
                ir::SlotKind::Int,
                *kind,
                ir::SlotKind::Obj,
                ir::SlotKind::Int,
                ir::SlotKind::Int,
                ir::SlotKind::Int,
            ];
            ir::ClassData::plain("list_iterator", fields, self.first_id + i as u32)
        })
    }
}

impl FnLowerer<'_, '_> {
    /// `iter(xs)` of a list: a list iterator (a generator object the runtime resumes).
    pub fn list_iterator(&mut self, list: &hir::Expr) -> Operand {
        let Ty::List(elem) = list.ty else { return Operand::Const(Const::Null) };
        let class = self.cx.list_iterators.class_id(slot_kind(*elem));
        let xs = self.expr(list);
        self.runtime(RuntimeFn::ListIterNew, vec![Operand::Const(Const::Int(class.into())), xs], ir::Type::Obj)
    }
}
