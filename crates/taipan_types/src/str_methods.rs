//! Str methods `s.name(args)`: one table row per method (its parameters and
//! result), bound like CPython binds them, giving `ObjOp::StrOp`. `format` is
//! in `str_format.rs`.

use taipan_diagnostics::Span;
use taipan_syntax::ast;
use taipan_syntax::span_of;

use crate::checker::{convert, Checker};
use crate::container_expr::obj_op;
use crate::expr::to_int;
use crate::hir::{Const, Conversion, Expr, ObjOp, StrOp, Ty};

/// What a parameter accepts.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Accepts {
    Str,
    /// An `int` (a `bool` converts).
    Int,
    /// Any value, by truthiness (`keepends`).
    Truth,
    /// A str or a tuple of strs (`startswith`).
    StrOrTuple,
}

#[derive(Clone, Copy)]
struct Param {
    name: &'static str,
    accepts: Accepts,
    /// May be omitted; an explicit `None` also counts as omitted.
    optional: bool,
}

const fn req(name: &'static str, accepts: Accepts) -> Param {
    Param { name, accepts, optional: false }
}

const fn opt(name: &'static str, accepts: Accepts) -> Param {
    Param { name, accepts, optional: true }
}

/// A method's row: the op, its parameters, whether they may be passed by
/// keyword (CPython 3.11: only `split`/`rsplit`/`splitlines`), its result.
struct Method {
    op: StrOp,
    params: &'static [Param],
    keywords: bool,
    ret: Ty,
}

const SEARCH: &[Param] = &[req("sub", Accepts::Str), opt("start", Accepts::Int), opt("end", Accepts::Int)];
const AFFIX: &[Param] = &[req("prefix", Accepts::StrOrTuple), opt("start", Accepts::Int), opt("end", Accepts::Int)];
const SPLIT: &[Param] = &[opt("sep", Accepts::Str), opt("maxsplit", Accepts::Int)];
const CHARS: &[Param] = &[opt("chars", Accepts::Str)];
const PAD: &[Param] = &[req("width", Accepts::Int), opt("fillchar", Accepts::Str)];
const KEEPENDS: &[Param] = &[opt("keepends", Accepts::Truth)];
const SEP: &[Param] = &[req("sep", Accepts::Str)];
const REPLACE: &[Param] = &[req("old", Accepts::Str), req("new", Accepts::Str), opt("count", Accepts::Int)];
const WIDTH: &[Param] = &[req("width", Accepts::Int)];
const PREFIX: &[Param] = &[req("prefix", Accepts::Str)];
const SUFFIX: &[Param] = &[req("suffix", Accepts::Str)];

fn method(name: &str) -> Option<Method> {
    use StrOp as S;
    let (op, params, keywords, ret): (StrOp, &'static [Param], bool, Ty) = match name {
        "split" => (S::Split, SPLIT, true, Ty::list(Ty::Str)),
        "rsplit" => (S::Rsplit, SPLIT, true, Ty::list(Ty::Str)),
        "splitlines" => (S::Splitlines, KEEPENDS, true, Ty::list(Ty::Str)),
        "partition" => (S::Partition, SEP, false, Ty::tuple(&[Ty::Str, Ty::Str, Ty::Str])),
        "rpartition" => (S::Rpartition, SEP, false, Ty::tuple(&[Ty::Str, Ty::Str, Ty::Str])),
        "strip" => (S::Strip, CHARS, false, Ty::Str),
        "lstrip" => (S::Lstrip, CHARS, false, Ty::Str),
        "rstrip" => (S::Rstrip, CHARS, false, Ty::Str),
        "replace" => (S::Replace, REPLACE, false, Ty::Str),
        "removeprefix" => (S::Removeprefix, PREFIX, false, Ty::Str),
        "removesuffix" => (S::Removesuffix, SUFFIX, false, Ty::Str),
        "find" => (S::Find, SEARCH, false, Ty::Int),
        "rfind" => (S::Rfind, SEARCH, false, Ty::Int),
        "index" => (S::Index, SEARCH, false, Ty::Int),
        "rindex" => (S::Rindex, SEARCH, false, Ty::Int),
        "count" => (S::Count, SEARCH, false, Ty::Int),
        "startswith" => (S::Startswith, AFFIX, false, Ty::Bool),
        "endswith" => (S::Endswith, AFFIX, false, Ty::Bool),
        "zfill" => (S::Zfill, WIDTH, false, Ty::Str),
        "ljust" => (S::Ljust, PAD, false, Ty::Str),
        "rjust" => (S::Rjust, PAD, false, Ty::Str),
        "center" => (S::Center, PAD, false, Ty::Str),
        _ => {
            let op = match name {
                "upper" => S::Upper,
                "lower" => S::Lower,
                "casefold" => S::Casefold,
                "swapcase" => S::Swapcase,
                "title" => S::Title,
                "capitalize" => S::Capitalize,
                "isdigit" => S::Isdigit,
                "isdecimal" => S::Isdecimal,
                "isnumeric" => S::Isnumeric,
                "isalpha" => S::Isalpha,
                "isalnum" => S::Isalnum,
                "isspace" => S::Isspace,
                "isprintable" => S::Isprintable,
                "isascii" => S::Isascii,
                "isupper" => S::Isupper,
                "islower" => S::Islower,
                "istitle" => S::Istitle,
                _ => return None,
            };
            let ret = if name.starts_with("is") { Ty::Bool } else { Ty::Str };
            (op, &[], false, ret)
        }
    };
    Some(Method { op, params, keywords, ret })
}

/// The parameter types of str method `name` (a str-or-tuple parameter as a
/// `str`, a truth one as a `bool`) and how many are required: for the
/// method as a value (`bound_method_params.rs`).
pub(crate) fn str_method_params(name: &str) -> Option<(Vec<Ty>, usize)> {
    let m = method(name)?;
    let ty = |p: &Param| match p.accepts {
        Accepts::Str | Accepts::StrOrTuple => Ty::Str,
        Accepts::Int => Ty::Int,
        Accepts::Truth => Ty::Bool,
    };
    Some((m.params.iter().map(ty).collect(), m.params.iter().filter(|p| !p.optional).count()))
}

impl Checker<'_, '_> {
    pub fn str_method(&mut self, receiver: Expr, name: &str, call: &ast::ExprCall, span: Span) -> Expr {
        if name == "format" {
            return self.str_format(receiver, call, span);
        }
        if name == "join" {
            return self.str_join(receiver, call, span);
        }
        let Some(m) = method(name) else {
            return self.reject_call(call, span, format!("str method '{name}' is not supported yet"));
        };
        let Some(args) = self.bind_str_args(name, m.params, m.keywords, call, span) else {
            return Self::error_expr(span);
        };
        let mut all = vec![receiver];
        all.extend(args);
        obj_op(ObjOp::StrOp(m.op), all, m.ret, span)
    }

    /// `sep.join(items)` of any iterable of strs (made a `list[str]` first, as
    /// CPython's `join` does itself).
    fn str_join(&mut self, sep: Expr, call: &ast::ExprCall, span: Span) -> Expr {
        if self.positional(call, "str.join").is_none() {
            return Self::error_expr(span);
        }
        if call.args.len() != 1 {
            let msg = format!("str.join() takes exactly one argument ({} given)", call.args.len());
            return self.reject_call(call, span, msg);
        }
        let arg = &call.args[0];
        let items = match arg {
            // `join` consumes the whole generator before joining, so the
            // list comprehension with the same clauses behaves the same.
            ast::Expr::GeneratorExp(g) => {
                let comprehension = ast::Expr::ListComp(ast::ExprListComp {
                    range: g.range,
                    elt: g.elt.clone(),
                    generators: g.generators.clone(),
                });
                self.value(&comprehension, None)
            }
            // `[]` needs its type; other items keep theirs, so a wrong element
            // type is reported once, here.
            ast::Expr::List(l) if l.elts.is_empty() => self.value(arg, Some(Ty::list(Ty::Str))),
            _ => self.iterable(arg),
        };
        match items.ty.iter_elem() {
            _ if items.ty == Ty::Unknown => Self::error_expr(span),
            Some(Ty::Str) => {
                let items = self.as_list(items);
                obj_op(ObjOp::StrOp(StrOp::Join), vec![sep, items], Ty::Str, span)
            }
            _ => {
                let msg = format!("str.join() takes an iterable of str, not {}", items.ty);
                self.unsupported(items.span, &msg)
            }
        }
    }

    /// Binds a str method's arguments to its parameters: one expression per
    /// parameter, the `None` constant for an omitted one.
    fn bind_str_args(
        &mut self,
        name: &str,
        params: &[Param],
        keywords: bool,
        call: &ast::ExprCall,
        span: Span,
    ) -> Option<Vec<Expr>> {
        let mut slots: Vec<Option<&ast::Expr>> = vec![None; params.len()];
        let mut ok = true;
        if call.args.len() > params.len() {
            let most = params.len();
            let msg = match most {
                0 => format!("str.{name}() takes no arguments ({} given)", call.args.len()),
                _ => format!("str.{name}() takes at most {most} argument{} ({} given)", plural(most), call.args.len()),
            };
            self.error(span, msg);
            ok = false;
        }
        for (slot, a) in slots.iter_mut().zip(&call.args) {
            *slot = Some(a);
        }
        for k in &call.keywords {
            let Some(kw) = &k.arg else { continue };
            if !keywords {
                self.error(span_of(k), format!("str.{name}() takes no keyword arguments"));
                ok = false;
                continue;
            }
            match params.iter().position(|p| p.name == kw.as_str()) {
                Some(i) if slots[i].is_none() => slots[i] = Some(&k.value),
                Some(_) => {
                    self.error(span_of(k), format!("str.{name}() got multiple values for argument '{kw}'"));
                    ok = false;
                }
                None => {
                    self.error(span_of(k), format!("str.{name}() got an unexpected keyword argument '{kw}'"));
                    ok = false;
                }
            }
        }
        let missing = params.iter().zip(&slots).find(|(p, s)| !p.optional && s.is_none());
        if let (true, Some((p, _))) = (ok, missing) {
            self.error(span, format!("str.{name}() missing required argument '{}'", p.name));
            ok = false;
        }
        if !ok {
            for a in call.args.iter().chain(call.keywords.iter().map(|k| &k.value)) {
                self.expr(a, None);
            }
            return None;
        }
        let mut args = Vec::new();
        for (p, slot) in params.iter().zip(slots) {
            let arg = match slot {
                None => Self::const_expr(Const::None, span),
                Some(a) => self.str_method_arg(name, p, a)?,
            };
            args.push(arg);
        }
        Some(args)
    }

    /// One argument, checked against what its parameter accepts.
    fn str_method_arg(&mut self, name: &str, p: &Param, a: &ast::Expr) -> Option<Expr> {
        let expected = match p.accepts {
            Accepts::Str | Accepts::StrOrTuple => Some(Ty::Str),
            Accepts::Int => Some(Ty::Int),
            Accepts::Truth => None,
        };
        let value = self.value(a, expected);
        if value.ty == Ty::Unknown {
            return None;
        }
        if value.ty == Ty::None && p.optional && p.accepts != Accepts::Truth {
            return Some(Self::const_expr(Const::None, value.span));
        }
        let accepted = match (p.accepts, value.ty) {
            (Accepts::Truth, Ty::Bool) => return Some(value),
            (Accepts::Truth, _) => return Some(convert(Conversion::Truth, value, Ty::Bool)),
            (Accepts::Int, Ty::Int | Ty::Bool) => return Some(to_int(value)),
            (Accepts::Str | Accepts::StrOrTuple, Ty::Str) => true,
            (Accepts::StrOrTuple, Ty::TupleOf(e)) => *e == Ty::Str,
            (Accepts::StrOrTuple, Ty::Tuple(fields)) => fields.iter().all(|f| *f == Ty::Str),
            _ => false,
        };
        if accepted {
            return Some(value);
        }
        let want = match p.accepts {
            Accepts::Int => "int",
            Accepts::StrOrTuple => "str or a tuple of str",
            _ => "str",
        };
        let msg = format!("argument '{}' of str.{name}() must be {want}, not {}", p.name, value.ty);
        self.error(value.span, msg);
        None
    }
}

fn plural(n: usize) -> &'static str {
    if n == 1 {
        ""
    } else {
        "s"
    }
}
