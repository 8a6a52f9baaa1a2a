//! `onshore demo`: a registry built from the bundled sample news items, served.

use std::net::SocketAddr;
use std::process::ExitCode;

#[derive(clap::Args)]
pub struct Args {
    /// Address to listen on; port 0 picks a free port
    #[arg(long, default_value = "127.0.0.1:8080")]
    pub addr: SocketAddr,
    /// Keep the demo registry in this SQLite file (default: a temporary file removed on exit)
    #[arg(long)]
    pub db: Option<String>,
}

pub fn run(args: Args) -> anyhow::Result<ExitCode> {
    let temporary = args.db.is_none();
    let db = args.db.unwrap_or_else(|| {
        std::env::temp_dir().join(format!("onshore-demo-{}.db", std::process::id())).to_string_lossy().into_owned()
    });
    let result = build_and_serve(&db, args.addr);
    if temporary {
        for suffix in ["", "-wal", "-shm"] {
            let _ = std::fs::remove_file(format!("{db}{suffix}"));
        }
    }
    result
}

fn build_and_serve(db: &str, addr: SocketAddr) -> anyhow::Result<ExitCode> {
    let mut store = onshore_store::Store::open(db).map_err(|e| anyhow::anyhow!("cannot open store {db}: {e}"))?;
    let outcomes = onshore_serve::demo::load_samples(&mut store)?;
    let failed: Vec<_> = outcomes.iter().filter(|o| matches!(o, onshore_store::Outcome::Failed { .. })).collect();
    for f in &failed {
        eprintln!("onshore: demo sample not stored: {f:?}");
    }
    let stats = store.stats()?;
    drop(store);
    println!(
        "onshore demo: {} sample documents, {} events, {} entities, {} projects in {db}",
        stats.documents, stats.events, stats.entities, stats.projects
    );
    onshore_serve::run(onshore_serve::ServeConfig { db: db.to_string(), addr, token: None, connections: 2 })?;
    Ok(ExitCode::SUCCESS)
}
