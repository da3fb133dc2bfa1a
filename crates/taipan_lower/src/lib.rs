//! HIR → IR: the one place where Python semantics turn into IR ops.
//!
//! One IR function per `def`, plus the module body (`<module>`), which comes
//! last. Statements are lowered in `stmt.rs`, expressions in `expr.rs`, builtin
//! and `math` calls and `print` in `builtins.rs`.
//!
//! Architecture invariant: this crate is pure (no IO); it is the only crate
//! that depends on both the HIR (`taipan_types`) and the IR (`taipan_ir`).

mod abstract_collections;
mod builder;
mod builtins;
mod classes;
mod closures;
mod call_graph;
mod comprehension;
mod containers;
mod dict_set;
mod exception_classes;
mod expr;
mod generator;
mod generator_fn;
mod gil;
mod deque;
mod dict_flavors;
mod heap_bisect;
mod iterate;
mod loops;
mod min_max_key;
mod num;
mod optional;
mod let_values;
mod library_calls;
mod math_sums;
mod range_bounds;
mod range_loop;
mod range_value;
mod refcount;
mod runtime_specials;
mod stmt;
mod str_methods;
mod strings;
mod symbols;
mod unpack;
mod try_stmt;

use std::collections::HashMap;

use taipan_abi::extension::ValueType;
use taipan_diagnostics::{SourceFile, Span};
use taipan_ir as ir;
use taipan_ir::Operand;
use taipan_types::hir::{self, Ty};

use builder::FnBuilder;

/// The name tracebacks show for the module body.
pub const MODULE_BODY_NAME: &str = "<module>";

/// Lowers a checked module to IR.
pub fn lower_module(file: &SourceFile, module: &hir::Module) -> ir::Module {
    let mut symbols = symbols::Symbols::default();
    let body_symbol = symbols.unique("__module__");
    let recursive = call_graph::recursive_functions(module);
    let mut cx = ModuleCx {
        file,
        strings: Vec::new(),
        string_ids: HashMap::new(),
        classes: &module.classes,
        functions: &module.functions,
        globals: &module.globals,
        stability: range_bounds::BodyStability::of_module(module),
        list_iterators: generator_fn::ListIterators::new(module),
        nums: &module.nums,
    };

    let mut functions = Vec::new();
    // A generator function's resume function comes after the HIR functions
    // (HIR function i stays IR function i), its frame class after the classes.
    let mut generators = Vec::new();
    for (i, f) in module.functions.iter().enumerate() {
        let symbol = symbols.unique(&f.name);
        // A function value's code may be in a cycle of indirect calls,
        // which the call graph cannot see: it always counts.
        let counts_depth = recursive.get(i).copied().unwrap_or(false) || f.closure.captures.is_some();
        if let (true, Ty::Iterator(elem)) = (module.generators.contains(&hir::FuncId(i as u32)), f.ret) {
            let resume_id = ir::FuncId((module.functions.len() + generators.len()) as u32);
            let class_id = (module.classes.len() + generators.len()) as u32;
            let resume_symbol = symbols.unique(&format!("{}.resume", f.name));
            let g = generator_fn::lower_generator(&mut cx, hir::FuncId(i as u32), f, *elem, (symbol, resume_symbol), resume_id, class_id);
            functions.push(g.creator);
            generators.push((g.resume, g.frame_class));
            continue;
        }
        functions.push(lower_function(&mut cx, hir::FuncId(i as u32), f, symbol, counts_depth));
    }
    let mut frame_classes = Vec::new();
    for (resume, class) in generators {
        functions.push(resume);
        frame_classes.push(class);
    }
    let exc_str_callbacks = exception_classes::str_callbacks(&module.classes, &mut functions, &mut symbols);
    let mut body_lowerer = FnLowerer::new(&mut cx, None, 1, &module.body_locals, ir::Type::None);
    body_lowerer.register_exception_classes(&module.exception_classes, &exc_str_callbacks);
    let body = body_lowerer.finish_body(&module.body);
    functions.push(ir::Function {
        name: MODULE_BODY_NAME.to_string(),
        symbol: body_symbol,
        params: Vec::new(),
        ret: ir::Type::None,
        locals: body.0,
        blocks: body.1,
        line: 1,
        counts_depth: false,
        slot_abi: false,
        traceback_frame: true,
    });
    mark_key_functions(&mut functions);
    let body = ir::FuncId(functions.len() as u32 - 1);
    // After `mark_key_functions`: the thunks' addresses are in the class table.
    let mut classes = runtime_specials::class_data(module, &mut functions, &mut symbols);
    classes.extend(frame_classes);
    classes.extend(cx.list_iterators.classes());
    let globals = module
        .globals
        .iter()
        .enumerate()
        .map(|(i, g)| ir::GlobalData { name: g.name.clone(), ty: global_type(module, hir::GlobalId(i as u32)) })
        .collect();
    ir::Module {
        name: module.name.clone(),
        file: file.path.clone(),
        body,
        functions,
        globals,
        strings: cx.strings,
        classes,
        doc: None,
        exports: Vec::new(),
        constants: Vec::new(),
    }
}

/// Lowers a module built as a CPython extension: as `lower_module`, plus its
/// docstring and the exports (`taipan_types::extension::exported_functions`).
/// The caller has checked the exports (`taipan_types::extension::check_exports`).
pub fn lower_extension(file: &SourceFile, module: &hir::Module) -> ir::Module {
    let mut ir_module = lower_module(file, module);
    ir_module.doc = module.doc.clone();
    let exports = taipan_types::extension::exported_functions(module)
        .map(|(id, f)| {
            let layout = taipan_types::extension::param_layout(module, id);
            let signature = taipan_types::extension::text_signature(f, layout);
            ir::Export {
                // HIR function i is IR function i.
                func: ir::FuncId(id.0),
                name: f.name.clone(),
                param_names: f.params.iter().map(|p| f.locals[p.index()].name.clone()).collect(),
                param_types: f.params.iter().map(|p| value_type(f.locals[p.index()].ty)).collect(),
                ret_type: value_type(f.ret),
                releases_gil: false,
                defaults: f
                    .defaults
                    .iter()
                    .zip(&f.params)
                    .filter_map(|(c, p)| {
                        let ir_ty = ir_module.functions[id.index()].local_ty(ir::Local(p.0));
                        Some(export_default(&mut ir_module, c.as_ref()?, f.locals[p.index()].ty, ir_ty))
                    })
                    .collect(),
                positional_only: layout.map_or(0, |l| l.positional_only),
                positional: layout.map_or(f.params.len(), |l| l.positional),
                // CPython's convention: the text signature, `--`, a blank line, the docstring.
                doc: format!("{signature}\n--\n\n{}", f.doc.as_deref().unwrap_or("")),
            }
        })
        .collect();
    ir_module.exports = exports;
    let releases_gil = gil::releases_gil(&ir_module);
    for export in &mut ir_module.exports {
        export.releases_gil = releases_gil.get(export.func.index()).copied().unwrap_or(false);
    }
    let constants = taipan_types::extension::exported_constants(module)
        .map(|v| {
            let (value, ty) = match &v.value {
                hir::VariableValue::Folded(c) => folded_constant(&mut ir_module, c, v.ty),
                // HIR global i is IR global i.
                hir::VariableValue::Stored(g) => (ir::ConstantValue::Global(ir::GlobalId(g.0)), value_type(v.ty)),
            };
            ir::ExportedConstant { name: v.name.clone(), value, ty }
        })
        .collect();
    ir_module.constants = constants;
    ir_module
}

/// The Python type an export converts a value of `ty` by. `check_exports`
/// has rejected the types with no conversion; were one to get here, it maps
/// to `None`, which the IR verifier reports as a mismatch.
fn value_type(ty: Ty) -> ValueType {
    match ty {
        Ty::Int => ValueType::Int,
        Ty::Float => ValueType::Float,
        Ty::Bool => ValueType::Bool,
        Ty::Str => ValueType::Str,
        Ty::List(elem) => ValueType::List(Box::new(value_type(*elem))),
        Ty::TupleOf(elem) => ValueType::TupleOf(Box::new(value_type(*elem))),
        Ty::Tuple(fields) => ValueType::Tuple(fields.iter().map(|f| value_type(*f)).collect()),
        Ty::Dict(key, value) => ValueType::Dict(Box::new(value_type(*key)), Box::new(value_type(*value))),
        Ty::Set(elem) => ValueType::Set(Box::new(value_type(*elem))),
        Ty::Optional(inner) => ValueType::Optional(Box::new(value_type(*inner))),
        Ty::None
        | Ty::Union(_)
        | Ty::Deque(_)
        | Ty::Instance(_)
        | Ty::Exception(_)
        | Ty::Object
        | Ty::Callable(_)
        | Ty::Iterator(_)
        | Ty::Abstract(..)
        | Ty::Random
        | Ty::Range
        | Ty::Unknown => ValueType::None,
    }
}

/// A folded module constant `c` of type `ty`, and the Python type it is
/// shown by. A folded optional is its value: `None` the null object of the
/// optional, anything else a value of the inner type (an unboxed number).
fn folded_constant(module: &mut ir::Module, c: &hir::Const, ty: Ty) -> (ir::ConstantValue, ValueType) {
    match (c, ty) {
        (hir::Const::None, Ty::Optional(_)) => (ir::ConstantValue::Const(ir::Const::Null), value_type(ty)),
        (_, Ty::Optional(inner)) => (ir::ConstantValue::Const(ir_const(module, c)), value_type(*inner)),
        // An int folded where a float is declared is an int, as in CPython.
        (hir::Const::Int(_), Ty::Float) => (ir::ConstantValue::Const(ir_const(module, c)), ValueType::Int),
        _ => (ir::ConstantValue::Const(ir_const(module, c)), value_type(ty)),
    }
}

/// The default `c` of an exported parameter of type `ty`, as `ir::Export`
/// keeps it: a `None` default of an object parameter (`str | None`,
/// `list[int] | None`) is the null object; anything else, including the
/// number default of an optional number (which the wrapper boxes), as it is.
fn export_default(module: &mut ir::Module, c: &hir::Const, ty: Ty, ir_ty: ir::Type) -> ir::Const {
    match c {
        hir::Const::None if ir_type(ty).is_object() => ir::Const::Null,
        // An int default of a `float` parameter (`num.rs`).
        hir::Const::Int(i) if ir_ty == ir::Type::Num => ir::Const::NumInt(*i),
        hir::Const::Int(i) if ir_ty == ir::Type::Float => ir::Const::Float(*i as f64),
        _ => ir_const(module, c),
    }
}

/// A HIR constant as an IR constant of `module`.
fn ir_const(module: &mut ir::Module, c: &hir::Const) -> ir::Const {
    match c {
        hir::Const::Int(v) => ir::Const::Int(*v),
        hir::Const::Float(v) => ir::Const::Float(*v),
        hir::Const::Bool(v) => ir::Const::Bool(*v),
        hir::Const::None => ir::Const::None,
        hir::Const::Str(s) => ir::Const::Str(module.intern(s)),
    }
}

/// Gives the slot ABI (`ir::Function::slot_abi`) to every function whose
/// address is taken: the runtime calls those as key functions.
fn mark_key_functions(functions: &mut [ir::Function]) {
    let mut taken = vec![false; functions.len()];
    for f in functions.iter() {
        for block in &f.blocks {
            for inst in &block.insts {
                if let ir::Op::FuncAddr(id) = inst.op {
                    if let Some(t) = taken.get_mut(id.index()) {
                        *t = true;
                    }
                }
            }
        }
    }
    for (f, taken) in functions.iter_mut().zip(taken) {
        f.slot_abi = taken;
    }
}

fn lower_function<'m>(
    cx: &mut ModuleCx<'m>,
    id: hir::FuncId,
    f: &'m hir::Function,
    symbol: String,
    counts_depth: bool,
) -> ir::Function {
    let line = cx.line(f.span);
    let ret = if cx.nums.returns(id) { ir::Type::Num } else { ir_type(f.ret) };
    let mut lowerer = FnLowerer::new(cx, Some(id), line, &f.locals, ret);
    // A parameter is bound on entry (it has a flag when some `del` deletes it).
    for p in &f.params {
        if let Some(flag) = lowerer.bound_flags[p.index()] {
            lowerer.b.copy(flag, ir::Operand::Const(ir::Const::Bool(true)));
        }
    }
    lowerer.enter_closure(&f.closure, &f.params);
    let params = f.params.iter().map(|p| ir::Local(p.0)).collect();
    let (locals, blocks) = lowerer.finish_body(&f.body);
    // The code of a bound method or function value only calls the method or
    // function (`hir::BOUND_METHOD_CODE_PREFIX`, `FUNCTION_VALUE_CODE_PREFIX`).
    let traceback_frame = !f.name.starts_with(hir::BOUND_METHOD_CODE_PREFIX) && !f.name.starts_with(hir::FUNCTION_VALUE_CODE_PREFIX);
    // A decorated function's frames carry the name its `def` gave it (a
    // decorated method's body is named `<prefix>Class.method`).
    let name = match f.name.strip_prefix(hir::UNDECORATED_PREFIX) {
        Some(rest) => rest.rsplit('.').next().unwrap_or(rest).to_string(),
        None => f.name.clone(),
    };
    ir::Function { name, symbol, params, ret, locals, blocks, line, counts_depth, slot_abi: false, traceback_frame }
}

/// What lowering needs about the whole module.
pub(crate) struct ModuleCx<'m> {
    pub file: &'m SourceFile,
    /// The module's string constants, in order of first use.
    pub strings: Vec<String>,
    string_ids: HashMap<String, ir::StrId>,
    /// The user classes, by id (their `__str__`/`__repr__` for printing).
    pub classes: &'m [hir::Class],
    /// The module's functions (the parameter types of a call's defaults).
    pub functions: &'m [hir::Function],
    /// The module's stored globals (their types, for stores).
    pub globals: &'m [hir::Global],
    /// Which functions cannot change a list's length (`range_bounds.rs`).
    pub stability: range_bounds::BodyStability,
    /// The list iterator frame classes (`generator_fn.rs`), by element
    /// kind, in the order of first use; their ids follow the generators'.
    pub list_iterators: generator_fn::ListIterators,
    /// The `float` places that may hold ints (`num.rs`).
    pub nums: &'m hir::NumPlaces,
}

impl ModuleCx<'_> {
    pub fn intern(&mut self, s: &str) -> ir::StrId {
        if let Some(&id) = self.string_ids.get(s) {
            return id;
        }
        let id = ir::StrId(self.strings.len() as u32);
        self.strings.push(s.to_string());
        self.string_ids.insert(s.to_string(), id);
        id
    }

    pub fn line(&self, span: Span) -> u32 {
        self.file.line_of(span.start)
    }
}

/// The IR type of a HIR type. `Unknown` only occurs in rejected programs.
pub(crate) fn ir_type(ty: hir::Ty) -> ir::Type {
    match ty {
        hir::Ty::Int | hir::Ty::Unknown => ir::Type::Int,
        hir::Ty::Float => ir::Type::Float,
        hir::Ty::Bool => ir::Type::Bool,
        hir::Ty::None => ir::Type::None,
        // `str | None`: the str or null.
        hir::Ty::Str | hir::Ty::Optional(hir::Ty::Str) => ir::Type::Str,
        hir::Ty::List(_)
        | hir::Ty::Tuple(_)
        | hir::Ty::TupleOf(_)
        | hir::Ty::Dict(..)
        | hir::Ty::Set(_)
        | hir::Ty::Deque(_)
        | hir::Ty::Exception(_)
        | hir::Ty::Instance(_)
        | hir::Ty::Object
        | hir::Ty::Callable(_)
        | hir::Ty::Iterator(_)
        | hir::Ty::Abstract(..)
        | hir::Ty::Random
        | hir::Ty::Range
        | hir::Ty::Union(_)
        | hir::Ty::Optional(_) => {
            ir::Type::Obj
        }
    }
}

/// The IR type of stored global `g`: `Num` for a num place.
pub(crate) fn global_type(module: &hir::Module, g: hir::GlobalId) -> ir::Type {
    match module.globals.get(g.index()) {
        Some(_) if module.nums.global(g) => ir::Type::Num,
        Some(global) => ir_type(global.ty),
        None => ir::Type::Int,
    }
}

/// How a value of HIR type `ty` is stored as a container element or tuple
/// field: unboxed for numbers (`list[float]` holds `f64`s, `list[bool]` bytes).
pub(crate) fn slot_kind(ty: hir::Ty) -> ir::SlotKind {
    ir_type(ty).slot_kind()
}

/// Where `break` and `continue` go in the innermost loop.
#[derive(Clone, Copy)]
pub(crate) struct LoopTargets {
    pub continue_to: ir::BlockId,
    pub break_to: ir::BlockId,
}

/// Lowers one body (a function's or the module's).
pub(crate) struct FnLowerer<'c, 'm> {
    pub cx: &'c mut ModuleCx<'m>,
    /// The function lowered (`None`: the module body).
    pub func: Option<hir::FuncId>,
    pub b: FnBuilder,
    pub hir_locals: &'m [hir::Local],
    /// Per HIR local that may be read unbound: the `bool` local saying it is bound.
    pub bound_flags: Vec<Option<ir::Local>>,
    pub loops: Vec<LoopTargets>,
    pub ret: ir::Type,
    /// Object temporaries that own a reference, released (in order) at the
    /// end of the statement or condition that created them (`refcount.rs`).
    pub temps: Vec<ir::Local>,
    /// While lowering the value of an augmented item assignment: the item.
    pub current_item: Option<Operand>,
    /// The values of the enclosing `ExprKind::Let`s, innermost last.
    pub let_values: Vec<Vec<Operand>>,
    /// What a `return`/`break`/`continue` must run on its way out of the
    /// enclosing `try` statements and `except` clauses, innermost last.
    pub cleanups: Vec<try_stmt::Cleanup>,
    /// Inside the check-free copy of a range loop: its variable and the lists
    /// it indexes in range (`range_loop.rs`), innermost last.
    pub proven_indices: Vec<(hir::LocalId, Vec<hir::LocalId>)>,
    /// In a generator function's body: its `yield`s so far (`generator_fn.rs`).
    pub yields: Vec<generator_fn::YieldPoint>,
}

impl<'c, 'm> FnLowerer<'c, 'm> {
    fn new(
        cx: &'c mut ModuleCx<'m>,
        func: Option<hir::FuncId>,
        line: u32,
        hir_locals: &'m [hir::Local],
        ret: ir::Type,
    ) -> Self {
        let mut b = FnBuilder::new(line);
        b.check_callbacks = runtime_specials::has_callbacks(cx.classes);
        b.float_slots_hold_nums = cx.nums.containers;
        // HIR local i is IR local i; temporaries come after.
        for (i, l) in hir_locals.iter().enumerate() {
            let ty = if cx.nums.local(func, hir::LocalId(i as u32)) { ir::Type::Num } else { ir_type(l.ty) };
            b.local(Some(l.name.clone()), ty);
        }
        let mut bound_flags = Vec::new();
        for l in hir_locals {
            let flag = l.needs_bound_flag.then(|| {
                let flag = b.temp(ir::Type::Bool);
                b.copy(flag, ir::Operand::Const(ir::Const::Bool(false)));
                flag
            });
            bound_flags.push(flag);
        }
        FnLowerer { cx, func, b, hir_locals, bound_flags, loops: Vec::new(), ret, temps: Vec::new(), current_item: None, let_values: Vec::new(), cleanups: Vec::new(), proven_indices: Vec::new(), yields: Vec::new() }
    }

    /// Lowers the statements and closes the function: falling off the end
    /// returns `None` (the checker rejects it for other return types).
    fn finish_body(mut self, body: &[hir::Stmt]) -> (Vec<ir::LocalData>, Vec<ir::Block>) {
        self.stmts(body);
        if self.b.is_open() {
            let term =
                if self.ret == ir::Type::None { ir::Terminator::Return(None) } else { ir::Terminator::Unreachable };
            self.b.terminate(term);
        }
        (self.b.locals, self.b.blocks)
    }

    pub fn line_of(&self, span: Span) -> u32 {
        self.cx.line(span)
    }

    pub fn str_const(&mut self, s: &str) -> ir::Operand {
        ir::Operand::Const(ir::Const::Str(self.cx.intern(s)))
    }
}

#[cfg(test)]
mod tests;
