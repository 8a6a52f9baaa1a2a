//! `onshore match`: import-substitution demand against producers in other countries.
//!
//! Every input is read and validated before anything is printed, and the
//! output is rendered whole first, so a malformed CSV leaves no half-written
//! report (with `--output`, the file appears by an atomic rename).

use anyhow::{bail, Context};
use onshore_coordinate::{csvio, facts, match_rows, DemandMatch, MatchOptions, ProducerRow};
use std::io::Write;
use std::path::{Path, PathBuf};
use std::process::ExitCode;

#[derive(clap::Args)]
pub struct Args {
    /// Demand CSV: country,program,product,code,quantity,unit
    #[arg(long)]
    demand: PathBuf,
    /// Producers CSV: enterprise,country,product,code,capacity,unit
    #[arg(long)]
    producers: Option<PathBuf>,
    /// Registry facts from `onshore extract --format jsonl` output (repeatable):
    /// localization and supply events become producers
    #[arg(long)]
    extractions: Vec<PathBuf>,
    /// The registry (a SQLite file or postgres:// URL): its localization and supply events become producers
    #[arg(long)]
    db: Option<String>,
    #[arg(long, value_enum, default_value = "table")]
    format: Format,
    /// Candidates below this score are neither listed nor counted
    #[arg(long, default_value_t = 0.5)]
    min_score: f32,
    /// Candidates listed per demand row
    #[arg(long, default_value_t = 5)]
    top: usize,
    /// Partner countries to report coverage for even with no producer (comma-separated ISO codes)
    #[arg(long, value_delimiter = ',')]
    partners: Vec<String>,
    /// Write the report to this file instead of stdout
    #[arg(long, short)]
    output: Option<PathBuf>,
}

#[derive(Clone, Copy, clap::ValueEnum)]
enum Format {
    Table,
    Json,
    Csv,
}

pub fn run(args: Args) -> anyhow::Result<ExitCode> {
    if args.producers.is_none() && args.extractions.is_empty() && args.db.is_none() {
        bail!("no producers: give --producers FILE.csv, --extractions FILE.jsonl and/or --db REGISTRY");
    }
    if !(0.0..=1.0).contains(&args.min_score) {
        bail!("--min-score must be between 0 and 1");
    }
    let demand = csvio::read_demand_file(&args.demand)?;
    let mut producers: Vec<ProducerRow> = match &args.producers {
        Some(p) => csvio::read_producers_file(p)?,
        None => vec![],
    };
    producers.extend(registry_producers(&args.extractions)?);
    if let Some(db) = &args.db {
        let extractions = registry_extractions(db)?;
        producers.extend(facts::producers_from_extractions(&extractions).iter().map(ProducerRow::from_fact));
    }

    let opts = MatchOptions {
        min_score: args.min_score,
        top: args.top,
        partners: args.partners.iter().map(|p| p.trim().to_ascii_uppercase()).filter(|p| !p.is_empty()).collect(),
    };
    let matches = match_rows(&demand, &producers, &opts);
    let out = match args.format {
        Format::Json => serde_json::to_string_pretty(&matches)? + "\n",
        Format::Csv => csvio::matches_to_csv(&matches)?,
        Format::Table => render_table(&matches),
    };
    emit(&out, args.output.as_deref())?;
    Ok(ExitCode::SUCCESS)
}

/// Producers from extracted events; unreadable lines are reported and skipped.
pub(crate) fn registry_producers(paths: &[PathBuf]) -> anyhow::Result<Vec<ProducerRow>> {
    let mut out = Vec::new();
    for path in paths {
        let extractions = read_extractions(path)?;
        out.extend(facts::producers_from_extractions(&extractions).iter().map(ProducerRow::from_fact));
    }
    Ok(out)
}

/// Every stored document's extraction, from the registry at `db`.
pub(crate) fn registry_extractions(db: &str) -> anyhow::Result<Vec<onshore_core::Extraction>> {
    let mut store = onshore_store::Store::open(db).with_context(|| format!("{db}: cannot open the registry"))?;
    Ok(store.extractions()?)
}

pub(crate) fn read_extractions(path: &Path) -> anyhow::Result<Vec<onshore_core::Extraction>> {
    let (extractions, warnings) = facts::read_extractions_jsonl(path).map_err(anyhow::Error::msg)?;
    for w in warnings {
        eprintln!("onshore: skipped {w}");
    }
    Ok(extractions)
}

/// Writes the finished report: to stdout, or to `path` through a temporary
/// file renamed into place, so a reader never sees a partial report.
pub(crate) fn emit(out: &str, path: Option<&Path>) -> anyhow::Result<()> {
    match path {
        None => std::io::stdout().lock().write_all(out.as_bytes()).context("writing to stdout"),
        Some(path) => {
            let tmp = path.with_extension("partial");
            std::fs::write(&tmp, out).with_context(|| format!("{}: cannot write", tmp.display()))?;
            std::fs::rename(&tmp, path).with_context(|| format!("{}: cannot write", path.display()))
        }
    }
}

fn render_table(matches: &[DemandMatch]) -> String {
    let mut out = String::new();
    for m in matches {
        let d = &m.demand;
        let amount = match (d.quantity, &d.unit) {
            (Some(q), Some(u)) => format!(", {} {u}", fmt_num(q)),
            (Some(q), None) => format!(", {}", fmt_num(q)),
            _ => String::new(),
        };
        let codes = if m.codes.is_empty() { "no code".to_string() } else { m.codes.join(" ") };
        out.push_str(&format!(
            "{} | {}{} | {} [{}]{}\n",
            d.source,
            d.country,
            d.program.as_deref().map(|p| format!(" / {p}")).unwrap_or_default(),
            d.product,
            codes,
            amount
        ));
        if m.candidates.is_empty() {
            out.push_str("  no producer in another country matches\n");
        }
        for c in &m.candidates {
            let cap = match (c.capacity, &c.unit) {
                (Some(v), Some(u)) => format!("{} {u}", fmt_num(v)),
                (Some(v), None) => fmt_num(v),
                _ => "capacity ?".to_string(),
            };
            out.push_str(&format!(
                "  {:.2}  {} ({}): {} — {} — {}\n",
                c.score, c.enterprise, c.country, c.product, cap, c.reason
            ));
        }
        if !m.coverage.is_empty() {
            let parts: Vec<String> = m
                .coverage
                .iter()
                .map(|c| {
                    let share = c.share.map(|s| format!(" {:.0}%", s * 100.0)).unwrap_or_default();
                    let plural = if c.producers == 1 { "" } else { "s" };
                    format!("{} {}{} ({} producer{plural})", c.country, c.status.as_str(), share, c.producers)
                })
                .collect();
            out.push_str(&format!("  coverage: {}\n", parts.join("; ")));
        }
    }
    out
}

pub(crate) fn fmt_num(v: f64) -> String {
    if v.fract() == 0.0 && v.abs() < 1e15 {
        format!("{}", v as i64)
    } else {
        format!("{v:.2}")
    }
}
