//! printf-style formatting, `template % args`, with a constant template:
//! parsed here, as CPython's `PyUnicode_Format` parses it, into the same
//! `str` parts as an f-string (each conversion becomes `format(x, spec)` with
//! the equivalent spec). Errors CPython raises for a template or an argument
//! count are reported at compile time.

use taipan_diagnostics::Span;

use crate::checker::{convert, Checker};
use crate::container_expr::obj_op;
use crate::expr::{to_float, to_int};
use crate::fstring::FieldConversion;
use crate::hir::{Const, Conversion, Expr, ExprKind, ObjOp, Ty};

/// One `%` conversion: `%[flags][width][.precision]type`.
#[derive(Clone, Debug, PartialEq)]
struct Spec {
    left: bool,
    zero: bool,
    plus: bool,
    space: bool,
    alternate: bool,
    width: Option<usize>,
    precision: Option<usize>,
    kind: char,
}

#[derive(Clone, Debug, PartialEq)]
enum Piece {
    Text(String),
    Conversion(Spec),
}

/// Parses a template; errors are CPython's messages (with their exception type).
fn parse(template: &str) -> Result<Vec<Piece>, String> {
    let chars: Vec<char> = template.chars().collect();
    let mut pieces = Vec::new();
    let mut text = String::new();
    let mut i = 0;
    while i < chars.len() {
        if chars[i] != '%' {
            text.push(chars[i]);
            i += 1;
            continue;
        }
        i += 1;
        let mut spec = Spec {
            left: false,
            zero: false,
            plus: false,
            space: false,
            alternate: false,
            width: None,
            precision: None,
            kind: ' ',
        };
        if chars.get(i) == Some(&'(') {
            return Err("printf-style formatting with mapping keys (%(name)s) is not supported yet".to_string());
        }
        while let Some(&c) = chars.get(i) {
            match c {
                '-' => spec.left = true,
                '0' => spec.zero = true,
                '+' => spec.plus = true,
                ' ' => spec.space = true,
                '#' => spec.alternate = true,
                _ => break,
            }
            i += 1;
        }
        let digits = |i: &mut usize| -> Option<usize> {
            let start = *i;
            while chars.get(*i).is_some_and(|c| c.is_ascii_digit()) {
                *i += 1;
            }
            (start < *i).then(|| chars[start..*i].iter().collect::<String>().parse().unwrap_or(usize::MAX))
        };
        if chars.get(i) == Some(&'*') {
            return Err("printf-style formatting with a '*' width or precision is not supported yet".to_string());
        }
        spec.width = digits(&mut i);
        if chars.get(i) == Some(&'.') {
            i += 1;
            if chars.get(i) == Some(&'*') {
                return Err("printf-style formatting with a '*' width or precision is not supported yet".to_string());
            }
            spec.precision = Some(digits(&mut i).unwrap_or(0));
        }
        // Length modifiers are accepted and ignored, as in CPython.
        while chars.get(i).is_some_and(|c| matches!(c, 'h' | 'l' | 'L')) {
            i += 1;
        }
        let Some(&kind) = chars.get(i) else { return Err("ValueError: incomplete format".to_string()) };
        i += 1;
        if kind == '%' {
            text.push('%');
            continue;
        }
        if !"diouxXeEfFgGcrsa".contains(kind) {
            return Err(format!(
                "ValueError: unsupported format character '{kind}' (0x{:x}) at index {}",
                kind as u32,
                i - 1
            ));
        }
        spec.kind = kind;
        if !text.is_empty() {
            pieces.push(Piece::Text(std::mem::take(&mut text)));
        }
        pieces.push(Piece::Conversion(spec));
    }
    if !text.is_empty() {
        pieces.push(Piece::Text(text));
    }
    Ok(pieces)
}

/// The `format()` spec equivalent to a conversion, for a value already of
/// the type the conversion formats (`type_char`: the spec's type, if any).
fn format_spec(spec: &Spec, numeric: bool, type_char: &str) -> String {
    let mut out = String::new();
    // `%` right-aligns everything (format left-aligns strs) unless `-`.
    out.push(if spec.left { '<' } else { '>' });
    if numeric {
        if spec.plus {
            out.push('+');
        } else if spec.space {
            out.push(' ');
        }
        if spec.alternate {
            out.push('#');
        }
        // Zero padding goes after the sign, as `=` alignment with fill `0`.
        if spec.zero && !spec.left {
            out = out.replacen('>', "0=", 1);
        }
    }
    if let Some(w) = spec.width {
        out.push_str(&w.to_string());
    }
    if let Some(p) = spec.precision {
        out.push_str(&format!(".{p}"));
    }
    out.push_str(type_char);
    out
}

impl Checker<'_, '_> {
    /// `template % args` for a `str` template.
    pub fn printf_format(&mut self, template: Expr, args: Expr, span: Span) -> Expr {
        let Some(Const::Str(text)) = template.as_const() else {
            return self
                .unsupported(span, "printf-style formatting of a non-constant format string is not supported yet");
        };
        let pieces = match parse(text) {
            Ok(p) => p,
            Err(msg) if msg.contains("not supported yet") => return self.unsupported(template.span, &msg),
            Err(msg) => return self.unsupported(template.span, &format!("printf-style formatting raises {msg}")),
        };
        let wanted = pieces.iter().filter(|p| matches!(p, Piece::Conversion(_))).count();
        // The values: a tuple's fields, or the one right operand.
        let (values, binding) = match (&args.kind, args.ty) {
            (ExprKind::Tuple { items }, _) => (items.clone(), None),
            (_, Ty::Tuple(fields)) => {
                let read = Expr { kind: ExprKind::LetValue(0), ty: args.ty, span: args.span };
                let fields = fields
                    .iter()
                    .enumerate()
                    .map(|(i, ty)| obj_op(ObjOp::TupleField(i as u32), vec![read.clone()], *ty, args.span))
                    .collect();
                (fields, Some(args.clone()))
            }
            (_, Ty::TupleOf(_) | Ty::Dict(..)) => {
                let msg = format!("printf-style formatting with a {} operand is not supported yet", args.ty);
                return self.unsupported(args.span, &msg);
            }
            _ => (vec![args.clone()], None),
        };
        if values.len() != wanted {
            let msg = if values.len() < wanted {
                "printf-style formatting raises TypeError: not enough arguments for format string"
            } else {
                "printf-style formatting raises TypeError: not all arguments converted during string formatting"
            };
            return self.unsupported(span, msg);
        }
        let mut parts = Vec::new();
        let mut values = values.into_iter();
        for piece in pieces {
            match piece {
                Piece::Text(t) => parts.push(Self::const_expr(Const::Str(t), span)),
                Piece::Conversion(spec) => {
                    let Some(value) = values.next() else { break };
                    match self.printf_conversion(&spec, value) {
                        Some(part) => parts.push(part),
                        None => return Self::error_expr(span),
                    }
                }
            }
        }
        let body = Self::concat_str_parts(parts, span);
        match binding {
            Some(tuple) => {
                Expr { kind: ExprKind::Let { values: vec![tuple], body: Box::new(body) }, ty: Ty::Str, span }
            }
            None => body,
        }
    }

    /// One conversion of `value` as a `str` part.
    fn printf_conversion(&mut self, spec: &Spec, value: Expr) -> Option<Expr> {
        let span = value.span;
        let spec_const = |s: String| Self::const_expr(Const::Str(s), span);
        let kind = spec.kind;
        // An `IntEnum` member formats as its int (`"%d" % Level.HIGH`).
        let value = if matches!(kind, 's' | 'r' | 'a') { value } else { self.int_enum_as_int(value) };
        match kind {
            's' | 'r' | 'a' => {
                let conversion = match kind {
                    's' => FieldConversion::Str,
                    'r' => FieldConversion::Repr,
                    _ => FieldConversion::Ascii,
                };
                let text = format_spec(spec, false, "");
                let spec = (text != ">" && text != "<").then(|| spec_const(text));
                Some(self.format_field(value, conversion, spec, span))
            }
            _ if !value.ty.is_number() => {
                let msg = match kind {
                    'd' | 'i' | 'u' | 'e' | 'E' | 'f' | 'F' | 'g' | 'G' => {
                        format!("printf-style formatting raises TypeError: %{kind} format: a real number is required, not {}", value.ty.python_name())
                    }
                    'c' => "printf-style formatting of %c with a str is not supported yet".to_string(),
                    _ => format!(
                        "printf-style formatting raises TypeError: %{kind} format: an integer is required, not {}",
                        value.ty.python_name()
                    ),
                };
                self.error(span, msg);
                None
            }
            'd' | 'i' | 'u' | 'x' | 'X' | 'o' | 'c' => {
                if spec.precision.is_some() {
                    self.error(span, format!("printf-style %{kind} with a precision is not supported yet"));
                    return None;
                }
                let value = match value.ty {
                    Ty::Float if matches!(kind, 'd' | 'i' | 'u') => convert(Conversion::FloatToInt, value, Ty::Int),
                    Ty::Float => {
                        let msg = format!("printf-style formatting raises TypeError: %{kind} format: an integer is required, not float");
                        self.error(span, msg);
                        return None;
                    }
                    _ => to_int(value),
                };
                let type_char = if matches!(kind, 'i' | 'u') { "d".to_string() } else { kind.to_string() };
                let spec = format_spec(spec, kind != 'c', &type_char);
                Some(obj_op(ObjOp::Format, vec![value, spec_const(spec)], Ty::Str, span))
            }
            _ => {
                let value = to_float(to_int(value));
                let spec = format_spec(spec, true, &kind.to_string());
                Some(obj_op(ObjOp::Format, vec![value, spec_const(spec)], Ty::Str, span))
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn spec_of(template: &str) -> Spec {
        match parse(template).unwrap().into_iter().next() {
            Some(Piece::Conversion(s)) => s,
            other => panic!("{other:?}"),
        }
    }

    #[test]
    fn templates_parse_like_cpython() {
        assert_eq!(parse("100%% done").unwrap(), vec![Piece::Text("100% done".into())]);
        let s = spec_of("%-+08.3f");
        assert!(s.left && s.plus && s.zero);
        assert_eq!((s.width, s.precision, s.kind), (Some(8), Some(3), 'f'));
        assert_eq!(spec_of("%ld").kind, 'd');
        assert_eq!(parse("abc %").unwrap_err(), "ValueError: incomplete format");
        assert_eq!(parse("%y").unwrap_err(), "ValueError: unsupported format character 'y' (0x79) at index 1");
        assert!(parse("%(a)s").unwrap_err().contains("not supported yet"));
    }

    #[test]
    fn conversions_map_to_format_specs() {
        assert_eq!(format_spec(&spec_of("%05d"), true, "d"), "0=5d");
        assert_eq!(format_spec(&spec_of("%-5d"), true, "d"), "<5d");
        assert_eq!(format_spec(&spec_of("%+.2f"), true, "f"), ">+.2f");
        assert_eq!(format_spec(&spec_of("%#x"), true, "x"), ">#x");
        assert_eq!(format_spec(&spec_of("%8.3s"), false, ""), ">8.3");
    }
}
