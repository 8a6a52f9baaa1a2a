//! onshore-eval: see Cargo.toml description and ARCHITECTURE.md.
