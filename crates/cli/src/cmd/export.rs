//! `onshore export --format csv|json|graphml`: the cooperation network —
//! entities as nodes, events they share as weighted edges.

use super::ingest::{open_store, quiet_on_broken_pipe};
use onshore_store::Network;
use std::io::Write;
use std::path::PathBuf;
use std::process::ExitCode;

#[derive(Clone, Copy, clap::ValueEnum)]
pub enum Format {
    /// Edge list: source, target, their names and the weight
    Csv,
    /// `{"nodes": [...], "edges": [...]}`
    Json,
    /// For Gephi, Cytoscape, networkx
    Graphml,
}

#[derive(clap::Args)]
pub struct Args {
    #[arg(long, value_enum, default_value = "json")]
    pub format: Format,
    /// Write here instead of standard output
    #[arg(long, short)]
    pub output: Option<PathBuf>,
    /// Keep only edges of at least this weight
    #[arg(long, default_value_t = 1)]
    pub min_weight: u64,
    /// The store: a SQLite file or a postgres:// URL (default: $ONSHORE_DB, else ./onshore.db)
    #[arg(long)]
    pub db: Option<String>,
}

pub fn run(args: Args) -> anyhow::Result<ExitCode> {
    quiet_on_broken_pipe();
    let mut store = open_store(args.db.as_deref())?;
    let mut net = store.network()?;
    net.edges.retain(|e| e.weight >= args.min_weight);
    let mut out: Box<dyn Write> = match &args.output {
        Some(p) => Box::new(std::io::BufWriter::new(std::fs::File::create(p).map_err(|e| anyhow::anyhow!("{}: {e}", p.display()))?)),
        None => Box::new(std::io::BufWriter::new(std::io::stdout())),
    };
    match args.format {
        Format::Json => writeln!(out, "{}", serde_json::to_string_pretty(&net)?)?,
        Format::Csv => write_csv(&net, &mut out)?,
        Format::Graphml => write_graphml(&net, &mut out)?,
    }
    out.flush()?;
    Ok(ExitCode::SUCCESS)
}

fn label(net: &Network, id: i64) -> String {
    net.nodes.iter().find(|n| n.id == id).map(|n| n.code.clone().unwrap_or_else(|| n.name.clone())).unwrap_or_default()
}

fn write_csv(net: &Network, out: &mut dyn Write) -> anyhow::Result<()> {
    let mut w = csv::Writer::from_writer(out);
    w.write_record(["source", "source_name", "target", "target_name", "weight"])?;
    for e in &net.edges {
        w.write_record([e.source.to_string(), label(net, e.source), e.target.to_string(), label(net, e.target), e.weight.to_string()])?;
    }
    w.flush()?;
    Ok(())
}

fn xml(s: &str) -> String {
    s.replace('&', "&amp;").replace('<', "&lt;").replace('>', "&gt;").replace('"', "&quot;")
}

fn write_graphml(net: &Network, out: &mut dyn Write) -> anyhow::Result<()> {
    writeln!(out, r#"<?xml version="1.0" encoding="UTF-8"?>"#)?;
    writeln!(out, r#"<graphml xmlns="http://graphml.graphdrawing.org/xmlns">"#)?;
    for (id, name, ty, on) in [("name", "name", "string", "node"), ("kind", "kind", "string", "node"), ("code", "code", "string", "node"), ("country", "country", "string", "node"), ("weight", "weight", "int", "edge")] {
        writeln!(out, r#"  <key id="{id}" for="{on}" attr.name="{name}" attr.type="{ty}"/>"#)?;
    }
    writeln!(out, r#"  <graph id="cooperation" edgedefault="undirected">"#)?;
    for n in &net.nodes {
        write!(out, r#"    <node id="n{}"><data key="name">{}</data><data key="kind">{}</data>"#, n.id, xml(&n.name), n.kind)?;
        if let Some(c) = &n.code {
            write!(out, r#"<data key="code">{}</data>"#, xml(c))?;
        }
        if let Some(c) = &n.country {
            write!(out, r#"<data key="country">{}</data>"#, xml(c))?;
        }
        writeln!(out, "</node>")?;
    }
    for e in &net.edges {
        writeln!(out, r#"    <edge source="n{}" target="n{}"><data key="weight">{}</data></edge>"#, e.source, e.target, e.weight)?;
    }
    writeln!(out, "  </graph>\n</graphml>")?;
    Ok(())
}
