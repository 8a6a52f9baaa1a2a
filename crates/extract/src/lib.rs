//! onshore-extract: see Cargo.toml description and ARCHITECTURE.md.
