//! onshore-serve: see Cargo.toml description and ARCHITECTURE.md.
