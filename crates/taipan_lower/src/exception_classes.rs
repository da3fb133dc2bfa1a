//! User exception classes with members (`class AppError(Exception)` with
//! fields, `__init__`, methods and `__str__`): construction through a user
//! `__init__`, `BaseException.__init__` (`super().__init__(msg)`), the
//! fields (after the exception's own: `exception_object::FIRST_FIELD_INDEX`),
//! `str()` through `__str__`, and the registration that tells the runtime
//! each class's name, base, layout and `__str__` (called back to print an
//! uncaught exception).

use taipan_abi::exception_object::FIRST_FIELD_INDEX;
use taipan_ir as ir;
use taipan_ir::{Op, Operand, RuntimeFn};
use taipan_types::hir::{self, ArgSlot, ExcClass, ExprKind, FuncId, Ty};

use crate::stmt::int;
use crate::symbols::Symbols;
use crate::{slot_kind, FnLowerer};

/// The field slot of field `index` of an object of static type `ty`: an
/// exception's fields come after its own.
pub(crate) fn field_slot(ty: Ty, index: u32) -> u32 {
    match ty {
        Ty::Exception(_) => FIRST_FIELD_INDEX + index,
        _ => index,
    }
}

/// The user class (in `classes`) an exception class is, if it is one.
fn class_of(classes: &[hir::Class], class: ExcClass) -> Option<&hir::Class> {
    let ExcClass::User(user) = class else { return None };
    classes.iter().find(|c| c.exception.is_some_and(|e| e.index == user.index))
}

/// For each class of `classes`, the function the runtime calls to print an
/// uncaught exception of it: a wrapper with the slot ABI around its
/// `__str__` (own or inherited), added to `functions`. (A function whose
/// address is taken has the slot ABI and cannot also be called directly.)
pub(crate) fn str_callbacks(
    classes: &[hir::Class],
    functions: &mut Vec<ir::Function>,
    symbols: &mut Symbols,
) -> Vec<Option<ir::FuncId>> {
    let mut wrappers: Vec<(FuncId, ir::FuncId)> = Vec::new();
    classes
        .iter()
        .map(|class| {
            class.exception?;
            let method = class.str_method.func?;
            if let Some((_, w)) = wrappers.iter().find(|(m, _)| *m == method) {
                return Some(*w);
            }
            let target = functions.get(method.index())?;
            let (name, line) = (target.name.clone(), target.line);
            let (this, text) = (ir::Local(0), ir::Local(1));
            let entry = ir::Block {
                insts: vec![ir::Inst {
                    dest: Some(text),
                    op: Op::Call { func: ir::FuncId(method.0), args: vec![Operand::Local(this)] },
                    line,
                }],
                term: ir::Terminator::Return(Some(Operand::Local(text))),
                on_error: None,
            };
            let wrapper = ir::FuncId(functions.len() as u32);
            functions.push(ir::Function {
                symbol: symbols.unique(&format!("{name}.callback")),
                name,
                params: vec![this],
                ret: ir::Type::Str,
                locals: vec![
                    ir::LocalData { name: Some("self".to_string()), ty: ir::Type::Obj },
                    ir::LocalData { name: None, ty: ir::Type::Str },
                ],
                blocks: vec![entry],
                line,
                counts_depth: false,
                slot_abi: false,
                // `__str__` adds its own entry.
                traceback_frame: false,
            });
            wrappers.push((method, wrapper));
            Some(wrapper)
        })
        .collect()
}

impl FnLowerer<'_, '_> {
    /// Tells the runtime the name, base, class id, field kinds and `__str__`
    /// callback of each user exception class (at the start of the module
    /// body, before anything can raise one).
    pub fn register_exception_classes(&mut self, classes: &[&'static hir::UserExc], str_callbacks: &[Option<ir::FuncId>]) {
        for &user in classes {
            let id = Operand::Const(ir::Const::Int(ExcClass::User(user).runtime_id()));
            let name = self.str_const(user.name);
            let base = Operand::Const(ir::Const::Int(user.base.runtime_id()));
            let class = self.cx.classes.iter().position(|c| c.exception.is_some_and(|e| e.index == user.index));
            let (index, fields, callback) = match class {
                Some(c) => {
                    let info = &self.cx.classes[c];
                    let digits: String = info.fields.iter().map(|f| char::from(b'0' + slot_kind(f.ty) as u8)).collect();
                    (i64::from(info.id.index), digits, str_callbacks.get(c).copied().flatten())
                }
                None => (0, String::new(), None),
            };
            let fields = self.str_const(&fields);
            let callback = match callback {
                Some(f) => self.b.value(ir::Type::Int, Op::FuncAddr(f)),
                None => Operand::Const(ir::Const::Null),
            };
            let args = vec![id, name, base, int(index), fields, callback];
            self.b.emit(None, Op::CallRuntime { func: RuntimeFn::ExcRegister, args });
        }
    }

    /// `E(args)` through a user `__init__`: the arguments in order (each
    /// positional one kept as passed for `args`, and converted to its
    /// parameter's type for `__init__`), the exception, then `__init__`.
    pub fn new_exception(
        &mut self,
        class: ExcClass,
        init: FuncId,
        args: &[hir::Expr],
        positional: usize,
        slots: &[ArgSlot],
    ) -> Operand {
        let mut passed = Vec::new();
        let mut values = Vec::new();
        for (i, a) in args.iter().enumerate() {
            let value = match &a.kind {
                ExprKind::Convert { conv, arg } if i < positional => {
                    let raw = self.expr(arg);
                    passed.push((raw, slot_kind(arg.ty)));
                    self.convert(*conv, raw, arg.ty).0
                }
                _ => {
                    let v = self.expr(a);
                    if i < positional {
                        passed.push((v, slot_kind(a.ty)));
                    }
                    v
                }
            };
            values.push(value);
        }
        let tuple = self.new_value(ir::Type::Obj, Op::TupleNew { items: passed });
        let id = Operand::Const(ir::Const::Int(class.runtime_id()));
        let obj = self.new_value(ir::Type::Obj, Op::CallRuntime { func: RuntimeFn::ExcNew, args: vec![id, tuple] });
        let mut call_args = vec![obj];
        for (p, s) in slots.iter().enumerate() {
            let value = match s {
                ArgSlot::Arg(i) => values.get(*i).copied().unwrap_or(Operand::Const(ir::Const::None)),
                // Parameter 0 is the exception.
                ArgSlot::Default(c) => self.default_arg(init, p + 1, c),
            };
            let want = self.param_type(init, p + 1).unwrap_or(self.operand_type(value));
            call_args.push(self.to_type(value, want));
        }
        self.b.emit(None, Op::Call { func: ir::FuncId(init.0), args: call_args });
        obj
    }

    /// `BaseException.__init__(e, *args)`: `args[0]` is the exception.
    pub fn exception_init(&mut self, args: &[hir::Expr]) -> Operand {
        let values: Vec<(Operand, ir::SlotKind)> = args.iter().map(|a| (self.expr(a), slot_kind(a.ty))).collect();
        let Some((&(exc, _), rest)) = values.split_first() else { return Operand::Const(ir::Const::None) };
        let tuple = self.new_value(ir::Type::Obj, Op::TupleNew { items: rest.to_vec() });
        self.b.emit(None, Op::CallRuntime { func: RuntimeFn::ExcInit, args: vec![exc, tuple] });
        Operand::Const(ir::Const::None)
    }

    /// `str(e)` for an exception of a user class some class in whose range
    /// defines `__str__`: that method, dispatched on the class id as a method
    /// call is, else `BaseException.__str__` (the runtime's text). `None`
    /// when no class in the range has one.
    pub fn exception_str(&mut self, x: Operand, ty: Ty) -> Option<Operand> {
        let Ty::Exception(class) = ty else { return None };
        let Some(info) = class_of(self.cx.classes, class) else {
            // A built-in class: its value may be of a user subclass with a
            // `__str__` (`except Exception as e`), which the runtime knows.
            let custom = self.cx.classes.iter().any(|c| {
                c.str_method.func.is_some() && c.exception.is_some_and(|u| ExcClass::User(u).is_subclass_of(class))
            });
            return custom.then(|| self.runtime(RuntimeFn::ExcStr, vec![x], ir::Type::Str));
        };
        let method = info.str_method.clone();
        if method.func.is_none() && method.overrides.iter().all(|(_, _, f)| f.is_none()) {
            return None;
        }
        let result = self.b.temp(ir::Type::Str);
        let join = self.b.new_block();
        if !method.overrides.is_empty() {
            let id = self.b.value(ir::Type::Int, Op::ClassId(x));
            for (lo, hi, f) in &method.overrides {
                let in_range = self.class_id_in(id, *lo, *hi);
                let (this, next) = (self.b.new_block(), self.b.new_block());
                self.b.branch(in_range, this, next);
                self.b.switch_to(this);
                self.exception_str_call(result, x, *f);
                self.b.jump(join);
                self.b.switch_to(next);
            }
        }
        self.exception_str_call(result, x, method.func);
        self.b.jump(join);
        self.b.switch_to(join);
        // Each way wrote a new reference into `result`: an owned temp.
        self.temps.push(result);
        Some(Operand::Local(result))
    }

    fn exception_str_call(&mut self, result: ir::Local, x: Operand, func: Option<FuncId>) {
        let op = match func {
            Some(f) => Op::Call { func: ir::FuncId(f.0), args: vec![x] },
            None => Op::CallRuntime {
                func: RuntimeFn::StrSlot,
                args: vec![crate::containers::kind_operand(ir::SlotKind::Obj), x],
            },
        };
        self.b.emit(Some(result), op);
    }
}
