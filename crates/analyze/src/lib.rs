//! onshore-analyze: see Cargo.toml description and ARCHITECTURE.md.
