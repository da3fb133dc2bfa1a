//! Building one IR function: blocks, locals, and the current insertion point.

use taipan_ir as ir;

pub(crate) struct FnBuilder {
    pub locals: Vec<ir::LocalData>,
    pub blocks: Vec<ir::Block>,
    /// The block instructions go to; `None` after a terminator, until the next
    /// `switch_to` (code there is unreachable and is not emitted).
    current: Option<ir::BlockId>,
    /// The source line of the instructions being emitted.
    pub line: u32,
    /// The `on_error` target of the blocks created now: the handler of the
    /// innermost enclosing `try` region, or `None` (propagate).
    pub on_error: Option<ir::BlockId>,
    /// The program's classes have special methods the runtime calls back:
    /// every runtime call that may call one is followed by `CallbackCheck`,
    /// which raises what the method raised (`runtime_specials.rs`).
    pub check_callbacks: bool,
    /// The module stores ints into float containers (`taipan_types::
    /// num_places`): a float read from a container is a num (`num.rs`).
    pub float_slots_hold_nums: bool,
}

impl FnBuilder {
    pub fn new(line: u32) -> FnBuilder {
        let mut b =
            FnBuilder {
            locals: Vec::new(),
            blocks: Vec::new(),
            current: None,
            line,
            on_error: None,
            check_callbacks: false,
            float_slots_hold_nums: false,
        };
        let entry = b.new_block();
        b.switch_to(entry);
        b
    }

    pub fn new_block(&mut self) -> ir::BlockId {
        self.new_block_in(self.on_error)
    }

    /// A new block whose errors go to `on_error`.
    pub fn new_block_in(&mut self, on_error: Option<ir::BlockId>) -> ir::BlockId {
        self.blocks.push(ir::Block { insts: Vec::new(), term: ir::Terminator::Unreachable, on_error });
        ir::BlockId(self.blocks.len() as u32 - 1)
    }

    /// The block instructions go to, if reachable.
    pub fn current(&self) -> Option<ir::BlockId> {
        self.current
    }

    /// Marks the code that follows as unreachable (until the next `switch_to`).
    pub fn close(&mut self) {
        self.current = None;
    }

    pub fn switch_to(&mut self, block: ir::BlockId) {
        self.current = Some(block);
    }

    /// Whether code emitted now is reachable (the current block is not terminated).
    pub fn is_open(&self) -> bool {
        self.current.is_some()
    }

    pub fn local(&mut self, name: Option<String>, ty: ir::Type) -> ir::Local {
        self.locals.push(ir::LocalData { name, ty });
        ir::Local(self.locals.len() as u32 - 1)
    }

    pub fn temp(&mut self, ty: ir::Type) -> ir::Local {
        self.local(None, ty)
    }

    pub fn emit(&mut self, dest: Option<ir::Local>, op: ir::Op) {
        // A num passed where a runtime function takes a plain float: its value as one.
        let op = match op {
            ir::Op::CallRuntime { func, args } if !func.takes_nums() => {
                let params = func.sig().params;
                let args = args
                    .into_iter()
                    .enumerate()
                    .map(|(i, a)| match (a, params.get(i)) {
                        (ir::Operand::Local(l), Some(taipan_abi::AbiType::F64)) if self.locals[l.index()].ty == ir::Type::Num => {
                            let float = self.temp(ir::Type::Float);
                            self.emit(Some(float), ir::Op::Unary(ir::UnaryOp::NumToFloat, a));
                            ir::Operand::Local(float)
                        }
                        (ir::Operand::Const(ir::Const::NumInt(n)), Some(taipan_abi::AbiType::F64)) => {
                            ir::Operand::Const(ir::Const::Float(n as f64))
                        }
                        _ => a,
                    })
                    .collect();
                ir::Op::CallRuntime { func, args }
            }
            op => op,
        };
        // A float slot read into a float: the num it may hold, as a float.
        if let Some(d) = dest.filter(|d| self.locals[d.index()].ty == ir::Type::Float) {
            if self.reads_num(ir::Type::Float, &op) {
                let num = self.temp(ir::Type::Num);
                self.emit(Some(num), op);
                self.emit(Some(d), ir::Op::Unary(ir::UnaryOp::NumToFloat, ir::Operand::Local(num)));
                return;
            }
        }
        if let Some(b) = self.current {
            let line = self.line;
            let check = match &op {
                ir::Op::CallRuntime { func, .. } => self.check_callbacks && crate::runtime_specials::may_call_back(*func),
                _ => false,
            };
            let insts = &mut self.blocks[b.index()].insts;
            insts.push(ir::Inst { dest, op, line });
            if check {
                let op = ir::Op::CallRuntime { func: ir::RuntimeFn::CallbackCheck, args: vec![] };
                insts.push(ir::Inst { dest: None, op, line });
            }
        }
    }

    /// Whether `op`, giving a value of type `ty`, reads a float slot of a
    /// container that may hold a num.
    fn reads_num(&self, ty: ir::Type, op: &ir::Op) -> bool {
        self.float_slots_hold_nums
            && ty == ir::Type::Float
            && match op {
                ir::Op::ListGet { kind, .. } | ir::Op::TupleGet { kind, .. } => *kind == ir::SlotKind::Float,
                ir::Op::CallRuntime { func, .. } => func.sig().ret == Some(taipan_abi::AbiType::Slot),
                _ => false,
            }
    }

    /// The type of a new temporary for `op`'s value of type `ty`: `Num`
    /// for a float read from a container that may hold nums.
    pub fn result_type(&self, ty: ir::Type, op: &ir::Op) -> ir::Type {
        if self.reads_num(ty, op) {
            ir::Type::Num
        } else {
            ty
        }
    }

    /// Emits `op` into a new temporary of type `ty` and returns it.
    pub fn value(&mut self, ty: ir::Type, op: ir::Op) -> ir::Operand {
        let dest = self.temp(ty);
        self.emit(Some(dest), op);
        ir::Operand::Local(dest)
    }

    pub fn copy(&mut self, dest: ir::Local, value: ir::Operand) {
        self.emit(Some(dest), ir::Op::Copy(value));
    }

    pub fn terminate(&mut self, term: ir::Terminator) {
        if let Some(b) = self.current.take() {
            self.blocks[b.index()].term = term;
        }
    }

    pub fn jump(&mut self, target: ir::BlockId) {
        self.terminate(ir::Terminator::Jump(target));
    }

    pub fn branch(&mut self, cond: ir::Operand, then_block: ir::BlockId, else_block: ir::BlockId) {
        self.terminate(ir::Terminator::Branch { cond, then_block, else_block });
    }
}
