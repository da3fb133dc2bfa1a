//! Diagnostics: what the compiler reports about a program, and how it is printed.
//!
//! Stages return `Vec<Diagnostic>` and keep going after an error, so one run
//! reports every problem. The renderer prints the clang-shaped format the user
//! contract promises:
//!
//! ```text
//! prog.py:3:5: error: classes are not supported yet
//!     class A:
//!     ^^^^^^^^
//! ```

use std::fmt::Write;

/// A byte range in a source file.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Default)]
pub struct Span {
    pub start: u32,
    pub end: u32,
}

impl Span {
    pub fn new(start: u32, end: u32) -> Span {
        Span { start, end: end.max(start) }
    }
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Severity {
    Error,
    Note,
}

/// One message about the program, at a span.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Diagnostic {
    pub severity: Severity,
    pub message: String,
    pub span: Span,
    /// Extra lines printed after the snippet (`note: ...`).
    pub notes: Vec<String>,
}

impl Diagnostic {
    pub fn error(span: Span, message: impl Into<String>) -> Diagnostic {
        Diagnostic { severity: Severity::Error, message: message.into(), span, notes: Vec::new() }
    }

    pub fn with_note(mut self, note: impl Into<String>) -> Diagnostic {
        self.notes.push(note.into());
        self
    }
}

/// A source file: its path as the user named it, and its text.
#[derive(Clone, Debug)]
pub struct SourceFile {
    pub path: String,
    pub text: String,
    line_starts: Vec<u32>,
}

impl SourceFile {
    pub fn new(path: impl Into<String>, text: impl Into<String>) -> SourceFile {
        let text = text.into();
        let mut line_starts = vec![0];
        for (i, b) in text.bytes().enumerate() {
            if b == b'\n' {
                line_starts.push(i as u32 + 1);
            }
        }
        SourceFile { path: path.into(), text, line_starts }
    }

    /// 1-based line number of a byte offset.
    pub fn line_of(&self, offset: u32) -> u32 {
        match self.line_starts.binary_search(&offset) {
            Ok(i) => i as u32 + 1,
            Err(i) => i as u32,
        }
    }

    /// 1-based (line, column) of a byte offset; the column counts characters.
    pub fn line_col(&self, offset: u32) -> (u32, u32) {
        let offset = offset.min(self.text.len() as u32);
        let line = self.line_of(offset);
        let start = self.line_starts[line as usize - 1] as usize;
        let end = floor_char_boundary(&self.text, offset as usize);
        let col = self.text[start..end].chars().count() as u32 + 1;
        (line, col)
    }

    /// The text of a 1-based line, without its newline.
    pub fn line_text(&self, line: u32) -> &str {
        let i = line as usize - 1;
        let start = self.line_starts.get(i).copied().unwrap_or(self.text.len() as u32) as usize;
        let end = self
            .line_starts
            .get(i + 1)
            .map(|&e| e as usize)
            .unwrap_or(self.text.len());
        self.text[start..end].trim_end_matches(['\n', '\r'])
    }
}

fn floor_char_boundary(s: &str, mut i: usize) -> usize {
    while i > 0 && !s.is_char_boundary(i) {
        i -= 1;
    }
    i
}

/// Renders one diagnostic: `file:line:col: error: message`, the source line and
/// carets under the span (up to the end of its first line).
pub fn render(file: &SourceFile, diag: &Diagnostic) -> String {
    let (line, col) = file.line_col(diag.span.start);
    let level = match diag.severity {
        Severity::Error => "error",
        Severity::Note => "note",
    };
    let mut out = String::new();
    let _ = writeln!(out, "{}:{}:{}: {}: {}", file.path, line, col, level, diag.message);
    let text = file.line_text(line);
    // Tabs are kept in the padding so the caret lines up under the source.
    let pad: String = text
        .chars()
        .take(col as usize - 1)
        .map(|c| if c == '\t' { '\t' } else { ' ' })
        .collect();
    let (end_line, end_col) = file.line_col(diag.span.end);
    let width = if end_line == line && end_col > col {
        end_col - col
    } else {
        (text.chars().count() as u32 + 1).saturating_sub(col).max(1)
    };
    let _ = writeln!(out, "{text}");
    let _ = writeln!(out, "{pad}{}", "^".repeat(width as usize));
    for note in &diag.notes {
        let _ = writeln!(out, "note: {note}");
    }
    out
}

/// Renders several diagnostics in source order.
pub fn render_all(file: &SourceFile, diags: &[Diagnostic]) -> String {
    let mut sorted: Vec<&Diagnostic> = diags.iter().collect();
    sorted.sort_by_key(|d| d.span.start);
    sorted.iter().map(|d| render(file, d)).collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn renders_header_line_and_caret() {
        let file = SourceFile::new("p.py", "x = 1\ny = é + z\n");
        let d = Diagnostic::error(Span::new(15, 16), "name 'z' is not defined");
        assert_eq!(render(&file, &d), "p.py:2:9: error: name 'z' is not defined\ny = é + z\n        ^\n");
    }

    #[test]
    fn span_past_the_end_is_clamped() {
        let file = SourceFile::new("p.py", "def f(");
        let d = Diagnostic::error(Span::new(6, 6), "unexpected end of file");
        assert_eq!(render(&file, &d), "p.py:1:7: error: unexpected end of file\ndef f(\n      ^\n");
    }
}
