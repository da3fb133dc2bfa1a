// Temporary dev tool: prints the IR of the given files.
fn main() {
    for path in std::env::args().skip(1) {
        let text = std::fs::read_to_string(&path).unwrap();
        let file = taipan_diagnostics::SourceFile::new(path.clone(), text.clone());
        let opts = taipan_types::CheckOptions { module_name: "__main__".into() };
        match taipan_types::check_file(&file, &opts) {
            Ok(m) => {
                let ir = taipan_lower::lower_module(&file, &m);
                let errs = taipan_ir::verify::verify_module(&ir);
                if std::env::var("QUIET").is_err() { print!("{}", taipan_ir::print_module(&ir, Some(&text))); }
                for e in errs { println!("VERIFY {path}: {e}"); }
            }
            Err(d) => print!("{}", taipan_diagnostics::render_all(&file, &d)),
        }
    }
}
