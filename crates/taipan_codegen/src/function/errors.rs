//! Error paths and the recursion-depth counter.
//!
//! After a fallible op, control goes (cold) to the block's error target: the IR
//! handler block when the block has `on_error`, else the function's single
//! *propagate* block. That block takes the raising line as a parameter, appends
//! the traceback entry `(function name, line)`, releases the object locals,
//! leaves the frame and returns the error indicator: a zero value (if the
//! function returns one) and `err = 1`.

use cranelift_codegen::ir as clif;
use cranelift_codegen::ir::condcodes::IntCC;
use cranelift_codegen::ir::{types, BlockArg, InstBuilder, MemFlagsData};
use cranelift_module::Module;
use taipan_abi::{ErrCode, ExcKind, RuntimeFn, RECURSION_LIMIT};
use taipan_ir as ir;

use super::FunctionTranslator;
use crate::abi;
use crate::CodegenError;

/// A cold block that raises and then goes to the error target that was current
/// where it was requested.
pub(super) enum ColdPath {
    /// `tp_raise_code(code)`.
    RaiseCode { code: ErrCode, line: u32, on_error: Option<ir::BlockId> },
    /// `NameError: name 'x' is not defined` for an unassigned global.
    NameError { global: ir::GlobalId, line: u32, on_error: Option<ir::BlockId> },
    /// A jump to the propagate block with the raising line (see `branch_on_error`).
    Propagate { line: u32 },
}

impl<M: Module + ?Sized> FunctionTranslator<'_, '_, M> {
    /// A cold block for `path`, filled after the function's IR blocks.
    ///
    /// Each check gets a block of its own, even where several raise the same
    /// error at the same line: a block shared by checks in different places
    /// needs block parameters for every variable the error path reads (the
    /// object locals it releases), and the hot path would then set them up
    /// before each check. With one predecessor, a cold block reads them as
    /// they are, and only its jump to the shared propagate block moves them.
    pub(super) fn cold_path(&mut self, path: ColdPath) -> clif::Block {
        let block = self.b.create_block();
        self.b.set_cold_block(block);
        self.cold_paths.push((block, path));
        block
    }

    /// Goes to `cold` when `cond` is non-zero, and continues in a new block.
    pub(super) fn branch_to_cold(&mut self, cond: clif::Value, cold: clif::Block) {
        let next = self.b.create_block();
        self.b.ins().brif(cond, cold, &[], next, &[]);
        // Its only predecessor is known: sealed now, the variables read in it
        // are the values of the block before, not block parameters that are
        // only found redundant at the end (which hid repeated loads of a
        // list's length from Cranelift's redundant-load elimination).
        self.b.seal_block(next);
        self.b.switch_to_block(next);
    }

    /// Raises `code` when `cond` is non-zero.
    pub(super) fn raise_if(&mut self, cond: clif::Value, code: ErrCode, line: u32) {
        let cold = self.cold_path(ColdPath::RaiseCode { code, line, on_error: self.on_error });
        self.branch_to_cold(cond, cold);
    }

    /// Goes to the error target when the error flag `err` of a call is set.
    /// Propagation goes through a cold block of its own (see `cold_path`) that
    /// passes the line on, so the hot path does not set up the line argument
    /// before every check.
    pub(super) fn branch_on_error(&mut self, err: clif::Value, line: u32) -> Result<(), CodegenError> {
        let target = match self.on_error {
            Some(handler) => self.block(handler)?,
            None => self.cold_path(ColdPath::Propagate { line }),
        };
        self.branch_to_cold(err, target);
        Ok(())
    }

    /// Ends the current block with a jump to the error target.
    pub(super) fn jump_to_error_target(&mut self, line: u32) -> Result<(), CodegenError> {
        let (target, args) = self.error_target(line)?;
        self.b.ins().jump(target, &args);
        Ok(())
    }

    fn error_target(&mut self, line: u32) -> Result<(clif::Block, Vec<BlockArg>), CodegenError> {
        match self.on_error {
            Some(handler) => Ok((self.block(handler)?, Vec::new())),
            None => {
                let propagate = self.propagate_block();
                let line = self.b.ins().iconst(types::I64, i64::from(line));
                Ok((propagate, vec![line.into()]))
            }
        }
    }

    fn propagate_block(&mut self) -> clif::Block {
        if let Some(block) = self.propagate {
            return block;
        }
        let block = self.b.create_block();
        self.b.append_block_param(block, types::I64);
        self.b.set_cold_block(block);
        self.propagate = Some(block);
        block
    }

    /// Fills the cold blocks requested while translating the IR blocks.
    pub(super) fn fill_cold_paths(&mut self) -> Result<(), CodegenError> {
        while let Some((block, path)) = self.cold_paths.pop() {
            self.b.switch_to_block(block);
            // One predecessor, the check that requested it (`cold_path`).
            self.b.seal_block(block);
            match path {
                ColdPath::RaiseCode { code, line, on_error } => {
                    self.on_error = on_error;
                    let code = self.b.ins().iconst(types::I32, code as i64);
                    self.call_runtime(RuntimeFn::RaiseCode, &[code])?;
                    self.jump_to_error_target(line)?;
                }
                ColdPath::NameError { global, line, on_error } => {
                    self.on_error = on_error;
                    let module = self.cx.ir;
                    let name = &module.globals.get(global.index()).ok_or_else(|| self.unsupported(format!("no global {global}")))?.name;
                    let message = self.str_ptr(&format!("name '{name}' is not defined"))?;
                    let kind = self.b.ins().iconst(types::I32, ExcKind::NameError as i64);
                    self.call_runtime(RuntimeFn::Raise, &[kind, message])?;
                    self.jump_to_error_target(line)?;
                }
                ColdPath::Propagate { line } => {
                    self.on_error = None;
                    self.jump_to_error_target(line)?;
                }
            }
        }
        // Last: the paths above may be the first to need it.
        if let Some(block) = self.propagate {
            self.b.switch_to_block(block);
            let line = self.b.block_params(block)[0];
            let func = self.func;
            if func.traceback_frame {
                let name = self.str_ptr(&func.name)?;
                self.call_runtime(RuntimeFn::TracebackAdd, &[name, line])?;
            }
            self.release_object_locals(None)?;
            if self.func.counts_depth {
                self.leave_frame()?;
            }
            self.return_error();
        }
        Ok(())
    }

    /// Returns the error indicator: a zero value, if the function has one, and `err = 1`.
    fn return_error(&mut self) {
        let mut results = Vec::with_capacity(2);
        if let Some(ty) = abi::clif_type(self.func.ret, self.cx.pointer) {
            let ty = abi::boundary_type(self.func, ty);
            let zero = if ty == types::F64 { self.b.ins().f64const(0.0) } else { self.b.ins().iconst(ty, 0) };
            results.push(zero);
        }
        results.push(self.b.ins().iconst(abi::ERR_FLAG, 1));
        self.b.ins().return_(&results);
    }

    fn frame_depth_addr(&mut self) -> Result<clif::Value, CodegenError> {
        let id = self.cx.frame_depth(self.m)?;
        Ok(self.data_addr(id, self.cx.runtime_data_is_local))
    }

    /// Counts this frame: increments the runtime's frame depth, or raises
    /// `RecursionDepth` when that would pass the limit.
    pub(super) fn enter_frame(&mut self) -> Result<(), CodegenError> {
        let addr = self.frame_depth_addr()?;
        let depth = self.b.ins().load(types::I64, MemFlagsData::trusted(), addr, 0);
        // `depth + 1 > LIMIT`, tested before the add so the sum is computed once,
        // on the path that stores it.
        let too_deep = self.b.ins().icmp_imm_s(IntCC::SignedGreaterThanOrEqual, depth, RECURSION_LIMIT);
        let exceeded = self.b.create_block();
        self.b.set_cold_block(exceeded);
        let enter = self.b.create_block();
        self.b.ins().brif(too_deep, exceeded, &[], enter, &[]);

        // The counter was not written, so nothing is undone. Like CPython, a frame
        // that fails to start adds no traceback entry: the caller's call line does.
        self.b.switch_to_block(exceeded);
        let code = self.b.ins().iconst(types::I32, ErrCode::RecursionDepth as i64);
        self.call_runtime(RuntimeFn::RaiseCode, &[code])?;
        self.return_error();

        self.b.switch_to_block(enter);
        let depth = self.b.ins().iadd_imm_s(depth, 1);
        self.b.ins().store(MemFlagsData::trusted(), depth, addr, 0);
        Ok(())
    }

    /// Uncounts this frame, on every way out of a function that counts depth.
    pub(super) fn leave_frame(&mut self) -> Result<(), CodegenError> {
        let addr = self.frame_depth_addr()?;
        let depth = self.b.ins().load(types::I64, MemFlagsData::trusted(), addr, 0);
        let depth = self.b.ins().iadd_imm_s(depth, -1);
        self.b.ins().store(MemFlagsData::trusted(), depth, addr, 0);
        Ok(())
    }
}
