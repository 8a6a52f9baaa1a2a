//! onshore-coordinate: see Cargo.toml description and ARCHITECTURE.md.
