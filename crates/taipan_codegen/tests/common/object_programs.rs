//! Hand-built IR programs with objects: lists, tuples, reference counting and
//! the releases on every way out of a function. Expected output is CPython
//! 3.11's for the Python each program spells out.
//!
//! The IR's reference rules apply to these programs as to the lowering's: every
//! object local owns a reference or is null, so a borrowed result (`ListGet`,
//! `TupleGet` of an object) is `IncRef`ed before the local holding it is
//! released, and a local is `DecRef`ed before it is reassigned. Leaks are caught
//! by the runtime's live-object counter (`tp_live_objects`): each program checks
//! the count is back where it started once its objects are gone.

use taipan_ir::{
    BlockId, CmpOp, FuncId, IntBinOp, Local, Module, Op, Operand, RuntimeFn, SlotKind, Terminator, Type,
};

use super::ir_builder::*;
use super::programs::{Program, FILE};

fn ok(name: &'static str, module: Module, stdout: &str) -> Program {
    Program { name, module, stdout: stdout.to_string(), error: None, traceback: Vec::new(), status: 0 }
}

fn fails(name: &'static str, module: Module, stdout: &str, error: &str, traceback: &[&str]) -> Program {
    Program {
        name,
        module,
        stdout: stdout.to_string(),
        error: Some(error.to_string()),
        traceback: traceback.iter().map(|s| s.to_string()).collect(),
        status: 1,
    }
}

/// `[items]`: a new list of `kind`, in a new local.
fn new_list(f: &mut FnBuilder, b: BlockId, kind: SlotKind, items: &[Operand], line: u32) -> Local {
    let capacity = int(items.len() as i64);
    let list = f.tmp(b, Type::Obj, Op::CallRuntime { func: RuntimeFn::ListNew, args: vec![int(kind as i64), capacity] }, line);
    for item in items {
        f.runtime(b, RuntimeFn::ListAppend, vec![local(list), *item], line);
    }
    list
}

/// `list[index]` (checked) into a new local of `ty`; an object is increfed,
/// since the local will be released.
fn list_get(f: &mut FnBuilder, b: BlockId, ty: Type, list: Local, index: Operand, line: u32) -> Local {
    let op = Op::ListGet { list: local(list), index, kind: ty.slot_kind(), checked: true };
    let element = f.tmp(b, ty, op, line);
    if ty.is_object() {
        f.inst(b, None, Op::IncRef(local(element)), line);
    }
    element
}

fn list_set(f: &mut FnBuilder, b: BlockId, kind: SlotKind, list: Local, index: Operand, value: Operand, line: u32) {
    f.inst(b, None, Op::ListSet { list: local(list), index, value, kind, checked: true }, line);
}

/// `tuple[index]` into a new local of `ty` (increfed, for an object).
fn tuple_get(f: &mut FnBuilder, b: BlockId, ty: Type, tuple: Local, index: u32, line: u32) -> Local {
    let field = f.tmp(b, ty, Op::TupleGet { tuple: local(tuple), index, kind: ty.slot_kind() }, line);
    if ty.is_object() {
        f.inst(b, None, Op::IncRef(local(field)), line);
    }
    field
}

/// `str(n)` of an int, a new `str`, in a new local.
fn str_of_int(f: &mut FnBuilder, b: BlockId, n: Operand, line: u32) -> Local {
    f.tmp(b, Type::Str, Op::CallRuntime { func: RuntimeFn::StrSlot, args: vec![int(SlotKind::Int as i64), n] }, line)
}

fn live_objects(f: &mut FnBuilder, b: BlockId, line: u32) -> Local {
    f.tmp(b, Type::Int, Op::CallRuntime { func: RuntimeFn::LiveObjects, args: vec![] }, line)
}

/// Prints how many more objects are alive than `base` counted.
fn print_live_delta(f: &mut FnBuilder, b: BlockId, base: Local, newline: Operand, line: u32) {
    let now = live_objects(f, b, line);
    let delta = f.tmp(b, Type::Int, Op::IntBin(IntBinOp::Sub, local(now), local(base)), line);
    f.print(b, Type::Int, local(delta), newline, line);
}

/// A module whose body runs `run()` between two live-object counts and prints
/// their difference last: 0 when `run` released everything it made.
fn module_running(mut mb: ModuleBuilder, run: FuncId, newline: Operand) -> Module {
    let body = mb.body();
    let mut f = mb.func(body);
    let b0 = f.block();
    let base = live_objects(&mut f, b0, 100);
    f.inst(b0, None, Op::Call { func: run, args: vec![] }, 100);
    print_live_delta(&mut f, b0, base, newline, 100);
    f.ret(b0, None);
    mb.finish()
}

/// ```python
/// def run() -> None:
///     xs = [10, 20, 30]; print(len(xs))                 # 3
///     print(xs[0]); print(xs[-1]); print(xs[-3])        # 10 30 10
///     xs[1] = 25; xs[-1] = 35; print(xs)                # [10, 25, 35]
///     i = 1; print(xs[i - 4])                           # 10
///     fs = [1.5, -0.0]; fs[-2] = 2.5
///     print(fs); print(fs[0]); print(fs[1])             # [2.5, -0.0] 2.5 -0.0
///     bs = [True, False, True]; bs[1] = True; bs[-1] = False
///     print(bs); print(bs[1]); print(bs[2]); print(len(bs))
///     ns = [None, None]; ns[0] = None; print(ns); print(ns[1])
///     ss = ['a', str(7)]; e = str(8); ss[0] = e
///     print(ss); print(ss[-1]); print(len(ss[0]))       # ['8', '7'] 7 1
///     t = ss[1]; ss[1] = t; print(ss)                   # self-assignment keeps it alive
///     ls = [xs, xs]; print(ls)
/// ```
/// plus an unchecked `xs[2]` (the lowering proved it in range).
pub fn lists() -> Program {
    let mut mb = ModuleBuilder::new(FILE);
    let run = mb.declare("run", &[], Type::None);
    let newline = mb.string("\n");
    let a = mb.string("a");
    let mut f = mb.func(run);
    let b = f.block();

    let xs = new_list(&mut f, b, SlotKind::Int, &[int(10), int(20), int(30)], 2);
    let len = f.tmp(b, Type::Int, Op::ContainerLen(local(xs)), 2);
    f.print(b, Type::Int, local(len), newline, 2);
    for index in [0, -1, -3] {
        let x = list_get(&mut f, b, Type::Int, xs, int(index), 3);
        f.print(b, Type::Int, local(x), newline, 3);
    }
    list_set(&mut f, b, SlotKind::Int, xs, int(1), int(25), 4);
    list_set(&mut f, b, SlotKind::Int, xs, int(-1), int(35), 4);
    f.print(b, Type::Obj, local(xs), newline, 4);
    let i = f.tmp(b, Type::Int, Op::Copy(int(1)), 5);
    let minus_three = f.tmp(b, Type::Int, Op::IntBin(IntBinOp::Sub, local(i), int(4)), 5);
    let x = list_get(&mut f, b, Type::Int, xs, local(minus_three), 5);
    f.print(b, Type::Int, local(x), newline, 5);
    let unchecked = f.tmp(b, Type::Int, Op::ListGet { list: local(xs), index: int(2), kind: SlotKind::Int, checked: false }, 6);
    f.print(b, Type::Int, local(unchecked), newline, 6);

    let fs = new_list(&mut f, b, SlotKind::Float, &[float(1.5), float(-0.0)], 7);
    list_set(&mut f, b, SlotKind::Float, fs, int(-2), float(2.5), 7);
    f.print(b, Type::Obj, local(fs), newline, 8);
    for index in [0, 1] {
        let x = list_get(&mut f, b, Type::Float, fs, int(index), 8);
        f.print(b, Type::Float, local(x), newline, 8);
    }

    let bs = new_list(&mut f, b, SlotKind::Bool, &[boolean(true), boolean(false), boolean(true)], 9);
    list_set(&mut f, b, SlotKind::Bool, bs, int(1), boolean(true), 9);
    list_set(&mut f, b, SlotKind::Bool, bs, int(-1), boolean(false), 9);
    f.print(b, Type::Obj, local(bs), newline, 10);
    for index in [1, 2] {
        let x = list_get(&mut f, b, Type::Bool, bs, int(index), 10);
        f.print(b, Type::Bool, local(x), newline, 10);
    }
    let len = f.tmp(b, Type::Int, Op::ContainerLen(local(bs)), 10);
    f.print(b, Type::Int, local(len), newline, 10);

    let none = Operand::Const(taipan_ir::Const::None);
    let ns = new_list(&mut f, b, SlotKind::None, &[none, none], 11);
    list_set(&mut f, b, SlotKind::None, ns, int(0), none, 11);
    f.print(b, Type::Obj, local(ns), newline, 11);
    let n = list_get(&mut f, b, Type::None, ns, int(1), 11);
    f.print(b, Type::None, local(n), newline, 11);

    let seven = str_of_int(&mut f, b, int(7), 12);
    let ss = new_list(&mut f, b, SlotKind::Obj, &[a, local(seven)], 12);
    let e = str_of_int(&mut f, b, int(8), 12);
    list_set(&mut f, b, SlotKind::Obj, ss, int(0), local(e), 12);
    f.print(b, Type::Obj, local(ss), newline, 13);
    let last = list_get(&mut f, b, Type::Str, ss, int(-1), 13);
    f.print(b, Type::Str, local(last), newline, 13);
    let first = list_get(&mut f, b, Type::Str, ss, int(0), 13);
    let first_len = f.tmp(b, Type::Int, Op::StrLen(local(first)), 13);
    f.print(b, Type::Int, local(first_len), newline, 13);
    let t = list_get(&mut f, b, Type::Str, ss, int(1), 14);
    list_set(&mut f, b, SlotKind::Obj, ss, int(1), local(t), 14);
    f.print(b, Type::Obj, local(ss), newline, 14);
    // A constant element: immortal, never counted.
    list_set(&mut f, b, SlotKind::Obj, ss, int(1), a, 14);
    f.print(b, Type::Obj, local(ss), newline, 14);

    let ls = new_list(&mut f, b, SlotKind::Obj, &[local(xs), local(xs)], 15);
    f.print(b, Type::Obj, local(ls), newline, 15);
    let literal_len = f.tmp(b, Type::Int, Op::StrLen(a), 15);
    f.print(b, Type::Int, local(literal_len), newline, 15);
    f.ret(b, None);

    let stdout = "3\n10\n30\n10\n[10, 25, 35]\n10\n35\n\
                  [2.5, -0.0]\n2.5\n-0.0\n\
                  [True, True, False]\nTrue\nFalse\n3\n\
                  [None, None]\nNone\n\
                  ['8', '7']\n7\n1\n['8', '7']\n['8', 'a']\n\
                  [[10, 25, 35], [10, 25, 35]]\n1\n\
                  0\n";
    ok("lists", module_running(mb, run, newline), stdout)
}

/// ```python
/// xs = [1, 2, 3]   # line 1
/// print(xs[-3])    # line 2
/// print(xs[3])     # line 3: IndexError
/// ```
pub fn list_index_error() -> Program {
    let mut mb = ModuleBuilder::new(FILE);
    let body = mb.body();
    let newline = mb.string("\n");
    let mut f = mb.func(body);
    let b = f.block();
    let xs = new_list(&mut f, b, SlotKind::Int, &[int(1), int(2), int(3)], 1);
    let x = list_get(&mut f, b, Type::Int, xs, int(-3), 2);
    f.print(b, Type::Int, local(x), newline, 2);
    let x = list_get(&mut f, b, Type::Int, xs, int(3), 3);
    f.print(b, Type::Int, local(x), newline, 3);
    f.ret(b, None);
    fails(
        "list_index_error",
        mb.finish(),
        "1\n",
        "IndexError: list index out of range",
        &[&format!("File \"{FILE}\", line 3, in <module>")],
    )
}

/// ```python
/// def put(xs: list[bool], i: int) -> None:   # line 1
///     xs[i] = True                           # line 2
/// xs = [False, False]                        # line 3
/// put(xs, -2); print(xs)                     # line 4
/// put(xs, -3)                                # line 5: IndexError
/// ```
pub fn list_assignment_index_error() -> Program {
    let mut mb = ModuleBuilder::new(FILE);
    let body = mb.body();
    let put = mb.declare("put", &[("xs", Type::Obj), ("i", Type::Int)], Type::None);
    let newline = mb.string("\n");
    {
        let mut f = mb.func(put);
        let (xs, i) = (f.param(0), f.param(1));
        let b = f.block();
        list_set(&mut f, b, SlotKind::Bool, xs, local(i), boolean(true), 2);
        f.ret(b, None);
    }
    let mut f = mb.func(body);
    let b = f.block();
    let xs = new_list(&mut f, b, SlotKind::Bool, &[boolean(false), boolean(false)], 3);
    f.inst(b, None, Op::Call { func: put, args: vec![local(xs), int(-2)] }, 4);
    f.print(b, Type::Obj, local(xs), newline, 4);
    f.inst(b, None, Op::Call { func: put, args: vec![local(xs), int(-3)] }, 5);
    f.ret(b, None);
    fails(
        "list_assignment_index_error",
        mb.finish(),
        "[True, False]\n",
        "IndexError: list assignment index out of range",
        &[&format!("File \"{FILE}\", line 5, in <module>"), &format!("File \"{FILE}\", line 2, in put")],
    )
}

/// ```python
/// def run() -> None:
///     xs = [1, 2]; s = str(42)
///     t = (1, 2.5, True, None, s, 'lit', xs); print(t)
///     print(t[0]); print(t[1]); ...; print(t[6])
///     print((t,)); print(()); print(len(t))
///     print(t[1] * 2.0); print((-0.0, False))
/// ```
pub fn tuples() -> Program {
    let mut mb = ModuleBuilder::new(FILE);
    let run = mb.declare("run", &[], Type::None);
    let newline = mb.string("\n");
    let lit = mb.string("lit");
    let mut f = mb.func(run);
    let b = f.block();
    let xs = new_list(&mut f, b, SlotKind::Int, &[int(1), int(2)], 2);
    let s = str_of_int(&mut f, b, int(42), 2);
    let none = Operand::Const(taipan_ir::Const::None);
    let items = vec![
        (int(1), SlotKind::Int),
        (float(2.5), SlotKind::Float),
        (boolean(true), SlotKind::Bool),
        (none, SlotKind::None),
        (local(s), SlotKind::Obj),
        (lit, SlotKind::Obj),
        (local(xs), SlotKind::Obj),
    ];
    let t = f.tmp(b, Type::Obj, Op::TupleNew { items }, 3);
    f.print(b, Type::Obj, local(t), newline, 3);
    let field_types = [Type::Int, Type::Float, Type::Bool, Type::None, Type::Str, Type::Str, Type::Obj];
    for (index, ty) in field_types.into_iter().enumerate() {
        let field = tuple_get(&mut f, b, ty, t, index as u32, 4);
        f.print(b, ty, local(field), newline, 4);
    }
    let nested = f.tmp(b, Type::Obj, Op::TupleNew { items: vec![(local(t), SlotKind::Obj)] }, 5);
    f.print(b, Type::Obj, local(nested), newline, 5);
    let empty = f.tmp(b, Type::Obj, Op::TupleNew { items: vec![] }, 5);
    f.print(b, Type::Obj, local(empty), newline, 5);
    let len = f.tmp(b, Type::Int, Op::ContainerLen(local(t)), 5);
    f.print(b, Type::Int, local(len), newline, 5);
    let x = tuple_get(&mut f, b, Type::Float, t, 1, 6);
    let doubled = f.tmp(b, Type::Float, Op::FloatBin(taipan_ir::FloatBinOp::Mul, local(x), float(2.0)), 6);
    f.print(b, Type::Float, local(doubled), newline, 6);
    let pair = f.tmp(b, Type::Obj, Op::TupleNew { items: vec![(float(-0.0), SlotKind::Float), (boolean(false), SlotKind::Bool)] }, 6);
    f.print(b, Type::Obj, local(pair), newline, 6);
    f.ret(b, None);

    let stdout = "(1, 2.5, True, None, '42', 'lit', [1, 2])\n1\n2.5\nTrue\nNone\n42\nlit\n[1, 2]\n\
                  ((1, 2.5, True, None, '42', 'lit', [1, 2]),)\n()\n7\n5.0\n(-0.0, False)\n0\n";
    ok("tuples", module_running(mb, run, newline), stdout)
}

/// ```python
/// def churn(n: int, base: int) -> int:    # line 1
///     i = 0
///     while i < n:                         # line 3
///         s = str(i)                       # line 4
///         t = (s, i)                       # line 5
///         xs = [t]; xs[0] = t              # line 6
///         i += 1                           # line 7
///     print(s)                             # line 8
///     return live_objects() - base         # line 9: s, t and xs
/// base = live_objects()
/// print(churn(1_000_000, base))            # 3
/// print(live_objects() - base)             # 0
/// ```
/// Each iteration drops the previous iteration's objects before reassigning
/// (`DecRef`, then the new value), so memory stays constant.
pub fn refcount_loop() -> Program {
    let mut mb = ModuleBuilder::new(FILE);
    let body = mb.body();
    let churn = mb.declare("churn", &[("n", Type::Int), ("base", Type::Int)], Type::Int);
    let newline = mb.string("\n");
    {
        let mut f = mb.func(churn);
        let (n, base) = (f.param(0), f.param(1));
        let (entry, head, loop_body, exit) = (f.block(), f.block(), f.block(), f.block());
        let i = f.local(Type::Int);
        let s = f.local(Type::Str);
        let t = f.local(Type::Obj);
        let xs = f.local(Type::Obj);
        f.inst(entry, Some(i), Op::Copy(int(0)), 2);
        f.term(entry, Terminator::Jump(head));
        let more = f.tmp(head, Type::Bool, Op::Cmp(CmpOp::Lt, local(i), local(n)), 3);
        f.term(head, Terminator::Branch { cond: local(more), then_block: loop_body, else_block: exit });

        f.inst(loop_body, None, Op::DecRef(local(s)), 4);
        let op = Op::CallRuntime { func: RuntimeFn::StrSlot, args: vec![int(SlotKind::Int as i64), local(i)] };
        f.inst(loop_body, Some(s), op, 4);
        f.inst(loop_body, None, Op::DecRef(local(t)), 5);
        f.inst(loop_body, Some(t), Op::TupleNew { items: vec![(local(s), SlotKind::Obj), (local(i), SlotKind::Int)] }, 5);
        f.inst(loop_body, None, Op::DecRef(local(xs)), 6);
        let op = Op::CallRuntime { func: RuntimeFn::ListNew, args: vec![int(SlotKind::Obj as i64), int(1)] };
        f.inst(loop_body, Some(xs), op, 6);
        f.runtime(loop_body, RuntimeFn::ListAppend, vec![local(xs), local(t)], 6);
        list_set(&mut f, loop_body, SlotKind::Obj, xs, int(0), local(t), 6);
        f.inst(loop_body, Some(i), Op::IntBin(IntBinOp::Add, local(i), int(1)), 7);
        f.term(loop_body, Terminator::Jump(head));

        f.print(exit, Type::Str, local(s), newline, 8);
        let now = live_objects(&mut f, exit, 9);
        let delta = f.tmp(exit, Type::Int, Op::IntBin(IntBinOp::Sub, local(now), local(base)), 9);
        f.ret(exit, Some(local(delta)));
    }
    let mut f = mb.func(body);
    let b = f.block();
    let base = live_objects(&mut f, b, 10);
    let held = f.tmp(b, Type::Int, Op::Call { func: churn, args: vec![int(1_000_000), local(base)] }, 11);
    f.print(b, Type::Int, local(held), newline, 11);
    print_live_delta(&mut f, b, base, newline, 12);
    f.ret(b, None);
    ok("refcount_loop", mb.finish(), "999999\n3\n0\n")
}

/// ```python
/// def boom(xs: list[int]) -> int:   # line 1
///     s = str(7)                     # line 2
///     t = (s, xs)                    # line 3
///     return xs[5]                   # line 4: IndexError, propagated
/// def make(n: int) -> list[int]:    # line 5
///     xs = [n, n + 1]                # line 6
///     t = (xs, n)                    # line 7
///     return xs                      # line 8: moved to the caller
/// def same(s: str) -> str:          # line 9
///     return s                       # line 10: the parameter's reference moves
/// base = live_objects()
/// ys = make(5); print(ys)           # [5, 6]
/// make(1)                           # a discarded result is released at once
/// h = same('hi'); print(h)
/// a = str(3); k = same(a); print(k)
/// try:
///     boom(ys)
/// except IndexError:
///     print('caught')
///     del ys, h, a, k
///     print(live_objects() - base)  # 0: boom released s, t and its xs
/// ```
pub fn calls_and_errors_release_locals() -> Program {
    let mut mb = ModuleBuilder::new(FILE);
    let body = mb.body();
    let boom = mb.declare("boom", &[("xs", Type::Obj)], Type::Int);
    let make = mb.declare("make", &[("n", Type::Int)], Type::Obj);
    let same = mb.declare("same", &[("s", Type::Str)], Type::Str);
    let newline = mb.string("\n");
    let hi = mb.string("hi");
    let caught = mb.string("caught");
    {
        let mut f = mb.func(boom);
        let xs = f.param(0);
        let b = f.block();
        let s = str_of_int(&mut f, b, int(7), 2);
        f.tmp(b, Type::Obj, Op::TupleNew { items: vec![(local(s), SlotKind::Obj), (local(xs), SlotKind::Obj)] }, 3);
        let x = list_get(&mut f, b, Type::Int, xs, int(5), 4);
        f.ret(b, Some(local(x)));
    }
    {
        let mut f = mb.func(make);
        let n = f.param(0);
        let b = f.block();
        let n1 = f.tmp(b, Type::Int, Op::IntBin(IntBinOp::Add, local(n), int(1)), 6);
        let xs = new_list(&mut f, b, SlotKind::Int, &[local(n), local(n1)], 6);
        f.tmp(b, Type::Obj, Op::TupleNew { items: vec![(local(xs), SlotKind::Obj), (local(n), SlotKind::Int)] }, 7);
        f.ret(b, Some(local(xs)));
    }
    {
        let mut f = mb.func(same);
        let s = f.param(0);
        let b = f.block();
        f.ret(b, Some(local(s)));
    }
    let mut f = mb.func(body);
    let (b0, b1, handler) = (f.block(), f.block(), f.block());
    let base = live_objects(&mut f, b0, 11);
    let ys = f.tmp(b0, Type::Obj, Op::Call { func: make, args: vec![int(5)] }, 12);
    f.print(b0, Type::Obj, local(ys), newline, 12);
    f.inst(b0, None, Op::Call { func: make, args: vec![int(1)] }, 13);
    let h = f.tmp(b0, Type::Str, Op::Call { func: same, args: vec![hi] }, 14);
    f.print(b0, Type::Str, local(h), newline, 14);
    let a = str_of_int(&mut f, b0, int(3), 15);
    let k = f.tmp(b0, Type::Str, Op::Call { func: same, args: vec![local(a)] }, 15);
    f.print(b0, Type::Str, local(k), newline, 15);
    f.term(b0, Terminator::Jump(b1));
    f.on_error(b1, handler);
    f.inst(b1, None, Op::Call { func: boom, args: vec![local(ys)] }, 17);
    f.ret(b1, None);
    f.print(handler, Type::Str, caught, newline, 18);
    for l in [ys, h, a, k] {
        f.inst(handler, None, Op::DecRef(local(l)), 19);
    }
    print_live_delta(&mut f, handler, base, newline, 20);
    f.ret(handler, None);
    ok("calls_and_errors_release_locals", mb.finish(), "[5, 6]\nhi\n3\ncaught\n0\n")
}

/// Parameters the callee reassigns own a reference (increfed on entry), and the
/// error path releases them too.
/// ```python
/// def replace(xs: list[int]) -> int:   # line 1
///     xs = [7, 8, 9]                     # line 2
///     return len(xs)                     # line 3
/// def replace_and_fail(xs: list[int]) -> int:   # line 4
///     xs = [1]                                   # line 5
///     return xs[3]                               # line 6: IndexError
/// def run() -> None:
///     ys = [1]; print(replace(ys)); print(ys)    # 3, [1]: the caller's list survives
///     try:
///         replace_and_fail(ys)
///     except IndexError:
///         print(ys)                              # [1]
/// ```
pub fn owned_params() -> Program {
    let mut mb = ModuleBuilder::new(FILE);
    let replace = mb.declare("replace", &[("xs", Type::Obj)], Type::Int);
    let replace_and_fail = mb.declare("replace_and_fail", &[("xs", Type::Obj)], Type::Int);
    let run = mb.declare("run", &[], Type::None);
    let newline = mb.string("\n");
    {
        let mut f = mb.func(replace);
        let xs = f.param(0);
        let b = f.block();
        f.inst(b, None, Op::DecRef(local(xs)), 2);
        f.inst(b, Some(xs), Op::CallRuntime { func: RuntimeFn::ListNew, args: vec![int(SlotKind::Int as i64), int(3)] }, 2);
        for x in [7, 8, 9] {
            f.runtime(b, RuntimeFn::ListAppend, vec![local(xs), int(x)], 2);
        }
        let len = f.tmp(b, Type::Int, Op::ContainerLen(local(xs)), 3);
        f.ret(b, Some(local(len)));
    }
    {
        let mut f = mb.func(replace_and_fail);
        let xs = f.param(0);
        let b = f.block();
        f.inst(b, None, Op::DecRef(local(xs)), 5);
        f.inst(b, Some(xs), Op::CallRuntime { func: RuntimeFn::ListNew, args: vec![int(SlotKind::Int as i64), int(1)] }, 5);
        f.runtime(b, RuntimeFn::ListAppend, vec![local(xs), int(1)], 5);
        let x = list_get(&mut f, b, Type::Int, xs, int(3), 6);
        f.ret(b, Some(local(x)));
    }
    let mut f = mb.func(run);
    let (b0, b1, handler) = (f.block(), f.block(), f.block());
    let ys = new_list(&mut f, b0, SlotKind::Int, &[int(1)], 7);
    let n = f.tmp(b0, Type::Int, Op::Call { func: replace, args: vec![local(ys)] }, 7);
    f.print(b0, Type::Int, local(n), newline, 7);
    f.print(b0, Type::Obj, local(ys), newline, 7);
    f.term(b0, Terminator::Jump(b1));
    f.on_error(b1, handler);
    f.inst(b1, None, Op::Call { func: replace_and_fail, args: vec![local(ys)] }, 9);
    f.ret(b1, None);
    f.print(handler, Type::Obj, local(ys), newline, 11);
    f.ret(handler, None);
    ok("owned_params", module_running(mb, run, newline), "3\n[1]\n[1]\n0\n")
}

/// Runtime calls with `Slot` arguments and results of every kind.
/// ```python
/// fs = [1.5, 2.5]; print(fs.pop())       # 2.5
/// bs = [True]; print(bs.pop())           # True
/// ns = [None]; ns.append(None); print(ns)
/// print(repr(0.1)); print(repr(False)); print(repr(None)); print(repr('q'))
/// print(hash(1.5)); print(0.5 == 0.5)
/// ```
pub fn slot_calls() -> Program {
    let mut mb = ModuleBuilder::new(FILE);
    let body = mb.body();
    let newline = mb.string("\n");
    let q = mb.string("q");
    let mut f = mb.func(body);
    let b = f.block();
    let base = live_objects(&mut f, b, 1);
    let fs = new_list(&mut f, b, SlotKind::Float, &[float(1.5), float(2.5)], 1);
    let x = f.tmp(b, Type::Float, Op::CallRuntime { func: RuntimeFn::ListPop, args: vec![local(fs), int(-1)] }, 1);
    f.print(b, Type::Float, local(x), newline, 1);
    let bs = new_list(&mut f, b, SlotKind::Bool, &[boolean(true)], 2);
    let y = f.tmp(b, Type::Bool, Op::CallRuntime { func: RuntimeFn::ListPop, args: vec![local(bs), int(-1)] }, 2);
    f.print(b, Type::Bool, local(y), newline, 2);
    let none = Operand::Const(taipan_ir::Const::None);
    let ns = new_list(&mut f, b, SlotKind::None, &[none], 3);
    f.runtime(b, RuntimeFn::ListAppend, vec![local(ns), none], 3);
    f.print(b, Type::Obj, local(ns), newline, 3);
    let reprs = [(SlotKind::Float, float(0.1)), (SlotKind::Bool, boolean(false)), (SlotKind::None, none), (SlotKind::Obj, q)];
    for (kind, value) in reprs {
        let r = f.tmp(b, Type::Str, Op::CallRuntime { func: RuntimeFn::ReprSlot, args: vec![int(kind as i64), value] }, 4);
        f.print(b, Type::Str, local(r), newline, 4);
        f.inst(b, None, Op::DecRef(local(r)), 4);
    }
    let hash = f.tmp(b, Type::Int, Op::CallRuntime { func: RuntimeFn::HashSlot, args: vec![int(SlotKind::Float as i64), float(1.5)] }, 5);
    f.print(b, Type::Int, local(hash), newline, 5);
    let eq = f.tmp(b, Type::Bool, Op::CallRuntime { func: RuntimeFn::EqSlot, args: vec![int(SlotKind::Float as i64), float(0.5), float(0.5)] }, 5);
    f.print(b, Type::Bool, local(eq), newline, 5);
    for l in [fs, bs, ns] {
        f.inst(b, None, Op::DecRef(local(l)), 6);
    }
    print_live_delta(&mut f, b, base, newline, 6);
    f.ret(b, None);
    ok("slot_calls", mb.finish(), "2.5\nTrue\n[None, None]\n0.1\nFalse\nNone\n'q'\n1152921504606846977\nTrue\n0\n")
}

/// Every object program.
pub fn all() -> Vec<Program> {
    vec![
        lists(),
        list_index_error(),
        list_assignment_index_error(),
        tuples(),
        refcount_loop(),
        calls_and_errors_release_locals(),
        owned_params(),
        slot_calls(),
    ]
}
