//! The `onshore` command. Each subcommand lives in `cmd/<name>.rs` with its
//! own clap `Args` and a `run` function; this file only dispatches.

use clap::{Parser, Subcommand};
use std::process::ExitCode;

mod cmd;

#[global_allocator]
static ALLOCATOR: mimalloc::MiMalloc = mimalloc::MiMalloc;

#[derive(Parser)]
#[command(name = "onshore", version, about = "Registry of localization, import substitution and cooperation in critical production, from English and Russian news")]
struct Cli {
    #[command(subcommand)]
    command: Command,
}

#[derive(Subcommand)]
enum Command {
    /// Extract entities and events from documents (txt, html, jsonl, `-` for stdin)
    Extract(cmd::extract::Args),
    /// Score predictions against a gold folder, as shared/tools/score.py does
    Eval(cmd::eval::Args),
    /// Print the main text, title, date and language of HTML pages
    Clean(cmd::clean::Args),
    /// Store documents, entities and events in the registry
    Ingest(cmd::ingest::Args),
    /// Full-text and faceted search over the registry
    Search(cmd::search::Args),
    /// List linked projects with their stage history
    Projects(cmd::projects::Args),
    /// Show one project, entity or document
    Show(cmd::show::Args),
    /// Export the registry or its cooperation network
    Export(cmd::export::Args),
    /// Poll RSS/Atom feeds and ingest new items
    Watch(cmd::watch::Args),
    /// Serve the HTTP API and web UI
    Serve(cmd::serve::Args),
    /// Build a store from the bundled sample documents and serve it
    Demo(cmd::demo::Args),
    /// Harmonized System codes for product names
    Classify(cmd::classify::Args),
    /// Match import-substitution demand with producers
    Match(cmd::matching::Args),
    /// Supplier concentration for an importing country and product
    Dependence(cmd::dependence::Args),
    /// Throughput and memory benchmarks
    Bench(cmd::bench::Args),
}

fn main() -> ExitCode {
    let cli = Cli::parse();
    let result = match cli.command {
        Command::Extract(a) => cmd::extract::run(a),
        Command::Eval(a) => cmd::eval::run(a),
        Command::Clean(a) => cmd::clean::run(a),
        Command::Ingest(a) => cmd::ingest::run(a),
        Command::Search(a) => cmd::search::run(a),
        Command::Projects(a) => cmd::projects::run(a),
        Command::Show(a) => cmd::show::run(a),
        Command::Export(a) => cmd::export::run(a),
        Command::Watch(a) => cmd::watch::run(a),
        Command::Serve(a) => cmd::serve::run(a),
        Command::Demo(a) => cmd::demo::run(a),
        Command::Classify(a) => cmd::classify::run(a),
        Command::Match(a) => cmd::matching::run(a),
        Command::Dependence(a) => cmd::dependence::run(a),
        Command::Bench(a) => cmd::bench::run(a),
    };
    match result {
        Ok(code) => code,
        Err(e) => {
            eprintln!("onshore: {e:#}");
            ExitCode::from(2)
        }
    }
}
