//! `import sys` / `from sys import ...`: the members scripts use around their
//! entry point. `sys.exit(code)` is a statement that raises `SystemExit(code)`
//! (so `finally` blocks run and `except SystemExit` catches it); the runtime
//! turns an uncaught one into the exit status (`runtime/src/system_exit.rs`).

use taipan_diagnostics::Span;
use taipan_syntax::ast;

use crate::checker::{name_of, Checker, Resolved};
use crate::container_expr::obj_op;
use crate::flow::Flow;
use crate::hir::{Builtin, Const, ExcClass, ExcKind, Expr, ExprKind, ObjOp, StmtKind, Ty};
use crate::scan::Imported;

/// The members of `sys` taipan supports.
pub(crate) const SYS_MEMBERS: &[&str] = &["exit", "stdout", "stderr", "argv"];

impl Checker<'_, '_> {
    /// The member of `sys` that `e` names (`sys.exit`, or `exit` imported
    /// from sys), if it does.
    pub(crate) fn sys_member(&self, e: &ast::Expr) -> Option<String> {
        match e {
            ast::Expr::Name(n) => match self.resolve(n.id.as_str()) {
                Resolved::Import(Imported::SysMember(member)) => Some(member),
                _ => None,
            },
            ast::Expr::Attribute(a) => {
                let on_sys = name_of(&a.value)
                    .is_some_and(|n| matches!(self.resolve(n), Resolved::Import(Imported::SysModule)));
                on_sys.then(|| a.attr.to_string())
            }
            _ => None,
        }
    }

    /// Reports (and returns true) when the module is an extension module: its
    /// `sys` would be the importing interpreter's (its argv, its
    /// `sys.stderr`, its handling of `SystemExit`), which the runtime does
    /// not reach yet.
    pub(crate) fn sys_in_extension(&mut self, member: &str, span: Span) -> bool {
        let extension = self.env.module_name != "__main__";
        if extension {
            self.error(span, format!("sys.{member} is not supported in extension modules yet"));
        }
        extension
    }

    /// An expression statement that is a call of `sys.exit`: checks it into a
    /// `raise SystemExit(...)` (an error expression when rejected). `None`
    /// for any other statement.
    pub(crate) fn sys_exit_stmt(&mut self, value: &ast::Expr, span: Span) -> Option<StmtKind> {
        let ast::Expr::Call(call) = value else { return None };
        if self.sys_member(&call.func).as_deref() != Some("exit") {
            return None;
        }
        if self.sys_in_extension("exit", span) {
            return Some(StmtKind::Expr(self.reject_call(call, span, String::new())));
        }
        if !call.keywords.is_empty() {
            let msg = "exit() takes no keyword arguments".to_string();
            return Some(StmtKind::Expr(self.reject_call(call, span, msg)));
        }
        if call.args.len() > 1 {
            let msg = format!("exit expected at most 1 argument, got {}", call.args.len());
            return Some(StmtKind::Expr(self.reject_call(call, span, msg)));
        }
        let mut args = Vec::new();
        if let Some(arg) = call.args.first() {
            if let ast::Expr::Starred(_) = arg {
                let msg = "star arguments are not supported yet".to_string();
                return Some(StmtKind::Expr(self.reject_call(call, span, msg)));
            }
            let code = self.expr(arg, None);
            match code.ty {
                Ty::Int | Ty::Bool | Ty::Str | Ty::None | Ty::Unknown => {}
                other => {
                    let msg = format!("sys.exit() takes an int, a str or None, not {other}");
                    self.error(taipan_syntax::span_of(arg), msg);
                }
            }
            args.push(code);
        }
        let class = ExcClass::Builtin(ExcKind::SystemExit);
        self.record_exception_construction(class, &args, span);
        let exc = obj_op(ObjOp::ExcNew(class), args, Ty::Exception(class), span);
        // Like `raise`: nothing after it runs, so a function ending in
        // `sys.exit(...)` needs no `return`.
        self.flow = Flow::unreachable();
        Some(StmtKind::Raise { exc: Some(exc), cause: None })
    }

    /// `sys.argv` (or `argv` imported from sys) read as a value; any other
    /// member of sys used as a value is rejected.
    pub(crate) fn sys_member_value(&mut self, member: &str, span: Span) -> Expr {
        if member == "argv" {
            if self.sys_in_extension(member, span) {
                return Self::error_expr(span);
            }
            let kind = ExprKind::Builtin { func: Builtin::SysArgv, args: Vec::new() };
            return Expr { kind, ty: Ty::list(Ty::Str), span };
        }
        self.sys_member_misuse(member, span);
        Self::error_expr(span)
    }

    /// `e.code` of a `SystemExit`: CPython's is the one argument, `None` for
    /// none, and the args tuple for several; so it is typed from `e.args`.
    pub(crate) fn system_exit_code(&mut self, obj: Expr, class: ExcClass, span: Span) -> Expr {
        // Reading a variable has no effects, so `code` of a no-argument
        // exit can skip it.
        let plain_read =
            matches!(obj.kind, ExprKind::Local { checked: false, .. } | ExprKind::Global { checked: false, .. });
        let args = self.exception_args(obj, class, span);
        match args.ty {
            Ty::Tuple([]) if plain_read => Self::const_expr(Const::None, span),
            Ty::Tuple([]) => {
                self.error(span, "'SystemExit.code' of an exception that is not a variable is not supported yet");
                Self::error_expr(span)
            }
            Ty::Tuple([one]) => obj_op(ObjOp::TupleField(0), vec![args], *one, span),
            _ => args,
        }
    }

    /// `sys.stdout.write(s)` / `sys.stderr.write(s)`: printing `s` as it is
    /// (no separator, no newline); `.flush()`: a flush. `None` if `a` is not
    /// one of these. (CPython's `write` returns the length written: here it
    /// is only supported where its value is dropped — a use of it is a type
    /// error, since its type is `None`.)
    pub(crate) fn sys_stream_method(&mut self, a: &ast::ExprAttribute, call: &ast::ExprCall, span: Span) -> Option<Expr> {
        let stream = self.sys_member(&a.value)?;
        let to_stderr = match stream.as_str() {
            "stdout" => false,
            "stderr" => true,
            _ => return None,
        };
        let (args, flush) = match a.attr.as_str() {
            "write" => {
                let qualified = format!("sys.{stream}.write");
                let Some(args) = self.method_args(call, span, &qualified, &[None], 1) else { return Some(Self::error_expr(span)) };
                if let Some(bad) = args.iter().find(|x| x.ty != Ty::Str && x.ty != Ty::Unknown) {
                    self.error(bad.span, format!("write() argument must be str, not {}", bad.ty.python_name()));
                    return Some(Self::error_expr(span));
                }
                (args, false)
            }
            "flush" => {
                self.method_args(call, span, &format!("sys.{stream}.flush"), &[], 0)?;
                (Vec::new(), true)
            }
            _ => return None,
        };
        let (sep, end) = (Some(String::new()), Some(String::new()));
        Some(Expr { kind: ExprKind::Print { args, sep, end, flush, to_stderr }, ty: Ty::None, span })
    }

    /// A use of a `sys` member anywhere but where it is supported.
    pub(crate) fn sys_member_misuse(&mut self, member: &str, span: Span) {
        if member == "argv" {
            self.error(span, "'list' object is not callable");
        } else if member == "exit" {
            self.error(span, "sys.exit is only supported as a statement 'sys.exit(...)'");
        } else if member == "stdout" || member == "stderr" {
            self.error(span, format!("sys.{member} is only supported as print(..., file=sys.{member}) and sys.{member}.write(s)"));
        } else {
            self.error(span, format!("sys.{member} is not supported yet"));
        }
    }
}
