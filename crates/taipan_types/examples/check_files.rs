// Temporary dev tool: checks the given files and prints diagnostics.
fn main() {
    for path in std::env::args().skip(1) {
        let text = std::fs::read_to_string(&path).unwrap();
        let file = taipan_diagnostics::SourceFile::new(path.clone(), text);
        let opts = taipan_types::CheckOptions { module_name: "__main__".into() };
        match taipan_types::check_file(&file, &opts) {
            Ok(m) => { if std::env::var("SHOW").is_ok() { println!("{m:#?}"); } else { println!("OK {path}"); } }
            Err(d) => print!("{}", taipan_diagnostics::render_all(&file, &d)),
        }
    }
}
