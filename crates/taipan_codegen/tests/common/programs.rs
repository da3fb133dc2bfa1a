//! Hand-built IR programs and what running them must print (CPython 3.11's output
//! for the equivalent Python, with taipan's documented differences).

use taipan_ir::{
    CmpOp, Const, ErrCode, ExcKind, FloatBinOp, IntBinOp, Module, Op, Operand, RuntimeFn, Terminator, Type, UnaryOp,
};

use super::ir_builder::*;

pub struct Program {
    pub name: &'static str,
    pub module: Module,
    pub stdout: String,
    /// The last line of stderr (the exception), when the program fails.
    pub error: Option<String>,
    /// Lines that must appear in stderr in this order (traceback entries).
    pub traceback: Vec<String>,
    pub status: i32,
}

pub const FILE: &str = "prog.py";

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

/// ```python
/// def fib(n: int) -> int:          # line 1
///     if n < 2:                    # line 2
///         return n                 # line 3
///     return fib(n - 1) + fib(n - 2)  # line 4
/// print(fib(N))                    # line 5
/// ```
pub fn fib_module(n: i64) -> Module {
    let mut mb = ModuleBuilder::new(FILE);
    let body = mb.body();
    let fib = mb.declare("fib", &[("n", Type::Int)], Type::Int);
    let newline = mb.string("\n");
    {
        let mut f = mb.func(fib);
        f.counts_depth();
        let n = f.param(0);
        let (b0, b1, b2) = (f.block(), f.block(), f.block());
        let small = f.tmp(b0, Type::Bool, Op::Cmp(CmpOp::Lt, local(n), int(2)), 2);
        f.term(b0, Terminator::Branch { cond: local(small), then_block: b1, else_block: b2 });
        f.ret(b1, Some(local(n)));
        let n1 = f.tmp(b2, Type::Int, Op::IntBin(IntBinOp::Sub, local(n), int(1)), 4);
        let r1 = f.tmp(b2, Type::Int, Op::Call { func: fib, args: vec![local(n1)] }, 4);
        let n2 = f.tmp(b2, Type::Int, Op::IntBin(IntBinOp::Sub, local(n), int(2)), 4);
        let r2 = f.tmp(b2, Type::Int, Op::Call { func: fib, args: vec![local(n2)] }, 4);
        let sum = f.tmp(b2, Type::Int, Op::IntBin(IntBinOp::Add, local(r1), local(r2)), 4);
        f.ret(b2, Some(local(sum)));
    }
    {
        let mut f = mb.func(body);
        let b0 = f.block();
        let r = f.tmp(b0, Type::Int, Op::Call { func: fib, args: vec![int(n)] }, 5);
        f.print(b0, Type::Int, local(r), newline, 5);
        f.ret(b0, None);
    }
    mb.finish()
}

pub fn fib() -> Program {
    ok("fib", fib_module(20), "6765\n")
}

/// A function `name(a: int, b: int) -> int` computing `a <op> b` on line 2.
fn int_binary_fn(mb: &mut ModuleBuilder, name: &str, op: IntBinOp) -> taipan_ir::FuncId {
    let id = mb.declare(name, &[("a", Type::Int), ("b", Type::Int)], Type::Int);
    let mut f = mb.func(id);
    let (a, b) = (f.param(0), f.param(1));
    let b0 = f.block();
    let r = f.tmp(b0, Type::Int, Op::IntBin(op, local(a), local(b)), 2);
    f.ret(b0, Some(local(r)));
    id
}

fn python_floordiv(a: i64, b: i64) -> i64 {
    let (q, r) = (a / b, a % b);
    if r != 0 && (r < 0) != (b < 0) {
        q - 1
    } else {
        q
    }
}

fn python_mod(a: i64, b: i64) -> i64 {
    let r = a.wrapping_rem(b);
    if r != 0 && (r < 0) != (b < 0) {
        r + b
    } else {
        r
    }
}

/// Floor division and modulo with every sign combination, through a function
/// (divisor unknown to codegen) and with constant divisors, plus the other int ops.
pub fn int_ops() -> Program {
    let mut mb = ModuleBuilder::new(FILE);
    let body = mb.body();
    let floordiv = int_binary_fn(&mut mb, "floordiv", IntBinOp::FloorDiv);
    let modulo = int_binary_fn(&mut mb, "modulo", IntBinOp::Mod);
    let newline = mb.string("\n");
    let mut expected = String::new();
    let mut f = mb.func(body);
    let b0 = f.block();
    let mut line = 10;
    let mut print_int = |f: &mut FnBuilder, op: Op, value: i64| {
        line += 1;
        let r = f.tmp(b0, Type::Int, op, line);
        f.print(b0, Type::Int, local(r), newline, line);
        expected.push_str(&format!("{value}\n"));
    };
    let pairs: [(i64, i64); 8] = [(7, 2), (-7, 2), (7, -2), (-7, -2), (6, 3), (-6, 3), (0, -5), (i64::MIN, -1)];
    for (a, b) in pairs {
        if (a, b) != (i64::MIN, -1) {
            print_int(&mut f, Op::Call { func: floordiv, args: vec![int(a), int(b)] }, python_floordiv(a, b));
        }
        print_int(&mut f, Op::Call { func: modulo, args: vec![int(a), int(b)] }, python_mod(a, b));
    }
    // Constant divisors take the paths without run-time checks.
    let x = f.tmp(b0, Type::Int, Op::Copy(int(-7)), 30);
    print_int(&mut f, Op::IntBin(IntBinOp::FloorDiv, local(x), int(2)), -4);
    print_int(&mut f, Op::IntBin(IntBinOp::Mod, local(x), int(2)), 1);
    print_int(&mut f, Op::IntBin(IntBinOp::FloorDiv, local(x), int(-2)), 3);
    print_int(&mut f, Op::IntBin(IntBinOp::Mod, local(x), int(-2)), -1);
    print_int(&mut f, Op::IntBin(IntBinOp::FloorDiv, local(x), int(-1)), 7);
    print_int(&mut f, Op::IntBin(IntBinOp::Mod, local(x), int(-1)), 0);
    let min = f.tmp(b0, Type::Int, Op::Copy(int(i64::MIN)), 31);
    print_int(&mut f, Op::IntBin(IntBinOp::Mod, local(min), int(-1)), 0);
    print_int(&mut f, Op::IntBin(IntBinOp::FloorDiv, local(min), int(1)), i64::MIN);
    // The other int ops.
    let y = f.tmp(b0, Type::Int, Op::Copy(int(6)), 32);
    print_int(&mut f, Op::IntBin(IntBinOp::BitAnd, local(y), int(3)), 2);
    print_int(&mut f, Op::IntBin(IntBinOp::BitOr, local(y), int(3)), 7);
    print_int(&mut f, Op::IntBin(IntBinOp::BitXor, local(y), int(3)), 5);
    print_int(&mut f, Op::Unary(UnaryOp::IntInvert, local(y)), -7);
    print_int(&mut f, Op::Unary(UnaryOp::IntNeg, local(y)), -6);
    print_int(&mut f, Op::Unary(UnaryOp::IntAbs, local(x)), 7);
    print_int(&mut f, Op::IntBin(IntBinOp::Mul, local(x), local(y)), -42);
    print_int(&mut f, Op::IntBin(IntBinOp::Sub, local(x), local(y)), -13);
    print_int(&mut f, Op::IntBin(IntBinOp::AddUnchecked, local(x), local(y)), -1);
    print_int(&mut f, Op::IntBin(IntBinOp::SubUnchecked, local(x), local(y)), -13);
    print_int(&mut f, Op::IntBin(IntBinOp::Add, int(i64::MAX - 1), int(1)), i64::MAX);
    f.ret(b0, None);
    ok("int_ops", mb.finish(), &expected)
}

/// `print("before")`, then `f(a, b)` with `f` computing `op` on line 2, called from line 5.
fn failing_int_op(name: &'static str, op: IntBinOp, a: i64, b: i64, error: ErrCode) -> Program {
    failing_int_call(name, error, vec![int(a), int(b)], |mb| int_binary_fn(mb, "compute", op))
}

/// `f(a)` with `f` computing the unary `op` on line 2.
fn failing_int_unary(name: &'static str, op: UnaryOp, a: i64, error: ErrCode) -> Program {
    failing_int_call(name, error, vec![int(a)], |mb| {
        let id = mb.declare("compute", &[("a", Type::Int)], Type::Int);
        let mut f = mb.func(id);
        let a = f.param(0);
        let b0 = f.block();
        let r = f.tmp(b0, Type::Int, Op::Unary(op, local(a)), 2);
        f.ret(b0, Some(local(r)));
        id
    })
}

fn failing_int_call(
    name: &'static str,
    error: ErrCode,
    args: Vec<Operand>,
    declare: impl FnOnce(&mut ModuleBuilder) -> taipan_ir::FuncId,
) -> Program {
    let mut mb = ModuleBuilder::new(FILE);
    let body = mb.body();
    let func = declare(&mut mb);
    let newline = mb.string("\n");
    let before = mb.string("before");
    let mut f = mb.func(body);
    let b0 = f.block();
    f.print(b0, Type::Str, before, newline, 4);
    let r = f.tmp(b0, Type::Int, Op::Call { func, args }, 5);
    f.print(b0, Type::Int, local(r), newline, 6);
    f.ret(b0, None);
    let last = format!("{}: {}", error.kind().name(), error.message());
    fails(
        name,
        mb.finish(),
        "before\n",
        &last,
        &[&format!("File \"{FILE}\", line 5, in <module>"), &format!("File \"{FILE}\", line 2, in compute")],
    )
}

pub fn int_errors() -> Vec<Program> {
    vec![
        failing_int_op("add_overflow", IntBinOp::Add, i64::MAX, 1, ErrCode::IntOverflow),
        failing_int_op("sub_overflow", IntBinOp::Sub, i64::MIN, 1, ErrCode::IntOverflow),
        failing_int_op("mul_overflow", IntBinOp::Mul, 1 << 32, 1 << 31, ErrCode::IntOverflow),
        failing_int_op("floordiv_min_by_minus_one", IntBinOp::FloorDiv, i64::MIN, -1, ErrCode::IntOverflow),
        failing_int_op("floordiv_by_zero", IntBinOp::FloorDiv, 1, 0, ErrCode::IntFloorDivByZero),
        failing_int_op("mod_by_zero", IntBinOp::Mod, 1, 0, ErrCode::IntModByZero),
        failing_int_unary("neg_overflow", UnaryOp::IntNeg, i64::MIN, ErrCode::IntOverflow),
        failing_int_unary("abs_overflow", UnaryOp::IntAbs, i64::MIN, ErrCode::IntOverflow),
    ]
}

/// Float arithmetic, comparisons (NaN included) and conversions.
pub fn float_ops() -> Program {
    let mut mb = ModuleBuilder::new(FILE);
    let body = mb.body();
    let newline = mb.string("\n");
    let empty = mb.string("");
    let text = mb.string("a");
    let mut f = mb.func(body);
    let b0 = f.block();
    let a = f.tmp(b0, Type::Float, Op::Copy(float(1.5)), 1);
    let sum = f.tmp(b0, Type::Float, Op::FloatBin(FloatBinOp::Add, local(a), float(1.0)), 2);
    f.print(b0, Type::Float, local(sum), newline, 2); // 2.5
    let quotient = f.tmp(b0, Type::Float, Op::FloatBin(FloatBinOp::Div, local(a), float(-4.0)), 3);
    f.print(b0, Type::Float, local(quotient), newline, 3); // -0.375
    let product = f.tmp(b0, Type::Float, Op::FloatBin(FloatBinOp::Mul, local(a), float(1e300)), 4);
    let inf = f.tmp(b0, Type::Float, Op::FloatBin(FloatBinOp::Mul, local(product), float(1e300)), 4);
    let nan = f.tmp(b0, Type::Float, Op::FloatBin(FloatBinOp::Sub, local(inf), local(inf)), 4);
    for op in [CmpOp::Eq, CmpOp::Ne, CmpOp::Lt, CmpOp::Le, CmpOp::Gt, CmpOp::Ge] {
        let c = f.tmp(b0, Type::Bool, Op::Cmp(op, local(nan), local(nan)), 5);
        f.print(b0, Type::Bool, local(c), newline, 5); // False True False False False False
    }
    let le = f.tmp(b0, Type::Bool, Op::Cmp(CmpOp::Le, local(a), float(1.5)), 6);
    f.print(b0, Type::Bool, local(le), newline, 6); // True
    let truthy = f.tmp(b0, Type::Bool, Op::Unary(UnaryOp::FloatToBool, local(nan)), 7);
    f.print(b0, Type::Bool, local(truthy), newline, 7); // True
    let zero_truthy = f.tmp(b0, Type::Bool, Op::Unary(UnaryOp::FloatToBool, float(-0.0)), 7);
    f.print(b0, Type::Bool, local(zero_truthy), newline, 7); // False
    let neg = f.tmp(b0, Type::Float, Op::Unary(UnaryOp::FloatNeg, float(0.0)), 8);
    f.print(b0, Type::Float, local(neg), newline, 8); // -0.0
    let abs = f.tmp(b0, Type::Float, Op::Unary(UnaryOp::FloatAbs, float(-2.0)), 8);
    f.print(b0, Type::Float, local(abs), newline, 8); // 2.0
    let converted = f.tmp(b0, Type::Float, Op::Unary(UnaryOp::IntToFloat, int(3)), 9);
    f.print(b0, Type::Float, local(converted), newline, 9); // 3.0
    let b2i = f.tmp(b0, Type::Int, Op::Unary(UnaryOp::BoolToInt, boolean(true)), 10);
    f.print(b0, Type::Int, local(b2i), newline, 10); // 1
    let i2b = f.tmp(b0, Type::Bool, Op::Unary(UnaryOp::IntToBool, int(0)), 10);
    f.print(b0, Type::Bool, local(i2b), newline, 10); // False
    let s_empty = f.tmp(b0, Type::Bool, Op::Unary(UnaryOp::StrToBool, empty), 11);
    f.print(b0, Type::Bool, local(s_empty), newline, 11); // False
    let s_full = f.tmp(b0, Type::Bool, Op::Unary(UnaryOp::StrToBool, text), 11);
    f.print(b0, Type::Bool, local(s_full), newline, 11); // True
    let not = f.tmp(b0, Type::Bool, Op::Unary(UnaryOp::BoolNot, local(s_full)), 12);
    f.print(b0, Type::Bool, local(not), newline, 12); // False
    let bool_lt = f.tmp(b0, Type::Bool, Op::Cmp(CmpOp::Lt, local(not), local(s_full)), 12);
    f.print(b0, Type::Bool, local(bool_lt), newline, 12); // True (False < True)
    let picked = f.tmp(b0, Type::Float, Op::Select { cond: local(not), a: float(1.0), b: float(2.0) }, 13);
    f.print(b0, Type::Float, local(picked), newline, 13); // 2.0
    f.ret(b0, None);
    ok(
        "float_ops",
        mb.finish(),
        "2.5\n-0.375\nFalse\nTrue\nFalse\nFalse\nFalse\nFalse\nTrue\nTrue\nFalse\n-0.0\n2.0\n3.0\n1\nFalse\nFalse\nTrue\nFalse\nTrue\n2.0\n",
    )
}

/// Nums (`taipan_abi::num`): int constants and floats converted inline to
/// floats, printed both ways, and a num picked by `Select`.
pub fn num_ops() -> Program {
    let mut mb = ModuleBuilder::new(FILE);
    let body = mb.body();
    let newline = mb.string("\n");
    let mut f = mb.func(body);
    let b0 = f.block();
    for v in [6, -7, 0, taipan_abi::num::INT_MAX, taipan_abi::num::INT_MIN] {
        let n = f.tmp(b0, Type::Num, Op::Copy(Operand::Const(Const::NumInt(v))), 1);
        f.print(b0, Type::Num, local(n), newline, 1);
        let x = f.tmp(b0, Type::Float, Op::Unary(UnaryOp::NumToFloat, local(n)), 2);
        f.print(b0, Type::Float, local(x), newline, 2);
    }
    for v in [2.5, -0.0, f64::INFINITY] {
        let n = f.tmp(b0, Type::Num, Op::Unary(UnaryOp::FloatToNum, float(v)), 3);
        f.print(b0, Type::Num, local(n), newline, 3);
        let x = f.tmp(b0, Type::Float, Op::Unary(UnaryOp::NumToFloat, local(n)), 4);
        f.print(b0, Type::Float, local(x), newline, 4);
    }
    let half = f.tmp(b0, Type::Num, Op::Unary(UnaryOp::FloatToNum, float(0.5)), 5);
    let picked = f.tmp(b0, Type::Num, Op::Select { cond: boolean(false), a: local(half), b: Operand::Const(Const::NumInt(3)) }, 5);
    f.print(b0, Type::Num, local(picked), newline, 5);
    f.ret(b0, None);
    ok(
        "num_ops",
        mb.finish(),
        "6\n6.0\n-7\n-7.0\n0\n0.0\n1125899906842623\n1125899906842623.0\n-1125899906842624\n-1125899906842624.0\n2.5\n2.5\n-0.0\n-0.0\ninf\ninf\n3\n",
    )
}

/// `print(1.0 / x)` with `x = -0.0`, on line 3.
pub fn float_div_by_zero() -> Program {
    let mut mb = ModuleBuilder::new(FILE);
    let body = mb.body();
    let newline = mb.string("\n");
    let mut f = mb.func(body);
    let b0 = f.block();
    let x = f.tmp(b0, Type::Float, Op::Copy(float(-0.0)), 2);
    let r = f.tmp(b0, Type::Float, Op::FloatBin(FloatBinOp::Div, float(1.0), local(x)), 3);
    f.print(b0, Type::Float, local(r), newline, 3);
    f.ret(b0, None);
    fails(
        "float_div_by_zero",
        mb.finish(),
        "",
        "ZeroDivisionError: float division by zero",
        &[&format!("File \"{FILE}\", line 3, in <module>")],
    )
}

/// One `print` per type.
pub fn print_each_type() -> Program {
    let mut mb = ModuleBuilder::new(FILE);
    let body = mb.body();
    let newline = mb.string("\n");
    let text = mb.string("héllo wörld ✓");
    let mut f = mb.func(body);
    let b0 = f.block();
    f.print(b0, Type::Int, int(-42), newline, 1);
    f.print(b0, Type::Int, int(i64::MIN), newline, 2);
    f.print(b0, Type::Float, float(0.1), newline, 3);
    f.print(b0, Type::Float, float(1e16), newline, 4);
    f.print(b0, Type::Float, float(-1.5e-7), newline, 5);
    f.print(b0, Type::Bool, boolean(true), newline, 6);
    f.print(b0, Type::Bool, boolean(false), newline, 7);
    f.print(b0, Type::None, Operand::Const(taipan_ir::Const::None), newline, 8);
    f.print(b0, Type::Str, text, newline, 9);
    f.ret(b0, None);
    ok(
        "print_each_type",
        mb.finish(),
        "-42\n-9223372036854775808\n0.1\n1e+16\n-1.5e-07\nTrue\nFalse\nNone\nhéllo wörld ✓\n",
    )
}

/// ```python
/// x = 5              # line 1
/// print(x)           # line 2
/// def get_y(): return y  # line 3 (y is never assigned)
/// print(get_y())     # line 4
/// ```
pub fn globals() -> Program {
    let mut mb = ModuleBuilder::new(FILE);
    let body = mb.body();
    let get_y = mb.declare("get_y", &[], Type::Float);
    let x = mb.global("x", Type::Int);
    let y = mb.global("y", Type::Float);
    let flag = mb.global("flag", Type::Bool);
    let newline = mb.string("\n");
    {
        let mut f = mb.func(get_y);
        let b0 = f.block();
        let v = f.tmp(b0, Type::Float, Op::LoadGlobal { global: y, checked: true }, 3);
        f.ret(b0, Some(local(v)));
    }
    let mut f = mb.func(body);
    let b0 = f.block();
    f.inst(b0, None, Op::StoreGlobal { global: x, value: int(5) }, 1);
    f.inst(b0, None, Op::StoreGlobal { global: flag, value: boolean(true) }, 1);
    let v = f.tmp(b0, Type::Int, Op::LoadGlobal { global: x, checked: true }, 2);
    f.print(b0, Type::Int, local(v), newline, 2);
    let v = f.tmp(b0, Type::Bool, Op::LoadGlobal { global: flag, checked: false }, 2);
    f.print(b0, Type::Bool, local(v), newline, 2);
    let r = f.tmp(b0, Type::Float, Op::Call { func: get_y, args: vec![] }, 4);
    f.print(b0, Type::Float, local(r), newline, 4);
    f.ret(b0, None);
    fails(
        "globals",
        mb.finish(),
        "5\nTrue\n",
        "NameError: name 'y' is not defined",
        &[&format!("File \"{FILE}\", line 4, in <module>"), &format!("File \"{FILE}\", line 3, in get_y")],
    )
}

/// ```python
/// def f3(): raise ValueError("bad")   # line 2
/// def f2() -> int: f3(); return 1     # line 4
/// def f1(): print(f2())               # line 6
/// print("start")                      # line 7
/// f1()                                # line 8
/// ```
pub fn error_through_three_calls() -> Program {
    let mut mb = ModuleBuilder::new(FILE);
    let body = mb.body();
    let f3 = mb.declare("f3", &[], Type::None);
    let f2 = mb.declare("f2", &[], Type::Int);
    let f1 = mb.declare("f1", &[], Type::None);
    let newline = mb.string("\n");
    let bad = mb.string("bad");
    let start = mb.string("start");
    {
        let mut f = mb.func(f3);
        let b0 = f.block();
        f.raise(b0, ExcKind::ValueError, Some(bad), 2);
    }
    {
        let mut f = mb.func(f2);
        let b0 = f.block();
        f.inst(b0, None, Op::Call { func: f3, args: vec![] }, 4);
        f.ret(b0, Some(int(1)));
    }
    {
        let mut f = mb.func(f1);
        let b0 = f.block();
        let r = f.tmp(b0, Type::Int, Op::Call { func: f2, args: vec![] }, 6);
        f.print(b0, Type::Int, local(r), newline, 6);
        f.ret(b0, None);
    }
    let mut f = mb.func(body);
    let b0 = f.block();
    f.print(b0, Type::Str, start, newline, 7);
    f.inst(b0, None, Op::Call { func: f1, args: vec![] }, 8);
    f.ret(b0, None);
    fails(
        "error_through_three_calls",
        mb.finish(),
        "start\n",
        "ValueError: bad",
        &[
            &format!("File \"{FILE}\", line 8, in <module>"),
            &format!("File \"{FILE}\", line 6, in f1"),
            &format!("File \"{FILE}\", line 4, in f2"),
            &format!("File \"{FILE}\", line 2, in f3"),
        ],
    )
}

/// ```python
/// def down(n: int) -> int:        # line 1
///     if n == 0: return 0         # line 2
///     return down(n - 1)          # line 3
/// for _ in range(50): down(900)   # line 4: the depth stays balanced across calls
/// print("ok")                     # line 5
/// def forever(n: int) -> int: return forever(n + 1)   # line 6
/// forever(0)                      # line 7
/// ```
pub fn recursion_limit() -> Program {
    let mut mb = ModuleBuilder::new(FILE);
    let body = mb.body();
    let down = mb.declare("down", &[("n", Type::Int)], Type::Int);
    let forever = mb.declare("forever", &[("n", Type::Int)], Type::Int);
    let newline = mb.string("\n");
    let ok_text = mb.string("ok");
    {
        let mut f = mb.func(down);
        f.counts_depth();
        let n = f.param(0);
        let (b0, b1, b2) = (f.block(), f.block(), f.block());
        let zero = f.tmp(b0, Type::Bool, Op::Cmp(CmpOp::Eq, local(n), int(0)), 2);
        f.term(b0, Terminator::Branch { cond: local(zero), then_block: b1, else_block: b2 });
        f.ret(b1, Some(int(0)));
        let m = f.tmp(b2, Type::Int, Op::IntBin(IntBinOp::Sub, local(n), int(1)), 3);
        let r = f.tmp(b2, Type::Int, Op::Call { func: down, args: vec![local(m)] }, 3);
        f.ret(b2, Some(local(r)));
    }
    {
        let mut f = mb.func(forever);
        f.counts_depth();
        let n = f.param(0);
        let b0 = f.block();
        let m = f.tmp(b0, Type::Int, Op::IntBin(IntBinOp::Add, local(n), int(1)), 6);
        let r = f.tmp(b0, Type::Int, Op::Call { func: forever, args: vec![local(m)] }, 6);
        f.ret(b0, Some(local(r)));
    }
    let mut f = mb.func(body);
    let (b0, head, looped, done) = (f.block(), f.block(), f.block(), f.block());
    let i = f.local(Type::Int);
    f.inst(b0, Some(i), Op::Copy(int(0)), 4);
    f.term(b0, Terminator::Jump(head));
    let more = f.tmp(head, Type::Bool, Op::Cmp(CmpOp::Lt, local(i), int(50)), 4);
    f.term(head, Terminator::Branch { cond: local(more), then_block: looped, else_block: done });
    f.inst(looped, None, Op::Call { func: down, args: vec![int(900)] }, 4);
    f.inst(looped, Some(i), Op::IntBin(IntBinOp::AddUnchecked, local(i), int(1)), 4);
    f.term(looped, Terminator::Jump(head));
    f.print(done, Type::Str, ok_text, newline, 5);
    f.inst(done, None, Op::Call { func: forever, args: vec![int(0)] }, 7);
    f.ret(done, None);
    fails(
        "recursion_limit",
        mb.finish(),
        "ok\n",
        "RecursionError: maximum recursion depth exceeded",
        // The `<module>` entry is not asserted: the runtime prints only the innermost
        // 1000 entries (CPython's traceback limit), which may all be `forever`.
        &[&format!("File \"{FILE}\", line 6, in forever"), "[Previous line repeated"],
    )
}

/// Block 0 is a loop header (a branch target), locals start at 0, and a raise
/// with a code goes through `RaiseCode`:
/// ```python
/// i = 0
/// while True:            # b0
///     i += 1
///     if i >= 10: break
/// print(i)               # 10
/// assert i < 5           # line 9: AssertionError
/// ```
pub fn entry_block_loop_and_assert() -> Program {
    let mut mb = ModuleBuilder::new(FILE);
    let body = mb.body();
    let newline = mb.string("\n");
    let mut f = mb.func(body);
    let (b0, b1, b2) = (f.block(), f.block(), f.block());
    let i = f.local(Type::Int);
    f.inst(b0, Some(i), Op::IntBin(IntBinOp::Add, local(i), int(1)), 3);
    let done = f.tmp(b0, Type::Bool, Op::Cmp(CmpOp::Ge, local(i), int(10)), 4);
    f.term(b0, Terminator::Branch { cond: local(done), then_block: b1, else_block: b0 });
    f.print(b1, Type::Int, local(i), newline, 5);
    let small = f.tmp(b1, Type::Bool, Op::Cmp(CmpOp::Lt, local(i), int(5)), 9);
    f.term(b1, Terminator::Branch { cond: local(small), then_block: b2, else_block: b2 });
    f.term(b2, Terminator::RaiseCode { code: ErrCode::AssertionFailed, line: 9 });
    fails(
        "entry_block_loop_and_assert",
        mb.finish(),
        "10\n",
        "AssertionError",
        &[&format!("File \"{FILE}\", line 9, in <module>")],
    )
}

/// A runtime call that can raise, with a value, and one with an I8 result.
pub fn runtime_calls() -> Program {
    let mut mb = ModuleBuilder::new(FILE);
    let body = mb.body();
    let newline = mb.string("\n");
    let mut f = mb.func(body);
    let b0 = f.block();
    let p = f.tmp(b0, Type::Int, Op::CallRuntime { func: RuntimeFn::IntPow, args: vec![int(3), int(4)] }, 1);
    f.print(b0, Type::Int, local(p), newline, 1); // 81
    let s = f.tmp(b0, Type::Float, Op::CallRuntime { func: RuntimeFn::MathSqrt, args: vec![float(2.25)] }, 2);
    f.print(b0, Type::Float, local(s), newline, 2); // 1.5
    let nan = f.tmp(b0, Type::Bool, Op::CallRuntime { func: RuntimeFn::MathIsnan, args: vec![float(1.0)] }, 3);
    f.print(b0, Type::Bool, local(nan), newline, 3); // False
    let bad = f.tmp(b0, Type::Float, Op::CallRuntime { func: RuntimeFn::MathSqrt, args: vec![float(-1.0)] }, 4);
    f.print(b0, Type::Float, local(bad), newline, 4);
    f.ret(b0, None);
    fails(
        "runtime_calls",
        mb.finish(),
        "81\n1.5\nFalse\n",
        "ValueError: math domain error",
        &[&format!("File \"{FILE}\", line 4, in <module>")],
    )
}

/// Every program of the run suite.
pub fn all() -> Vec<Program> {
    let mut programs = vec![
        fib(),
        int_ops(),
        float_ops(),
        num_ops(),
        float_div_by_zero(),
        print_each_type(),
        globals(),
        error_through_three_calls(),
        recursion_limit(),
        entry_block_loop_and_assert(),
        runtime_calls(),
    ];
    programs.extend(int_errors());
    programs.extend(super::object_programs::all());
    programs
}
