//! Checker tests: small programs in, HIR facts or diagnostics out.

use taipan_diagnostics::SourceFile;

use crate::hir::{self, ExprKind, StmtKind, Ty};
use crate::{check_file, CheckOptions};

fn check(src: &str) -> Result<hir::Module, Vec<String>> {
    let file = SourceFile::new("t.py", src);
    let options = CheckOptions { module_name: "__main__".to_string() };
    check_file(&file, &options).map_err(|diags| {
        diags
            .iter()
            .map(|d| {
                let (line, col) = file.line_col(d.span.start);
                format!("{line}:{col}: {}", d.message)
            })
            .collect()
    })
}

#[track_caller]
fn ok(src: &str) -> hir::Module {
    match check(src) {
        Ok(m) => m,
        Err(errors) => panic!("unexpected errors:\n{}", errors.join("\n")),
    }
}

#[track_caller]
fn errors(src: &str) -> Vec<String> {
    match check(src) {
        Ok(_) => panic!("expected errors for:\n{src}"),
        Err(errors) => errors,
    }
}

/// Asserts that the program is rejected with exactly this one error.
#[track_caller]
fn error(src: &str, expected: &str) {
    assert_eq!(errors(src), vec![expected.to_string()]);
}

/// The first argument of each top-level `print(...)` statement of the module.
fn module_print_args(m: &hir::Module) -> Vec<&hir::Expr> {
    m.body
        .iter()
        .filter_map(|s| match &s.kind {
            StmtKind::Expr(hir::Expr { kind: ExprKind::Print { args, .. }, .. }) => args.first(),
            _ => None,
        })
        .collect()
}

fn function<'m>(m: &'m hir::Module, name: &str) -> &'m hir::Function {
    m.functions.iter().find(|f| f.name == name).expect("function")
}

fn local<'m>(f: &'m hir::Function, name: &str) -> &'m hir::Local {
    f.locals.iter().find(|l| l.name == name).expect("local")
}

#[test]
fn accepts_the_scalar_core() {
    let m = ok("
import math
from math import sqrt, pi
from typing import Final
N: Final = 10

def fib(n: int) -> int:
    if n < 2:
        return n
    return fib(n - 1) + fib(n - 2)

def scale(x: float, k: float = 2.0) -> float:
    return x * k + sqrt(pi) + math.floor(x)

for i in range(N):
    print(i, fib(i), scale(i, k=0.5), sep=', ', end='\\n')
");
    assert_eq!(m.functions.len(), 2);
    assert_eq!(function(&m, "fib").ret, Ty::Int);
    assert_eq!(function(&m, "scale").locals[1].ty, Ty::Float);
}

#[test]
fn rejects_unsupported_constructs_by_name() {
    let cases = [
        ("def f() -> None:\n    class A:\n        pass\n", "2:5: classes are supported only at the top level of the module"),
        ("f = lambda x: 1\n", "1:5: the parameter types of this lambda are unknown: use it where a Callable is expected (annotate the variable: f: Callable[[int], int] = lambda x: ...)"),
        ("try:\n    pass\nexcept* ValueError:\n    pass\n", "1:1: try/except* statements are not supported"),
        ("x = [1]\nx[0:1] += [2]\n", "2:3: augmented slice assignment is not supported yet"),
        ("match 1:\n    case 1:\n        pass\n", "1:1: match statements are not supported yet"),
        ("def g() -> None:\n    yield\n", "1:1: a generator function (it contains 'yield') must be annotated '-> Iterator[T]' (or Iterable[T], Generator[T, None, None], from typing or collections.abc), not 'None'"),
        ("from typing import Iterator\ndef g() -> Iterator[int]:\n    x = (yield 1)\n", "3:10: yield is supported only as a statement in a generator function: the value of a yield expression (send()) is not supported yet"),
        ("async def g() -> None:\n    pass\n", "1:1: async functions are not supported yet"),
        (
            "import math\n@math.floor\ndef g() -> None:\n    pass\n",
            "2:2: decorators are not supported yet",
        ),
        ("def g() -> None:\n    def h(x: int = 1) -> None:\n        pass\n", "2:20: default values of nested functions are not supported yet"),
        ("x = 1\nprint(x is 1)\n", "2:7: 'is' between two values is supported only with None and objects yet"),
        ("import os\n", "1:8: module 'os' is not supported"),
        ("from os import path\n", "1:1: module 'os' is not supported"),
        ("raise\n", "1:1: a bare 'raise' outside an except clause is not supported"),
        ("x = (1, \"s\")\na, *b = x\n", "2:4: starred assignment targets are supported only for lists and tuples of one element type"),
        ("x = 1\nx.y = 2\n", "2:1: cannot assign attribute 'y' of a value of type int"),
        ("print(len(1))\n", "1:11: object of type 'int' has no len()"),
    ];
    for (src, expected) in cases {
        assert_eq!(errors(src), vec![expected.to_string()], "for {src:?}");
    }
}

#[test]
fn type_errors_name_both_types() {
    error("x: int = 1.5\n", "1:10: expected int, found float");
    error("x = 1\nx = 2.5\n", "2:5: expected int, found float");
    error("def f() -> int:\n    return 1.5\n", "2:12: expected int, found float");
    error("def f(a: int) -> int:\n    return a\nprint(f(1.5))\n", "3:9: expected int, found float");
    error("print(1 + \"a\")\n", "1:7: unsupported operand types for +: 'int' and 'str'");
    error("print(1.5 & 1)\n", "1:7: unsupported operand types for &: 'float' and 'int'");
    error("def f() -> None:\n    pass\nprint(f() + 1)\n", "3:7: unsupported operand types for +: 'NoneType' and 'int'");
    error("x = [1]\ny = ['a']\nprint(x or y)\n", "3:7: operands of 'or' have different types: list[int] and list[str] (its value is the operand that decides, and no union of taipan's holds both; only its truth, in a condition, is supported)");
    error("x = True\nprint(min(x, 0.5))\n", "2:7: min() arguments must all have the same type, found bool and float");
    error("x = [1]\nx.append(\"a\")\n", "2:10: argument 1 of list.append() has type str, expected int");
    error("print(\"a\" * 2.0)\n", "1:7: unsupported operand types for *: 'str' and 'float'");
    error("x = [1]\nprint(x == (1,))\n", "2:7: '==' between a list[int] and a tuple[int] is not supported (their values are never equal)");
    error("print(\"a\" - \"b\")\n", "1:7: unsupported operand types for -: 'str' and 'str'");
    error("print(~1.5)\n", "1:7: bad operand type for unary ~: 'float'");
}

#[test]
fn int_to_float_promotion_is_implicit() {
    let m = ok("x: float = 1\ndef f(a: float) -> float:\n    return 2\nprint(f(3), x)\ny = 1.5\ny = 2\n");
    assert_eq!(function(&m, "f").ret, Ty::Float);
    // A bool is not an int when stored: `x: int = True` would print `True`.
    error("x: int = True\n", "1:10: expected int, found bool");
}

#[test]
fn call_arguments_are_checked_like_cpython() {
    let def = "def f(a: int, b: int, c: int = 0) -> int:\n    return a + b + c\n";
    error(&format!("{def}print(f(1, 2, 3, 4))\n"), "3:7: f() takes from 2 to 3 positional arguments but 4 were given");
    error(&format!("{def}print(f(1))\n"), "3:7: f() missing 1 required positional argument: 'b'");
    error(&format!("{def}print(f())\n"), "3:7: f() missing 2 required positional arguments: 'a' and 'b'");
    error(&format!("{def}print(f(1, 2, d=3))\n"), "3:15: f() got an unexpected keyword argument 'd'");
    error(&format!("{def}print(f(1, 2, a=3))\n"), "3:15: f() got multiple values for argument 'a'");
    error("print(g())\n", "1:7: name 'g' is not defined");
    let m = ok(&format!("{def}print(f(b=1, a=2))\n"));
    let StmtKind::Expr(print) = &m.body[0].kind else { panic!() };
    let ExprKind::Print { args, .. } = &print.kind else { panic!() };
    let ExprKind::Call { slots, args: call_args, .. } = &args[0].kind else { panic!() };
    // Arguments stay in source order; slots map parameters to them.
    assert_eq!(call_args.len(), 2);
    assert_eq!(slots, &vec![hir::ArgSlot::Arg(1), hir::ArgSlot::Arg(0), hir::ArgSlot::Default(hir::Const::Int(0))]);
}

#[test]
fn function_definitions_are_checked() {
    error("def f(x) -> int:\n    return x\n", "1:7: parameter 'x' needs a type annotation");
    error("def f(x: int):\n    return x\n", "2:12: a function that returns a value needs a return type annotation");
    error("def f(x: int) -> int:\n    if x > 0:\n        return 1\n", "1:1: missing return statement");
    // `while True` without `break` never falls off the end.
    ok("def f(x: int) -> int:\n    while True:\n        if x > 3:\n            return x\n        x += 1\n");
    ok("def f(x: int) -> int:\n    if x > 0:\n        return 1\n    else:\n        return 2\n");
    // A default that is not a constant is evaluated when the `def` runs.
    ok("def f(x: int = f2()) -> int:\n    return x\ndef f2() -> int:\n    return 1\n");
}

#[test]
fn global_statements_rebind_only_module_globals() {
    error(
        "def f() -> None:\n    global x\n    x = 1\n",
        "3:5: global 'x' is assigned in a function but bound nowhere at module level (not supported: assign it at module level first)",
    );
    error("from typing import Final\nN: Final = 1\nN = 2\n", "3:1: cannot assign to final name 'N'");
}

#[test]
fn constant_globals_fold_everywhere() {
    let m = ok("
from typing import Final
import math
N: Final = 10
LIMIT = 2 ** N
SCALE = 1.5 * 2 + math.pi
def f() -> int:
    return LIMIT + N
print(SCALE, f())
");
    assert!(m.globals.is_empty(), "{:?}", m.globals);
    let StmtKind::Return(Some(value)) = &function(&m, "f").body[0].kind else { panic!() };
    assert_eq!(value.kind, ExprKind::Const(hir::Const::Int(1034)));
    // `if __name__ == "__main__":` folds to its body.
    let m = ok("if __name__ == \"__main__\":\n    print(1)\n");
    let StmtKind::If { cond, .. } = &m.body[0].kind else { panic!() };
    assert_eq!(cond.kind, ExprKind::Const(hir::Const::Bool(true)));
}

#[test]
fn folding_never_hides_a_runtime_error() {
    let m = ok("a = 1 // 0\nb = 9223372036854775807 + 1\nc = -9223372036854775808\nd = 2 ** 63\n");
    // a, b and d raise at run time: they stay stored globals with their operations.
    let names: Vec<&str> = m.globals.iter().map(|g| g.name.as_str()).collect();
    assert_eq!(names, vec!["a", "b", "d"]);
    error("x = 9223372036854775808\n", "1:5: integer literal is too large for a 64-bit int");
}

#[test]
fn globals_read_before_assignment_are_checked() {
    let m = ok("
def use() -> int:
    return LATER + EARLY
EARLY = 1
print(use())
LATER = 5
");
    let StmtKind::Return(Some(value)) = &function(&m, "use").body[0].kind else { panic!() };
    let ExprKind::Binary { lhs, rhs, .. } = &value.kind else { panic!("{value:?}") };
    // LATER may be unassigned when use() runs; EARLY is a folded constant.
    assert!(matches!(lhs.kind, ExprKind::Global { checked: true, .. }));
    assert_eq!(rhs.kind, ExprKind::Const(hir::Const::Int(1)));
}

#[test]
fn module_code_reading_a_global_in_a_branch_is_checked() {
    let m = ok("x = 0\nif x > 0:\n    y = 1\nprint(y)\nz = 2\nz = 3\nprint(z)\n");
    let printed = module_print_args(&m);
    assert!(matches!(printed[0].kind, ExprKind::Global { checked: true, .. }));
    assert!(matches!(printed[1].kind, ExprKind::Global { checked: false, .. }));
}

#[test]
fn functions_called_before_their_def_check_a_marker() {
    let m = ok("def g() -> None:\n    h()\ng()\ndef h() -> None:\n    print(1)\nh()\n");
    assert_eq!(m.globals.len(), 1);
    assert_eq!(m.globals[0].name, "h");
    let StmtKind::Expr(call) = &function(&m, "g").body[0].kind else { panic!() };
    assert!(matches!(call.kind, ExprKind::Call { check_defined: Some(_), .. }));
    // After the def, module code calls h directly.
    let StmtKind::Expr(call) = &m.body.last().expect("stmt").kind else { panic!() };
    assert!(matches!(call.kind, ExprKind::Call { check_defined: None, .. }));
}

#[test]
fn possibly_unbound_locals_are_flagged() {
    let m = ok("
def f(flag: bool) -> int:
    if flag:
        y = 1
    z = 2
    return y + z
");
    let f = function(&m, "f");
    assert!(local(f, "y").needs_bound_flag);
    assert!(!local(f, "z").needs_bound_flag);
    let m = ok("def g(n: int) -> int:\n    for i in range(n):\n        pass\n    return i\n");
    assert!(local(function(&m, "g"), "i").needs_bound_flag);
    let m = ok("def g(n: int) -> int:\n    i = 0\n    for i in range(n):\n        pass\n    return i\n");
    assert!(!local(function(&m, "g"), "i").needs_bound_flag);
}

#[test]
fn local_types_come_from_the_first_assignment_even_later_in_the_text() {
    let m = ok("
def f(n: int) -> int:
    total = 0
    for i in range(n):
        if i > 0:
            total += prev
        prev = i * 2
    return total
");
    assert_eq!(local(function(&m, "f"), "prev").ty, Ty::Int);
    error(
        "def f() -> int:\n    x = x + 1\n    return x\n",
        "2:9: local variable 'x' is used before any assignment gives it a type",
    );
}

#[test]
fn power_types_follow_the_exponent() {
    let m = ok("def f(a: int, b: int) -> None:\n    print(a ** 2, a ** -2, a ** b, 2.0 ** a)\n");
    let StmtKind::Expr(print) = &function(&m, "f").body[0].kind else { panic!() };
    let ExprKind::Print { args, .. } = &print.kind else { panic!() };
    let types: Vec<Ty> = args.iter().map(|a| a.ty).collect();
    assert_eq!(types, vec![Ty::Int, Ty::Float, Ty::Int, Ty::Float]);
}

#[test]
fn reports_every_error_in_one_run() {
    let errs = errors("match 1:\n    case _: pass\nx: int = 1.5\nprint(undefined)\ndef f(a) -> int:\n    return 1\n");
    assert_eq!(errs.len(), 4, "{errs:?}");
}

#[test]
fn break_and_return_outside_their_context_are_errors() {
    error("break\n", "1:1: 'break' outside loop");
    error("return 1\n", "1:1: 'return' outside function");
}

/// Every prefix of a few programs, random bytes and deep nesting: the checker
/// reports errors but never panics or overflows its stack.
#[test]
fn never_panics() {
    let programs = [
        "def fib(n: int) -> int:\n    if n < 2:\n        return n\n    return fib(n - 1) + fib(n - 2)\n\nprint(fib(20))\n",
        "from typing import Final\nimport math\nN: Final = 3\ndef f(a: int, b: float = 1.0) -> float:\n    x = 0\n    while x < N:\n        x += 1\n        if x == 2:\n            continue\n    else:\n        pass\n    return a * b + math.sqrt(x) if a > 0 else -b\nfor i in range(1, 10, 2):\n    assert i > 0, \"pos\"\n    print(f(i, b=2.5), min(i, 3), round(2.5, 1), sep='', end=' ', flush=True)\n",
    ];
    for program in programs {
        for end in 0..=program.len() {
            if program.is_char_boundary(end) {
                let _ = check(&program[..end]);
            }
        }
    }
    let alphabet = b"()[]{}:=+-*/%<>!~&|^ \n    \tabcxyzfn0123456789.'\"#,ifdefwhileforinrangereturnprintTrueFalseNone";
    let mut state: u64 = 0x9e37_79b9_7f4a_7c15;
    for _ in 0..500 {
        state = state.wrapping_mul(6364136223846793005).wrapping_add(1442695040888963407);
        let len = (state >> 40) as usize % 120;
        let mut bytes = Vec::with_capacity(len);
        for _ in 0..len {
            state = state.wrapping_mul(6364136223846793005).wrapping_add(1442695040888963407);
            bytes.push(alphabet[(state >> 33) as usize % alphabet.len()]);
        }
        let _ = check(&String::from_utf8_lossy(&bytes));
    }
    let limit = taipan_syntax::MAX_NESTING - 5;
    let deep = [
        format!("x = 1\ny = {}x{}\nprint(y)\n", "(".repeat(limit), ")".repeat(limit)),
        format!("x = 1\ny = {}\nprint(y)\n", vec!["x"; limit].join(" + ")),
        format!("x = 1\nprint({}x)\n", "-".repeat(limit)),
        format!("x = 1\nprint({}x)\n", "not ".repeat(limit)),
        format!("x = 1\nprint({}1{})\n", "abs(".repeat(limit / 2), ")".repeat(limit / 2)),
        format!("x = 1\nprint({}x)\n", "x if x else ".repeat(limit / 2)),
        format!("print({})\n", vec!["1 < 2"; 1000].join(" and ")),
        format!("x = {}1{}\n", "(".repeat(1000), ")".repeat(1000)),
    ];
    for program in deep {
        let _ = check(&program);
    }
    assert!(check("x = 1\ny = ((((((((((x))))))))))\nprint(y)\n").is_ok());
}

#[test]
fn rejects_what_with_walrus_del_and_star_arguments_cannot_compile_faithfully() {
    let cases = [
        ("with 1:\n    pass\n", "1:6: 'int' object does not support the context manager protocol"),
        ("x = 1\ndel x\n", "2:5: del of module-level names is not supported yet"),
        ("def f(a: int) -> int:\n    return a\nx = 1\nprint(f(*x))\n", "4:10: argument after * must be an iterable, not int"),
        ("x = 1\nprint(x + (x := 2))\n", "2:12: 'x' is read earlier in this statement than the assignment expression that binds it: not supported yet (assign it in a statement of its own)"),
        ("xs = [1]\nys = [x for x in xs if (x := 2)]\n", "2:25: assignment expression cannot rebind comprehension iteration variable 'x'"),
        ("def f(*args: int, **kw: int) -> None:\n    pass\n", "1:21: '**kwargs' parameters are not supported yet"),
        ("class A:\n    def __enter__(self) -> int:\n        return 1\nwith A() as a:\n    pass\n", "4:6: 'A' object does not support the context manager protocol (missed __exit__ method)"),
        ("class A:\n    def __enter__(self) -> int:\n        return 1\n    def __exit__(self, t: object, e: object, tb: object) -> None:\n        print(t)\n", "5:15: reading __exit__'s parameter 't' is not supported yet: it stands for an exception class or a traceback, which taipan does not represent (test the exception parameter instead)"),
        ("with open(\"f\") as f:\n    pass\n", "1:6: with open(...) is not supported: taipan programs have no file I/O"),
        ("def f(a: int, b: int) -> int:\n    return a\nprint(f(*(1, 2, 3)))\n", "3:7: f() takes 2 positional arguments but 3 were given"),
    ];
    for (src, expected) in cases {
        assert_eq!(errors(src), vec![expected.to_string()], "for {src:?}");
    }
    // A walrus whose value reads its own name is fine: the read is over
    // before the store.
    ok("def f() -> None:\n    n = 1\n    m = (n := n + 1)\n    print(m)\n");
    ok("def f(n: int) -> None:\n    while (n := n - 1) > 0:\n        print(n)\n");
}
