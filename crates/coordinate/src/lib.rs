//! onshore-coordinate: product codes, import-substitution matching and supply dependence.
//!
//! - [`classify()`]: product names (English or Russian) to HS 2022 codes, using
//!   the embedded HS and EAEU TN VED tables plus a curated domain vocabulary.
//! - [`matching`]: demand rows against producer rows, ranked by code depth and
//!   name similarity, with coverage per partner country.
//! - [`dependence()`]: supplier concentration (shares, HHI, single source) of an
//!   importing country for a product.
//! - [`facts`]: producer and supply facts derived from extracted events.
//! - [`csvio`]: the CSV inputs, validated whole with located errors.

pub mod classify;
pub mod csvio;
pub mod dependence;
pub mod facts;
pub mod matching;
mod synonyms;
pub mod synthetic;
pub mod table;
pub mod text;
pub mod units;

pub use classify::{annotate_hs_codes, classify, classify_codes, classify_stems, hs_codes_for_products, CodeScore};
pub use csvio::CsvError;
pub use dependence::{dependence, Dependence, DependenceOptions, SupplierShare};
pub use facts::{producers_from_extractions, supply_facts_from_extractions, ProducerFact, SupplyFact};
pub use matching::{match_rows, Candidate, CountryCoverage, Coverage, DemandMatch, DemandRow, MatchOptions, ProducerRow};
