//! `onshore search [TEXT] [filters]`: full-text and faceted search over the registry.

use super::ingest::{open_store, quiet_on_broken_pipe};
use onshore_store::{SearchQuery, SearchResult};
use std::process::ExitCode;

#[derive(Clone, Copy, clap::ValueEnum)]
pub enum Format {
    Table,
    Json,
    Csv,
}

#[derive(clap::Args)]
pub struct Args {
    /// Words to find, in English or Russian (stemmed; an English word also finds Russian documents about it)
    pub text: Vec<String>,
    /// Country code or name (a party's, a region's or the host country)
    #[arg(long)]
    pub country: Option<String>,
    /// Organization, person, region or country taking part (name, alias or code)
    #[arg(long)]
    pub party: Option<String>,
    /// Event type: meeting, agreement, intent, localization, supply, trade, investment, program
    #[arg(long = "type")]
    pub event_type: Option<String>,
    /// Stage: discussed, agreed, in_progress, done
    #[arg(long)]
    pub stage: Option<String>,
    /// Sector, e.g. pharma, vaccines, medical_devices
    #[arg(long)]
    pub sector: Option<String>,
    /// Document language: en or ru
    #[arg(long)]
    pub lang: Option<String>,
    /// Documents dated on or after (YYYY, YYYY-MM or YYYY-MM-DD)
    #[arg(long)]
    pub since: Option<String>,
    /// Documents dated on or before (inclusive: 2023 means all of 2023)
    #[arg(long)]
    pub until: Option<String>,
    #[arg(long, default_value_t = 20)]
    pub limit: usize,
    #[arg(long, default_value_t = 0)]
    pub offset: usize,
    #[arg(long, value_enum, default_value = "table")]
    pub format: Format,
    /// The store: a SQLite file or a postgres:// URL (default: $ONSHORE_DB, else ./onshore.db)
    #[arg(long)]
    pub db: Option<String>,
}

pub fn run(args: Args) -> anyhow::Result<ExitCode> {
    quiet_on_broken_pipe();
    let mut store = open_store(args.db.as_deref())?;
    let text = args.text.join(" ");
    let q = SearchQuery {
        text: (!text.trim().is_empty()).then_some(text),
        country: args.country,
        party: args.party,
        event_type: args.event_type,
        stage: args.stage,
        sector: args.sector,
        lang: args.lang,
        since: args.since,
        until: args.until,
        limit: args.limit,
        offset: args.offset,
    };
    let r = store.search(&q)?;
    match args.format {
        Format::Json => println!("{}", serde_json::to_string_pretty(&r)?),
        Format::Csv => print_csv(&r)?,
        Format::Table => print_table(&r),
    }
    Ok(ExitCode::SUCCESS)
}

fn print_csv(r: &SearchResult) -> anyhow::Result<()> {
    let mut w = csv::Writer::from_writer(std::io::stdout());
    w.write_record(["doc", "date", "lang", "title", "url", "events", "snippet"])?;
    for h in &r.hits {
        let events: Vec<String> = h.events.iter().map(event_label).collect();
        w.write_record([
            h.doc.as_str(),
            h.date.as_deref().unwrap_or(""),
            h.lang.as_deref().unwrap_or(""),
            h.title.as_deref().unwrap_or(""),
            h.url.as_deref().unwrap_or(""),
            &events.join("; "),
            &h.snippet,
        ])?;
    }
    w.flush()?;
    Ok(())
}

fn event_label(e: &onshore_store::EventSummary) -> String {
    let stage = e.stage.as_deref().map(|s| format!("/{s}")).unwrap_or_default();
    format!("{}{} [{}]", e.kind, stage, e.parties.join(", "))
}

fn cut(s: &str, n: usize) -> String {
    if s.chars().count() <= n {
        s.to_string()
    } else {
        format!("{}…", s.chars().take(n - 1).collect::<String>())
    }
}

fn print_table(r: &SearchResult) {
    println!("{} documents", r.total);
    for h in &r.hits {
        let head = h.title.clone().unwrap_or_else(|| h.snippet.clone());
        println!(
            "{:<10}  {:<2}  {:<24}  {}",
            h.date.as_deref().unwrap_or("-"),
            h.lang.as_deref().unwrap_or("-"),
            cut(&h.doc, 24),
            cut(&head, 90)
        );
        for e in &h.events {
            println!("{:<40}{}", "", cut(&event_label(e), 90));
        }
    }
    if !r.facets.is_empty() {
        println!();
        for (facet, counts) in &r.facets {
            let items: Vec<String> = counts
                .iter()
                .take(10)
                .map(|c| format!("{} {}", c.label.as_deref().unwrap_or(&c.value), c.count))
                .collect();
            println!("{facet}: {}", items.join(", "));
        }
    }
}
