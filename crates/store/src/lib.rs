//! The onshore registry: documents, resolved entities, events, linked
//! projects and full-text search, in an embedded SQLite file or PostgreSQL.
//!
//! # Design, and why
//!
//! * **One [`Store`], two backends behind a narrow SQL seam** ([`db::Conn`]).
//!   All registry logic (deduplication, entity resolution, project linking,
//!   search, export) is written once against that seam in the common SQL
//!   subset of SQLite ≥ 3.35 and PostgreSQL (`RETURNING`, `ON CONFLICT`,
//!   savepoints), so the same storage test suite exercises the same code on
//!   both. An ORM or `sqlx` was not used: `sqlx`'s SQLite driver clashes with
//!   `rusqlite` over `links = "sqlite3"`, and the queries here are few.
//! * **SQLite is the default** (`rusqlite`, bundled, WAL): a registry is one
//!   file a user can copy; WAL lets the web UI read while `ingest` writes.
//! * **Crash safety by transactions**: [`Store::ingest_batch`] runs one
//!   transaction per batch; a killed process loses at most the uncommitted
//!   batch, and re-ingesting it is a no-op for what was committed because
//!   documents are keyed by a hash of their normalized text. Each document in
//!   a batch runs under a savepoint, so one bad document is reported and
//!   rolled back alone while the batch goes on.
//! * **Near-duplicates**: same-language reprints are found by a 64-bit
//!   SimHash over stemmed word shingles (banded into four indexed 16-bit
//!   columns, Hamming distance ≤ 3); across languages, events are matched by
//!   their facts (type, overlapping parties, host, quantities, dates within a
//!   week). A matched event gains the new document as an *extra source*
//!   (`event_sources`) instead of becoming a second event.
//! * **Entity resolution**: countries and regions by ISO code; others by a
//!   name key (ASCII transliteration, lower case, legal forms dropped), then
//!   by any alias seen, then Jaro-Winkler ≥ 0.93 within kind, compatible home
//!   country and a two-letter block. Every spelling is kept as an alias.
//! * **Projects**: localization / agreement / investment / intent / supply
//!   events that share an organization, the host country and a compatible
//!   subject (products or sectors) are one undertaking. The history keeps
//!   every step (contradicting reports included), ordered by event date or
//!   else publication date; the current stage is the latest step's.
//! * **Search**: text is stemmed in Rust (Snowball EN for Latin words, RU for
//!   Cyrillic, `ё` → `е`) before indexing in FTS5 or a `simple` tsvector, so
//!   both backends see identical tokens. The indexed text includes the
//!   canonical English names, aliases, event types, sectors and products
//!   extracted from a document: an English query finds Russian documents.
//!   Filters, facet counts and date order run over an in-memory copy of each
//!   document's (write-once) facets, refreshed incrementally: on 100,000
//!   documents a search takes a few milliseconds once that copy is loaded
//!   (loading it is the first search's cost, under a second at that size).
//!   A page of hits is then read with one query per table (documents, their
//!   events, parties, extra sources, facet labels), never one per row. The
//!   documents matching the last 32 distinct texts are kept per connection
//!   (`MatchCache`), valid while no document has been added: paging through a
//!   result, or many users asking the same, skips the full-text lookup.
//! * **Cost of a read does not grow with the registry** where a user pages:
//!   [`Store::projects_page`] counts and pages in SQL over an index in
//!   newest-first order and loads only the page's projects;
//!   [`Store::event_counts`] is one `GROUP BY` for the dashboard.
//!
//! # Use
//!
//! ```no_run
//! use onshore_store::{Store, SearchQuery};
//! let mut store = Store::open("onshore.db")?;             // or a postgres:// URL
//! let hits = store.search(&SearchQuery { text: Some("vaccine".into()), ..Default::default() })?;
//! for hit in hits.hits { println!("{} {:?}", hit.doc, hit.title); }
//! # Ok::<(), onshore_store::StoreError>(())
//! ```

mod countries;
pub mod db;
mod facets;
mod read;
mod schema;
pub mod text;
mod write;

use db::{Conn, PgConn, SqliteConn};
use onshore_core::{Document, Extraction};
use serde::Serialize;
use std::collections::BTreeMap;
use std::path::Path;

/// Anything the store can fail with.
#[derive(Debug, thiserror::Error)]
pub enum StoreError {
    #[error("sqlite: {0}")]
    Sqlite(#[from] rusqlite::Error),
    #[error("postgres: {0}")]
    Postgres(#[from] postgres::Error),
    #[error("schema: {0}")]
    Schema(String),
    #[error("{0}")]
    Invalid(String),
}

/// A document ready to store: its text and what extraction found in it.
#[derive(Debug, Clone)]
pub struct NewDoc {
    pub document: Document,
    pub extraction: Extraction,
    /// Where it was read from (file path, `file.warc.gz#3`, feed URL), for `show doc`.
    pub source: Option<String>,
}

/// What happened to one document of a batch.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[serde(tag = "outcome", rename_all = "snake_case")]
pub enum Outcome {
    /// Stored with its own events.
    New { doc: String },
    /// Stored; a reprint of `of` (or its events all matched known events),
    /// `linked` of its events became extra sources of existing events.
    NearDuplicate { doc: String, of: Option<String>, linked: usize },
    /// The same content is already stored as `existing`; nothing added.
    Duplicate { doc: String, existing: String },
    /// Rolled back alone; the batch went on.
    Failed { doc: String, reason: String },
}

/// Search filters. Empty fields do not filter. Values are case-blind;
/// `country` and `party` accept codes or names.
#[derive(Debug, Clone, Default, Serialize)]
pub struct SearchQuery {
    pub text: Option<String>,
    pub country: Option<String>,
    pub party: Option<String>,
    pub event_type: Option<String>,
    pub stage: Option<String>,
    pub sector: Option<String>,
    pub lang: Option<String>,
    /// Inclusive lower bound on the document date (`YYYY`, `YYYY-MM` or `YYYY-MM-DD`).
    pub since: Option<String>,
    /// Inclusive upper bound; `2023` includes all of 2023.
    pub until: Option<String>,
    pub limit: usize,
    pub offset: usize,
}

#[derive(Debug, Clone, Serialize)]
pub struct SearchResult {
    pub total: u64,
    pub hits: Vec<SearchHit>,
    /// Facet name (`lang`, `type`, `stage`, `sector`, `country`, `party`) → counts of matching documents, largest first.
    pub facets: BTreeMap<String, Vec<FacetCount>>,
}

#[derive(Debug, Clone, Serialize)]
pub struct FacetCount {
    pub value: String,
    /// Display name when `value` is an id (parties).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub label: Option<String>,
    pub count: u64,
}

#[derive(Debug, Clone, Serialize)]
pub struct SearchHit {
    pub doc: String,
    pub title: Option<String>,
    pub url: Option<String>,
    pub published: Option<String>,
    pub date: Option<String>,
    pub lang: Option<String>,
    pub snippet: String,
    pub events: Vec<EventSummary>,
}

/// One event as the registry shows it.
#[derive(Debug, Clone, Serialize)]
pub struct EventSummary {
    pub id: i64,
    #[serde(rename = "type")]
    pub kind: String,
    pub stage: Option<String>,
    pub date: Option<String>,
    pub parties: Vec<String>,
    pub evidence: String,
    pub doc: String,
    pub project: Option<i64>,
    /// Other documents that report the same event.
    pub sources: Vec<String>,
}

/// Project filters; empty fields do not filter.
#[derive(Debug, Clone, Default, Serialize)]
pub struct ProjectFilter {
    /// Host country, or any party's country (code or name).
    pub country: Option<String>,
    pub party: Option<String>,
    pub event_type: Option<String>,
    /// Current stage.
    pub stage: Option<String>,
    pub sector: Option<String>,
    pub product: Option<String>,
    /// Projects with a history step on or after this date.
    pub since: Option<String>,
    /// Projects with a history step on or before this date.
    pub until: Option<String>,
}

/// An undertaking followed across documents.
#[derive(Debug, Clone, Serialize)]
pub struct Project {
    pub id: i64,
    #[serde(rename = "type")]
    pub kind: String,
    pub host: Option<String>,
    pub parties: Vec<String>,
    pub sectors: Vec<String>,
    pub products: Vec<String>,
    pub stage: Option<String>,
    pub documents: Vec<String>,
    pub history: Vec<Step>,
}

/// One step of a project's history.
#[derive(Debug, Clone, Serialize)]
pub struct Step {
    pub date: Option<String>,
    pub stage: Option<String>,
    pub doc: String,
    pub evidence: String,
    #[serde(rename = "type")]
    pub kind: String,
    pub event: i64,
    /// Other documents reporting this step.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub sources: Vec<String>,
}

#[derive(Debug, Clone, Serialize)]
pub struct EntityRecord {
    pub id: i64,
    pub kind: String,
    pub code: Option<String>,
    pub name: String,
    pub country: Option<String>,
    pub role: Option<String>,
    pub aliases: Vec<String>,
    pub documents: Vec<String>,
    pub events: u64,
    pub projects: Vec<i64>,
}

#[derive(Debug, Clone, Serialize)]
pub struct DocRecord {
    pub id: String,
    pub url: Option<String>,
    pub title: Option<String>,
    pub published: Option<String>,
    pub lang: Option<String>,
    pub source: Option<String>,
    pub near_duplicate_of: Option<String>,
    pub text: String,
    pub extraction: Extraction,
    /// Events first reported by this document.
    pub events: Vec<EventSummary>,
    /// Events of other documents this one is an extra source of.
    pub also_reports: Vec<EventSummary>,
}

/// The cooperation network: entities, and how many events each pair shares.
#[derive(Debug, Clone, Serialize)]
pub struct Network {
    pub nodes: Vec<Node>,
    pub edges: Vec<Edge>,
}

#[derive(Debug, Clone, Serialize)]
pub struct Node {
    pub id: i64,
    pub kind: String,
    pub code: Option<String>,
    pub name: String,
    pub country: Option<String>,
}

#[derive(Debug, Clone, Serialize)]
pub struct Edge {
    pub source: i64,
    pub target: i64,
    /// Number of distinct events both take part in.
    pub weight: u64,
}

#[derive(Debug, Clone, Default, Serialize, PartialEq, Eq)]
pub struct Stats {
    pub documents: u64,
    pub entities: u64,
    pub aliases: u64,
    pub events: u64,
    pub extra_sources: u64,
    pub projects: u64,
}

/// How many events share a type, stage and date.
#[derive(Debug, Clone, Serialize)]
pub struct EventCount {
    #[serde(rename = "type")]
    pub kind: String,
    pub stage: Option<String>,
    /// The event's own date, else its document's.
    pub date: Option<String>,
    pub count: u64,
}

/// Conditional-GET and politeness state of one polled feed.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct FeedState {
    pub etag: Option<String>,
    pub last_modified: Option<String>,
    pub last_polled: Option<String>,
}

/// The registry. Not `Sync`: give each thread its own `Store` (SQLite WAL
/// and PostgreSQL both allow many readers beside one writer).
pub struct Store {
    conn: Box<dyn Conn>,
    facets: facets::FacetIndex,
    matches: facets::MatchCache,
}

/// Where the store is when the user did not say: `explicit` (a `--db`
/// flag), else the `ONSHORE_DB` environment variable, else `./onshore.db`.
pub fn location(explicit: Option<&str>) -> String {
    explicit
        .map(str::to_string)
        .or_else(|| std::env::var("ONSHORE_DB").ok().filter(|v| !v.is_empty()))
        .unwrap_or_else(|| "onshore.db".to_string())
}

impl Store {
    /// Open (creating if needed) a store: a `postgres://` or `postgresql://`
    /// URL selects PostgreSQL, anything else is a SQLite file path.
    pub fn open(location: &str) -> Result<Store, StoreError> {
        if location.starts_with("postgres://") || location.starts_with("postgresql://") {
            Store::open_postgres(location)
        } else {
            Store::open_sqlite(Path::new(location))
        }
    }

    pub fn open_sqlite(path: &Path) -> Result<Store, StoreError> {
        Store::with_conn(Box::new(SqliteConn::open(path)?))
    }

    pub fn open_postgres(url: &str) -> Result<Store, StoreError> {
        Store::with_conn(Box::new(PgConn::open(url)?))
    }

    fn with_conn(mut conn: Box<dyn Conn>) -> Result<Store, StoreError> {
        schema::create(conn.as_mut())?;
        Ok(Store { conn, facets: facets::FacetIndex::default(), matches: facets::MatchCache::default() })
    }

    /// Which backend this store runs on.
    pub fn dialect(&self) -> db::Dialect {
        self.conn.dialect()
    }

    /// Store a batch in one transaction. Returns one outcome per input, in
    /// order. An `Err` means the transaction itself failed (nothing of the
    /// batch was stored); a bad document only yields [`Outcome::Failed`].
    pub fn ingest_batch(&mut self, docs: &[NewDoc]) -> Result<Vec<Outcome>, StoreError> {
        write::ingest_batch(self.conn.as_mut(), docs)
    }

    /// Full-text and faceted search over documents.
    pub fn search(&mut self, query: &SearchQuery) -> Result<SearchResult, StoreError> {
        self.facets.refresh(self.conn.as_mut())?;
        read::search(self.conn.as_mut(), &self.facets, &mut self.matches, query)
    }

    /// Projects matching a filter, most recently active first.
    pub fn projects(&mut self, filter: &ProjectFilter) -> Result<Vec<Project>, StoreError> {
        read::projects(self.conn.as_mut(), filter, None)
    }

    /// Projects whose history went from stage `from` (or an earlier one; any
    /// stage short of `to` when `None`) to stage `to` (or a later one), the
    /// move dated within the filter's `since`/`until`. "Localization projects
    /// in vaccines that moved from talks to production in 2023" is
    /// `projects_that_moved(&{type: localization, sector: vaccines, since: 2023, until: 2023}, Some("discussed"), "in_progress")`.
    pub fn projects_that_moved(&mut self, filter: &ProjectFilter, from: Option<&str>, to: &str) -> Result<Vec<Project>, StoreError> {
        read::projects(self.conn.as_mut(), filter, Some((from, to)))
    }

    /// Projects `offset..offset + limit` of [`Store::projects`], and how many match in all.
    pub fn projects_page(&mut self, filter: &ProjectFilter, offset: usize, limit: usize) -> Result<(u64, Vec<Project>), StoreError> {
        read::projects_page(self.conn.as_mut(), filter, offset, limit)
    }

    /// Events counted by type, stage and date.
    pub fn event_counts(&mut self) -> Result<Vec<EventCount>, StoreError> {
        read::event_counts(self.conn.as_mut())
    }

    pub fn project(&mut self, id: i64) -> Result<Option<Project>, StoreError> {
        read::project(self.conn.as_mut(), id)
    }

    /// An entity by numeric id, ISO code, name or alias.
    pub fn entity(&mut self, key: &str) -> Result<Option<EntityRecord>, StoreError> {
        read::entity(self.conn.as_mut(), key)
    }

    /// A document by the id `extract` reported for it.
    pub fn document(&mut self, id: &str) -> Result<Option<DocRecord>, StoreError> {
        read::document(self.conn.as_mut(), id)
    }

    /// The cooperation network over all events.
    pub fn network(&mut self) -> Result<Network, StoreError> {
        read::network(self.conn.as_mut())
    }

    pub fn stats(&mut self) -> Result<Stats, StoreError> {
        read::stats(self.conn.as_mut())
    }

    /// Ids of every stored document, in ingest order.
    pub fn document_ids(&mut self) -> Result<Vec<String>, StoreError> {
        read::document_ids(self.conn.as_mut())
    }

    /// Every stored document's extraction, in ingest order, in one query: the
    /// registry's facts as coordination (`match`, `dependence`) reads them.
    pub fn extractions(&mut self) -> Result<Vec<Extraction>, StoreError> {
        read::extractions(self.conn.as_mut())
    }

    /// `Ok(())` when the database reports itself intact (SQLite
    /// `PRAGMA integrity_check`; PostgreSQL has no equivalent and passes),
    /// and the registry's own invariants hold (every event has a document,
    /// no content stored twice).
    pub fn check_integrity(&mut self) -> Result<(), StoreError> {
        read::check_integrity(self.conn.as_mut())
    }

    pub fn feed_state(&mut self, url: &str) -> Result<FeedState, StoreError> {
        read::feed_state(self.conn.as_mut(), url)
    }

    pub fn set_feed_state(&mut self, url: &str, state: &FeedState) -> Result<(), StoreError> {
        write::set_feed_state(self.conn.as_mut(), url, state)
    }
}
