//! Print what the analyzers see in text files, for debugging extraction:
//! `cargo run -p onshore-analyze --example dump -- FILE...`
//! (set ALL=1 to list every sentence, not only those with quantities).

use onshore_analyze::*;

fn main() {
    let all = std::env::var("ALL").is_ok();
    for path in std::env::args().skip(1) {
        let text = match std::fs::read_to_string(&path) {
            Ok(t) => t,
            Err(e) => {
                eprintln!("{path}: cannot read: {e}");
                continue;
            }
        };
        let lang = detect_language(&text);
        let published = publication_date(&text);
        println!("=== {path} lang={lang:?} published={published:?}");
        let LangGuess::Known(l) = lang else { continue };
        for r in split_sentences(&text) {
            let s = &text[r];
            let quantities = find_quantities(s, l);
            let dates = match &published {
                Some(p) => find_dates_relative(s, p),
                None => find_dates(s, None),
            };
            if quantities.is_empty() && !all {
                continue;
            }
            println!("  S: {s}");
            for q in quantities {
                println!("     Q {:?} = {} {}", &s[q.span.clone()], q.value, q.unit);
            }
            for d in dates {
                println!("     D {:?} = {}", &s[d.span.clone()], d.value);
            }
        }
    }
}
