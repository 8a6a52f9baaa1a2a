//! `onshore serve`: the JSON API and web UI over a registry.

use std::net::SocketAddr;
use std::process::ExitCode;

#[derive(clap::Args)]
pub struct Args {
    /// The store: a SQLite file or a postgres:// URL (default: $ONSHORE_DB, else ./onshore.db)
    #[arg(long)]
    pub db: Option<String>,
    /// Address to listen on; port 0 picks a free port
    #[arg(long, default_value = "127.0.0.1:8080")]
    pub addr: SocketAddr,
    /// Enable `POST /api/documents` for clients sending `Authorization: Bearer TOKEN`
    /// (also read from $ONSHORE_TOKEN); without it the server is read-only
    #[arg(long)]
    pub token: Option<String>,
    /// Store connections serving requests in parallel
    #[arg(long, default_value_t = 4)]
    pub connections: usize,
}

pub fn run(args: Args) -> anyhow::Result<ExitCode> {
    let db = onshore_store::location(args.db.as_deref());
    if !db.contains("://") && !std::path::Path::new(&db).exists() {
        anyhow::bail!("store {db} does not exist; run `onshore ingest --db {db} PATH...` first, or `onshore demo`");
    }
    onshore_serve::run(onshore_serve::ServeConfig { db, addr: args.addr, token: args.token.or_else(|| std::env::var("ONSHORE_TOKEN").ok()), connections: args.connections })?;
    Ok(ExitCode::SUCCESS)
}
