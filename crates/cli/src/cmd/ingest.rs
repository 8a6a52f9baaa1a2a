//! `onshore ingest PATH...`: read documents (txt, html, jsonl, WARC, RSS/Atom),
//! extract, and store them in the registry, one transaction per batch.

use anyhow::Context;
use onshore_core::Document;
use onshore_ingest::files::{read_inputs_with_source, InputItem};
use onshore_ingest::{feed, warc};
use onshore_store::{NewDoc, Outcome, Store};
use rayon::prelude::*;
use std::io::IsTerminal;
use std::path::{Path, PathBuf};
use std::process::ExitCode;
use std::time::Instant;

#[derive(clap::Args)]
pub struct Args {
    /// Files or folders: .txt, .html, .jsonl, .warc, .warc.gz, .rss, .atom, feed .xml; `-` for stdin
    #[arg(required = true)]
    pub paths: Vec<PathBuf>,
    /// The store: a SQLite file or a postgres:// URL (default: $ONSHORE_DB, else ./onshore.db)
    #[arg(long)]
    pub db: Option<String>,
    /// Documents per transaction: a crash loses at most one batch, which a re-run restores
    #[arg(long, default_value_t = 256)]
    pub batch: usize,
    /// Print every document's outcome (new, near-duplicate, duplicate, failed)
    #[arg(long, short)]
    pub verbose: bool,
}

/// Die quietly when stdout is closed early (`onshore search ... | head`), as
/// Unix filters do, instead of panicking in `println!`. Rust ignores SIGPIPE
/// by default; the commands that print reports restore the default.
pub fn quiet_on_broken_pipe() {
    // SAFETY: setting a signal disposition to SIG_DFL installs no handler code.
    unsafe {
        libc::signal(libc::SIGPIPE, libc::SIG_DFL);
    }
}

/// Open the store a command names, with the file or URL in any error.
pub fn open_store(db: Option<&str>) -> anyhow::Result<Store> {
    let location = onshore_store::location(db);
    Store::open(&location).with_context(|| format!("cannot open store {location}"))
}

/// Every input the user named, WARC and feed files included, as `(source, item)`.
pub fn inputs(paths: &[PathBuf]) -> Box<dyn Iterator<Item = (String, InputItem)>> {
    let mut iters: Vec<Box<dyn Iterator<Item = (String, InputItem)>>> = Vec::new();
    for p in paths {
        if p.is_dir() {
            // The files reader walks folders for txt/html/jsonl; WARC and feeds are ours.
            let mut extra = Vec::new();
            walk(p, &mut extra);
            extra.sort();
            iters.push(Box::new(read_inputs_with_source(std::slice::from_ref(p))));
            for f in extra {
                iters.push(special(&f).expect("walk keeps only WARC and feed files"));
            }
        } else if let Some(it) = special(p) {
            iters.push(it);
        } else {
            iters.push(Box::new(read_inputs_with_source(std::slice::from_ref(p))));
        }
    }
    Box::new(iters.into_iter().flatten())
}

fn special(p: &Path) -> Option<Box<dyn Iterator<Item = (String, InputItem)>>> {
    if warc::is_warc_path(p) {
        Some(warc::read_warc(p))
    } else if p.is_file() && feed::is_feed_path(p) {
        Some(Box::new(feed::read_feed_file(p).into_iter()))
    } else {
        None
    }
}

fn walk(dir: &Path, out: &mut Vec<PathBuf>) {
    let Ok(entries) = std::fs::read_dir(dir) else { return };
    for e in entries.flatten() {
        let p = e.path();
        let Ok(ft) = e.file_type() else { continue };
        if ft.is_dir() {
            walk(&p, out);
        } else if warc::is_warc_path(&p) || feed::is_feed_path(&p) {
            out.push(p);
        }
    }
}

/// Counts of one ingest run.
#[derive(Debug, Default, Clone, Copy)]
pub struct Tally {
    pub new: u64,
    pub near: u64,
    pub duplicate: u64,
    pub failed: u64,
}

impl Tally {
    pub fn total(&self) -> u64 {
        self.new + self.duplicate + self.failed
    }
    pub fn summary(&self) -> String {
        let mut s = format!("ingested {} new, {} duplicate, {} failed", self.new, self.duplicate, self.failed);
        if self.near > 0 {
            s.push_str(&format!(" ({} of the new linked to earlier reports as near-duplicates)", self.near));
        }
        s
    }
}

/// Extract and store documents in batches; report per-document problems on
/// stderr and go on. Shared by `ingest` and `watch`.
pub struct Ingester<'a> {
    pub store: &'a mut Store,
    pub batch: usize,
    pub verbose: bool,
    pub tally: Tally,
    pending: Vec<(String, Document)>,
    /// Test hook: milliseconds to sleep per document, so a crash test can kill mid-batch.
    delay_ms: u64,
}

impl<'a> Ingester<'a> {
    pub fn new(store: &'a mut Store, batch: usize, verbose: bool) -> Self {
        let delay_ms = std::env::var("ONSHORE_TEST_INGEST_DELAY_MS").ok().and_then(|v| v.parse().ok()).unwrap_or(0);
        Ingester { store, batch: batch.max(1), verbose, tally: Tally::default(), pending: Vec::new(), delay_ms }
    }

    pub fn push(&mut self, source: String, item: InputItem) -> anyhow::Result<()> {
        match item {
            InputItem::Error(e) => {
                self.tally.failed += 1;
                eprintln!("onshore: skipped {e}");
            }
            InputItem::Doc(d) => {
                self.pending.push((source, d));
                if self.pending.len() >= self.batch {
                    self.flush()?;
                }
            }
        }
        Ok(())
    }

    /// Store what is pending, in one transaction.
    pub fn flush(&mut self) -> anyhow::Result<()> {
        if self.pending.is_empty() {
            return Ok(());
        }
        let pending = std::mem::take(&mut self.pending);
        let delay = self.delay_ms;
        let extracted: Vec<Result<NewDoc, (String, String)>> = pending
            .into_par_iter()
            .map(|(source, document)| {
                if delay > 0 {
                    std::thread::sleep(std::time::Duration::from_millis(delay));
                }
                match onshore_extract::extract(&document) {
                    Ok(extraction) => Ok(NewDoc { document, extraction, source: Some(source) }),
                    Err(skip) => Err((source, skip.to_string())),
                }
            })
            .collect();
        let mut docs = Vec::with_capacity(extracted.len());
        for r in extracted {
            match r {
                Ok(d) => docs.push(d),
                Err((source, reason)) => {
                    self.tally.failed += 1;
                    eprintln!("onshore: skipped {source}: {reason}");
                }
            }
        }
        let outcomes = self.store.ingest_batch(&docs).context("storing a batch failed; nothing of it was stored")?;
        for (o, d) in outcomes.iter().zip(&docs) {
            let src = d.source.as_deref().unwrap_or("");
            match o {
                Outcome::New { doc } => {
                    self.tally.new += 1;
                    if self.verbose {
                        eprintln!("new {doc} ({src})");
                    }
                }
                Outcome::NearDuplicate { doc, of, linked } => {
                    self.tally.new += 1;
                    self.tally.near += 1;
                    if self.verbose {
                        let of = of.as_deref().map(|o| format!(" of {o}")).unwrap_or_default();
                        eprintln!("near-duplicate {doc}{of}, {linked} events linked ({src})");
                    }
                }
                Outcome::Duplicate { doc, existing } => {
                    self.tally.duplicate += 1;
                    if self.verbose {
                        eprintln!("duplicate {doc} = {existing} ({src})");
                    }
                }
                Outcome::Failed { doc, reason } => {
                    self.tally.failed += 1;
                    eprintln!("onshore: failed {src} ({doc}): {reason}");
                }
            }
        }
        Ok(())
    }
}

pub fn run(args: Args) -> anyhow::Result<ExitCode> {
    let mut store = open_store(args.db.as_deref())?;
    let bar = std::io::stderr().is_terminal().then(|| {
        let b = indicatif::ProgressBar::new_spinner();
        b.set_style(
            indicatif::ProgressStyle::with_template("{spinner} {pos} documents  {msg}  {elapsed}")
                .unwrap_or_else(|_| indicatif::ProgressStyle::default_spinner()),
        );
        b
    });
    let started = Instant::now();
    let mut ing = Ingester::new(&mut store, args.batch, args.verbose);
    for (source, item) in inputs(&args.paths) {
        ing.push(source, item)?;
        if let Some(b) = &bar {
            b.set_position(ing.tally.total() + ing.pending.len() as u64);
            let rate = b.position() as f64 / started.elapsed().as_secs_f64().max(1e-3);
            b.set_message(format!("{rate:.0} documents/s  {} new, {} duplicate, {} failed", ing.tally.new, ing.tally.duplicate, ing.tally.failed));
        }
    }
    ing.flush()?;
    let tally = ing.tally;
    if let Some(b) = bar {
        b.finish_and_clear();
    }
    let secs = started.elapsed().as_secs_f64();
    println!("{}", tally.summary());
    if std::io::stderr().is_terminal() {
        eprintln!("{} documents in {:.1} s ({:.0} documents/s)", tally.total(), secs, tally.total() as f64 / secs.max(1e-9));
    }
    Ok(if tally.failed > 0 { ExitCode::from(1) } else { ExitCode::SUCCESS })
}
