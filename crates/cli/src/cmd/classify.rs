//! `onshore classify TEXT...`: ranked HS codes for product names.

use anyhow::Context;
use serde::Serialize;
use std::io::{BufRead, Write};
use std::process::ExitCode;

#[derive(clap::Args)]
pub struct Args {
    /// Product names in English or Russian; `-` reads one name a line from stdin
    #[arg(required = true)]
    texts: Vec<String>,
    /// Output format
    #[arg(long, value_enum, default_value = "table")]
    format: Format,
}

#[derive(Clone, Copy, clap::ValueEnum)]
enum Format {
    Table,
    Json,
}

#[derive(Serialize)]
struct Classified<'a> {
    input: &'a str,
    codes: Vec<onshore_coordinate::CodeScore>,
}

pub fn run(args: Args) -> anyhow::Result<ExitCode> {
    let mut inputs: Vec<String> = Vec::new();
    for t in args.texts {
        if t == "-" {
            for line in std::io::stdin().lock().lines() {
                let line = line.context("reading product names from stdin")?;
                if !line.trim().is_empty() {
                    inputs.push(line.trim().to_string());
                }
            }
        } else {
            inputs.push(t);
        }
    }
    let results: Vec<Classified> = inputs
        .iter()
        .map(|input| Classified { input, codes: onshore_coordinate::classify(input) })
        .collect();
    let out = match args.format {
        Format::Json => serde_json::to_string_pretty(&results)? + "\n",
        Format::Table => render_table(&results),
    };
    std::io::stdout().lock().write_all(out.as_bytes())?;
    Ok(ExitCode::SUCCESS)
}

fn render_table(results: &[Classified]) -> String {
    let mut out = String::new();
    for r in results {
        out.push_str(r.input);
        out.push('\n');
        if r.codes.is_empty() {
            out.push_str("  (no code found)\n");
        }
        for c in &r.codes {
            out.push_str(&format!("  {:<7} {:.2}  {}\n", c.code, c.score, shorten(&c.description, 100)));
        }
    }
    out
}

fn shorten(s: &str, max_chars: usize) -> String {
    if s.chars().count() <= max_chars {
        return s.to_string();
    }
    let cut: String = s.chars().take(max_chars - 1).collect();
    format!("{cut}…")
}
