//! A small builder for hand-written IR modules in tests.

use taipan_ir::{
    Block, BlockId, Const, ExcKind, FuncId, Function, GlobalData, GlobalId, Inst, Local, LocalData, Module, Op,
    Operand, RuntimeFn, SlotKind, StrId, Terminator, Type,
};

pub fn int(v: i64) -> Operand {
    Operand::Const(Const::Int(v))
}

pub fn float(v: f64) -> Operand {
    Operand::Const(Const::Float(v))
}

pub fn boolean(v: bool) -> Operand {
    Operand::Const(Const::Bool(v))
}

pub fn local(l: Local) -> Operand {
    Operand::Local(l)
}

pub struct ModuleBuilder {
    pub module: Module,
}

impl ModuleBuilder {
    pub fn new(file: &str) -> Self {
        ModuleBuilder {
            module: Module {
                name: "__main__".to_string(),
                file: file.to_string(),
                functions: Vec::new(),
                globals: Vec::new(),
                strings: Vec::new(),
                classes: Vec::new(),
                body: FuncId(0),
                doc: None,
                exports: Vec::new(),
                constants: Vec::new(),
            },
        }
    }

    pub fn string(&mut self, s: &str) -> Operand {
        Operand::Const(Const::Str(self.intern(s)))
    }

    pub fn intern(&mut self, s: &str) -> StrId {
        self.module.intern(s)
    }

    pub fn global(&mut self, name: &str, ty: Type) -> GlobalId {
        self.module.globals.push(GlobalData { name: name.to_string(), ty });
        GlobalId(self.module.globals.len() as u32 - 1)
    }

    /// Reserves a function id, so functions can call each other before they are built.
    pub fn declare(&mut self, name: &str, params: &[(&str, Type)], ret: Type) -> FuncId {
        let mut f = Function {
            name: name.to_string(),
            symbol: format!("tpu_{}", name.replace(['<', '>'], "_")),
            params: Vec::new(),
            ret,
            locals: Vec::new(),
            blocks: Vec::new(),
            line: 1,
            counts_depth: false,
            slot_abi: false,
            traceback_frame: true,
        };
        for (i, (pname, ty)) in params.iter().enumerate() {
            f.locals.push(LocalData { name: Some(pname.to_string()), ty: *ty });
            f.params.push(Local(i as u32));
        }
        self.module.functions.push(f);
        FuncId(self.module.functions.len() as u32 - 1)
    }

    pub fn func(&mut self, id: FuncId) -> FnBuilder<'_> {
        FnBuilder { func: &mut self.module.functions[id.index()] }
    }

    /// Declares the module body `<module>` and makes it the body.
    pub fn body(&mut self) -> FuncId {
        let id = self.declare("<module>", &[], Type::None);
        self.module.body = id;
        id
    }

    pub fn finish(self) -> Module {
        let errors = taipan_ir::verify::verify_module(&self.module);
        assert!(errors.is_empty(), "test module fails verification: {errors:#?}\n{}", taipan_ir::print_module(&self.module, None));
        self.module
    }
}

pub struct FnBuilder<'m> {
    pub func: &'m mut Function,
}

impl FnBuilder<'_> {
    pub fn param(&self, i: usize) -> Local {
        self.func.params[i]
    }

    pub fn counts_depth(&mut self) -> &mut Self {
        self.func.counts_depth = true;
        self
    }

    pub fn local(&mut self, ty: Type) -> Local {
        self.func.locals.push(LocalData { name: None, ty });
        Local(self.func.locals.len() as u32 - 1)
    }

    pub fn block(&mut self) -> BlockId {
        self.func.blocks.push(Block { insts: Vec::new(), term: Terminator::Unreachable, on_error: None });
        BlockId(self.func.blocks.len() as u32 - 1)
    }

    pub fn on_error(&mut self, b: BlockId, handler: BlockId) {
        self.func.blocks[b.index()].on_error = Some(handler);
    }

    pub fn inst(&mut self, b: BlockId, dest: Option<Local>, op: Op, line: u32) {
        self.func.blocks[b.index()].insts.push(Inst { dest, op, line });
    }

    /// `dest = op` into a new temporary of type `ty`.
    pub fn tmp(&mut self, b: BlockId, ty: Type, op: Op, line: u32) -> Local {
        let dest = self.local(ty);
        self.inst(b, Some(dest), op, line);
        dest
    }

    pub fn runtime(&mut self, b: BlockId, func: RuntimeFn, args: Vec<Operand>, line: u32) {
        self.inst(b, None, Op::CallRuntime { func, args }, line);
    }

    /// `print(value)` for a value of type `ty`: the value, then a newline.
    pub fn print(&mut self, b: BlockId, ty: Type, value: Operand, newline: Operand, line: u32) {
        self.write(b, ty, value, line);
        self.runtime(b, RuntimeFn::WriteStr, vec![newline], line);
    }

    /// Writes `str(value)` for a value of type `ty` (no newline). An object goes
    /// through a temporary `str` that is released right after.
    pub fn write(&mut self, b: BlockId, ty: Type, value: Operand, line: u32) {
        let (func, args) = match ty {
            Type::Int => (RuntimeFn::WriteInt, vec![value]),
            Type::Float => (RuntimeFn::WriteFloat, vec![value]),
            Type::Num => (RuntimeFn::WriteNum, vec![value]),
            Type::Bool => (RuntimeFn::WriteBool, vec![value]),
            Type::Str => (RuntimeFn::WriteStr, vec![value]),
            Type::None => (RuntimeFn::WriteNone, vec![]),
            Type::Obj => {
                let kind = int(SlotKind::Obj as i64);
                let text = self.tmp(b, Type::Str, Op::CallRuntime { func: RuntimeFn::StrSlot, args: vec![kind, value] }, line);
                self.runtime(b, RuntimeFn::WriteStr, vec![local(text)], line);
                self.inst(b, None, Op::DecRef(local(text)), line);
                return;
            }
        };
        self.runtime(b, func, args, line);
    }

    pub fn term(&mut self, b: BlockId, term: Terminator) {
        self.func.blocks[b.index()].term = term;
    }

    pub fn ret(&mut self, b: BlockId, value: Option<Operand>) {
        self.term(b, Terminator::Return(value));
    }

    pub fn raise(&mut self, b: BlockId, kind: ExcKind, message: Option<Operand>, line: u32) {
        self.term(b, Terminator::Raise { kind, message, line });
    }
}
