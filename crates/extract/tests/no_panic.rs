//! The rules index tokens by hand in many places; an off-by-one there is a
//! panic, and a panic loses the document. This runs every rule over text it
//! was not written for: each real article (from `../shared` when present,
//! else our own sentences) in the wrong language too, cut at line ends and in
//! the middle of words, and with its lines shuffled together.

use onshore_core::{Document, Lang};
use std::path::Path;

fn texts() -> Vec<String> {
    let mut out: Vec<String> = vec![
        "The Turkish company head Atilla Altinkaya said the plant will open in May.".into(),
        "Глава ОАО «Кыргызиндустрия», Жарасул Абдураимов, отметил рост выпуска.".into(),
        "CEO of the\nMinistry of\nHealth of the".into(),
        "«»“”() - – — , . ; : ! ? 5 млн $ 3- -4 of the и в".into(),
        "Head of the. Director of the, Minister of the; Глава the of".into(),
    ];
    let shared = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../../shared");
    // More directories of texts to try, `:`-separated (e.g. a crawl you are about to ingest).
    let extra = std::env::var("ONSHORE_EXTRA_TEXTS").unwrap_or_default();
    let dirs = ["seeds", "dev/corpus"].iter().map(|d| shared.join(d)).chain(extra.split(':').filter(|d| !d.is_empty()).map(Into::into));
    for dir in dirs {
        let Ok(entries) = std::fs::read_dir(dir) else { continue };
        let mut paths: Vec<_> = entries.flatten().map(|e| e.path()).collect();
        paths.sort();
        out.extend(paths.iter().filter_map(|p| std::fs::read_to_string(p).ok()));
    }
    out
}

fn run(text: &str) {
    for lang in [Lang::En, Lang::Ru] {
        let doc = Document { id: "probe".into(), url: None, title: None, published: None, text: text.to_string() };
        let _ = onshore_extract::extract_in(&doc, lang);
    }
}

#[test]
fn no_text_in_either_language_makes_a_rule_panic() {
    let texts = texts();
    let mut lines: Vec<&str> = Vec::new();
    for text in &texts {
        run(text);
        for line in text.lines() {
            run(line);
            // Cut in the middle of a word, at a character boundary.
            let cut = line.char_indices().nth(line.chars().count() / 2).map_or(0, |(i, _)| i);
            run(&line[..cut]);
            run(&line[cut..]);
            lines.push(line);
        }
    }
    // Lines of different articles and languages side by side.
    lines.reverse();
    for chunk in lines.chunks(7) {
        run(&chunk.join("\n"));
    }
}
