//! `onshore extract`: documents in, one interchange object per document out.

use anyhow::Context;
use onshore_core::{Document, Extraction, InputError};
use onshore_ingest::files::{read_inputs_with_source, InputItem};
use rayon::prelude::*;
use std::io::{self, BufWriter, Write};
use std::path::PathBuf;
use std::process::ExitCode;

#[derive(clap::Args)]
pub struct Args {
    /// Output: `jsonl` (one object a line), `json` (an array) or `table` (a summary to read)
    #[arg(long, value_enum, default_value_t = Format::Jsonl)]
    format: Format,
    /// Files or folders (.txt, .jsonl, .html, .htm, .html.gz; folders recursively); `-` reads stdin
    #[arg(required = true)]
    paths: Vec<PathBuf>,
}

#[derive(clap::ValueEnum, Clone, Copy, PartialEq, Eq)]
enum Format {
    Jsonl,
    Json,
    Table,
}

/// What became of one input.
pub enum Outcome {
    Extracted(Extraction),
    /// Read fine but not extracted (e.g. unsupported language): not a failure.
    Skipped {
        source: String,
        why: String,
    },
    Failed(InputError),
}

/// Documents per parallel batch: enough to keep the cores busy, small enough
/// that output starts early and memory stays flat on large inputs.
const BATCH: usize = 64;

/// Reads `paths`, extracts in parallel and hands outcomes to `sink` in input order.
/// Stops early (returning the error) if `sink` fails.
pub fn for_each_outcome(
    paths: &[PathBuf],
    mut sink: impl FnMut(Outcome) -> io::Result<()>,
) -> io::Result<()> {
    let mut items = read_inputs_with_source(paths).peekable();
    while items.peek().is_some() {
        let batch: Vec<(String, InputItem)> = items.by_ref().take(BATCH).collect();
        let outcomes: Vec<Outcome> = batch
            .into_par_iter()
            .map(|(source, item)| outcome(source, item))
            .collect();
        for o in outcomes {
            sink(o)?;
        }
    }
    Ok(())
}

fn outcome(source: String, item: InputItem) -> Outcome {
    match item {
        InputItem::Error(e) => Outcome::Failed(e),
        InputItem::Doc(doc) => extract_one(source, &doc),
    }
}

/// One document; a panic in the extractor fails this document only.
fn extract_one(source: String, doc: &Document) -> Outcome {
    match std::panic::catch_unwind(|| onshore_extract::extract(doc)) {
        Ok(Ok(x)) => Outcome::Extracted(x),
        Ok(Err(skipped)) => Outcome::Skipped {
            source,
            why: skipped.to_string(),
        },
        Err(panic) => {
            let msg = panic
                .downcast_ref::<&str>()
                .map(|s| s.to_string())
                .or_else(|| panic.downcast_ref::<String>().cloned())
                .unwrap_or_else(|| "unknown panic".into());
            Outcome::Failed(InputError {
                source,
                reason: format!("extraction failed: {msg}"),
            })
        }
    }
}

pub fn run(args: Args) -> anyhow::Result<ExitCode> {
    let stdout = io::stdout();
    let mut out = BufWriter::new(stdout.lock());
    let mut failed = 0usize;
    let mut written = 0usize;
    let result = for_each_outcome(&args.paths, |o| match o {
        Outcome::Extracted(x) => {
            write_one(&mut out, args.format, &x, written)?;
            written += 1;
            if args.format == Format::Jsonl {
                out.flush()?; // a line per document as soon as it is ready
            }
            Ok(())
        }
        Outcome::Skipped { source, why } => {
            eprintln!("{source}: skipped: {why}");
            Ok(())
        }
        Outcome::Failed(e) => {
            failed += 1;
            eprintln!("{e}");
            Ok(())
        }
    })
    .and_then(|()| {
        if args.format == Format::Json {
            out.write_all(if written == 0 { b"[]\n" } else { b"\n]\n" })?;
        }
        out.flush()
    });
    match result {
        Err(e) if e.kind() == io::ErrorKind::BrokenPipe => return Ok(ExitCode::SUCCESS),
        other => other.context("writing output")?,
    }
    Ok(if failed > 0 {
        ExitCode::from(1)
    } else {
        ExitCode::SUCCESS
    })
}

fn write_one(out: &mut impl Write, format: Format, x: &Extraction, index: usize) -> io::Result<()> {
    match format {
        Format::Jsonl => {
            serde_json::to_writer(&mut *out, x)?;
            out.write_all(b"\n")
        }
        Format::Json => {
            out.write_all(if index == 0 { b"[\n" } else { b",\n" })?;
            serde_json::to_writer(&mut *out, x).map_err(io::Error::from)
        }
        Format::Table => out.write_all(table(x).as_bytes()),
    }
}

/// A human-readable summary of one extraction.
fn table(x: &Extraction) -> String {
    use std::fmt::Write as _;
    let mut s = String::new();
    let published = x.published.as_deref().unwrap_or("no date");
    let _ = writeln!(s, "== {} ({}, {})", x.doc, x.lang, published);
    if let Some(title) = &x.title {
        let _ = writeln!(s, "   {title}");
    }
    for kind in [
        onshore_core::EntityKind::Country,
        onshore_core::EntityKind::Region,
        onshore_core::EntityKind::Org,
        onshore_core::EntityKind::Person,
    ] {
        let names: Vec<String> = x
            .entities
            .iter()
            .filter(|e| e.kind == kind)
            .map(|e| match (&e.name, &e.id) {
                (Some(n), Some(id)) => format!("{n} ({id})"),
                (Some(n), None) => n.clone(),
                (None, Some(id)) => id.clone(),
                (None, None) => "?".into(),
            })
            .collect();
        if !names.is_empty() {
            let _ = writeln!(s, "   {:<8} {}", kind.as_str(), names.join("; "));
        }
    }
    if x.events.is_empty() {
        let _ = writeln!(s, "   no events");
    }
    for e in &x.events {
        let stage = e.stage.map_or("-", |st| st.as_str());
        let _ = write!(
            s,
            "   * {} [{}] parties: {}",
            e.kind,
            stage,
            e.parties.join(", ")
        );
        if let Some(host) = &e.host {
            let _ = write!(s, "; host: {host}");
        }
        if !e.products.is_empty() {
            let _ = write!(s, "; products: {}", e.products.join(", "));
        }
        let _ = writeln!(s);
    }
    s.push('\n');
    s
}
