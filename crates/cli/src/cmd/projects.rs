//! `onshore projects [filters]`: linked projects with their stage history.

use super::ingest::{open_store, quiet_on_broken_pipe};
use onshore_store::{Project, ProjectFilter};
use std::process::ExitCode;

#[derive(Clone, Copy, clap::ValueEnum)]
pub enum Format {
    Table,
    Json,
}

#[derive(clap::Args)]
pub struct Args {
    /// Host country, or a party's country (code or name)
    #[arg(long)]
    pub country: Option<String>,
    /// An organization, person, region or country taking part (name, alias or code)
    #[arg(long)]
    pub party: Option<String>,
    /// Projects with at least one event of this type
    #[arg(long = "type")]
    pub event_type: Option<String>,
    /// Current stage: discussed, agreed, in_progress, done
    #[arg(long)]
    pub stage: Option<String>,
    #[arg(long)]
    pub sector: Option<String>,
    #[arg(long)]
    pub product: Option<String>,
    /// Projects with a history step on or after (YYYY, YYYY-MM, YYYY-MM-DD)
    #[arg(long)]
    pub since: Option<String>,
    /// Projects with a history step on or before (inclusive)
    #[arg(long)]
    pub until: Option<String>,
    /// With --moved-to: projects that went from this stage (or an earlier one)...
    #[arg(long)]
    pub moved_from: Option<String>,
    /// ...to this stage or further; --since/--until then date the move
    /// (e.g. --moved-from discussed --moved-to in_progress --since 2023 --until 2023)
    #[arg(long)]
    pub moved_to: Option<String>,
    #[arg(long, value_enum, default_value = "table")]
    pub format: Format,
    /// The store: a SQLite file or a postgres:// URL (default: $ONSHORE_DB, else ./onshore.db)
    #[arg(long)]
    pub db: Option<String>,
}

pub fn run(args: Args) -> anyhow::Result<ExitCode> {
    quiet_on_broken_pipe();
    let mut store = open_store(args.db.as_deref())?;
    let f = ProjectFilter {
        country: args.country,
        party: args.party,
        event_type: args.event_type,
        stage: args.stage,
        sector: args.sector,
        product: args.product,
        since: args.since,
        until: args.until,
    };
    let projects = match &args.moved_to {
        Some(to) => store.projects_that_moved(&f, args.moved_from.as_deref(), to)?,
        None => store.projects(&f)?,
    };
    match args.format {
        Format::Json => println!("{}", serde_json::to_string_pretty(&projects)?),
        Format::Table => print_table(&projects),
    }
    Ok(ExitCode::SUCCESS)
}

pub fn print_project(p: &Project) {
    println!(
        "project {}: {} in {}, stage {}",
        p.id,
        p.kind,
        p.host.as_deref().unwrap_or("?"),
        p.stage.as_deref().unwrap_or("?")
    );
    println!("  parties:  {}", p.parties.join(", "));
    if !p.sectors.is_empty() {
        println!("  sectors:  {}", p.sectors.join(", "));
    }
    if !p.products.is_empty() {
        println!("  products: {}", p.products.join(", "));
    }
    for s in &p.history {
        let also = if s.sources.is_empty() { String::new() } else { format!(" (also {})", s.sources.join(", ")) };
        println!(
            "  {:<10}  {:<11}  {:<12}  {}{}",
            s.date.as_deref().unwrap_or("undated"),
            s.stage.as_deref().unwrap_or("-"),
            s.kind,
            s.doc,
            also
        );
        println!("              {}", s.evidence);
    }
}

fn print_table(projects: &[Project]) {
    println!("{} projects", projects.len());
    for p in projects {
        let last = p.history.last().and_then(|s| s.date.as_deref()).unwrap_or("-");
        println!(
            "{:>6}  {:<12}  {:<3}  {:<11}  {:<10}  {:>3} docs  {}",
            p.id,
            p.kind,
            p.host.as_deref().unwrap_or("-"),
            p.stage.as_deref().unwrap_or("-"),
            last,
            p.documents.len(),
            p.parties.join(", ")
        );
    }
}
