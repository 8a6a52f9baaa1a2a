//! `onshore bench clean`: HTML cleaning throughput on one core, over the
//! article-extraction pages repeated to N pages, and the process's peak memory.

use anyhow::{bail, Context, Result};
use onshore_ingest::html::{clean_html, is_html_path, read_html_file};
use std::path::PathBuf;
use std::process::ExitCode;
use std::time::Instant;

#[derive(clap::Args)]
pub struct Args {
    /// Pages to clean (the directory's pages are repeated to reach it)
    #[arg(long, default_value_t = 5000)]
    pages: usize,
    /// Directory of .html / .html.gz pages
    #[arg(long, default_value = "../shared/bench/article-extraction/html")]
    dir: PathBuf,
}

pub fn run(args: Args) -> Result<ExitCode> {
    let mut paths: Vec<PathBuf> = std::fs::read_dir(&args.dir)
        .with_context(|| format!("reading {}", args.dir.display()))?
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| is_html_path(p))
        .collect();
    paths.sort();
    let pages: Vec<Vec<u8>> = paths
        .iter()
        .map(|p| read_html_file(p).with_context(|| format!("reading {}", p.display())))
        .collect::<Result<_>>()?;
    if pages.is_empty() {
        bail!("no HTML pages in {}", args.dir.display());
    }
    let input_bytes: usize = pages.iter().map(Vec::len).sum();

    // One thread: the figure is per core.
    let cpu_before = thread_cpu_seconds();
    let started = Instant::now();
    let (mut bytes, mut text_bytes) = (0usize, 0usize);
    for page in pages.iter().cycle().take(args.pages) {
        let clean = clean_html(page, None);
        bytes += page.len();
        text_bytes += clean.text.len();
    }
    let secs = started.elapsed().as_secs_f64().max(1e-9);
    let cpu_secs = thread_cpu_seconds().zip(cpu_before).map(|(after, before)| (after - before).max(1e-9));

    println!(
        "cleaned {} pages ({} distinct, {:.1} MB of HTML in memory) in {:.2} s on one thread",
        args.pages,
        pages.len(),
        input_bytes as f64 / 1e6,
        secs
    );
    println!(
        "{:.0} pages/s wall clock, {:.1} MB/s of HTML, {:.1} MB of text out",
        args.pages as f64 / secs,
        bytes as f64 / 1e6 / secs,
        text_bytes as f64 / 1e6
    );
    // On a shared machine the wall clock includes time other processes held
    // the core; time on CPU is the per-core cost.
    if let Some(cpu) = cpu_secs {
        println!("{:.0} pages/s on CPU ({:.2} s of this thread's CPU time)", args.pages as f64 / cpu, cpu);
    }
    match super::peak_rss_bytes() {
        Some(rss) => println!("peak RSS {:.1} MB", rss as f64 / 1e6),
        None => println!("peak RSS unknown (no /proc/self/status)"),
    }
    Ok(ExitCode::SUCCESS)
}

/// CPU time of the calling thread in seconds (Linux `schedstat`), if known.
fn thread_cpu_seconds() -> Option<f64> {
    let stat = std::fs::read_to_string("/proc/thread-self/schedstat").ok()?;
    let nanos: u64 = stat.split_whitespace().next()?.parse().ok()?;
    Some(nanos as f64 / 1e9)
}
