//! Depth checks that keep every recursive walker (the parser's, the AST's
//! destructors, and the later stages') within a bounded stack.

use rustpython_parser::ast;
use taipan_diagnostics::Span;

use crate::visit::{for_each_child, Node};

/// The offset of the first bracket nested deeper than `limit`, skipping brackets
/// inside comments and string literals.
pub(crate) fn find_deep_bracket(text: &str, limit: usize) -> Option<u32> {
    let bytes = text.as_bytes();
    let mut depth = 0usize;
    let mut i = 0;
    while i < bytes.len() {
        match bytes[i] {
            b'#' => {
                while i < bytes.len() && bytes[i] != b'\n' {
                    i += 1;
                }
            }
            quote @ (b'\'' | b'"') => {
                i = skip_string(bytes, i, quote);
                continue;
            }
            b'(' | b'[' | b'{' => {
                depth += 1;
                if depth > limit {
                    return Some(i as u32);
                }
            }
            b')' | b']' | b'}' => depth = depth.saturating_sub(1),
            _ => {}
        }
        i += 1;
    }
    None
}

/// Returns the index just past the string literal starting at `start`. Prefixes
/// (`r`, `b`, `f`) need no handling: they come before the quote. An unterminated
/// literal runs to the end of its line (or of the text, for triple quotes); the
/// parser reports it.
fn skip_string(bytes: &[u8], start: usize, quote: u8) -> usize {
    let triple = bytes.get(start + 1) == Some(&quote) && bytes.get(start + 2) == Some(&quote);
    let mut i = start + if triple { 3 } else { 1 };
    while i < bytes.len() {
        let b = bytes[i];
        if b == b'\\' {
            i += 2;
            continue;
        }
        if triple {
            if b == quote && bytes.get(i + 1) == Some(&quote) && bytes.get(i + 2) == Some(&quote) {
                return i + 3;
            }
        } else if b == quote {
            return i + 1;
        } else if b == b'\n' {
            return i;
        }
        i += 1;
    }
    i
}

/// The span of the first node nested deeper than `limit` (statements and
/// expressions both count), or `None`. The walk itself stops at `limit`.
pub(crate) fn find_deep_node(suite: &[ast::Stmt], limit: usize) -> Option<Span> {
    let mut found = None;
    for stmt in suite {
        deepest(Node::Stmt(stmt), 0, limit, &mut found);
    }
    found
}

fn deepest(node: Node<'_>, depth: usize, limit: usize, found: &mut Option<Span>) {
    if found.is_some() {
        return;
    }
    if depth > limit {
        *found = Some(node.span());
        return;
    }
    for_each_child(node, &mut |child| deepest(child, depth + 1, limit, found));
}
