//! Loops over any iterable: lists, tuples, strs, `range(...)`, dicts (and
//! their `keys()`, `values()`, `items()` views, iterated in place), sets, and
//! `enumerate(...)` of any of them (lazily, as CPython's). Used by `for`
//! over dicts and sets and by comprehensions; `iterate.rs` keeps its own
//! faster paths for `for` over lists, tuples and strs.
//!
//! A loop is opened with [`FnLowerer::begin_loop`], which leaves the builder
//! in the body with the element bound, and closed with
//! [`FnLowerer::end_loop`], which leaves it where the exhausted loop goes.

use taipan_ir as ir;
use taipan_ir::{CmpOp, IntBinOp, Op, Operand, RuntimeFn};
use taipan_types::hir::{self, DictOp, ExprKind, ObjOp, SeqOp, Ty};

use crate::stmt::int;
use crate::{ir_type, slot_kind, FnLowerer};

/// What a loop walks over, and how it reads an element.
#[derive(Clone, Copy)]
enum Source {
    List(Ty),
    Tuple(Ty),
    Str,
    /// A dict: its keys, values or `(key, value)` items.
    Dict {
        key: Ty,
        value: Ty,
        view: DictOp,
    },
    Set(Ty),
    /// A deque: read as a list, after checking that it did not change
    /// (CPython's `deque mutated during iteration`). The loop counts down
    /// the length it started with (`remaining`); `found` is the mutation
    /// counter it started from.
    Deque(Ty),
    /// `range(start, stop, step)`, walked without building a list.
    Range {
        stop: Operand,
        step: Operand,
    },
    /// A generator object, advanced by the runtime (`generator_fn.rs`).
    Iterator(Ty),
    /// `zip(...)` of lists and generator objects, some of them generators,
    /// walked lazily (`begin_zip_loop`); `pos` counts the tuples.
    Zip,
}

/// An open loop (see the module doc).
pub(crate) struct OpenLoop {
    source: Source,
    seq: Operand,
    /// The next index (list, tuple, str) or table position (dict, set).
    pos: ir::Local,
    /// The position the head found (dict, set).
    found: Operand,
    /// Dict: entries left to see (for CPython's "keys changed" check).
    remaining: Option<ir::Local>,
    /// `enumerate(...)`: the count paired with each element.
    counter: Option<ir::Local>,
    head: ir::BlockId,
    pub latch: ir::BlockId,
    pub done: ir::BlockId,
    line: u32,
}

impl FnLowerer<'_, '_> {
    /// Evaluates an iterable (a dict view evaluates its dict) into a value
    /// later code cannot change, and says how to walk it.
    fn iteration_source(&mut self, iter: &hir::Expr) -> Option<(Operand, Source)> {
        if let Some(r) = crate::range_value::stored_range(iter) {
            let r = self.expr(r);
            let (start, stop, step) = self.range_bounds_of(r);
            return Some((start, Source::Range { stop, step }));
        }
        if let ExprKind::ObjOp { op: ObjOp::ListFromRange, args } = &iter.kind {
            let bounds: Vec<Operand> = args.iter().map(|a| self.expr(a)).collect();
            let (start, stop, step) = (self.frozen(bounds[0]), self.frozen(bounds[1]), self.frozen(bounds[2]));
            self.check_range_step(step);
            return Some((start, Source::Range { stop, step }));
        }
        if let ExprKind::ObjOp { op: ObjOp::Dict(view @ (DictOp::Keys | DictOp::Values | DictOp::Items)), args } =
            &iter.kind
        {
            let dict = args.first()?;
            let Ty::Dict(key, value) = dict.ty else { return None };
            let d = self.expr(dict);
            let d = self.frozen(d);
            return Some((d, Source::Dict { key: *key, value: *value, view: *view }));
        }
        let source = match iter.ty {
            Ty::List(e) => Source::List(*e),
            Ty::TupleOf(_) | Ty::Tuple(_) => Source::Tuple(iter.ty.iter_elem()?),
            Ty::Str => Source::Str,
            Ty::Dict(key, value) => Source::Dict { key: *key, value: *value, view: DictOp::Keys },
            Ty::Set(e) => Source::Set(*e),
            Ty::Deque(e) => Source::Deque(*e),
            Ty::Iterator(e) => Source::Iterator(*e),
            _ => return None,
        };
        let v = self.expr(iter);
        let v = self.frozen(v);
        Some((v, source))
    }

    /// Whether `for` over `iter` takes the path of this file (dicts, sets,
    /// dict views, `enumerate`) rather than `iterate.rs`'s.
    pub fn iterates_hashed(iter: &hir::Expr) -> bool {
        matches!(iter.ty, Ty::Dict(..) | Ty::Set(_) | Ty::Deque(_) | Ty::Iterator(_))
            || crate::range_value::stored_range(iter).is_some()
            || matches!(&iter.kind, ExprKind::ObjOp { op: ObjOp::Seq(SeqOp::Zip), args }
                if args.iter().any(|a| matches!(a.ty, Ty::Iterator(_))))
            || matches!(
                iter.kind,
                ExprKind::ObjOp {
                    op: ObjOp::Dict(DictOp::Keys | DictOp::Values | DictOp::Items) | ObjOp::Seq(SeqOp::Enumerate),
                    ..
                }
            )
    }

    /// Evaluates `iter` and opens a loop over it; `bind` stores each element
    /// (an operand owning or borrowing it for the call). `None` if `iter` is
    /// not iterable (only in rejected programs).
    pub fn begin_loop(&mut self, iter: &hir::Expr, bind: impl FnOnce(&mut Self, Operand)) -> Option<OpenLoop> {
        let line = self.b.line;
        if let ExprKind::ObjOp { op: ObjOp::Seq(SeqOp::Zip), args } = &iter.kind {
            if args.iter().any(|a| matches!(a.ty, Ty::Iterator(_))) {
                return Some(self.begin_zip_loop(args, bind));
            }
        }
        // `enumerate(xs, start)` walks `xs` lazily, counting from `start`.
        let (seq, source, counter) = match &iter.kind {
            ExprKind::ObjOp { op: ObjOp::Seq(SeqOp::Enumerate), args } if args.len() == 2 => {
                // The iterable is evaluated before the start, as in the call.
                let (seq, source) = self.iteration_source(&args[0])?;
                let start = self.expr(&args[1]);
                let counter = self.b.temp(ir::Type::Int);
                self.b.copy(counter, start);
                (seq, source, Some(counter))
            }
            _ => {
                let (seq, source) = self.iteration_source(iter)?;
                (seq, source, None)
            }
        };
        self.b.line = line;
        let pos = self.b.temp(ir::Type::Int);
        self.b.copy(pos, int(0));
        let pos_op = Operand::Local(pos);
        let (start_len, remaining) = match source {
            Source::Deque(_) => {
                let r = self.b.temp(ir::Type::Int);
                self.b.emit(Some(r), Op::ContainerLen(seq));
                (None, Some(r))
            }
            Source::Dict { .. } | Source::Set(_) => {
                let len = self.b.temp(ir::Type::Int);
                self.b.emit(Some(len), Op::ContainerLen(seq));
                let remaining = matches!(source, Source::Dict { .. }).then(|| {
                    let r = self.b.temp(ir::Type::Int);
                    self.b.copy(r, Operand::Local(len));
                    r
                });
                (Some(len), remaining)
            }
            Source::Range { stop, step } => {
                // `seq` is the start: count the values once, then walk them.
                let count = self
                    .b
                    .value(ir::Type::Int, Op::CallRuntime { func: RuntimeFn::RangeLen, args: vec![seq, stop, step] });
                let r = self.b.temp(ir::Type::Int);
                self.b.copy(r, count);
                self.b.copy(pos, seq);
                (None, Some(r))
            }
            _ => (None, None),
        };
        let deque_state = matches!(source, Source::Deque(_))
            .then(|| self.b.value(ir::Type::Int, Op::CallRuntime { func: RuntimeFn::DequeState, args: vec![seq] }));
        let head = self.b.new_block();
        let body = self.b.new_block();
        let latch = self.b.new_block();
        let done = self.b.new_block();
        self.b.jump(head);

        self.b.switch_to(head);
        let (more, found) = match source {
            Source::Dict { .. } | Source::Set(_) => {
                let start_len = Operand::Local(start_len.unwrap_or(pos));
                let (func, args) = match source {
                    Source::Set(_) => (RuntimeFn::SetIterNext, vec![seq, pos_op, start_len]),
                    _ => {
                        let remaining = Operand::Local(remaining.unwrap_or(pos));
                        (RuntimeFn::DictIterNext, vec![seq, pos_op, start_len, remaining])
                    }
                };
                let found = self.runtime(func, args, ir::Type::Int);
                (self.b.value(ir::Type::Bool, Op::Cmp(CmpOp::Ne, found, int(-1))), found)
            }
            Source::Range { .. } => {
                let r = Operand::Local(remaining.unwrap_or(pos));
                (self.b.value(ir::Type::Bool, Op::Cmp(CmpOp::Ne, r, int(0))), pos_op)
            }
            Source::Iterator(_) => {
                let more = self.runtime(RuntimeFn::GenAdvance, vec![seq], ir::Type::Int);
                (self.b.value(ir::Type::Bool, Op::Cmp(CmpOp::Ne, more, int(0))), pos_op)
            }
            Source::Deque(_) => {
                // CPython checks for a change before it checks for the end.
                let state = deque_state.unwrap_or(pos_op);
                self.b.emit(None, Op::CallRuntime { func: RuntimeFn::DequeIterCheck, args: vec![seq, state] });
                let r = Operand::Local(remaining.unwrap_or(pos));
                (self.b.value(ir::Type::Bool, Op::Cmp(CmpOp::Ne, r, int(0))), state)
            }
            _ => {
                let len = match source {
                    Source::Str => self.b.value(ir::Type::Int, Op::StrLen(seq)),
                    _ => self.b.value(ir::Type::Int, Op::ContainerLen(seq)),
                };
                (self.b.value(ir::Type::Bool, Op::Cmp(CmpOp::Lt, pos_op, len)), pos_op)
            }
        };
        self.b.branch(more, body, done);

        self.b.switch_to(body);
        let mark = self.temp_mark();
        let elem = match source {
            // Unchanged since the loop began, so `pos < len`.
            Source::List(e) | Source::Deque(e) => self.borrowed_value(
                self.elem_type(e),
                Op::ListGet { list: seq, index: pos_op, kind: slot_kind(e), checked: false },
            ),
            Source::Tuple(e) => self.runtime(RuntimeFn::TupleGetItem, vec![seq, pos_op], self.elem_type(e)),
            Source::Str => self.runtime(RuntimeFn::StrGetItem, vec![seq, pos_op], ir::Type::Str),
            Source::Set(e) => self.runtime(RuntimeFn::SetKeyAt, vec![seq, found], self.elem_type(e)),
            // Never here: `begin_zip_loop` walks zips.
            Source::Range { .. } | Source::Zip => pos_op,
            Source::Iterator(e) => crate::generator_fn::yielded_value(self, seq, e),
            Source::Dict { key, value, view } => match view {
                DictOp::Values => self.runtime(RuntimeFn::DictValueAt, vec![seq, found], self.elem_type(value)),
                DictOp::Items => {
                    let k = self.runtime(RuntimeFn::DictKeyAt, vec![seq, found], self.elem_type(key));
                    let v = self.runtime(RuntimeFn::DictValueAt, vec![seq, found], self.elem_type(value));
                    self.new_value(
                        ir::Type::Obj,
                        Op::TupleNew { items: vec![(k, slot_kind(key)), (v, slot_kind(value))] },
                    )
                }
                _ => self.runtime(RuntimeFn::DictKeyAt, vec![seq, found], self.elem_type(key)),
            },
        };
        let elem = match counter {
            Some(c) => self.new_value(
                ir::Type::Obj,
                Op::TupleNew { items: vec![(Operand::Local(c), ir::SlotKind::Int), (elem, element_kind(source))] },
            ),
            None => elem,
        };
        bind(self, elem);
        self.release_temps(mark);
        Some(OpenLoop { source, seq, pos, found, remaining, counter, head, latch, done, line })
    }

    /// Closes a loop: the body falls through to the latch, which advances
    /// to the next element; the builder continues at `done`.
    pub fn end_loop(&mut self, l: OpenLoop) {
        self.b.jump(l.latch);
        self.b.switch_to(l.latch);
        self.b.line = l.line;
        let _ = l.seq;
        let (from, step) = match l.source {
            Source::Dict { .. } | Source::Set(_) => (l.found, int(1)),
            // Past the last value the sum may wrap; it is never used then.
            Source::Range { step, .. } => (Operand::Local(l.pos), step),
            _ => (Operand::Local(l.pos), int(1)),
        };
        let next = self.b.value(ir::Type::Int, Op::IntBin(IntBinOp::AddUnchecked, from, step));
        self.b.copy(l.pos, next);
        if let Some(c) = l.counter {
            // Past 2**63 - 1 CPython's count becomes a big int; ours raises.
            let next = self.b.value(ir::Type::Int, Op::IntBin(IntBinOp::Add, Operand::Local(c), int(1)));
            self.b.copy(c, next);
        }
        if let Some(r) = l.remaining {
            let left = self.b.value(ir::Type::Int, Op::IntBin(IntBinOp::SubUnchecked, Operand::Local(r), int(1)));
            self.b.copy(r, left);
        }
        self.b.jump(l.head);
        self.b.switch_to(l.done);
    }

    /// `for target in iter` over a dict, a dict view or a set.
    pub fn for_each_hashed(
        &mut self,
        target: &hir::Target,
        iter: &hir::Expr,
        body: &[hir::Stmt],
        orelse: &[hir::Stmt],
    ) {
        let Some(open) = self.begin_loop(iter, |this, elem| this.bind_target(target, elem)) else { return };
        let exit = self.b.new_block();
        self.loop_body(body, open.latch, exit);
        self.end_loop(open);
        self.stmts(orelse);
        self.b.jump(exit);
        self.b.switch_to(exit);
    }
}

impl FnLowerer<'_, '_> {
    /// `zip(a, b, ...)` where some operands are generator objects (the
    /// others lists): each step takes the next element of each operand in
    /// turn, and the first one that has none ends the loop, as CPython's
    /// zip does, so the generators run interleaved with the loop's body.
    fn begin_zip_loop(&mut self, args: &[hir::Expr], bind: impl FnOnce(&mut Self, Operand)) -> OpenLoop {
        let line = self.b.line;
        let sources: Vec<(Operand, Ty)> = args
            .iter()
            .map(|a| {
                let v = self.expr(a);
                (self.frozen(v), a.ty)
            })
            .collect();
        self.b.line = line;
        let pos = self.b.temp(ir::Type::Int);
        self.b.copy(pos, int(0));
        let head = self.b.new_block();
        let latch = self.b.new_block();
        let done = self.b.new_block();
        self.b.jump(head);
        self.b.switch_to(head);
        let mark = self.temp_mark();
        let mut items: Vec<(Operand, ir::SlotKind)> = Vec::new();
        for (seq, ty) in sources {
            let elem = ty.iter_elem().unwrap_or(Ty::Int);
            let more = match ty {
                Ty::Iterator(_) => {
                    let more = self.b.value(ir::Type::Int, Op::CallRuntime { func: RuntimeFn::GenAdvance, args: vec![seq] });
                    self.b.value(ir::Type::Bool, Op::Cmp(CmpOp::Ne, more, int(0)))
                }
                _ => {
                    let len = self.b.value(ir::Type::Int, Op::ContainerLen(seq));
                    self.b.value(ir::Type::Bool, Op::Cmp(CmpOp::Lt, Operand::Local(pos), len))
                }
            };
            let next = self.b.new_block();
            let exhausted = self.b.new_block();
            self.b.branch(more, next, exhausted);
            self.b.switch_to(exhausted);
            // The elements taken from the operands before this one.
            for (item, kind) in &items {
                if *kind == ir::SlotKind::Obj {
                    self.b.emit(None, Op::DecRef(*item));
                }
            }
            self.b.jump(done);
            self.b.switch_to(next);
            let item = match ty {
                Ty::Iterator(_) => crate::generator_fn::yielded_value(self, seq, elem),
                // Read at once: the next operand's generator may change the list.
                _ => self.borrowed_value(
                    ir_type(elem),
                    Op::ListGet { list: seq, index: Operand::Local(pos), kind: slot_kind(elem), checked: false },
                ),
            };
            items.push((item, slot_kind(elem)));
        }
        let tuple = self.new_value(ir::Type::Obj, Op::TupleNew { items });
        bind(self, tuple);
        self.release_temps(mark);
        OpenLoop {
            source: Source::Zip,
            seq: Operand::Const(ir::Const::None),
            pos,
            found: Operand::Local(pos),
            remaining: None,
            counter: None,
            head,
            latch,
            done,
            line,
        }
    }
}

/// How the elements a source gives are stored in a slot.
fn element_kind(source: Source) -> ir::SlotKind {
    match source {
        Source::List(e) | Source::Tuple(e) | Source::Set(e) | Source::Deque(e) | Source::Iterator(e) => slot_kind(e),
        Source::Str => slot_kind(Ty::Str),
        Source::Range { .. } => ir::SlotKind::Int,
        Source::Zip => ir::SlotKind::Obj,
        Source::Dict { key, value, view } => match view {
            DictOp::Values => slot_kind(value),
            DictOp::Items => ir::SlotKind::Obj,
            _ => slot_kind(key),
        },
    }
}
