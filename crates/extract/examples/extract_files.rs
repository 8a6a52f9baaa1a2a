//! Extract plain-text files to JSON Lines without the full CLI: a quick loop for
//! rule development (`cargo run -p onshore-extract --example extract_files -- FILES`).

fn main() {
    for path in std::env::args().skip(1) {
        let text = match std::fs::read_to_string(&path) {
            Ok(t) => t,
            Err(e) => {
                eprintln!("{path}: {e}");
                continue;
            }
        };
        let id = std::path::Path::new(&path).file_stem().map(|s| s.to_string_lossy().into_owned()).unwrap_or_default();
        let doc = onshore_core::Document { id, text, ..Default::default() };
        match onshore_extract::extract(&doc) {
            Ok(x) => println!("{}", serde_json::to_string(&x).expect("extraction serializes")),
            Err(e) => eprintln!("{path}: skipped: {e}"),
        }
    }
}
