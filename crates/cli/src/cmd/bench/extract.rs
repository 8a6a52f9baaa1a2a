//! `onshore bench extract`: extraction throughput on one core over a real
//! corpus repeated to N documents, and the process's peak memory.

use onshore_core::Document;
use std::path::PathBuf;
use std::process::ExitCode;
use std::time::Instant;

#[derive(clap::Args)]
pub struct Args {
    /// How many documents to extract (the corpus is cycled to reach it)
    #[arg(long, default_value_t = 10_000)]
    docs: usize,
    /// Folders of .txt articles (default: ../shared/seeds and ../shared/dev/corpus)
    #[arg(long = "dir")]
    dirs: Vec<PathBuf>,
}

pub fn run(args: Args) -> anyhow::Result<ExitCode> {
    let dirs = if args.dirs.is_empty() {
        vec![PathBuf::from("../shared/seeds"), PathBuf::from("../shared/dev/corpus")]
    } else {
        args.dirs
    };
    let mut corpus = Vec::new();
    for dir in &dirs {
        let Ok(entries) = std::fs::read_dir(dir) else { continue };
        let mut paths: Vec<PathBuf> = entries.filter_map(|e| e.ok().map(|e| e.path())).filter(|p| p.extension().is_some_and(|e| e == "txt")).collect();
        paths.sort();
        for p in paths {
            let text = std::fs::read_to_string(&p)?;
            corpus.push(Document { id: p.file_stem().unwrap_or_default().to_string_lossy().into_owned(), text, ..Default::default() });
        }
    }
    anyhow::ensure!(!corpus.is_empty(), "no .txt documents found in {dirs:?}");
    // Load every table before the clock starts: start-up is not throughput. Tables are
    // built lazily per language and per rule, so one document would leave the other
    // language's to be built inside the measurement: every distinct document goes once.
    let warm = Instant::now();
    for doc in &corpus {
        let _ = onshore_extract::extract(doc);
    }
    let warm = warm.elapsed().as_secs_f64();
    let bytes: usize = (0..args.docs).map(|i| corpus[i % corpus.len()].text.len()).sum();
    let start = Instant::now();
    let (mut events, mut entities) = (0usize, 0usize);
    for i in 0..args.docs {
        if let Ok(x) = onshore_extract::extract(&corpus[i % corpus.len()]) {
            events += x.events.len();
            entities += x.entities.len();
        }
    }
    let secs = start.elapsed().as_secs_f64();
    println!("extract: {} documents ({} distinct, {:.1} MB) in {secs:.2} s on one thread", args.docs, corpus.len(), bytes as f64 / 1e6);
    println!("  {:.0} articles/s, {:.1} MB/s; {entities} entities, {events} events", args.docs as f64 / secs, bytes as f64 / 1e6 / secs);
    println!("  start-up (tables built during a first pass over the distinct documents): {warm:.2} s");
    if let Some(peak) = super::peak_rss_bytes() {
        println!("  peak memory {:.1} MB", peak as f64 / 1e6);
    }
    Ok(ExitCode::SUCCESS)
}
