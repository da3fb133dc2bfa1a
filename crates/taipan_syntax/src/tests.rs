use super::*;

fn parse(text: &str) -> Result<ast::Suite, Vec<Diagnostic>> {
    parse_module(&SourceFile::new("t.py", text))
}

fn parse_err(text: &str) -> String {
    match parse(text) {
        Ok(_) => panic!("expected a parse error for {text:?}"),
        Err(diags) => {
            let file = SourceFile::new("t.py", text);
            taipan_diagnostics::render_all(&file, &diags)
        }
    }
}

#[test]
fn parses_a_small_program() {
    let suite = parse("def f(x: int) -> int:\n    return x + 1\nprint(f(2))\n").unwrap();
    assert_eq!(suite.len(), 2);
    assert!(matches!(suite[0], ast::Stmt::FunctionDef(_)));
}

#[test]
fn syntax_error_is_a_diagnostic_with_a_position() {
    let out = parse_err("x = 1\ny = (2 +\n");
    assert!(out.starts_with("t.py:"), "{out}");
    assert!(out.contains("error: syntax error"), "{out}");
}

#[test]
fn span_of_points_at_the_node() {
    let suite = parse("x = 1\nfoo = 22\n").unwrap();
    assert_eq!(span_of(&suite[1]), Span::new(6, 14));
}

#[test]
fn deep_brackets_are_rejected_before_parsing() {
    let text = format!("x = {}1{}\n", "(".repeat(1000), ")".repeat(1000));
    assert!(parse_err(&text).contains(TOO_DEEP_MESSAGE));
    let text = format!("x = {}\n", "[".repeat(100_000));
    assert!(parse_err(&text).contains(TOO_DEEP_MESSAGE));
}

#[test]
fn brackets_in_strings_and_comments_do_not_count() {
    let text = format!("# {}\nprint(\"{}\")\nprint('''{}''')\n", "(".repeat(500), "[".repeat(500), "{".repeat(500));
    assert!(parse(&text).is_ok());
}

#[test]
fn nesting_at_the_limit_is_accepted() {
    let text = format!("x = {}1{}\n", "(".repeat(MAX_NESTING - 1), ")".repeat(MAX_NESTING - 1));
    assert!(parse(&text).is_ok());
    let text = format!("x = {}1\n", "-".repeat(MAX_NESTING - 5));
    assert!(parse(&text).is_ok());
}

#[test]
fn deep_operator_chains_are_rejected() {
    for text in [
        format!("x = {}1\n", "1 + ".repeat(50_000)),
        format!("x = {}1\n", "not ".repeat(50_000)),
        format!("x = {}1\n", "-".repeat(50_000)),
        format!("x = {}1\n", "1 if 2 else ".repeat(20_000)),
        format!("x = a{}\n", ".b".repeat(50_000)),
    ] {
        assert!(parse_err(&text).contains(TOO_DEEP_MESSAGE));
    }
}

#[test]
fn deep_statement_nesting_is_rejected() {
    let mut text = String::new();
    for i in 0..300 {
        text.push_str(&" ".repeat(i));
        text.push_str("if x:\n");
    }
    text.push_str(&" ".repeat(300));
    text.push_str("pass\n");
    let result = parse(&text);
    assert!(result.is_err());
}

#[test]
fn never_panics_on_prefixes_and_random_bytes() {
    let program = "def fib(n: int) -> int:\n    if n < 2:\n        return n\n    return fib(n - 1) + fib(n - 2)\n\nfor i in range(10, 0, -1):\n    print(i, fib(i), sep=\", \", end='\\n')\nx = \"\"\"doc\"\"\"  # (comment\n";
    for end in 0..=program.len() {
        if program.is_char_boundary(end) {
            let _ = parse(&program[..end]);
        }
    }
    let mut state: u64 = 0x2545_f491_4f6c_dd1d;
    for _ in 0..300 {
        let len = (state % 200) as usize;
        let mut bytes = Vec::with_capacity(len);
        for _ in 0..len {
            state = state.wrapping_mul(6364136223846793005).wrapping_add(1442695040888963407);
            bytes.push(b"()[]{}:=+-*/ \n\tabcxyz0123456789'\"#\\.,ifdefwhilereturn"[(state >> 33) as usize % 49]);
        }
        let text = String::from_utf8_lossy(&bytes).into_owned();
        let _ = parse(&text);
    }
}
