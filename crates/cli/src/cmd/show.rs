//! `onshore show project|entity|doc ID`: one registry record.

use super::ingest::{open_store, quiet_on_broken_pipe};
use std::process::ExitCode;

#[derive(Clone, Copy, clap::ValueEnum)]
pub enum What {
    Project,
    Entity,
    Doc,
}

#[derive(Clone, Copy, clap::ValueEnum)]
pub enum Format {
    Text,
    Json,
}

#[derive(clap::Args)]
pub struct Args {
    #[arg(value_enum)]
    pub what: What,
    /// Project number; entity id, code, name or alias; document id as `extract` reports it
    pub id: String,
    #[arg(long, value_enum, default_value = "text")]
    pub format: Format,
    /// The store: a SQLite file or a postgres:// URL (default: $ONSHORE_DB, else ./onshore.db)
    #[arg(long)]
    pub db: Option<String>,
}

pub fn run(args: Args) -> anyhow::Result<ExitCode> {
    quiet_on_broken_pipe();
    let mut store = open_store(args.db.as_deref())?;
    let json = matches!(args.format, Format::Json);
    let found = match args.what {
        What::Project => {
            let id: i64 = args.id.trim_start_matches('#').parse().map_err(|_| anyhow::anyhow!("a project id is a number, not {:?}", args.id))?;
            store.project(id)?.map(|p| {
                if json {
                    println!("{}", serde_json::to_string_pretty(&p).unwrap_or_default());
                } else {
                    super::projects::print_project(&p);
                }
            })
        }
        What::Entity => store.entity(&args.id)?.map(|e| {
            if json {
                println!("{}", serde_json::to_string_pretty(&e).unwrap_or_default());
            } else {
                println!("entity {}: {} ({}{})", e.id, e.name, e.kind, e.code.as_deref().map(|c| format!(", {c}")).unwrap_or_default());
                if let Some(c) = &e.country {
                    println!("  country:   {c}");
                }
                if let Some(r) = &e.role {
                    println!("  role:      {r}");
                }
                println!("  aliases:   {}", e.aliases.join("; "));
                println!("  events:    {}", e.events);
                println!("  projects:  {}", e.projects.iter().map(|p| p.to_string()).collect::<Vec<_>>().join(", "));
                println!("  documents: {}", e.documents.join(", "));
            }
        }),
        What::Doc => store.document(&args.id)?.map(|d| {
            if json {
                println!("{}", serde_json::to_string_pretty(&d).unwrap_or_default());
            } else {
                println!("document {}", d.id);
                for (k, v) in [("title", &d.title), ("url", &d.url), ("published", &d.published), ("lang", &d.lang), ("source", &d.source), ("reprint of", &d.near_duplicate_of)] {
                    if let Some(v) = v {
                        println!("  {k:<10} {v}");
                    }
                }
                for e in &d.events {
                    let project = e.project.map(|p| format!(" project {p}")).unwrap_or_default();
                    println!("  event {}: {} {} [{}]{}", e.id, e.kind, e.stage.as_deref().unwrap_or(""), e.parties.join(", "), project);
                    println!("    {}", e.evidence);
                }
                for e in &d.also_reports {
                    println!("  also reports event {} of {}: {} [{}]", e.id, e.doc, e.kind, e.parties.join(", "));
                }
                println!();
                println!("{}", d.text);
            }
        }),
    };
    match found {
        Some(()) => Ok(ExitCode::SUCCESS),
        None => {
            eprintln!("onshore: no such {} in the store: {}", match args.what { What::Project => "project", What::Entity => "entity", What::Doc => "document" }, args.id);
            Ok(ExitCode::from(1))
        }
    }
}
