//! `itertools.groupby(iterable, key=None)`: an iterator object of `(key,
//! group)` pairs whose groups are iterator objects too, with CPython's
//! semantics to the step: the groups share the one underlying iterator, a
//! group not consumed before the outer iterator advances is skipped, and a
//! group kept past that point is exhausted (CPython's `_grouper` checks that
//! it is still the current one).
//!
//! Both are generator functions written in Python below, following
//! `Modules/itertoolsmodule.c` (`groupby_next`, `_grouper_next`,
//! `groupby_step`): the shared state (the current value, its key, the
//! target key, the id of the current group) lives in lists passed to both,
//! an empty list standing for C's NULL. They are compiled as the code of
//! function values (`closures.rs`), like `itertools_iterators.rs`, and the
//! group maker is passed to `groupby` as an argument. The iterable is
//! turned into an iterator where the call stands (a stored generator
//! expression `(x for x in iterable)`, `stored_generator.rs`, which
//! evaluates it there, as CPython's `iter()` does). Keys are compared with
//! `==` (target key first), as CPython's `PyObject_RichCompareBool`, but for
//! its identity shortcut (a NaN key equals itself there).
//!
//! `key` is a lambda, a function, `operator.itemgetter(...)`, a builtin
//! such as `len` or an unbound method such as `str.lower`
//! (`key_builtins.rs`), or any function value of one parameter.

use taipan_diagnostics::Span;
use taipan_syntax::ast;
use taipan_syntax::TextRange;

use crate::checker::{Checker, Resolved};
use crate::closures::Code;
use crate::hir::{Expr, ExprKind, Ty};

/// `groupby_next`: skips to the next key, then yields it with its group.
/// `KEY(v)` is replaced by the key of `v`.
const GROUPBY: &str = "\
def groupby(it, KEYFUNC, grouper, value, key, tgt, ids):
    while True:
        ids[0] += 1
        while len(key) == 0 or (len(tgt) > 0 and tgt[0] == key[0]):
            try:
                v = next(it)
            except StopIteration:
                return
            k = KEY(v)
            value.clear()
            value.append(v)
            key.clear()
            key.append(k)
        tgt.clear()
        tgt.append(key[0])
        yield key[0], grouper(it, KEYFUNC, value, key, ids, ids[0], key[0])
";

/// `_grouper_next`: the values while their key is the group's and the group
/// is the current one.
const GROUPER: &str = "\
def grouper(it, KEYFUNC, value, key, ids, me, tgt):
    while ids[0] == me:
        if len(value) == 0:
            try:
                v = next(it)
            except StopIteration:
                return
            k = KEY(v)
            value.append(v)
            key.clear()
            key.append(k)
        if not tgt == key[0]:
            return
        yield value.pop()
";

/// The name of the made generator expression's variable: no Python name can
/// spell it.
const ELEMENT: &str = "<groupby element>";

impl Checker<'_, '_> {
    /// `groupby(iterable, key=None)`: the iterator object (see the module doc).
    pub(crate) fn itertools_groupby(&mut self, call: &ast::ExprCall, span: Span) -> Expr {
        if call.args.iter().any(|a| matches!(a, ast::Expr::Starred(_))) {
            return self.reject_call(call, span, "star arguments are not supported yet".to_string());
        }
        let Some(keywords) = self.keywords(call, "groupby", &["iterable", "key"]) else {
            return Self::error_expr(span);
        };
        // Bound as CPython binds `groupby(iterable, key=None)`.
        let mut params: [Option<&ast::Expr>; 2] = [call.args.first(), call.args.get(1)];
        for (name, value) in &keywords {
            let slot = usize::from(*name == "key");
            if params[slot].is_some() {
                self.error(span, format!("argument for groupby() given by name ('{name}') and position ({})", slot + 1));
                return Self::error_expr(span);
            }
            params[slot] = Some(value);
        }
        let given = call.args.len() + keywords.len();
        let [Some(iterable), key] = params else {
            let msg = format!("groupby() takes an iterable and optionally key= ({given} arguments given)");
            return self.reject_call(call, span, msg);
        };
        if call.args.len() > 2 {
            let msg = format!("groupby() takes an iterable and optionally key= ({given} arguments given)");
            return self.reject_call(call, span, msg);
        }
        // iter(iterable), made here; the codes below share its span.
        let (it, inner) = self.made_iterator(iterable, span, ELEMENT);
        let elem = match it.ty {
            Ty::Iterator(elem) if *elem != Ty::Unknown => *elem,
            _ => return Self::error_expr(span),
        };
        let keyfunc = match key {
            Some(ast::Expr::Constant(c)) if matches!(c.value, ast::Constant::None) => None,
            Some(k) => match self.groupby_key(k, elem) {
                Some(f) => Some(f),
                None => return Self::error_expr(span),
            },
            None => None,
        };
        let key_ty = match &keyfunc {
            Some(f) => match f.ty {
                Ty::Callable(sig) => sig.ret,
                _ => return Self::error_expr(span),
            },
            None => elem,
        };
        if matches!(key_ty, Ty::None | Ty::Unknown) {
            self.error(span, "a groupby() key function must return a value");
            return Self::error_expr(span);
        }
        let keyfunc_ty = keyfunc.as_ref().map(|f| f.ty);
        let group_ty = Ty::iterator(elem);
        let value_list = Ty::list(elem);
        let key_list = Ty::list(key_ty);

        // The group maker.
        let mut grouper_params = vec![("it".to_string(), group_ty)];
        grouper_params.extend(keyfunc_ty.map(|t| ("keyfunc".to_string(), t)));
        grouper_params.extend([
            ("value".to_string(), value_list),
            ("key".to_string(), key_list),
            ("ids".to_string(), Ty::list(Ty::Int)),
            ("me".to_string(), Ty::Int),
            ("tgt".to_string(), key_ty),
        ]);
        let Some(grouper) = self.groupby_code("grouper", GROUPER, inner, grouper_params, elem, keyfunc.is_some()) else {
            return Self::error_expr(span);
        };

        // groupby itself.
        let pair = Ty::tuple(&[key_ty, group_ty]);
        let mut params = vec![("it".to_string(), group_ty)];
        params.extend(keyfunc_ty.map(|t| ("keyfunc".to_string(), t)));
        params.extend([
            ("grouper".to_string(), grouper.ty),
            ("value".to_string(), value_list),
            ("key".to_string(), key_list),
            ("tgt".to_string(), key_list),
            ("ids".to_string(), Ty::list(Ty::Int)),
        ]);
        let Some(groupby) = self.groupby_code("groupby", GROUPBY, span, params, pair, keyfunc.is_some()) else {
            return Self::error_expr(span);
        };
        let call_range = TextRange::new(span.start.into(), span.end.into());
        let empty = |checker: &mut Self, ty: Ty| {
            let list = ast::Expr::List(ast::ExprList { range: call_range, elts: Vec::new(), ctx: ast::ExprContext::Load });
            checker.value(&list, Some(ty))
        };
        let zero = ast::Expr::Constant(ast::ExprConstant {
            range: call_range,
            value: ast::Constant::Int(0.into()),
            kind: None,
        });
        let ids = ast::Expr::List(ast::ExprList { range: call_range, elts: vec![zero], ctx: ast::ExprContext::Load });
        let mut args = vec![it];
        args.extend(keyfunc);
        args.push(grouper);
        args.push(empty(self, value_list));
        args.push(empty(self, key_list));
        args.push(empty(self, key_list));
        args.push(self.value(&ids, Some(Ty::list(Ty::Int))));
        if args.iter().any(|a| a.ty == Ty::Unknown) {
            return Self::error_expr(span);
        }
        let ret = Ty::iterator(pair);
        Expr { kind: ExprKind::CallValue { callee: Box::new(groupby), args }, ty: ret, span }
    }

    /// The key function of `groupby(..., key=k)` over elements of type
    /// `elem`: a function value of one parameter.
    fn groupby_key(&mut self, k: &ast::Expr, elem: Ty) -> Option<Expr> {
        if let ast::Expr::Lambda(l) = k {
            if l.args.args.len() != 1 {
                self.error(taipan_syntax::span_of(k), "a key function must take exactly one argument");
                return None;
            }
        }
        let is_builtin = |n: &str| matches!(self.resolve(n), Resolved::Builtin(_) | Resolved::UnsupportedBuiltin);
        let is_class = |n: &str| matches!(self.resolve(n), Resolved::Class(_) | Resolved::Builtin("str"));
        let mut lambda = crate::key_builtins::as_lambda(k, is_builtin, is_class);
        if let ast::Expr::Call(call) = k {
            if let Some((crate::std_modules::StdModule::Operator, member)) = self.std_member(&call.func) {
                if crate::operator_module::GETTERS.contains(&member.as_str()) {
                    match crate::key_builtins::getter_as_lambda(&member, call) {
                        Ok(l) => lambda = Some(l),
                        Err(msg) => {
                            self.error(taipan_syntax::span_of(k), msg);
                            return None;
                        }
                    }
                }
            }
        }
        let k = lambda.unwrap_or(k);
        let expected = Ty::callable(&[elem], Ty::Unknown);
        let f = self.value(k, Some(expected));
        match f.ty {
            Ty::Callable(sig) if sig.params.len() == 1 && sig.params[0] == elem => Some(f),
            Ty::Unknown => None,
            other => {
                let msg = format!("the key of groupby() over {} elements must be a function of one {} argument, found {other}", elem.python_name(), elem.python_name());
                self.error(f.span, msg);
                None
            }
        }
    }

    /// The function value of one of the templates, with `params` (their
    /// order is the template's) and elements of type `elem`.
    fn groupby_code(
        &mut self,
        name: &str,
        template: &str,
        span: Span,
        params: Vec<(String, Ty)>,
        elem: Ty,
        has_keyfunc: bool,
    ) -> Option<Expr> {
        let source = if has_keyfunc {
            template.replace("KEYFUNC", "keyfunc").replace("KEY(v)", "keyfunc(v)")
        } else {
            template.replace("KEYFUNC, ", "").replace("KEY(v)", "v")
        };
        let suite = match taipan_syntax::parse_generated(&source, span) {
            Ok(suite) => suite,
            Err(message) => {
                self.error(span, format!("internal error: itertools.groupby: {message}"));
                return None;
            }
        };
        let Some(ast::Stmt::FunctionDef(def)) = suite.first() else { return None };
        self.function_value_code(Code::library_generator(name, span, params, def, elem))
    }
}
