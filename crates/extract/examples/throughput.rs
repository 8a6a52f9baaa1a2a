//! Extraction throughput over text files repeated N times, on one thread:
//! `cargo run --release -p onshore-extract --example throughput -- N FILES`.
//! (`onshore bench extract` is the user-facing benchmark; this one builds
//! without the rest of the workspace, for profiling.)
//!
//! Every distinct file is extracted once before the clock starts: the tables of
//! each language are built lazily on first use, and that start-up is reported
//! on its own line rather than counted as throughput.

fn main() {
    let mut args = std::env::args().skip(1);
    let n: usize = args.next().and_then(|s| s.parse().ok()).unwrap_or(1000);
    let docs: Vec<onshore_core::Document> = args
        .map(|p| onshore_core::Document { id: p.clone(), text: std::fs::read_to_string(&p).expect("readable file"), ..Default::default() })
        .collect();
    assert!(!docs.is_empty(), "usage: throughput N FILES");
    let t = std::time::Instant::now();
    for doc in &docs {
        let _ = onshore_extract::extract(doc);
    }
    let warm = t.elapsed().as_secs_f64();
    let t = std::time::Instant::now();
    let mut events = 0;
    for i in 0..n {
        events += onshore_extract::extract(&docs[i % docs.len()]).map(|x| x.events.len()).unwrap_or(0);
    }
    let s = t.elapsed().as_secs_f64();
    println!("{n} docs in {s:.2}s: {:.0} docs/s ({events} events)", n as f64 / s);
    println!("  start-up: first pass over the {} distinct docs, tables loading, {warm:.2}s", docs.len());
}
