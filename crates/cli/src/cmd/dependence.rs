//! `onshore dependence --country BY [--hs 3002]`: supplier concentration of an
//! importing country, from registry supply/trade facts and trade statistics.

use super::matching::{emit, fmt_num, read_extractions};
use anyhow::bail;
use onshore_coordinate::{csvio, dependence, facts, table::normalize_code, Dependence, DependenceOptions, SupplierShare};
use std::path::PathBuf;
use std::process::ExitCode;

#[derive(clap::Args)]
pub struct Args {
    /// Importing country (ISO 3166-1 alpha-2)
    #[arg(long)]
    country: String,
    /// HS code or prefix of the product (2-6 digits; dots allowed); all products if absent
    #[arg(long)]
    hs: Option<String>,
    /// Trade statistics CSV: reporter,partner,hs,year,value,unit[,flow]
    #[arg(long)]
    trade: Vec<PathBuf>,
    /// Registry facts from `onshore extract --format jsonl` output (repeatable)
    #[arg(long)]
    extractions: Vec<PathBuf>,
    /// The registry (a SQLite file or postgres:// URL): its supply and trade events are supply facts
    #[arg(long)]
    db: Option<String>,
    /// Only facts of this year (facts with no known year always count)
    #[arg(long)]
    year: Option<u16>,
    /// Top-1 share from which the importer counts as single-sourced
    #[arg(long, default_value_t = 0.9)]
    single_source_share: f64,
    #[arg(long, value_enum, default_value = "table")]
    format: Format,
    /// Write the report to this file instead of stdout
    #[arg(long, short)]
    output: Option<PathBuf>,
}

#[derive(Clone, Copy, clap::ValueEnum)]
enum Format {
    Table,
    Json,
}

pub fn run(args: Args) -> anyhow::Result<ExitCode> {
    if args.trade.is_empty() && args.extractions.is_empty() && args.db.is_none() {
        bail!("no supply facts: give --trade FILE.csv, --extractions FILE.jsonl and/or --db REGISTRY");
    }
    let importer = args.country.trim().to_ascii_uppercase();
    if importer.len() != 2 || !importer.chars().all(|c| c.is_ascii_alphabetic()) {
        bail!("--country {:?} is not an ISO 3166-1 alpha-2 code", args.country);
    }
    let hs = match &args.hs {
        Some(raw) => match normalize_code(raw) {
            Some(c) if c.len() <= 6 => Some(c),
            _ => bail!("--hs {raw:?} is not an HS code or prefix (2 to 6 digits)"),
        },
        None => None,
    };
    let mut supply = Vec::new();
    for path in &args.trade {
        let rows = csvio::read_trade_file(path)?;
        supply.extend(rows);
    }
    for path in &args.extractions {
        supply.extend(facts::supply_facts_from_extractions(&read_extractions(path)?));
    }
    if let Some(db) = &args.db {
        supply.extend(facts::supply_facts_from_extractions(&super::matching::registry_extractions(db)?));
    }
    let report = dependence(
        &supply,
        &DependenceOptions { importer, hs, year: args.year, single_source_share: args.single_source_share },
    );
    let out = match args.format {
        Format::Json => serde_json::to_string_pretty(&report)? + "\n",
        Format::Table => render_table(&report),
    };
    emit(&out, args.output.as_deref())?;
    Ok(ExitCode::SUCCESS)
}

fn render_table(d: &Dependence) -> String {
    let mut out = format!(
        "{} imports{}: {} fact(s), basis {}, total {}\n",
        d.importer,
        d.hs.as_deref().map(|h| format!(" of HS {h}")).unwrap_or_default(),
        d.facts,
        d.basis,
        fmt_num(d.total)
    );
    if d.facts == 0 {
        out.push_str("  no supply or trade facts for this importer and product\n");
        return out;
    }
    out.push_str(&format!(
        "HHI {:.0}; top-1 {} {:.1}%; single source: {}\n",
        d.hhi,
        d.top1.as_deref().unwrap_or("-"),
        d.top1_share * 100.0,
        if d.single_source { "yes" } else { "no" }
    ));
    section(&mut out, "supplier countries", &d.countries);
    section(&mut out, "supplier firms", &d.firms);
    out
}

fn section(out: &mut String, title: &str, shares: &[SupplierShare]) {
    if shares.is_empty() {
        return;
    }
    out.push_str(&format!("{title}:\n"));
    for s in shares {
        let mut sources = s.sources.iter().take(3).cloned().collect::<Vec<_>>().join(", ");
        if s.sources.len() > 3 {
            sources.push_str(&format!(", +{}", s.sources.len() - 3));
        }
        out.push_str(&format!(
            "  {:<24} {:>6.1}%  {:>14}  {} fact{}  [{}]\n",
            s.name,
            s.share * 100.0,
            fmt_num(s.value),
            s.mentions,
            if s.mentions == 1 { "" } else { "s" },
            sources
        ));
    }
}
