//! `template.format(*args, **kwargs)` with a constant template: parsed here,
//! as CPython's `MarkupIterator` parses it, into the same `str` parts as an
//! f-string. The arguments are evaluated once, in source order, before any
//! formatting (an `ExprKind::Let` when the order or a repeat could show).
//! Errors CPython raises for a bad template are reported at compile time.

use taipan_diagnostics::Span;
use taipan_syntax::ast;

use crate::checker::Checker;
use crate::fstring::FieldConversion;
use crate::hir::{Const, Expr, ExprKind, Ty};

/// Which argument a replacement field names.
#[derive(Clone, Debug, PartialEq)]
enum ArgRef {
    Positional(usize),
    Keyword(String),
}

/// A parsed template piece.
#[derive(Clone, Debug, PartialEq)]
enum Piece {
    Text(String),
    Field { arg: ArgRef, conversion: FieldConversion, spec: Vec<Piece> },
}

/// Field numbering: CPython forbids mixing `{}` and `{0}` in one template.
#[derive(Default)]
struct Numbering {
    next_auto: usize,
    used_auto: bool,
    used_manual: bool,
}

/// Parses a template (or a format spec with nested fields, at `depth` 1).
fn parse(template: &str, numbering: &mut Numbering, depth: u32) -> Result<Vec<Piece>, String> {
    let chars: Vec<char> = template.chars().collect();
    let mut pieces = Vec::new();
    let mut text = String::new();
    let mut i = 0;
    while i < chars.len() {
        let c = chars[i];
        if c == '}' {
            if chars.get(i + 1) == Some(&'}') {
                text.push('}');
                i += 2;
                continue;
            }
            return Err(value_error("Single '}' encountered in format string"));
        }
        if c != '{' {
            text.push(c);
            i += 1;
            continue;
        }
        if chars.get(i + 1) == Some(&'{') {
            text.push('{');
            i += 2;
            continue;
        }
        // The field runs to the matching '}' (format specs may nest fields).
        let start = i + 1;
        let mut nesting = 1;
        let mut end = start;
        while end < chars.len() {
            match chars[end] {
                '{' => nesting += 1,
                '}' => {
                    nesting -= 1;
                    if nesting == 0 {
                        break;
                    }
                }
                _ => {}
            }
            end += 1;
        }
        if end >= chars.len() {
            let msg = if start == chars.len() {
                "Single '{' encountered in format string"
            } else {
                "expected '}' before end of string"
            };
            return Err(value_error(msg));
        }
        if depth > 1 {
            return Err(value_error("Max string recursion exceeded"));
        }
        if !text.is_empty() {
            pieces.push(Piece::Text(std::mem::take(&mut text)));
        }
        pieces.push(parse_field(&chars[start..end], numbering, depth)?);
        i = end + 1;
    }
    if !text.is_empty() {
        pieces.push(Piece::Text(text));
    }
    Ok(pieces)
}

/// One field's inside: `name[!conv][:spec]`.
fn parse_field(field: &[char], numbering: &mut Numbering, depth: u32) -> Result<Piece, String> {
    let name_end = field.iter().position(|c| matches!(c, '!' | ':')).unwrap_or(field.len());
    let name: String = field[..name_end].iter().collect();
    let mut rest = &field[name_end..];
    let mut conversion = FieldConversion::None;
    if rest.first() == Some(&'!') {
        let Some(&flag) = rest.get(1) else {
            return Err(value_error("end of string while looking for conversion specifier"));
        };
        conversion = match flag {
            's' => FieldConversion::Str,
            'r' => FieldConversion::Repr,
            'a' => FieldConversion::Ascii,
            other => return Err(value_error(&format!("Unknown conversion specifier {other}"))),
        };
        rest = &rest[2..];
        if !rest.is_empty() && rest[0] != ':' {
            return Err(value_error("expected ':' after conversion specifier"));
        }
    }
    let spec_text: String = rest.iter().skip(1).collect();
    if name.contains(['.', '[']) {
        return Err("attribute and index lookups in str.format() fields are not supported yet".to_string());
    }
    let arg = if name.is_empty() {
        if numbering.used_manual {
            return Err(value_error("cannot switch from manual field specification to automatic field numbering"));
        }
        numbering.used_auto = true;
        numbering.next_auto += 1;
        ArgRef::Positional(numbering.next_auto - 1)
    } else if let Some(n) = name.bytes().all(|b| b.is_ascii_digit()).then(|| name.parse::<usize>().ok()).flatten() {
        if numbering.used_auto {
            return Err(value_error("cannot switch from automatic field numbering to manual field specification"));
        }
        numbering.used_manual = true;
        ArgRef::Positional(n)
    } else {
        ArgRef::Keyword(name)
    };
    // The spec is parsed after the name, so `{:{}}` numbers outer, then inner.
    let spec = parse(&spec_text, numbering, depth + 1)?;
    Ok(Piece::Field { arg, conversion, spec })
}

/// A compile-time report of the `ValueError` CPython raises for a template.
fn value_error(msg: &str) -> String {
    format!("str.format() raises ValueError: {msg}")
}

/// Whether evaluating `e` twice, or out of order, is unobservable.
fn is_simple(e: &Expr) -> bool {
    matches!(
        e.kind,
        ExprKind::Const(_) | ExprKind::Local { checked: false, .. } | ExprKind::Global { checked: false, .. }
    )
}

impl Checker<'_, '_> {
    /// `template.format(...)`.
    pub fn str_format(&mut self, template: Expr, call: &ast::ExprCall, span: Span) -> Expr {
        let mut values: Vec<Expr> = call.args.iter().map(|a| self.value(a, None)).collect();
        let mut keywords: Vec<String> = Vec::new();
        for k in &call.keywords {
            let Some(name) = &k.arg else { continue };
            values.push(self.value(&k.value, None));
            keywords.push(name.to_string());
        }
        if values.iter().any(|v| v.ty == Ty::Unknown) || template.ty == Ty::Unknown {
            return Self::error_expr(span);
        }
        let Some(Const::Str(text)) = template.as_const() else {
            return self.unsupported(span, "str.format() of a non-constant format string is not supported yet");
        };
        let pieces = match parse(text, &mut Numbering::default(), 0) {
            Ok(pieces) => pieces,
            Err(msg) => return self.unsupported(template.span, &msg),
        };
        let positional = call.args.len();
        // The value index each field reads, checked against the arguments.
        let mut order: Vec<usize> = Vec::new();
        if let Err(msg) = collect_refs(&pieces, positional, &keywords, &mut order) {
            return self.unsupported(span, &msg);
        }
        // Direct parts when reading the arguments in template order, with
        // repeats, is indistinguishable from evaluating them once in order.
        let in_order = order.windows(2).all(|w| w[0] < w[1]) && order.len() == values.len();
        if values.iter().all(is_simple) || in_order {
            return self.format_pieces(&pieces, &|i| values[i].clone(), positional, &keywords, span);
        }
        let reads: Vec<Expr> = values
            .iter()
            .enumerate()
            .map(|(i, v)| Expr { kind: ExprKind::LetValue(i as u32), ty: v.ty, span: v.span })
            .collect();
        let body = self.format_pieces(&pieces, &|i| reads[i].clone(), positional, &keywords, span);
        Expr { kind: ExprKind::Let { values, body: Box::new(body) }, ty: Ty::Str, span }
    }

    /// The concatenation of the pieces, each field reading `value(i)`.
    fn format_pieces(
        &mut self,
        pieces: &[Piece],
        value: &dyn Fn(usize) -> Expr,
        positional: usize,
        keywords: &[String],
        span: Span,
    ) -> Expr {
        let mut parts = Vec::new();
        for piece in pieces {
            match piece {
                Piece::Text(t) => parts.push(Self::const_expr(Const::Str(t.clone()), span)),
                Piece::Field { arg, conversion, spec } => {
                    let index = value_index(arg, positional, keywords).unwrap_or(0);
                    let spec = (!spec.is_empty()).then(|| self.format_pieces(spec, value, positional, keywords, span));
                    parts.push(self.format_field(value(index), *conversion, spec, span));
                }
            }
        }
        Self::concat_str_parts(parts, span)
    }
}

/// The index into the evaluated values (positional first, then keywords).
fn value_index(arg: &ArgRef, positional: usize, keywords: &[String]) -> Option<usize> {
    match arg {
        ArgRef::Positional(n) => (*n < positional).then_some(*n),
        ArgRef::Keyword(name) => keywords.iter().position(|k| k == name).map(|k| positional + k),
    }
}

/// Every field's value index in template order, or CPython's error for a
/// field without an argument.
fn collect_refs(pieces: &[Piece], positional: usize, keywords: &[String], out: &mut Vec<usize>) -> Result<(), String> {
    for piece in pieces {
        let Piece::Field { arg, spec, .. } = piece else { continue };
        match value_index(arg, positional, keywords) {
            Some(i) => out.push(i),
            None => {
                return Err(match arg {
                    ArgRef::Positional(n) => {
                        format!("str.format() raises IndexError: Replacement index {n} out of range for positional args tuple")
                    }
                    ArgRef::Keyword(name) => format!("str.format() raises KeyError: '{name}'"),
                })
            }
        }
        collect_refs(spec, positional, keywords, out)?;
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn pieces(t: &str) -> Result<Vec<Piece>, String> {
        parse(t, &mut Numbering::default(), 0)
    }

    #[test]
    fn templates_parse_like_cpython() {
        assert_eq!(pieces("a{{b}}c").unwrap(), vec![Piece::Text("a{b}c".into())]);
        let p = pieces("{}-{:>{}}").unwrap();
        assert_eq!(p.len(), 3);
        let Piece::Field { arg, spec, .. } = &p[2] else { panic!() };
        assert_eq!(*arg, ArgRef::Positional(1));
        assert_eq!(
            spec[1],
            Piece::Field { arg: ArgRef::Positional(2), conversion: FieldConversion::None, spec: vec![] }
        );
        assert!(pieces("{0}{}").unwrap_err().contains("cannot switch"));
        assert!(pieces("}").unwrap_err().contains("Single '}'"));
        assert!(pieces("{").unwrap_err().contains("Single '{'"));
        assert!(pieces("{!x}").unwrap_err().contains("Unknown conversion specifier x"));
        assert!(pieces("{:{:{}}}").unwrap_err().contains("Max string recursion"));
    }
}
