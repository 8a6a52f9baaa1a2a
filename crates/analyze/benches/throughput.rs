//! `cargo bench -p onshore-analyze`: articles per second through each
//! analyzer, and peak memory. Reads the articles in `../shared` when present
//! (outside the repo), else uses a few paragraphs written for this bench.

use onshore_analyze::*;
use onshore_core::Lang;
use std::path::Path;
use std::time::{Duration, Instant};

const OWN_ARTICLES: &[&str] = &[
    "MINSK, 3 March (Agency) – The ministry said on Monday that 2.5 million doses of the vaccine were delivered, with another 1.2 million expected in April 2024.\nThe sides signed 11 agreements worth $320mn. Dr. J. Smith of Acme Inc. said the plant would create 1,500 jobs by 2026.",
    "Москва, 15 марта 2023 года. Стороны подписали два соглашения о локализации производства препаратов на сумму 1,5 млрд рублей.\nПо словам министра А. А. Иванова, в 2024 г. завод выпустит 200 тыс. доз вакцины, т.е. вдвое больше, чем в прошлом году.",
];

fn articles() -> Vec<String> {
    let shared = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../../shared");
    let mut out = Vec::new();
    for dir in ["seeds", "dev/corpus"] {
        if let Ok(entries) = std::fs::read_dir(shared.join(dir)) {
            for e in entries.flatten() {
                if e.path().extension().is_some_and(|x| x == "txt") {
                    if let Ok(t) = std::fs::read_to_string(e.path()) {
                        out.push(t);
                    }
                }
            }
        }
    }
    if out.is_empty() {
        out = OWN_ARTICLES.iter().map(|s| s.to_string()).collect();
    }
    out
}

fn measure(name: &str, docs: &[String], mut f: impl FnMut(&str) -> usize) {
    // Warm up (lazy tables, the morphology dictionary).
    let mut sink = 0;
    for d in docs {
        sink += f(d);
    }
    let start = Instant::now();
    let mut n = 0usize;
    while start.elapsed() < Duration::from_secs(2) {
        for d in docs {
            sink += f(d);
            n += 1;
        }
    }
    let secs = start.elapsed().as_secs_f64();
    println!("{name:<28} {:>10.0} articles/s  ({n} articles, sink {sink})", n as f64 / secs);
}

fn peak_rss_mb() -> Option<f64> {
    let status = std::fs::read_to_string("/proc/self/status").ok()?;
    let line = status.lines().find(|l| l.starts_with("VmHWM:"))?;
    Some(line.split_whitespace().nth(1)?.parse::<f64>().ok()? / 1024.0)
}

fn main() {
    let t = Instant::now();
    let _ = ru_lemma("соглашений");
    println!("morphology dictionary load   {:?}", t.elapsed());
    let docs = articles();
    let bytes: usize = docs.iter().map(String::len).sum();
    println!("{} articles, mean {} bytes", docs.len(), bytes / docs.len().max(1));
    let lang_of = |d: &str| match detect_language(d) {
        LangGuess::Known(l) => l,
        _ => Lang::En,
    };
    measure("detect_language", &docs, |d| detect_language(d).code().map_or(0, str::len));
    measure("split_sentences", &docs, |d| split_sentences(d).len());
    measure("publication_date", &docs, |d| publication_date(d).map_or(0, |s| s.len()));
    
    let sentences: Vec<Vec<String>> = docs.iter().map(|d| split_sentences(d).into_iter().map(|r| d[r].to_string()).collect()).collect();
    let sentence_docs: Vec<String> = sentences.iter().map(|s| s.join("\n")).collect();
    measure("find_dates (per sentence)", &sentence_docs, |d| d.lines().map(|s| find_dates(s, Some(2023)).len()).sum());
    measure("find_quantities (per sentence)", &sentence_docs, |d| {
        let lang = lang_of(d);
        d.lines().map(|s| find_quantities(s, lang).len()).sum()
    });
    measure("sentences+dates+quantities", &docs, |d| {
        let lang = lang_of(d);
        split_sentences(d)
            .into_iter()
            .map(|r| find_dates(&d[r.clone()], Some(2023)).len() + find_quantities(&d[r], lang).len())
            .sum()
    });
    measure("ru_lemma (every word)", &docs, |d| d.split_whitespace().take(400).map(|w| ru_lemma(w).len()).sum());
    let t = Instant::now();
    let _ = ru_name_nominative(&["Алексея", "Цоя"]);
    println!("name nominative (warm)       {:?}", t.elapsed());
    if let Some(mb) = peak_rss_mb() {
        println!("peak RSS                     {mb:.1} MB");
    }
}
