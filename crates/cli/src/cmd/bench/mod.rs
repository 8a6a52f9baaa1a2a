//! `onshore bench <subject>`: throughput and peak-memory benchmarks.
//! Kept as a command (not `cargo bench`) because peak memory of one process
//! is what the targets speak of, and it reads straight from /proc.

use std::process::ExitCode;

mod clean;
mod extract;
mod ingest;
mod matching;
mod search;

#[derive(clap::Args)]
pub struct Args {
    #[command(subcommand)]
    subject: Subject,
}

#[derive(clap::Subcommand)]
enum Subject {
    /// Extraction throughput over a corpus repeated to N documents
    Extract(extract::Args),
    /// HTML cleaning throughput over the article-extraction pages
    Clean(clean::Args),
    /// Ingest rate into a store
    Ingest(ingest::Args),
    /// Search latency on a store
    Search(search::Args),
    /// Demand-producer matching on generated rows
    Match(matching::Args),
}

pub fn run(args: Args) -> anyhow::Result<ExitCode> {
    match args.subject {
        Subject::Extract(a) => extract::run(a),
        Subject::Clean(a) => clean::run(a),
        Subject::Ingest(a) => ingest::run(a),
        Subject::Search(a) => search::run(a),
        Subject::Match(a) => matching::run(a),
    }
}

/// Peak resident memory of this process in bytes (Linux `VmHWM`), if known.
pub fn peak_rss_bytes() -> Option<u64> {
    let status = std::fs::read_to_string("/proc/self/status").ok()?;
    let line = status.lines().find(|l| l.starts_with("VmHWM:"))?;
    let kb: u64 = line.split_whitespace().nth(1)?.parse().ok()?;
    Some(kb * 1024)
}
