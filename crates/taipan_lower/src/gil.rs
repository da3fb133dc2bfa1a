//! Which exported functions may run without the GIL (`ir::Export::releases_gil`).
//!
//! A wrapper that releases the GIL lets other Python threads run while the
//! compiled function computes, so the function must touch nothing another
//! thread may touch at the same time. Decided from the IR, conservatively:
//! a function qualifies when it and every user function it calls
//! - has only unboxed scalar locals (`int`, `float`, `bool`, `None`): taipan's
//!   reference counts are not atomic, so no object may be shared, and none is
//!   needed;
//! - calls only runtime functions of scalars that neither print (compiled
//!   `print` writes through `sys.stdout`, a Python object) nor reach CPython;
//!   raising is fine: the pending exception is thread-local, and the wrapper
//!   hands it to CPython after taking the GIL back;
//! - does not count towards the recursion limit (`counts_depth`): the frame
//!   counter `tp_frame_depth` is one process-wide variable, updated without
//!   atomics, so only code holding the GIL may touch it. (Recursive functions
//!   are the ones that count, so a recursive kernel keeps the GIL.)
//!
//! Reading a scalar global is fine: most module globals are frozen after
//! import, and one that functions rebind (`global` statements, class
//! variables) is stored only by code holding the GIL, as one aligned 8-byte
//! store; the read sees the value before or after it, as a Python thread
//! switching at that point would.
//!
//! Releasing and taking back the GIL costs about as much as a whole call of a
//! small function, so only a function that may run long releases it: one
//! with a loop, or calling one with a loop (`may_run_long`).

use taipan_abi::AbiType;
use taipan_ir as ir;

/// Whether each function of `module` may run without the GIL.
fn gil_free_functions(module: &ir::Module) -> Vec<bool> {
    // Start from the functions that qualify on their own, then drop every
    // function calling one that does not, until nothing changes.
    let mut free: Vec<bool> = module.functions.iter().map(|f| qualifies_alone(module, f)).collect();
    loop {
        let mut changed = false;
        for (i, f) in module.functions.iter().enumerate() {
            if free[i] && callees(f).any(|c| !free.get(c.index()).copied().unwrap_or(false)) {
                free[i] = false;
                changed = true;
            }
        }
        if !changed {
            return free;
        }
    }
}

/// Whether the wrapper of each function should release the GIL: it may, and
/// it (or a function it calls) has a loop.
pub fn releases_gil(module: &ir::Module) -> Vec<bool> {
    let free = gil_free_functions(module);
    let mut long: Vec<bool> = module.functions.iter().map(has_loop).collect();
    loop {
        let mut changed = false;
        for (i, f) in module.functions.iter().enumerate() {
            if !long[i] && callees(f).any(|c| long.get(c.index()).copied().unwrap_or(false)) {
                long[i] = true;
                changed = true;
            }
        }
        if !changed {
            return free.iter().zip(long).map(|(free, long)| *free && long).collect();
        }
    }
}

/// Whether the control-flow graph of `f` has a cycle (an edge back to a block
/// on the current depth-first path).
fn has_loop(f: &ir::Function) -> bool {
    #[derive(Clone, Copy, PartialEq)]
    enum Mark {
        New,
        OnPath,
        Done,
    }
    let successors = |b: usize| -> Vec<usize> {
        match f.blocks.get(b).map(|b| &b.term) {
            Some(ir::Terminator::Jump(t)) => vec![t.index()],
            Some(ir::Terminator::Branch { then_block, else_block, .. }) => vec![then_block.index(), else_block.index()],
            _ => Vec::new(),
        }
    };
    let mut mark = vec![Mark::New; f.blocks.len()];
    // Iterative DFS: (block, index of the next successor to visit).
    let mut stack: Vec<(usize, usize)> = Vec::new();
    if f.blocks.is_empty() {
        return false;
    }
    stack.push((0, 0));
    mark[0] = Mark::OnPath;
    while let Some(top) = stack.last_mut() {
        let (b, next) = *top;
        if let Some(&s) = successors(b).get(next) {
            top.1 += 1;
            match mark.get(s) {
                Some(Mark::OnPath) => return true,
                Some(Mark::New) => {
                    mark[s] = Mark::OnPath;
                    stack.push((s, 0));
                }
                _ => {}
            }
        } else {
            mark[b] = Mark::Done;
            stack.pop();
        }
    }
    false
}

/// The user functions `f` calls.
fn callees(f: &ir::Function) -> impl Iterator<Item = ir::FuncId> + '_ {
    f.blocks.iter().flat_map(|b| &b.insts).filter_map(|inst| match &inst.op {
        ir::Op::Call { func, .. } => Some(*func),
        _ => None,
    })
}

fn is_scalar(ty: ir::Type) -> bool {
    !ty.is_object()
}

/// Whether a runtime function works on scalars only, without output or CPython.
fn is_gil_free_runtime_fn(func: taipan_abi::RuntimeFn) -> bool {
    let sig = func.sig();
    let scalar = |t: &AbiType| !matches!(t, AbiType::Ptr | AbiType::Slot);
    let symbol = func.symbol();
    sig.params.iter().all(scalar)
        && sig.ret.as_ref().is_none_or(scalar)
        && !symbol.starts_with("tp_write")
        && !symbol.starts_with("tp_flush")
        && !symbol.starts_with("tp_ext_")
        && !symbol.starts_with("tp_python_")
}

fn qualifies_alone(module: &ir::Module, f: &ir::Function) -> bool {
    if f.counts_depth || !is_scalar(f.ret) || !f.locals.iter().all(|l| is_scalar(l.ty)) {
        return false;
    }
    let insts_ok = f.blocks.iter().flat_map(|b| &b.insts).all(|inst| match &inst.op {
        ir::Op::CallRuntime { func, .. } => is_gil_free_runtime_fn(*func),
        ir::Op::LoadGlobal { global, .. } => module.globals.get(global.index()).is_some_and(|g| is_scalar(g.ty)),
        ir::Op::StoreGlobal { .. } => false,
        ir::Op::Copy(_)
        | ir::Op::IntBin(..)
        | ir::Op::FloatBin(..)
        | ir::Op::Cmp(..)
        | ir::Op::Unary(..)
        | ir::Op::Select { .. }
        | ir::Op::Call { .. } => true,
        // Every other op works on objects.
        _ => false,
    });
    // A raise's message is a constant str (immortal: never counted) or absent.
    let terms_ok = f.blocks.iter().all(|b| match &b.term {
        ir::Terminator::Raise { message, .. } => message.as_ref().is_none_or(|m| matches!(m, ir::Operand::Const(_))),
        _ => true,
    });
    insts_ok && terms_ok
}

#[cfg(test)]
mod tests {
    use taipan_diagnostics::SourceFile;
    use taipan_types::{check_file, CheckOptions};

    /// Which exports of `src`, built as an extension, release the GIL.
    fn releasing(src: &str) -> Vec<(String, bool)> {
        let file = SourceFile::new("m.py", src);
        let hir = check_file(&file, &CheckOptions { module_name: "m".into() }).expect("checks");
        let module = crate::lower_extension(&file, &hir);
        let problems = taipan_ir::verify::verify_module(&module);
        assert!(problems.is_empty(), "{problems:?}");
        module.exports.iter().map(|e| (e.name.clone(), e.releases_gil)).collect()
    }

    #[test]
    fn only_object_free_loops_release_the_gil() {
        let src = "\
SCALE = 2.0
NAME = 'n'


def _helper(x: float) -> float:
    return x * SCALE


def kernel(n: int) -> float:
    t = 0.0
    for i in range(n):
        t += _helper(float(i))
    return t


def no_loop(a: int, b: int) -> int:
    return a // b


def with_str(n: int) -> int:
    s = NAME
    t = 0
    for i in range(n):
        t += i
    return t + len(s)


def prints(n: int) -> int:
    t = 0
    while t < n:
        t += 1
    print(t)
    return t


def recursive(n: int) -> int:
    return 1 if n <= 1 else n * recursive(n - 1)


def calls_printer(n: int) -> int:
    t = 0
    for i in range(n):
        t += prints(i)
    return t


def list_arg(xs: list[int]) -> int:
    t = 0
    for x in xs:
        t += x
    return t
";
        let got = releasing(src);
        let expected = [
            ("kernel", true),
            ("no_loop", false),
            ("with_str", false),
            ("prints", false),
            ("recursive", false),
            ("calls_printer", false),
            ("list_arg", false),
        ];
        let expected: Vec<(String, bool)> = expected.iter().map(|(n, r)| (n.to_string(), *r)).collect();
        assert_eq!(got, expected);
    }
}
