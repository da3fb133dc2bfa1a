//! Parsing: Python source text → AST.
//!
//! Architecture invariant: this is the only crate that names `rustpython_parser`.
//! Later stages use the AST through the re-exports below, so swapping the parser
//! changes only this crate.

pub mod build;
mod nesting;
pub mod visit;

pub use rustpython_parser::ast;
pub use rustpython_parser::ast::Ranged;
pub use rustpython_parser::text_size::TextRange;

use taipan_diagnostics::{Diagnostic, SourceFile, Span};

/// How deeply brackets, expressions and statement blocks may nest. Every
/// recursive walker of later stages relies on this bound instead of guarding its
/// own recursion depth.
pub const MAX_NESTING: usize = 200;

/// The message of the error reported for input nested deeper than [`MAX_NESTING`].
pub const TOO_DEEP_MESSAGE: &str = "expression is too deeply nested";

/// Parses a module. Syntax errors and over-deep nesting become diagnostics; the
/// parser never sees input it could overflow its stack on.
pub fn parse_module(file: &SourceFile) -> Result<ast::Suite, Vec<Diagnostic>> {
    // The parser and the AST's destructors recurse: check the bracket depth in the
    // text first, so pathological input is rejected before either runs.
    if let Some(offset) = nesting::find_deep_bracket(&file.text, MAX_NESTING) {
        return Err(vec![Diagnostic::error(Span::new(offset, offset + 1), TOO_DEEP_MESSAGE)]);
    }
    let suite = match <ast::Suite as rustpython_parser::Parse>::parse(&file.text, &file.path) {
        Ok(suite) => suite,
        Err(err) => return Err(vec![parse_error_diagnostic(file, &err)]),
    };
    // Operator chains (`1+1+...`, `not not ...`) nest without brackets.
    if let Some(span) = nesting::find_deep_node(&suite, MAX_NESTING) {
        // Dropping an AST this deep would recurse as deep as it is nested and could
        // overflow the stack; leak it instead. This only happens for pathological
        // input, and the memory is bounded by the size of the source.
        std::mem::forget(suite);
        return Err(vec![Diagnostic::error(span, TOO_DEEP_MESSAGE)]);
    }
    Ok(suite)
}

/// Parses code the compiler writes itself (the methods `@dataclass`
/// generates), giving every node the span `at` of the construct that asked
/// for it, so diagnostics and tracebacks point there. `Err` carries the
/// parser's message: a bug in the generator, reported rather than panicking.
pub fn parse_generated(source: &str, at: Span) -> Result<ast::Suite, String> {
    let suite = <ast::Suite as rustpython_parser::Parse>::parse(source, "<generated>").map_err(|e| e.error.to_string())?;
    let range = TextRange::new(at.start.into(), at.end.into());
    let mut pin = PinRanges(range);
    match ast::Fold::fold(&mut pin, suite) {
        Ok(suite) => Ok(suite),
        Err(never) => match never {},
    }
}

/// Replaces every node's range with one range.
struct PinRanges(TextRange);

impl ast::Fold<TextRange> for PinRanges {
    type TargetU = TextRange;
    type Error = std::convert::Infallible;
    type UserContext = ();

    fn will_map_user(&mut self, _user: &TextRange) {}

    fn map_user(&mut self, _user: TextRange, _context: ()) -> Result<TextRange, Self::Error> {
        Ok(self.0)
    }
}

/// The byte span of an AST node.
pub fn span_of(node: &impl Ranged) -> Span {
    let range = node.range();
    Span::new(range.start().into(), range.end().into())
}

fn parse_error_diagnostic(file: &SourceFile, err: &rustpython_parser::ParseError) -> Diagnostic {
    let offset: u32 = err.offset.into();
    let offset = offset.min(file.text.len() as u32);
    Diagnostic::error(Span::new(offset, offset + 1), format!("syntax error: {}", err.error))
}

#[cfg(test)]
mod tests;
