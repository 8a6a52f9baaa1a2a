//! `onshore eval`: score predictions (or documents, extracted first) against a
//! gold folder, printing what `shared/tools/score.py` prints.

use super::extract::{for_each_outcome, Outcome};
use anyhow::{bail, Context};
use onshore_eval::{is_prediction_path, load_gold, score, Options, Predictions};
use std::path::PathBuf;
use std::process::ExitCode;

#[derive(clap::Args)]
pub struct Args {
    /// Folder of gold *.json files, one document each
    gold: PathBuf,
    /// Predictions (a JSON Lines file or a folder of *.json) or documents to
    /// extract first (.txt, .html, .jsonl with `text`, or folders of them)
    #[arg(required = true)]
    paths: Vec<PathBuf>,
    /// Gold aliases written in Cyrillic are not accepted
    #[arg(long)]
    english_names: bool,
    /// Print the result as JSON
    #[arg(long)]
    json: bool,
    /// Add per-document rows
    #[arg(long)]
    per_doc: bool,
}

pub fn run(args: Args) -> anyhow::Result<ExitCode> {
    if !args.gold.is_dir() {
        bail!("{}: not a folder of gold *.json files", args.gold.display());
    }
    let gold = load_gold(&args.gold)?;
    if gold.is_empty() {
        eprintln!("{}: warning: no gold *.json files", args.gold.display());
    }
    let mut pred = Predictions::new();
    let mut documents = Vec::new();
    for path in &args.paths {
        if path.as_os_str() != "-" && !path.exists() {
            bail!("{}: no such file or directory", path.display());
        }
        if is_prediction_path(path) {
            pred.extend_from_path(path)?;
        } else {
            documents.push(path.clone());
        }
    }
    let mut failed = 0usize;
    if !documents.is_empty() {
        for_each_outcome(&documents, |o| {
            match o {
                Outcome::Extracted(x) => pred.insert_extraction(&x),
                Outcome::Skipped { source, why } => eprintln!("{source}: skipped: {why}"),
                Outcome::Failed(e) => {
                    failed += 1;
                    eprintln!("{e}");
                }
            }
            Ok(())
        })
        .context("extracting documents")?;
    }
    let report = score(
        &gold,
        &pred,
        Options {
            english_names: args.english_names,
            per_doc: args.per_doc,
        },
    );
    if args.json {
        println!("{}", report.to_json());
    } else {
        print!("{}", report.to_table());
    }
    Ok(if failed > 0 {
        ExitCode::from(1)
    } else {
        ExitCode::SUCCESS
    })
}
