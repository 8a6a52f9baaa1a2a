//! `onshore bench search --db PATH`: search latency (p50, p95, max) over a
//! mix of full-text, filtered and faceted queries, as `onshore search` runs
//! them (20 hits, facet counts). Fill the store first with
//! `onshore bench ingest --docs 100000 --db PATH`.

use super::ingest::Rng;
use onshore_store::{SearchQuery, Store};
use std::process::ExitCode;
use std::time::Instant;

#[derive(clap::Args)]
pub struct Args {
    /// The store to query (SQLite file or postgres:// URL)
    #[arg(long)]
    pub db: String,
    /// Queries to time
    #[arg(long, default_value_t = 1000)]
    pub queries: usize,
    #[arg(long, default_value_t = 11)]
    pub seed: u64,
}

const WORDS: &[&str] = &[
    "insulin", "vaccine", "vaccines", "localize", "production", "agreement", "tractors", "syringes", "generics",
    "investment", "oncology drugs", "microchips", "fertilizers", "вакцины", "инсулин", "производство", "соглашение",
    "тракторов", "локализует", "поставила", "инвестирует", "станков", "Kazakhstan", "Узбекистан", "plant jobs",
];
const COUNTRIES: &[&str] = &["KZ", "UZ", "BY", "KG", "AM", "CN", "IN", "EG", "Serbia", "TR"];
const TYPES: &[&str] = &["agreement", "localization", "investment", "supply"];
const STAGES: &[&str] = &["discussed", "agreed", "in_progress", "done"];
const SECTORS: &[&str] = &["pharma", "vaccines", "medical_devices", "machinery", "diagnostics"];

fn query(rng: &mut Rng) -> SearchQuery {
    let mut q = SearchQuery { limit: 20, ..Default::default() };
    match rng.below(6) {
        0 => q.text = Some(rng.pick(WORDS).to_string()),
        1 => {
            q.text = Some(rng.pick(WORDS).to_string());
            q.country = Some(rng.pick(COUNTRIES).to_string());
        }
        2 => {
            q.country = Some(rng.pick(COUNTRIES).to_string());
            q.event_type = Some(rng.pick(TYPES).to_string());
            q.stage = Some(rng.pick(STAGES).to_string());
        }
        3 => {
            q.sector = Some(rng.pick(SECTORS).to_string());
            let y = 2019 + rng.below(7);
            q.since = Some(y.to_string());
            q.until = Some(y.to_string());
        }
        4 => {
            // A company by name, as a user would type it.
            let i = rng.below(2000);
            let syl = ["bio", "far", "med", "gen", "vita", "nova", "tek", "pro", "lin", "sar", "kor", "ast", "vel", "mar", "tor", "dan"];
            q.party = Some(format!("{}{}{}", syl[i % 16], syl[i / 16 % 16], syl[i / 256 % 16]));
        }
        _ => {
            q.text = Some(format!("{} {}", rng.pick(WORDS), rng.pick(WORDS)));
            q.event_type = Some(rng.pick(TYPES).to_string());
        }
    }
    q
}

fn percentile(sorted: &[f64], p: f64) -> f64 {
    if sorted.is_empty() {
        return 0.0;
    }
    let i = ((sorted.len() as f64 - 1.0) * p).round() as usize;
    sorted[i.min(sorted.len() - 1)]
}

pub fn run(args: Args) -> anyhow::Result<ExitCode> {
    let mut store = Store::open(&args.db)?;
    let docs = store.stats()?.documents;
    if docs == 0 {
        anyhow::bail!("{} is empty: fill it with `onshore bench ingest --docs 100000 --db {}`", args.db, args.db);
    }
    let mut rng = Rng::new(args.seed);
    // Warm the page cache the way a running server would be.
    for _ in 0..20 {
        store.search(&query(&mut rng))?;
    }
    let mut times = Vec::with_capacity(args.queries);
    let mut hits = 0u64;
    for _ in 0..args.queries {
        let q = query(&mut rng);
        let t = Instant::now();
        let r = store.search(&q)?;
        times.push(t.elapsed().as_secs_f64() * 1000.0);
        hits += r.total;
    }
    times.sort_by(|a, b| a.total_cmp(b));
    println!("store         {docs} documents");
    println!("queries       {} (mean {:.0} matching documents)", times.len(), hits as f64 / times.len().max(1) as f64);
    println!("p50 ms        {:.1}", percentile(&times, 0.50));
    println!("p95 ms        {:.1}", percentile(&times, 0.95));
    println!("max ms        {:.1}", times.last().copied().unwrap_or(0.0));
    Ok(ExitCode::SUCCESS)
}
