//! `onshore bench match`: demand-producer matching on generated rows
//! (see `onshore_coordinate::synthetic`). Matching runs on one thread, as the
//! target (10,000 x 100,000 rows in under 5 s) is stated.

use onshore_coordinate::{match_rows, synthetic, Coverage, MatchOptions};
use std::process::ExitCode;
use std::time::Instant;

#[derive(clap::Args)]
pub struct Args {
    /// Demand rows to generate
    #[arg(long, default_value_t = 10_000)]
    demand_rows: usize,
    /// Producer rows to generate
    #[arg(long, default_value_t = 100_000)]
    producer_rows: usize,
    #[arg(long, default_value_t = 7)]
    seed: u64,
}

pub fn run(args: Args) -> anyhow::Result<ExitCode> {
    let t0 = Instant::now();
    let (demand, producers) = synthetic::rows(args.demand_rows, args.producer_rows, args.seed);
    let generated = t0.elapsed();

    let t1 = Instant::now();
    let matches = match_rows(&demand, &producers, &MatchOptions::default());
    let matched = t1.elapsed();

    let with_candidates = matches.iter().filter(|m| !m.candidates.is_empty()).count();
    let full = matches.iter().filter(|m| m.coverage.iter().any(|c| c.status == Coverage::Full)).count();
    println!("bench match: {} demand rows x {} producer rows (seed {})", demand.len(), producers.len(), args.seed);
    println!("  generate rows      {:>9.3} s", generated.as_secs_f64());
    println!("  match (1 thread)   {:>9.3} s  (target < 5 s)", matched.as_secs_f64());
    println!("  per demand row     {:>9.1} µs", matched.as_secs_f64() * 1e6 / demand.len().max(1) as f64);
    println!("  rows with a candidate {with_candidates}, fully covered by some partner {full}");
    if let Some(rss) = super::peak_rss_bytes() {
        println!("  peak RSS           {:>9.1} MiB", rss as f64 / (1024.0 * 1024.0));
    }
    Ok(ExitCode::SUCCESS)
}
