//! The IR's text format (what `taipan build --emit ir` prints).
//!
//! ```text
//! fn fib(%0: int) -> int  # line 3, symbol tpu_fib, counts_depth
//!   %0 n: int
//!   %1: bool
//! b0:
//!   # 4 |     if n < 2:
//!   %1 = cmp.lt %0, 2
//!   branch %1, b1, b2
//! ```

use std::fmt::{self, Write};

use crate::{
    Block, CmpOp, Const, FloatBinOp, Function, Inst, IntBinOp, Module, Op, Operand, Terminator,
    Type, UnaryOp,
};

impl fmt::Display for Type {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(match self {
            Type::Int => "int",
            Type::Float => "float",
            Type::Num => "num",
            Type::Bool => "bool",
            Type::None => "None",
            Type::Str => "str",
            Type::Obj => "obj",
        })
    }
}

impl fmt::Display for Const {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Const::Int(v) => write!(f, "{v}"),
            // `{:?}` keeps a decimal point or exponent, so a float never reads as an int.
            Const::Float(v) => write!(f, "{v:?}"),
            Const::NumInt(v) => write!(f, "num {v}"),
            Const::Bool(v) => write!(f, "{}", if *v { "True" } else { "False" }),
            Const::None => f.write_str("None"),
            Const::Str(s) => write!(f, "{s}"),
            Const::Null => f.write_str("null"),
        }
    }
}

impl fmt::Display for Operand {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Operand::Local(l) => write!(f, "{l}"),
            Operand::Const(c) => write!(f, "{c}"),
        }
    }
}

fn int_bin_name(op: IntBinOp) -> &'static str {
    match op {
        IntBinOp::Add => "int.add",
        IntBinOp::Sub => "int.sub",
        IntBinOp::Mul => "int.mul",
        IntBinOp::FloorDiv => "int.floordiv",
        IntBinOp::Mod => "int.mod",
        IntBinOp::AddUnchecked => "int.add_unchecked",
        IntBinOp::SubUnchecked => "int.sub_unchecked",
        IntBinOp::BitAnd => "int.and",
        IntBinOp::BitOr => "int.or",
        IntBinOp::BitXor => "int.xor",
    }
}

fn float_bin_name(op: FloatBinOp) -> &'static str {
    match op {
        FloatBinOp::Add => "float.add",
        FloatBinOp::Sub => "float.sub",
        FloatBinOp::Mul => "float.mul",
        FloatBinOp::Div => "float.div",
    }
}

fn cmp_name(op: CmpOp) -> &'static str {
    match op {
        CmpOp::Eq => "cmp.eq",
        CmpOp::Ne => "cmp.ne",
        CmpOp::Lt => "cmp.lt",
        CmpOp::Le => "cmp.le",
        CmpOp::Gt => "cmp.gt",
        CmpOp::Ge => "cmp.ge",
    }
}

fn unary_name(op: UnaryOp) -> &'static str {
    match op {
        UnaryOp::IntNeg => "int.neg",
        UnaryOp::IntAbs => "int.abs",
        UnaryOp::IntInvert => "int.invert",
        UnaryOp::FloatNeg => "float.neg",
        UnaryOp::FloatAbs => "float.abs",
        UnaryOp::BoolNot => "bool.not",
        UnaryOp::IntToFloat => "int.to_float",
        UnaryOp::BoolToInt => "bool.to_int",
        UnaryOp::IntToBool => "int.to_bool",
        UnaryOp::FloatToBool => "float.to_bool",
        UnaryOp::StrToBool => "str.to_bool",
        UnaryOp::FloatToNum => "float.to_num",
        UnaryOp::NumToFloat => "num.to_float",
    }
}

fn write_args(out: &mut String, args: &[Operand]) {
    for (i, a) in args.iter().enumerate() {
        if i > 0 {
            out.push_str(", ");
        }
        let _ = write!(out, "{a}");
    }
}

fn write_op(out: &mut String, module: &Module, op: &Op) {
    let _ = match op {
        Op::Copy(a) => write!(out, "copy {a}"),
        Op::IntBin(o, a, b) => write!(out, "{} {a}, {b}", int_bin_name(*o)),
        Op::FloatBin(o, a, b) => write!(out, "{} {a}, {b}", float_bin_name(*o)),
        Op::Cmp(o, a, b) => write!(out, "{} {a}, {b}", cmp_name(*o)),
        Op::Unary(o, a) => write!(out, "{} {a}", unary_name(*o)),
        Op::Select { cond, a, b } => write!(out, "select {cond}, {a}, {b}"),
        Op::Call { func, args } => {
            let name = module.functions.get(func.index()).map_or("?", |f| f.name.as_str());
            let _ = write!(out, "call {func} {name}(");
            write_args(out, args);
            write!(out, ")")
        }
        Op::CallRuntime { func, args } => {
            let _ = write!(out, "call_runtime {}(", func.symbol());
            write_args(out, args);
            write!(out, ")")
        }
        Op::LoadGlobal { global, checked } => {
            write!(out, "load_global {global}{}", if *checked { " checked" } else { "" })
        }
        Op::StoreGlobal { global, value } => write!(out, "store_global {global}, {value}"),
        Op::IncRef(a) => write!(out, "incref {a}"),
        Op::DecRef(a) => write!(out, "decref {a}"),
        Op::ContainerLen(a) => write!(out, "container.len {a}"),
        Op::StrLen(a) => write!(out, "str.len {a}"),
        Op::ListGet { list, index, kind, checked } => {
            write!(out, "list.get{} {kind:?} {list}[{index}]", if *checked { "" } else { "_unchecked" })
        }
        Op::ListSet { list, index, value, kind, checked } => {
            write!(out, "list.set{} {kind:?} {list}[{index}], {value}", if *checked { "" } else { "_unchecked" })
        }
        Op::TupleNew { items } => {
            let _ = write!(out, "tuple.new(");
            for (i, (item, kind)) in items.iter().enumerate() {
                if i > 0 {
                    out.push_str(", ");
                }
                let _ = write!(out, "{item}: {kind:?}");
            }
            write!(out, ")")
        }
        Op::TupleGet { tuple, index, kind } => write!(out, "tuple.get {kind:?} {tuple}.{index}"),
        Op::FieldGet { obj, index, kind } => write!(out, "field.get {kind:?} {obj}.{index}"),
        Op::FieldSet { obj, index, value, kind } => write!(out, "field.set {kind:?} {obj}.{index}, {value}"),
        Op::ClassId(a) => write!(out, "class_id {a}"),
        Op::IsNull(a) => write!(out, "is_null {a}"),
        Op::SameObject(a, b) => write!(out, "same_object {a}, {b}"),
        Op::FuncAddr(f) => write!(out, "func_addr {f}"),
        Op::CodeAddr(f) => write!(out, "code_addr {f}"),
        Op::CallIndirect { addr, args, ret } => {
            let _ = write!(out, "call_indirect {addr}(");
            write_args(out, args);
            write!(out, ") -> {ret}")
        }
        Op::InlinedFrame { func, line } => write!(out, "inlined_frame {func} line {line}"),
    };
}

/// Prints a module. With `source`, each run of instructions is preceded by the
/// source line it came from.
pub fn print_module(module: &Module, source: Option<&str>) -> String {
    let lines: Vec<&str> = source.map(|s| s.lines().collect()).unwrap_or_default();
    let mut out = String::new();
    let _ = writeln!(out, "module {} \"{}\"", module.name, module.file);
    for (i, s) in module.strings.iter().enumerate() {
        let _ = writeln!(out, "  s{i} = {s:?}");
    }
    for (i, g) in module.globals.iter().enumerate() {
        let _ = writeln!(out, "  @{i} {}: {}", g.name, g.ty);
    }
    if let Some(doc) = &module.doc {
        let _ = writeln!(out, "  doc {doc:?}");
    }
    for e in &module.exports {
        let params = taipan_abi::extension::bound_parameters::with_markers(e.param_names.clone(), e.positional_only, e.positional);
        let _ = write!(out, "  export {} = {}({})", e.name, e.func, params.join(", "));
        if !e.defaults.is_empty() {
            let defaults: Vec<String> = e.defaults.iter().map(|c| format!("{}", Operand::Const(*c))).collect();
            let _ = write!(out, " defaults ({})", defaults.join(", "));
        }
        let _ = writeln!(out, " doc {:?}", e.doc);
    }
    for (i, c) in module.classes.iter().enumerate() {
        let _ = write!(out, "  class{i} {} {:?}", c.qualname, c.fields);
        if c.unhashable {
            out.push_str(" unhashable");
        }
        if c.hash_fields {
            out.push_str(" hash_fields");
        }
        if c.eq_tristate {
            out.push_str(" eq_tristate");
        }
        if c.ne_tristate {
            out.push_str(" ne_tristate");
        }
        for (special, func) in taipan_abi::class_table::Special::ALL.iter().zip(&c.specials) {
            if let Some(f) = func {
                let _ = write!(out, " {}={f}", special.method_name());
            }
        }
        out.push('\n');
    }
    for (i, func) in module.functions.iter().enumerate() {
        out.push('\n');
        print_function(&mut out, module, i, func, &lines);
    }
    out
}

fn print_function(out: &mut String, module: &Module, index: usize, func: &Function, lines: &[&str]) {
    let _ = write!(out, "fn f{index} {}(", func.name);
    for (i, p) in func.params.iter().enumerate() {
        if i > 0 {
            out.push_str(", ");
        }
        let _ = write!(out, "{p}: {}", func.local_ty(*p));
    }
    let _ = write!(out, ") -> {}  # line {}, symbol {}", func.ret, func.line, func.symbol);
    if func.counts_depth {
        out.push_str(", counts_depth");
    }
    if func.slot_abi {
        out.push_str(", slot_abi");
    }
    if !func.traceback_frame {
        out.push_str(", no_traceback_frame");
    }
    out.push('\n');
    for (i, l) in func.locals.iter().enumerate() {
        match &l.name {
            Some(n) => {
                let _ = writeln!(out, "  %{i} {n}: {}", l.ty);
            }
            None => {
                let _ = writeln!(out, "  %{i}: {}", l.ty);
            }
        }
    }
    let mut last_line = 0;
    for (b, block) in func.blocks.iter().enumerate() {
        print_block(out, module, b, block, lines, &mut last_line);
    }
}

fn print_block(
    out: &mut String,
    module: &Module,
    index: usize,
    block: &Block,
    lines: &[&str],
    last_line: &mut u32,
) {
    let _ = write!(out, "b{index}:");
    if let Some(h) = block.on_error {
        let _ = write!(out, "  # on error -> {h}");
    }
    out.push('\n');
    let mut annotate = |out: &mut String, line: u32| {
        if line != *last_line && line > 0 {
            *last_line = line;
            if let Some(text) = lines.get(line as usize - 1) {
                let _ = writeln!(out, "  # {line:>3} | {}", text.trim_end());
            }
        }
    };
    for Inst { dest, op, line } in &block.insts {
        annotate(out, *line);
        out.push_str("  ");
        if let Some(d) = dest {
            let _ = write!(out, "{d} = ");
        }
        write_op(out, module, op);
        out.push('\n');
    }
    let _ = match &block.term {
        Terminator::Jump(b) => writeln!(out, "  jump {b}"),
        Terminator::Branch { cond, then_block, else_block } => {
            writeln!(out, "  branch {cond}, {then_block}, {else_block}")
        }
        Terminator::Return(None) => writeln!(out, "  return"),
        Terminator::Return(Some(v)) => writeln!(out, "  return {v}"),
        Terminator::RaiseCode { code, line } => {
            annotate(out, *line);
            writeln!(out, "  raise {}.{:?}", code.kind().name(), code)
        }
        Terminator::Raise { kind, message, line } => {
            annotate(out, *line);
            match message {
                Some(m) => writeln!(out, "  raise {}({m})", kind.name()),
                None => writeln!(out, "  raise {}", kind.name()),
            }
        }
        Terminator::Reraise { line } => {
            annotate(out, *line);
            writeln!(out, "  reraise")
        }
        Terminator::Unreachable => writeln!(out, "  unreachable"),
    };
}
