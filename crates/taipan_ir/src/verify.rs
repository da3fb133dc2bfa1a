//! The IR verifier: checks the invariants every producer of IR must uphold and
//! every consumer (codegen) relies on. Codegen runs it before translating, so IR
//! that passes it can never make codegen panic.
//!
//! Invariants checked:
//! - Module: `body` names a function, which takes no parameters and returns `None`.
//!   Function symbols are unique and start with `USER_SYMBOL_PREFIX`.
//! - Function: has at least one block (block 0 is the entry). Its parameters are
//!   its first locals, in order (`params[i] == %i`).
//! - References: every local, block, function, global and string id an
//!   instruction, terminator or `on_error` names is in range.
//! - Types of ops (the result type is the destination's; a destination is
//!   optional wherever an op has a result):
//!   - `Copy`: the destination has the operand's type, or both are object
//!     types (`Str` ↔ `Obj`: a str held by a union). The null constant
//!     (`Const::Null`) fits wherever any object type (`Str` or `Obj`) is expected.
//!   - `IntBin`: `Int`, `Int` → `Int`. `FloatBin`: `Float`, `Float` → `Float`.
//!   - `Cmp`: two operands of one type among `Int`, `Float`, `Bool` → `Bool`.
//!   - `Unary`: the operand and result types the op's name says (`IntToFloat`:
//!     `Int` → `Float`, `StrToBool`: `Str` → `Bool`, ...).
//!   - `Select`: a `Bool` condition and two operands of one type, which is the result's.
//!   - `Call`: as many arguments as the callee has parameters, each of the
//!     parameter's type; the result has the callee's return type.
//!   - `CallRuntime`: arguments and result match `RuntimeFn::sig()` with `I64` ↔
//!     `Int`, `F64` ↔ `Float`, `I8` ↔ `Bool`, `Ptr` ↔ `Str`; functions with an `I32`
//!     parameter (`tp_main`, `tp_raise*`) cannot be called from IR, and an `I32`
//!     result cannot be kept. A `void` function's result can only go to a `None` local.
//!   - `FieldGet`/`FieldSet`: an `Obj` instance and a value/result of the field's
//!     kind; `ClassId`: `Obj` → `Int`; `IsNull`: an object → `Bool`;
//!     `SameObject`: two objects → `Bool`.
//!   - `LoadGlobal`: the result has the global's type. `StoreGlobal`: the value has
//!     the global's type, and there is no destination.
//! - Terminators: a `Branch` condition is `Bool`; `Return` gives a value of the
//!   function's return type, or nothing when that is `None`; a `Raise` message is
//!   a `Str`.
//!
//! Not checked (by construction or by design): every block has a terminator (it is
//! a field); locals are mutable and may be read before they are assigned (codegen
//! reads zero); unreachable blocks are allowed.

#[cfg(test)]
mod tests;

use std::collections::HashMap;
use std::fmt::Display;

use taipan_abi::{AbiType, SlotKind, USER_SYMBOL_PREFIX};

use crate::{
    Block, BlockId, CmpOp, Const, ConstantValue, Export, FuncId, Function, Inst, Local, Module, Op, Operand, Terminator, Type,
    UnaryOp,
};

/// Checks the module's invariants; returns one message per violation.
pub fn verify_module(module: &Module) -> Vec<String> {
    let mut errors = Vec::new();
    check_module(module, &mut errors);
    for (index, func) in module.functions.iter().enumerate() {
        let mut cx = FunctionCx { module, func, id: FuncId(index as u32), at: String::new(), errors: &mut errors };
        cx.check();
    }
    errors
}

/// The runtime calls a class's special methods as `f(self[, other]) -> (slot, err)`:
/// each must be a function of the module with the slot ABI, taking objects.
fn check_class_specials(module: &Module, errors: &mut Vec<String>) {
    for (index, class) in module.classes.iter().enumerate() {
        for (special, func) in taipan_abi::class_table::Special::ALL.iter().zip(&class.specials) {
            let Some(func) = func else { continue };
            let arity = if special.is_binary() { 2 } else { 1 };
            let ok = module.functions.get(func.index()).is_some_and(|f| {
                f.slot_abi && f.params.len() == arity && f.params.iter().all(|p| f.local_ty(*p).is_object())
            });
            if !ok {
                errors.push(format!(
                    "class{index} {}: {} {func} must be a slot-ABI function of {arity} object parameter(s)",
                    class.qualname,
                    special.method_name()
                ));
            }
        }
    }
}

fn check_module(module: &Module, errors: &mut Vec<String>) {
    match module.functions.get(module.body.index()) {
        None => errors.push(format!("the module body {} is not a function of the module", module.body)),
        Some(body) => {
            if !body.params.is_empty() || body.ret != Type::None {
                errors.push(format!(
                    "the module body {} `{}` must take no parameters and return None",
                    module.body, body.name
                ));
            }
        }
    }
    check_exports(module, errors);
    check_constants(module, errors);
    check_class_specials(module, errors);
    let mut symbols: HashMap<&str, usize> = HashMap::new();
    for (index, func) in module.functions.iter().enumerate() {
        if !func.symbol.starts_with(USER_SYMBOL_PREFIX) {
            errors.push(format!("f{index} `{}`: symbol `{}` does not start with `{USER_SYMBOL_PREFIX}`", func.name, func.symbol));
        }
        if let Some(first) = symbols.insert(&func.symbol, index) {
            errors.push(format!("f{index} `{}`: symbol `{}` is also the symbol of f{first}", func.name, func.symbol));
        }
    }
}

/// Exports name existing functions, once each, with one
/// name per parameter, defaults of the parameters' types, and parameter and
/// result types that cross into Python (see `Export`).
fn check_exports(module: &Module, errors: &mut Vec<String>) {
    let mut names: HashMap<&str, usize> = HashMap::new();
    for (index, export) in module.exports.iter().enumerate() {
        let at = format!("export {index} `{}`", export.name);
        if let Some(first) = names.insert(&export.name, index) {
            errors.push(format!("{at}: the name is also exported by export {first}"));
        }
        let Some(func) = module.functions.get(export.func.index()) else {
            errors.push(format!("{at}: {} is not a function of the module", export.func));
            continue;
        };
        if export.param_names.len() != func.params.len() {
            errors.push(format!(
                "{at}: {} parameter names for {} parameters",
                export.param_names.len(),
                func.params.len()
            ));
            continue;
        }
        if export.defaults.len() > func.params.len() {
            errors.push(format!("{at}: more defaults than parameters"));
            continue;
        }
        if export.positional_only > export.positional || export.positional > func.params.len() {
            errors.push(format!("{at}: positional-only and positional counts do not fit the parameters"));
            continue;
        }
        if export.param_types.len() != func.params.len() {
            errors.push(format!(
                "{at}: {} parameter types for {} parameters",
                export.param_types.len(),
                func.params.len()
            ));
            continue;
        }
        let first_default = func.params.len() - export.defaults.len();
        for (i, p) in func.params.iter().enumerate() {
            let ty = func.local_ty(*p);
            let python = &export.param_types[i];
            if ty == Type::None || !shown_as(python, ty) {
                errors.push(format!("{at}: parameter {i} has type {ty}, which Python cannot pass as {python}"));
            }
            if let Some(default) = i.checked_sub(first_default).and_then(|d| export.defaults.get(d)) {
                // A number default of an optional number is boxed by the wrapper.
                let boxed = matches!(python, taipan_abi::extension::ValueType::Optional(inner)
                    if !inner.is_object() && Export::ir_type(inner) == default.ty());
                // A float is a num as it is.
                let num = default.ty() == Type::Float && ty == Type::Num;
                if default.ty() != ty && !boxed && !num && !(*default == Const::Null && ty.is_object()) {
                    errors.push(format!("{at}: the default of parameter {i} is a {}, not a {ty}", default.ty()));
                }
            }
        }
        if !shown_as(&export.ret_type, func.ret) {
            errors.push(format!(
                "{at}: the result has type {}, which cannot be returned to Python as {}",
                func.ret, export.ret_type
            ));
        }
    }
}

/// Exported constants name existing globals whose IR type carries their
/// Python type, each under a name no export or other constant has.
fn check_constants(module: &Module, errors: &mut Vec<String>) {
    let mut names: HashMap<&str, &str> = module.exports.iter().map(|e| (e.name.as_str(), "an export")).collect();
    for (index, constant) in module.constants.iter().enumerate() {
        let at = format!("constant {index} `{}`", constant.name);
        if let Some(first) = names.insert(&constant.name, "another constant") {
            errors.push(format!("{at}: the name is also {first}"));
        }
        let ty = match constant.value {
            ConstantValue::Const(c) => c.ty(),
            ConstantValue::Global(g) => match module.globals.get(g.index()) {
                Some(global) => global.ty,
                None => {
                    errors.push(format!("{at}: {g} is not a global of the module"));
                    continue;
                }
            },
        };
        if ty == Type::None || !shown_as(&constant.ty, ty) {
            errors.push(format!("{at}: a value of type {ty} cannot be shown as {}", constant.ty));
        }
    }
}

/// Whether a value of IR type `ty` converts to and from the Python type
/// `python`: its own IR type, or a num for a float (an int when it holds one).
fn shown_as(python: &taipan_abi::extension::ValueType, ty: Type) -> bool {
    let own = Export::ir_type(python);
    own == ty || (own == Type::Float && ty == Type::Num)
}

/// The machine type of a runtime signature as an IR type (`None`: no IR type).
fn abi_accepts(abi: AbiType, ty: Type) -> bool {
    match abi {
        AbiType::I64 => ty == Type::Int,
        // A num is a float at the machine level; the runtime's `num` functions take it.
        AbiType::F64 => matches!(ty, Type::Float | Type::Num),
        AbiType::I8 => ty == Type::Bool,
        AbiType::Ptr => ty.is_object(),
        // A slot holds any value; its kind is known statically from the IR type.
        AbiType::Slot => true,
        // No IR type is an I32: such functions (tp_raise, tp_main) are codegen's own.
        AbiType::I32 => false,
    }
}

/// The operand and result types of a unary op.
fn unary_types(op: UnaryOp) -> (Type, Type) {
    use UnaryOp::*;
    match op {
        IntNeg | IntAbs | IntInvert => (Type::Int, Type::Int),
        FloatNeg | FloatAbs => (Type::Float, Type::Float),
        BoolNot => (Type::Bool, Type::Bool),
        IntToFloat => (Type::Int, Type::Float),
        BoolToInt => (Type::Bool, Type::Int),
        IntToBool => (Type::Int, Type::Bool),
        FloatToBool => (Type::Float, Type::Bool),
        StrToBool => (Type::Str, Type::Bool),
        FloatToNum => (Type::Float, Type::Num),
        NumToFloat => (Type::Num, Type::Float),
    }
}

struct FunctionCx<'a> {
    module: &'a Module,
    func: &'a Function,
    id: FuncId,
    /// Where in the function the current check is, for messages (`b2[3]`).
    at: String,
    errors: &'a mut Vec<String>,
}

impl FunctionCx<'_> {
    fn error(&mut self, message: impl Display) {
        let sep = if self.at.is_empty() { "" } else { " " };
        self.errors.push(format!("{} `{}`{sep}{}: {message}", self.id, self.func.name, self.at));
    }

    fn check(&mut self) {
        let func = self.func;
        if func.blocks.is_empty() {
            self.error("has no blocks");
        }
        for (i, param) in func.params.iter().enumerate() {
            if param.index() != i {
                self.error(format_args!("parameter {i} is {param}; parameters must be the first locals, in order"));
            }
        }
        if func.params.len() > func.locals.len() {
            self.error(format_args!("has {} parameters but only {} locals", func.params.len(), func.locals.len()));
        }
        for (index, block) in func.blocks.iter().enumerate() {
            self.check_block(BlockId(index as u32), block);
        }
    }

    fn check_block(&mut self, id: BlockId, block: &Block) {
        self.at = format!("{id}");
        if let Some(handler) = block.on_error {
            self.check_block_id(handler, "error target");
        }
        for (i, inst) in block.insts.iter().enumerate() {
            self.at = format!("{id}[{i}]");
            self.check_inst(inst);
        }
        self.at = format!("{id} terminator");
        self.check_terminator(&block.term);
    }

    fn check_block_id(&mut self, id: BlockId, what: &str) {
        if id.index() >= self.func.blocks.len() {
            self.error(format_args!("{what} {id} does not exist"));
        }
    }

    /// The type of a local, or `None` (after reporting) when it does not exist.
    fn local_ty(&mut self, local: Local) -> Option<Type> {
        match self.func.locals.get(local.index()) {
            Some(data) => Some(data.ty),
            None => {
                self.error(format_args!("local {local} does not exist"));
                None
            }
        }
    }

    fn operand_ty(&mut self, operand: &Operand) -> Option<Type> {
        match operand {
            Operand::Local(l) => self.local_ty(*l),
            Operand::Const(Const::Str(s)) if s.index() >= self.module.strings.len() => {
                self.error(format_args!("string {s} does not exist"));
                None
            }
            Operand::Const(c) => Some(c.ty()),
        }
    }

    /// Checks that `operand` has type `expected`.
    fn expect_operand(&mut self, operand: &Operand, expected: Type, what: &str) {
        // The null pointer is the None of an optional of any object type.
        if *operand == Operand::Const(Const::Null) && expected.is_object() {
            return;
        }
        if let Some(ty) = self.operand_ty(operand) {
            if ty != expected {
                self.error(format_args!("{what} {operand} has type {ty}, expected {expected}"));
            }
        }
    }

    /// Checks that the destination, if any, can hold a result of type `result`.
    fn expect_dest(&mut self, dest: Option<Local>, result: Type) {
        let Some(dest) = dest else { return };
        if let Some(ty) = self.local_ty(dest) {
            if ty != result {
                self.error(format_args!("destination {dest} has type {ty}, but the result is {result}"));
            }
        }
    }

    fn check_inst(&mut self, inst: &Inst) {
        let dest = inst.dest;
        match &inst.op {
            Op::Copy(Operand::Const(Const::Null)) => {
                if let Some(ty) = dest.and_then(|d| self.local_ty(d)) {
                    if !ty.is_object() {
                        self.error(format_args!("destination of a null copy has type {ty}, expected an object"));
                    }
                }
            }
            Op::Copy(a) => {
                if let Some(ty) = self.operand_ty(a) {
                    // A str is also an object: copied into an `Obj` (a union
                    // holding it) and back (the union narrowed to its str).
                    let dest_ty = dest.and_then(|d| self.local_ty(d));
                    if !(ty.is_object() && dest_ty.is_some_and(|d| d.is_object())) {
                        self.expect_dest(dest, ty);
                    }
                }
            }
            Op::IntBin(_, a, b) => {
                self.expect_operand(a, Type::Int, "operand");
                self.expect_operand(b, Type::Int, "operand");
                self.expect_dest(dest, Type::Int);
            }
            Op::FloatBin(_, a, b) => {
                self.expect_operand(a, Type::Float, "operand");
                self.expect_operand(b, Type::Float, "operand");
                self.expect_dest(dest, Type::Float);
            }
            Op::Cmp(op, a, b) => self.check_cmp(*op, a, b, dest),
            Op::Unary(op, a) => {
                let (operand, result) = unary_types(*op);
                self.expect_operand(a, operand, "operand");
                self.expect_dest(dest, result);
            }
            Op::Select { cond, a, b } => {
                self.expect_operand(cond, Type::Bool, "condition");
                if let (Some(ta), Some(tb)) = (self.operand_ty(a), self.operand_ty(b)) {
                    if ta != tb {
                        self.error(format_args!("select between {ta} and {tb}"));
                    }
                    self.expect_dest(dest, ta);
                }
            }
            Op::Call { func, args } => {
                if self.module.functions.get(func.index()).is_some_and(|f| f.slot_abi) {
                    self.error(format_args!("call of {func}, which has the slot ABI (only the runtime calls it)"));
                }
                self.check_call(*func, args, dest)
            }
            Op::CallRuntime { func, args } => self.check_call_runtime(*func, args, dest),
            Op::LoadGlobal { global, .. } => match self.module.globals.get(global.index()) {
                Some(g) => self.expect_dest(dest, g.ty),
                None => self.error(format_args!("global {global} does not exist")),
            },
            Op::StoreGlobal { global, value } => {
                if let Some(d) = dest {
                    self.error(format_args!("store_global has no result, but assigns {d}"));
                }
                match self.module.globals.get(global.index()) {
                    Some(g) => self.expect_operand(value, g.ty, "stored value"),
                    None => self.error(format_args!("global {global} does not exist")),
                }
            }
            Op::IncRef(a) | Op::DecRef(a) => {
                self.expect_object(a, "refcounted operand");
                self.expect_no_dest(dest, "a refcount op");
            }
            Op::ContainerLen(a) => {
                self.expect_operand(a, Type::Obj, "container");
                self.expect_dest(dest, Type::Int);
            }
            Op::StrLen(a) => {
                self.expect_operand(a, Type::Str, "string");
                self.expect_dest(dest, Type::Int);
            }
            Op::ListGet { list, index, kind, .. } => {
                self.expect_operand(list, Type::Obj, "list");
                self.expect_operand(index, Type::Int, "index");
                self.expect_dest_kind(dest, *kind);
            }
            Op::ListSet { list, index, value, kind, .. } => {
                self.expect_operand(list, Type::Obj, "list");
                self.expect_operand(index, Type::Int, "index");
                self.expect_operand_kind(value, *kind);
                self.expect_no_dest(dest, "list.set");
            }
            Op::TupleNew { items } => {
                for (item, kind) in items {
                    self.expect_operand_kind(item, *kind);
                }
                self.expect_dest(dest, Type::Obj);
            }
            Op::TupleGet { tuple, kind, .. } => {
                self.expect_operand(tuple, Type::Obj, "tuple");
                self.expect_dest_kind(dest, *kind);
            }
            Op::FieldGet { obj, kind, .. } => {
                self.expect_operand(obj, Type::Obj, "instance");
                self.expect_dest_kind(dest, *kind);
            }
            Op::FieldSet { obj, value, kind, .. } => {
                self.expect_operand(obj, Type::Obj, "instance");
                self.expect_operand_kind(value, *kind);
                self.expect_no_dest(dest, "field.set");
            }
            Op::ClassId(a) => {
                self.expect_operand(a, Type::Obj, "instance");
                self.expect_dest(dest, Type::Int);
            }
            Op::IsNull(a) => {
                self.expect_object(a, "operand");
                self.expect_dest(dest, Type::Bool);
            }
            Op::SameObject(a, b) => {
                self.expect_object(a, "operand");
                self.expect_object(b, "operand");
                self.expect_dest(dest, Type::Bool);
            }
            Op::InlinedFrame { func, .. } => {
                if self.module.functions.get(func.index()).is_none() {
                    self.error(format_args!("inlined_frame of {func}, which does not exist"));
                }
                self.expect_no_dest(dest, "inlined_frame");
            }
            Op::CodeAddr(f) => {
                match self.module.functions.get(f.index()) {
                    None => self.error(format_args!("code_addr of {f}, which does not exist")),
                    // `CallIndirect` calls it with the native ABI, closure first.
                    Some(target) if target.slot_abi => {
                        self.error(format_args!("code_addr of {f}, which has the slot ABI"))
                    }
                    Some(target)
                        if target.params.first().is_none_or(|p| target.local_ty(*p) != Type::Obj) =>
                    {
                        self.error(format_args!("code_addr of {f}, whose first parameter is not a closure object"))
                    }
                    Some(_) => {}
                }
                self.expect_dest(dest, Type::Int);
            }
            Op::CallIndirect { addr, args, ret } => {
                self.expect_operand(addr, Type::Int, "code address");
                match args.first() {
                    Some(closure) => self.expect_operand(closure, Type::Obj, "closure"),
                    None => self.error(format_args!("call_indirect without a closure argument")),
                }
                if *ret == Type::None {
                    if let Some(d) = dest {
                        if self.local_ty(d) != Some(Type::None) {
                            self.error(format_args!("call_indirect returning None assigns {d}"));
                        }
                    }
                } else if dest.is_some() {
                    self.expect_dest(dest, *ret);
                }
            }
            Op::FuncAddr(f) => {
                match self.module.functions.get(f.index()) {
                    None => self.error(format_args!("func_addr of {f}, which does not exist")),
                    // The runtime calls it through `KEY_FN_SIG`, with slots.
                    Some(target) if !target.slot_abi => {
                        self.error(format_args!("func_addr of {f}, which does not have the slot ABI"))
                    }
                    Some(_) => {}
                }
                self.expect_dest(dest, Type::Int);
            }
        }
    }

    fn expect_object(&mut self, operand: &Operand, what: &str) {
        if let Some(ty) = self.operand_ty(operand) {
            if !ty.is_object() {
                self.error(format_args!("{what} {operand} has type {ty}, expected an object"));
            }
        }
    }

    fn expect_no_dest(&mut self, dest: Option<Local>, what: &str) {
        if let Some(d) = dest {
            self.error(format_args!("{what} has no result, but assigns {d}"));
        }
    }

    /// An operand stored in a slot of `kind` must have a type of that kind.
    fn expect_operand_kind(&mut self, operand: &Operand, kind: SlotKind) {
        if let Some(ty) = self.operand_ty(operand) {
            if !ty.fits_slot(kind) {
                self.error(format_args!("{operand} has type {ty}, which is not stored as {kind:?}"));
            }
        }
    }

    fn expect_dest_kind(&mut self, dest: Option<Local>, kind: SlotKind) {
        let Some(d) = dest else { return };
        if let Some(ty) = self.local_ty(d) {
            if !ty.fits_slot(kind) {
                self.error(format_args!("destination {d} has type {ty}, which is not stored as {kind:?}"));
            }
        }
    }

    fn check_cmp(&mut self, op: CmpOp, a: &Operand, b: &Operand, dest: Option<Local>) {
        if let (Some(ta), Some(tb)) = (self.operand_ty(a), self.operand_ty(b)) {
            if ta != tb {
                self.error(format_args!("{op:?} compares {ta} with {tb}"));
            } else if !matches!(ta, Type::Int | Type::Float | Type::Bool) {
                self.error(format_args!("{op:?} compares {ta} values, which is not an inline comparison"));
            }
        }
        self.expect_dest(dest, Type::Bool);
    }

    fn check_call(&mut self, callee: FuncId, args: &[Operand], dest: Option<Local>) {
        let Some(target) = self.module.functions.get(callee.index()) else {
            self.error(format_args!("function {callee} does not exist"));
            return;
        };
        if args.len() != target.params.len() {
            self.error(format_args!("{} `{}` takes {} arguments, given {}", callee, target.name, target.params.len(), args.len()));
        }
        for (i, (arg, param)) in args.iter().zip(&target.params).enumerate() {
            // A callee with a bad parameter list is reported on its own.
            if let Some(param_ty) = target.locals.get(param.index()).map(|l| l.ty) {
                self.expect_operand(arg, param_ty, &format!("argument {i}"));
            }
        }
        self.expect_dest(dest, target.ret);
    }

    fn check_call_runtime(&mut self, func: crate::RuntimeFn, args: &[Operand], dest: Option<Local>) {
        let sig = func.sig();
        let symbol = func.symbol();
        if args.len() != sig.params.len() {
            self.error(format_args!("{symbol} takes {} arguments, given {}", sig.params.len(), args.len()));
        }
        for (i, (arg, param)) in args.iter().zip(sig.params).enumerate() {
            if let Some(ty) = self.operand_ty(arg) {
                // A code address (`FuncAddr`, an `Int`) goes to a `Ptr` parameter.
                let code_address = *param == AbiType::Ptr && ty == Type::Int;
                if !abi_accepts(*param, ty) && !code_address {
                    self.error(format_args!("argument {i} of {symbol} has type {ty}, which a {param:?} parameter does not take"));
                }
            }
        }
        match (sig.ret, dest.and_then(|d| self.local_ty(d))) {
            (None, Some(ty)) if ty != Type::None => {
                self.error(format_args!("{symbol} returns nothing, but its result is assigned to a {ty}"))
            }
            (Some(ret), Some(ty)) if !abi_accepts(ret, ty) => {
                self.error(format_args!("{symbol} returns {ret:?}, which cannot be assigned to a {ty}"))
            }
            _ => {}
        }
    }

    fn check_terminator(&mut self, term: &Terminator) {
        match term {
            Terminator::Jump(target) => self.check_block_id(*target, "jump target"),
            Terminator::Branch { cond, then_block, else_block } => {
                self.expect_operand(cond, Type::Bool, "branch condition");
                self.check_block_id(*then_block, "branch target");
                self.check_block_id(*else_block, "branch target");
            }
            Terminator::Return(value) => {
                let ret = self.func.ret;
                match value {
                    Some(v) => self.expect_operand(v, ret, "returned value"),
                    None if ret != Type::None => self.error(format_args!("returns nothing from a function returning {ret}")),
                    None => {}
                }
            }
            Terminator::Raise { message: Some(m), .. } => self.expect_operand(m, Type::Str, "exception message"),
            Terminator::Raise { message: None, .. }
            | Terminator::RaiseCode { .. }
            | Terminator::Reraise { .. }
            | Terminator::Unreachable => {}
        }
    }
}
