//! Lowering tests: programs in, IR text out (insta snapshots, each showing
//! its source), plus targeted assertions on key lines.

use taipan_diagnostics::SourceFile;
use taipan_types::{check_file, CheckOptions};

use crate::lower_module;

/// Checks, lowers and verifies `src`; returns the printed IR.
#[track_caller]
fn ir(src: &str) -> String {
    let file = SourceFile::new("t.py", src);
    let options = CheckOptions { module_name: "__main__".to_string() };
    let hir = match check_file(&file, &options) {
        Ok(hir) => hir,
        Err(diags) => panic!("rejected:\n{}", taipan_diagnostics::render_all(&file, &diags)),
    };
    let module = lower_module(&file, &hir);
    let problems = taipan_ir::verify::verify_module(&module);
    assert!(problems.is_empty(), "IR verifier: {problems:?}\n{}", taipan_ir::print_module(&module, Some(src)));
    taipan_ir::print_module(&module, Some(src))
}

/// Snapshot text: the source, then its IR.
fn snapshot(src: &str) -> String {
    format!("----- SOURCE\n{src}----- IR\n{}", ir(src))
}

#[track_caller]
fn assert_contains(ir: &str, needle: &str) {
    assert!(ir.contains(needle), "missing {needle:?} in:\n{ir}");
}

#[test]
fn fib_and_print() {
    insta::assert_snapshot!(snapshot(
        "def fib(n: int) -> int:\n    if n < 2:\n        return n\n    return fib(n - 1) + fib(n - 2)\n\n\nfor i in range(10):\n    print(i, fib(i), sep=\", \")\n"
    ));
}

#[test]
fn recursion_is_found_through_cycles() {
    let out = ir("
def is_even(n: int) -> bool:
    if n == 0:
        return True
    return is_odd(n - 1)

def is_odd(n: int) -> bool:
    if n == 0:
        return False
    return is_even(n - 1)

def leaf(n: int) -> int:
    return n * 2

print(is_even(10), leaf(3))
");
    assert_contains(&out, "fn f0 is_even(%0: int) -> bool  # line 2, symbol tpu_is_even, counts_depth");
    assert_contains(&out, "fn f1 is_odd(%0: int) -> bool  # line 7, symbol tpu_is_odd, counts_depth");
    assert_contains(&out, "fn f2 leaf(%0: int) -> int  # line 12, symbol tpu_leaf\n");
    assert_contains(&out, "fn f3 <module>() -> None  # line 1, symbol tpu___module__\n");
}

#[test]
fn range_loops() {
    insta::assert_snapshot!(snapshot(
        "def count(a: int, b: int, s: int) -> int:\n    n = 0\n    for i in range(a, b, s):\n        n += 1\n    return n\n\n\ndef down() -> None:\n    for i in range(10, 0, -3):\n        print(i)\n    else:\n        print(\"done\")\n"
    ));
}

#[test]
fn range_with_zero_step_raises() {
    let out = ir("for i in range(0, 10, 0):\n    print(i)\n");
    assert_contains(&out, "raise ValueError(s0)");
    assert_contains(&out, "s0 = \"range() arg 3 must not be zero\"");
}

#[test]
fn unbound_locals_raise() {
    insta::assert_snapshot!(snapshot("def f(flag: bool) -> int:\n    if flag:\n        y = 1\n    return y\n"));
}

#[test]
fn short_circuit_and_chained_comparisons() {
    insta::assert_snapshot!(snapshot(
        "def f(a: int, b: float, c: int) -> bool:\n    return a < b <= c\n\n\ndef g(x: int, y: int) -> int:\n    return x and y or 7\n"
    ));
}

#[test]
fn int_float_comparisons_are_exact() {
    let out = ir("def f(a: int, b: float) -> None:\n    print(a < b, b > 2, a == 2.5, 2 ** 60 + 1 < b)\n");
    // A variable int against a float: the runtime's exact comparison.
    assert_contains(&out, "call_runtime tp_int_float_cmp(%0, %1)");
    // A small int constant converts exactly at compile time.
    assert_contains(&out, "cmp.gt %1, 2.0");
    // 2**60 + 1 has no exact float: the runtime compares it.
    assert_contains(&out, "call_runtime tp_int_float_cmp(1152921504606846977, %1)");
}

#[test]
fn arithmetic_ops_pick_the_python_semantics() {
    let out = ir("def f(a: int, b: int, x: float) -> None:\n    print(a / b, a // b, a % b, a ** b, a ** 2, a ** -1, x // 2, x % 2, x ** 2, a << b, a >> b, -a, ~a, abs(a), abs(x))\n");
    for needle in [
        "call_runtime tp_int_truediv(%0, %1)",
        "int.floordiv %0, %1",
        "int.mod %0, %1",
        "call_runtime tp_int_pow(%0, %1)",
        "call_runtime tp_int_pow(%0, 2)",
        "call_runtime tp_float_pow(",
        "call_runtime tp_float_floordiv(%2, 2.0)",
        "call_runtime tp_float_mod(%2, 2.0)",
        "call_runtime tp_int_lshift(%0, %1)",
        "call_runtime tp_int_rshift(%0, %1)",
        "int.neg %0",
        "int.invert %0",
        "int.abs %0",
        "float.abs %2",
    ] {
        assert_contains(&out, needle);
    }
}

#[test]
fn builtins_and_math() {
    insta::assert_snapshot!(snapshot(
        "import math\n\n\ndef f(a: int, x: float) -> None:\n    print(min(a, 3, 1), max(x, 2.5), round(x), round(x, 2), round(a, -1), int(x), float(a), bool(x))\n    print(math.sqrt(a), math.floor(x), math.isclose(x, 1.0, abs_tol=0.5), math.isnan(x), math.fabs(a), math.log(x, 2))\n"
    ));
}

#[test]
fn module_globals_load_and_store() {
    insta::assert_snapshot!(snapshot(
        "def report() -> None:\n    print(total, LIMIT)\n\n\nLIMIT = 10\ntotal = 0\nfor i in range(3):\n    total += i\nreport()\nlate = 1\nlate = 2\n"
    ));
}

#[test]
fn calls_before_a_def_check_its_marker() {
    let out = ir("def g() -> None:\n    h()\n\n\ng()\n\n\ndef h() -> None:\n    print(1)\n");
    assert_contains(&out, "@0 h: bool");
    assert_contains(&out, "load_global @0 checked\n  call f1 h()");
    assert_contains(&out, "store_global @0, True");
}

#[test]
fn call_arguments_are_evaluated_in_source_order() {
    let out = ir("def v(x: int) -> int:\n    return x\n\n\ndef f(a: int, b: int, c: int = 5) -> int:\n    return a + b + c\n\n\nprint(f(b=v(1), a=v(2)))\n");
    assert_contains(&out, "%0 = call f0 v(1)\n  %1 = call f0 v(2)\n  %2 = call f1 f(%1, %0, 5)");
}

#[test]
fn assert_and_while_else() {
    insta::assert_snapshot!(snapshot(
        "def f(n: int) -> None:\n    assert n >= 0, \"negative\"\n    assert n < 100\n    while n > 0:\n        n -= 1\n        if n == 5:\n            break\n    else:\n        print(\"no break\")\n"
    ));
}

#[test]
fn constant_conditions_fold_to_one_branch() {
    let out = ir("def main() -> None:\n    print(1)\n\n\nif __name__ == \"__main__\":\n    main()\nelse:\n    print(2)\nwhile False:\n    print(3)\n");
    assert_contains(&out, "call f0 main()");
    assert!(!out.contains("branch"), "{out}");
    assert!(!out.contains("write_int(2)") && !out.contains("write_int(3)"), "{out}");
}

#[test]
fn instructions_carry_their_own_lines() {
    let module = {
        let src = "def f(a: int) -> int:\n    return a\n\n\nx = (1 +\n     f(2))\n";
        let file = SourceFile::new("t.py", src);
        let hir = check_file(&file, &CheckOptions { module_name: "__main__".into() }).expect("checks");
        lower_module(&file, &hir)
    };
    let body = module.func(module.body);
    let lines: Vec<(String, u32)> = body.blocks[0]
        .insts
        .iter()
        .map(|i| (format!("{:?}", i.op).split(' ').next().unwrap_or("").to_string(), i.line))
        .collect();
    // The call is on line 6, the addition and the store on line 5.
    assert_eq!(lines, vec![("Call".to_string(), 6), ("IntBin(Add,".to_string(), 5), ("StoreGlobal".to_string(), 5)]);
}

#[test]
fn every_accepted_program_lowers_to_verified_ir() {
    // Each program exercises many paths at once; `ir` asserts the verifier passes.
    let programs = [
        "x: float = 1\ny = x if x > 0 else 2.0\nprint(y, x or 2.5, not x)\n",
        "def f() -> None:\n    return\nr = f()\nprint(r, f())\n",
        "n = 0\nwhile True:\n    n += 1\n    if n > 3:\n        break\n    continue\nprint(n)\n",
        "def f(a: bool, b: bool) -> bool:\n    return a & b | (a ^ b)\nprint(f(True, False), True + 1, True / 2)\n",
        "for i in range(3):\n    for j in range(i):\n        if j:\n            continue\n        print(i, j, end='')\nprint(flush=True)\n",
        "def f(n: int) -> int:\n    for i in range(n):\n        if i > 2:\n            return i\n    return -1\nprint(f(5))\n",
        "print(1 < 2 < 3, 'a' == 'a', __name__)\n",
        "import math\nprint(math.pi, math.inf, -math.nan, float('nan'))\n",
    ];
    for p in programs {
        ir(p);
    }
}

#[test]
fn deeply_nested_expressions_lower_within_the_stack() {
    let depth = taipan_syntax::MAX_NESTING - 6;
    let programs = [
        format!("def f(x: int) -> int:\n    return {}x{}\n", "(x + ".repeat(depth), ")".repeat(depth)),
        format!("def f(x: int) -> int:\n    return {}x\n", "-".repeat(depth)),
        format!("def f(x: int) -> int:\n    return {}x\n", "x if x else ".repeat(depth / 2)),
        format!(
            "def f(x: int) -> bool:\n    return {}x > 0{}\n",
            "(x > 0 and ".repeat(depth / 2),
            ")".repeat(depth / 2)
        ),
    ];
    for p in &programs {
        ir(p);
    }
}
